import type { AddonSettingsDeclaration } from "./addon";

/** One declaration's resolved settings out of a platform's `addons`, typed. */
export function settingsOf<Settings>(addons: Readonly<Record<string, unknown>>, declaration: AddonSettingsDeclaration<Settings>): Settings {
    return addons[declaration.key] as Settings;
}
