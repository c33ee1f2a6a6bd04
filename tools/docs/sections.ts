import type { PlatformAddon } from "../../components/addons/addon";
import { settingsDeclarations } from "../../components/addons";
import { SIZE_SETTINGS } from "../../components/addons/sizes";
import type { ConfigReferenceRow } from "../../components/config/reference";
import { PLATFORM_CONFIG_REFERENCE } from "../../components/topology/config-reference";
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
    return { "compatibility-minors": minors, "compatibility-charts": charts, "config-reference": reference };
}
