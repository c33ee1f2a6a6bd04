import type { Environment } from "../config/schema";
import type { AddonSettingsDeclaration } from "./addon";

/**
 * One declaration's settings, defaults filled in, out of a platform's `addons` (the stack
 * config's, validated): typed by the declaration, resolved where they are read.
 */
export function settingsOf<Settings>(
    platform: { readonly addons: Readonly<Record<string, unknown>>; readonly environment: Environment },
    declaration: AddonSettingsDeclaration<Settings>,
): Settings {
    return declaration.resolve(platform.addons[declaration.key], platform.environment);
}
