import { z } from "zod";

/** DNS-1123 label: cluster and node-pool names end up in resource names, tags and DNS. */
export const NAME_PATTERN = /^[a-z]([-a-z0-9]{0,30}[a-z0-9])?$/;

/** A config field that must be a DNS label; `what` names it in the error. */
export const dnsLabel = (what: string) =>
    z.string().regex(NAME_PATTERN, {
        error: `${what} must be a DNS label: lower-case letters, digits and "-", 1-32 characters, starting with a letter`,
    });

/** `["clusters", 1, "topology"]` → `clusters[1].topology`. */
export function formatPath(path: ReadonlyArray<PropertyKey>): string {
    return path
        .map((segment, i) => {
            if (typeof segment === "number") return `[${segment}]`;
            const text = String(segment);
            if (!/^[A-Za-z_$][\w$-]*$/.test(text)) return `[${JSON.stringify(text)}]`;
            return i === 0 ? text : `.${text}`;
        })
        .join("");
}
