import type { PlatformAddon } from "../../components/addons/addon";
import { customResourceOwners, isBuiltInApiGroup } from "../../components/addons";
import type { ResourceMock, ResourceMockContext } from "../offline-plan/mock-cloud";

/**
 * Kubernetes objects as the API server would return them: the inputs, with a name (generated
 * from the resource name when the program leaves it out, as the provider does), a uid and a
 * resourceVersion. Known are Kubernetes' own API groups (by Kubernetes' naming: the core group,
 * dotless groups and `*.k8s.io`) and exactly the custom resource kinds the platform's add-ons
 * declare their CRDs bring; anything else fails loudly, as the API server would refuse a kind
 * whose CRD is not installed.
 */
function kubernetesObject(ctx: ResourceMockContext) {
    const metadata = (ctx.inputs.metadata ?? {}) as Record<string, unknown>;
    const name = typeof metadata.name === "string" ? metadata.name : `${ctx.name}-${ctx.hash.slice(0, 8)}`;
    const namespace = typeof metadata.namespace === "string" ? metadata.namespace : undefined;
    const uid = `${ctx.hash.slice(0, 8)}-${ctx.hash.slice(8, 12)}-${ctx.hash.slice(12, 16)}-${ctx.hash.slice(16, 20)}-${ctx.hash.slice(20, 32)}`;
    return { id: namespace ? `${namespace}/${name}` : name, state: { metadata: { ...metadata, name, uid, resourceVersion: "1" } } };
}

/** A resolver for `kubernetes:<group>/<version>:<Kind>`: built-in groups, and the given add-ons' custom resources. */
export function kubernetesMockFor(addons: readonly PlatformAddon[]): (type: string) => ResourceMock | undefined {
    const custom = customResourceOwners(addons);
    return (type) => {
        const match = /^kubernetes:([^:]+):([A-Za-z]+)$/.exec(type);
        if (!match) return undefined;
        // A server-side-apply patch (`<Kind>Patch`) exists exactly where its kind does.
        const kind = match[2].replace(/Patch$/, "");
        return isBuiltInApiGroup(match[1]) || custom.has(`${match[1]} ${match[2]}`) || custom.has(`${match[1]} ${kind}`) ? kubernetesObject : undefined;
    };
}

export const kubernetesResources: Record<string, ResourceMock> = {
    // A remote component: the provider reads the file and creates its objects; offline, none.
    "kubernetes:yaml/v2:ConfigFile": (ctx) => ({ id: ctx.name, state: { resources: [] } }),
    "kubernetes:helm.sh/v3:Release": (ctx) => {
        const name = typeof ctx.inputs.name === "string" ? ctx.inputs.name : `${ctx.name}-${ctx.hash.slice(0, 8)}`;
        return {
            id: `${String(ctx.inputs.namespace ?? "default")}/${name}`,
            state: {
                name,
                status: {
                    name,
                    namespace: ctx.inputs.namespace,
                    chart: ctx.inputs.chart,
                    version: ctx.inputs.version,
                    revision: 1,
                    status: "deployed",
                    appVersion: ctx.inputs.version,
                },
            },
        };
    },
};
