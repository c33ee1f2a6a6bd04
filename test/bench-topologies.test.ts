import { strict as assert } from "assert";
import * as path from "path";
import { parse } from "yaml";
import { validatePlatformConfig } from "../components/config/validate";
import { generatedStack, syntheticRegion } from "../tools/bench/topologies";
import { FIXTURE_STACKS } from "./helpers/plans";

describe("benchmark topologies", () => {
    it("names distinct, well-formed regions for up to 24 clusters", () => {
        const regions = Array.from({ length: 24 }, (_, i) => syntheticRegion(i));
        assert.equal(new Set(regions).size, 24);
        for (const region of regions) assert.match(region, /^[a-z]{2}-bench-[1-9]$/);
    });

    for (const count of [3, 24]) {
        it(`generates a valid ${count}-cluster stack from prod's`, () => {
            const doc = parse(generatedStack(path.join(FIXTURE_STACKS, "Pulumi.prod.yaml"), count)) as { config: Record<string, unknown> };
            const raw = Object.fromEntries(
                Object.entries(doc.config)
                    .filter(([key]) => key.startsWith("payments-platform:"))
                    .map(([key, value]) => [
                        key.slice("payments-platform:".length),
                        // Every partner secret the stack names, as placeholders (no key decrypts the ciphertexts).
                        key.endsWith(":partnerSecrets") ? Object.fromEntries(Object.keys(value as object).map((name) => [name, "x"])) : value,
                    ]),
            );
            const result = validatePlatformConfig(raw);
            assert.equal(result.ok, true, JSON.stringify(result.ok ? [] : result.issues));
            assert.equal((raw.clusters as unknown[]).length, count);
        });
    }
});
