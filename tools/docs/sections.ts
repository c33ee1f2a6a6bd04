import type { PlatformAddon } from "../../components/addons/addon";
import { compatibilityTables } from "./compatibility";
import type { Table } from "./readme";

/**
 * Every generated section of the README, by name, as tables computed from the code: what
 * `npm run docs` writes and the docs test checks. A section is listed here once.
 */
export function generatedSections(addons: readonly PlatformAddon[]): Record<string, Table> {
    const [minors, charts] = compatibilityTables(addons);
    return { "compatibility-minors": minors, "compatibility-charts": charts };
}
