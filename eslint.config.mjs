// Lint for the program, runner, tests and scripts: typescript-eslint's recommended rules plus
// Pulumi's rule against Outputs in template literals (which print "Calling [toString] on an
// Output"). CommonJS and ES module scripts get the recommended rules without type information.
import pulumi from "@pulumi/eslint-plugin";
import tseslint from "typescript-eslint";

const nodeGlobals = { require: "readonly", module: "writable", process: "readonly", __dirname: "readonly", console: "readonly" };

export default tseslint.config(
    { ignores: ["node_modules/", "dist/", "out/", "policy/bin/", "policy/node_modules/"] },
    ...tseslint.configs.recommended,
    {
        files: ["**/*.ts"],
        languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
        plugins: { "@pulumi": pulumi },
        rules: {
            "@pulumi/no-output-in-template-literal": "error",
            "@typescript-eslint/no-explicit-any": "error",
            "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", ignoreRestSiblings: true }],
            // A type-only import says so: the import graph's type edges are visible, and no module loads for a type.
            "@typescript-eslint/consistent-type-imports": ["error", { prefer: "type-imports", fixStyle: "separate-type-imports" }],
        },
    },
    {
        // Small functions: the program's are split along their seams into named steps (comments and blank lines count too).
        files: ["components/**/*.ts", "stacks/**/*.ts"],
        rules: { "max-lines-per-function": ["error", { max: 80, skipBlankLines: false, skipComments: false }] },
    },
    {
        files: ["**/*.cjs"],
        languageOptions: { sourceType: "commonjs", globals: nodeGlobals },
        rules: { "@typescript-eslint/no-require-imports": "off" },
    },
    { files: ["**/*.mjs"], languageOptions: { sourceType: "module", globals: nodeGlobals } },
);
