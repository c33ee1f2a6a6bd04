import { z } from "zod";
import type { Size } from "./addon";
import { declareSettings } from "./addon";

const size = z.strictObject({
    cpu: z.string().regex(/^\d+(\.\d+)?m?$/, { error: 'cpu must be a Kubernetes quantity such as "100m" or "1"' }),
    memory: z.string().regex(/^\d+(Mi|Gi)$/, { error: 'memory must be a Kubernetes quantity such as "256Mi"' }),
    cpuLimit: z
        .string()
        .regex(/^\d+(\.\d+)?m?$/)
        .optional(),
});

/**
 * `addons.sizes`: per-environment overrides of the add-ons' pod sizes, by `<add-on>/<component>`
 * (e.g. `external-secrets/webhook`); each add-on declares its components and their default
 * sizes in its own file (`sizes`). An unknown key is a config error naming the known ones.
 */
export const SIZE_SETTINGS = declareSettings({
    key: "sizes",
    schema: z.strictObject({}).catchall(size),
    reference: [
        {
            key: '`addons.sizes."<add-on>/<component>"`',
            values: "`{cpu, memory, cpuLimit?}`",
            default: "none",
            meaning:
                "an add-on pod's requests per environment (e.g. `istiod/istiod`), else the size the add-on declares; a component no add-on declares is refused",
        },
    ],
    resolve: (config): Readonly<Record<string, Size>> => config,
});
