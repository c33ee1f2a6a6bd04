/**
 * How long `pulumi up` typically waits for a resource to be created, by type, with where the
 * number comes from. Typical values, not guarantees: the estimate says which chain decides the
 * total, and roughly how long it is. A type not listed takes DEFAULT_SECONDS and is reported.
 */
export interface Duration {
    createSeconds: number;
    /** When an update takes notably different time (e.g. a node group's rolling replacement). */
    updateSeconds?: number;
    source: string;
}

/** Most API calls (IAM, S3 settings, security groups, Kubernetes objects) return in seconds. */
export const DEFAULT_SECONDS = 5;
export const DEFAULT_SOURCE = "default: an API call that returns in seconds";

const AWS_DOCS = "AWS documentation";

export const DURATIONS: Readonly<Record<string, Duration>> = {
    "eks:index:Cluster": {
        createSeconds: 600,
        updateSeconds: 1500,
        source: `${AWS_DOCS} (EKS user guide: creating a cluster takes several minutes; a version update 25 minutes or more); 10 minutes typical as measured by pulumi-eks and terraform-aws-eks users`,
    },
    "aws:eks/nodeGroup:NodeGroup": {
        createSeconds: 240,
        updateSeconds: 900,
        source: `${AWS_DOCS} (managed node groups: instances launch and join, then the group is ACTIVE); 3-5 minutes typical; an update replaces nodes in batches`,
    },
    // A drill's Region switch plan execution, waited for to its end (a routing control switch: ROUTING_CONTROL_SWITCH).
    "command:local:Command": {
        createSeconds: 480,
        source: `${AWS_DOCS} (ARC Region switch: an execution runs its steps in order; here scaling the payment services, an Aurora switchover of 1-2 minutes, and a routing-control change); 8 minutes assumed until a drill measures it`,
    },
    "aws:eks/addon:Addon": { createSeconds: 90, source: `${AWS_DOCS} (EKS add-ons become ACTIVE once their pods run); 1-2 minutes typical` },
    "aws:ec2/natGateway:NatGateway": { createSeconds: 120, source: `${AWS_DOCS} (a NAT gateway is pending for a few minutes before it is available)` },
    "aws:ec2/vpcEndpoint:VpcEndpoint": {
        createSeconds: 120,
        source: `${AWS_DOCS} (an interface endpoint is pending until its network interfaces are up, 1-2 minutes)`,
    },
    // The data tier (issue 16) will add these.
    "aws:rds/globalCluster:GlobalCluster": { createSeconds: 60, source: `${AWS_DOCS} (the global cluster itself is metadata; its members take the time)` },
    "aws:rds/cluster:Cluster": {
        createSeconds: 600,
        source: `${AWS_DOCS} (Aurora: a cluster is available in about 10 minutes; a global secondary replicates the primary's storage first, longer for a large database)`,
    },
    "aws:rds/clusterInstance:ClusterInstance": { createSeconds: 600, source: `${AWS_DOCS} (an Aurora DB instance is available in about 10 minutes)` },
    "aws:route53/record:Record": { createSeconds: 60, source: `${AWS_DOCS} (Route 53 changes are INSYNC on all name servers within 60 seconds)` },
    "aws:route53/zone:Zone": { createSeconds: 60, source: `${AWS_DOCS} (as a record change: INSYNC within 60 seconds)` },
    "aws:route53/healthCheck:HealthCheck": { createSeconds: 10, source: `${AWS_DOCS} (created at once; its first status takes a request interval)` },
    "aws:kms/key:Key": { createSeconds: 10, source: DEFAULT_SOURCE },
    "aws:s3/bucketReplicationConfig:BucketReplicationConfig": { createSeconds: 10, source: DEFAULT_SOURCE },
    "aws:secretsmanager/secret:Secret": { createSeconds: 30, source: `${AWS_DOCS} (replicas are created asynchronously; the provider waits for them)` },
    "kubernetes:helm.sh/v3:Release": { createSeconds: 60, source: "Helm waits for the release's workloads to be ready: a minute for a small chart" },
    "kubernetes:cert-manager.io/v1:Certificate": {
        createSeconds: 120,
        source: "ACME DNS-01: a TXT record in Route 53 (60 s to INSYNC), the CA's validation, issuance; Pulumi waits until Ready",
    },
    "kubernetes:apps/v1:Deployment": { createSeconds: 60, source: "Pulumi waits for the rollout: image pull, startup and readiness probes" },
    "kubernetes:operator.tigera.io/v1:APIServer": {
        createSeconds: 120,
        source: "Pulumi waits until the operator reports it Ready: calico-apiserver's two replicas start and the aggregated API registers",
    },
    "kubernetes:yaml/v2:ConfigFile": { createSeconds: 15, source: "the provider fetches the manifest and applies its CRDs" },
};

/** Charts known to take longer than a minute to become ready, by chart name. */
export const CHART_SECONDS: Readonly<Record<string, { seconds: number; source: string }>> = {
    "kube-prometheus-stack": { seconds: 240, source: "Prometheus and Alertmanager StatefulSets with volumes, the operator and its admission webhook Jobs" },
    istiod: { seconds: 90, source: "istiod and its webhook configuration" },
    "tigera-operator": { seconds: 90, source: "the operator, then calico-node on every node" },
    "cert-manager": { seconds: 90, source: "controller, webhook, cainjector, and the startupapicheck Job" },
    velero: { seconds: 90, source: "the server and its plugin init container" },
    gateway: { seconds: 90, source: "an NLB for the ingress gateway Service (the egress gateway is quicker)" },
};

/** A resource's duration and source; `known` is false for a type the table does not list. */
/** Switching one ARC routing control through the data plane: one API call. */
const ROUTING_CONTROL_SWITCH: Duration = {
    createSeconds: DEFAULT_SECONDS,
    source: `${AWS_DOCS} (ARC UpdateRoutingControlState: one data-plane call, answered in seconds)`,
};

export function durationOf(type: string, inputs: Record<string, unknown>): Duration & { known: boolean } {
    if (type === "kubernetes:helm.sh/v3:Release") {
        const chart = CHART_SECONDS[String(inputs.chart)];
        if (chart) return { createSeconds: chart.seconds, source: chart.source, known: true };
    }
    if (type === "command:local:Command" && String(inputs.create).includes("update-routing-control-state")) return { ...ROUTING_CONTROL_SWITCH, known: true };
    const known = DURATIONS[type];
    return known ? { ...known, known: true } : { createSeconds: DEFAULT_SECONDS, source: DEFAULT_SOURCE, known: false };
}
