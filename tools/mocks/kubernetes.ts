import { ResourceMock, ResourceMockContext } from "../offline-plan/mock-cloud";

/**
 * Kubernetes objects as the API server would return them: the inputs, with a name (generated
 * from the resource name when the program leaves it out, as the provider does), a uid and a
 * resourceVersion. Only the API groups the platform uses are known; anything else fails loudly.
 */
const KNOWN_GROUPS = [
    "core/v1",
    "apps/v1",
    "policy/v1",
    "autoscaling/v2",
    "batch/v1",
    "rbac.authorization.k8s.io/v1",
    "networking.k8s.io/v1",
    "storage.k8s.io/v1",
    "scheduling.k8s.io/v1",
    "operator.tigera.io/v1",
    "crd.projectcalico.org/v1",
    "security.istio.io/v1",
    "networking.istio.io/v1",
    "monitoring.coreos.com/v1",
    "velero.io/v1",
    "external-secrets.io/v1",
];

function kubernetesObject(ctx: ResourceMockContext) {
    const metadata = (ctx.inputs.metadata ?? {}) as Record<string, unknown>;
    const name = typeof metadata.name === "string" ? metadata.name : `${ctx.name}-${ctx.hash.slice(0, 8)}`;
    const namespace = typeof metadata.namespace === "string" ? metadata.namespace : undefined;
    const uid = `${ctx.hash.slice(0, 8)}-${ctx.hash.slice(8, 12)}-${ctx.hash.slice(12, 16)}-${ctx.hash.slice(16, 20)}-${ctx.hash.slice(20, 32)}`;
    return { id: namespace ? `${namespace}/${name}` : name, state: { metadata: { ...metadata, name, uid, resourceVersion: "1" } } };
}

/** `kubernetes:<group>/<version>:<Kind>` is known when its group/version is. */
export function kubernetesMockFor(type: string): ResourceMock | undefined {
    const match = /^kubernetes:([^:]+):[A-Za-z]+$/.exec(type);
    return match && KNOWN_GROUPS.includes(match[1]) ? kubernetesObject : undefined;
}

export const kubernetesResources: Record<string, ResourceMock> = {
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
