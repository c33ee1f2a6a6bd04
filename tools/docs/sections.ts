import type { PlatformAddon } from "../../components/addons/addon";
import { settingsDeclarations } from "../../components/addons";
import { SIZE_SETTINGS } from "../../components/addons/sizes";
import type { ConfigReferenceRow } from "../../components/config/reference";
import { PLATFORM_CONFIG_REFERENCE } from "../../components/topology/config-reference";
import { policyAreas } from "../../policy/rules";
import { compatibilityTables } from "./compatibility";
import type { Table } from "./readme";

/** Every row of the config reference: the platform's keys, then each add-on's settings (and the pods' sizes). */
export function configReference(addons: readonly PlatformAddon[]): ConfigReferenceRow[] {
    return [...PLATFORM_CONFIG_REFERENCE, ...[...settingsDeclarations(addons), SIZE_SETTINGS].flatMap((declaration) => declaration.reference)];
}

/**
 * Every generated section of the README, by name, as tables computed from the code: what
 * `npm run docs` writes and the docs test checks. A section is listed here once.
 */
export function generatedSections(addons: readonly PlatformAddon[]): Record<string, Table> {
    const [minors, charts] = compatibilityTables(addons);
    const reference: Table = [["key", "type", "default", "meaning"], ...configReference(addons).map((row) => [row.key, row.values, row.default, row.meaning])];
    return { "compatibility-minors": minors, "compatibility-charts": charts, "config-reference": reference, policies: policyTable(addons) };
}

/** The policy pack's rules by area: each one's kind, enforcement, what it checks (its description, as a violation prints it) and its config keys. */
export function policyTable(addons: readonly PlatformAddon[]): Table {
    const rows = policyAreas("mandatory", "advisory", addons).flatMap(({ area, rules }) =>
        rules.map((rule) => {
            const config = Object.keys(rule.configSchema?.properties ?? {}).map((key) => `\`${key}\``);
            return [
                area,
                `\`${rule.name}\``,
                "validateStack" in rule ? "stack" : "resource",
                rule.enforcementLevel ?? "",
                rule.description ?? "",
                config.join(", "),
            ];
        }),
    );
    return [["area", "rule", "kind", "enforcement", "checks", "config"], ...rows];
}
