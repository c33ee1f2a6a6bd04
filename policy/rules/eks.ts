import type { PolicyResource, ResourceValidationPolicy, StackValidationPolicy } from "@pulumi/policy";
import type { ManagedAddon } from "../../components/cluster/versions";
import { MANAGED_ADDON_VERSIONS, MANAGED_ADDONS } from "../../components/cluster/versions";
import type { KubernetesVersion } from "../../components/config/schema";
import { SUPPORTED_KUBERNETES_VERSIONS } from "../../components/config/schema";
import { EKS_UNSUPPORTED_ZONE_IDS } from "../../components/network/subnets";
import { minorOf, minorPlus } from "../../components/upgrades/minor";
import { adoptableVersions } from "../../components/upgrades/calendar";
import { EKS_MAX_KUBELET_SKEW } from "../../components/upgrades/plan";
import type { Level } from "./util";
import { ancestorOfType, asArray, asRecord, CLUSTER_COMPONENT, describe, resourcesOfType } from "./util";

const EKS_CLUSTER = "eks:index:Cluster";
const NODE_GROUP = "aws:eks/nodeGroup:NodeGroup";
const LAUNCH_TEMPLATE = "aws:ec2/launchTemplate:LaunchTemplate";

export function eksPrivateEndpoint(level: Level): ResourceValidationPolicy {
    return {
        name: "eks-private-endpoint",
        description: "EKS API endpoints are private where the stack requires it (prod).",
        enforcementLevel: level,
        configSchema: { properties: { required: { type: "boolean", default: true } } },
        validateResource: (args, report) => {
            if (args.type !== EKS_CLUSTER) return;
            if (!args.getConfig<{ required: boolean }>().required) return;
            if (args.props.endpointPublicAccess !== false) {
                report(`${describe(args)} exposes its API endpoint publicly; set controlPlane.endpointPublicAccess: false for this stack's clusters.`);
            }
        },
    };
}

export function eksSecretsEncryption(level: Level): ResourceValidationPolicy {
    return {
        name: "eks-secrets-encryption",
        description: "EKS clusters envelope-encrypt Kubernetes Secrets with KMS.",
        enforcementLevel: level,
        validateResource: (args, report) => {
            if (args.type !== EKS_CLUSTER) return;
            if (!args.props.encryptionConfigKeyArn) report(`${describe(args)} does not encrypt Secrets with KMS; set controlPlane.secretsEncryption: true.`);
        },
    };
}

export function eksAuditLogging(level: Level): ResourceValidationPolicy {
    return {
        name: "eks-audit-logging",
        description: "EKS clusters ship audit logs to CloudWatch.",
        enforcementLevel: level,
        validateResource: (args, report) => {
            if (args.type !== EKS_CLUSTER) return;
            if (!asArray(args.props.enabledClusterLogTypes).includes("audit")) {
                report(`${describe(args)} does not ship audit logs; add "audit" to controlPlane.logging.`);
            }
        },
    };
}

export function eksVersionAllowed(level: Level): ResourceValidationPolicy {
    return {
        name: "eks-version-allowed",
        description: "EKS clusters and node groups run a Kubernetes version from the allowed set; a control plane may also run one EKS moved it to.",
        enforcementLevel: level,
        configSchema: {
            properties: {
                allowedVersions: { type: "array", items: { type: "string" }, default: [...SUPPORTED_KUBERNETES_VERSIONS] },
                // Minors past the matrix that only EKS can move a control plane to (its stack adopts them).
                adoptableVersions: { type: "array", items: { type: "string" }, default: adoptableVersions(SUPPORTED_KUBERNETES_VERSIONS) },
            },
        },
        validateResource: (args, report) => {
            if (args.type !== EKS_CLUSTER && args.type !== NODE_GROUP) return;
            const config = args.getConfig<{ allowedVersions: string[]; adoptableVersions: string[] }>();
            const allowed = args.type === EKS_CLUSTER ? [...config.allowedVersions, ...config.adoptableVersions] : config.allowedVersions;
            const version = String(args.props.version ?? "");
            if (!allowed.includes(version))
                report(`${describe(args)} runs Kubernetes ${version || "(unset)"}; allowed: ${allowed.join(", ")}. Change topology.version.`);
        },
    };
}

export function nodeGroupsRequireImdsv2(level: Level): ResourceValidationPolicy {
    return {
        name: "node-groups-require-imdsv2",
        description: "Node groups launch from a template that requires IMDSv2.",
        enforcementLevel: level,
        validateResource: (args, report) => {
            if (args.type === NODE_GROUP && !asRecord(args.props.launchTemplate).id) {
                report(
                    `${describe(args)} has no launch template, so IMDSv2 cannot be required; launch it from a template with metadataOptions.httpTokens "required".`,
                );
            }
            if (args.type === LAUNCH_TEMPLATE && asRecord(args.props.metadataOptions).httpTokens !== "required") {
                report(`${describe(args)} allows IMDSv1; set metadataOptions.httpTokens to "required".`);
            }
        },
    };
}

export function nodePoolMinimumSize(level: Level): ResourceValidationPolicy {
    return {
        name: "node-pool-minimum-size",
        description: "Node pools keep at least the stack's minimum nodes (prod: 2), so one node loss is survivable.",
        enforcementLevel: level,
        configSchema: { properties: { minNodes: { type: "number", default: 2 } } },
        validateResource: (args, report) => {
            if (args.type !== NODE_GROUP) return;
            const min = args.getConfig<{ minNodes: number }>().minNodes;
            const size = Number(asRecord(args.props.scalingConfig).minSize ?? 0);
            if (size < min) report(`${describe(args)} may shrink to ${size} nodes; raise the machine deployment's min to at least ${min}.`);
        },
    };
}

/**
 * A cluster's subnets must be in zones where EKS runs a control plane (else
 * UnsupportedAvailabilityZoneException). Zone names map to different zones in each account, so
 * only a zone ID can be checked: subnets tagged for a cluster must name their zone by ID.
 */
export function clusterSubnetsInEksZones(level: Level): ResourceValidationPolicy {
    return {
        name: "cluster-subnets-in-eks-zones",
        description: "Subnets tagged for an EKS cluster name their zone by ID, and not an ID where EKS runs no control plane.",
        enforcementLevel: level,
        validateResource: (args, report) => {
            if (args.type !== "aws:ec2/subnet:Subnet") return;
            if (!Object.keys(asRecord(args.props.tags)).some((key) => key.startsWith("kubernetes.io/cluster/"))) return;
            const zoneId = args.props.availabilityZoneId;
            if (typeof zoneId !== "string") {
                if (zoneId === undefined)
                    report(
                        `${describe(args)} is a cluster subnet placed by zone name, which maps to a different zone in each account; set availabilityZoneId.`,
                    );
                return;
            }
            const unsupported = Object.values(EKS_UNSUPPORTED_ZONE_IDS).flat();
            if (unsupported.includes(zoneId))
                report(`${describe(args)} is in ${zoneId}, where EKS runs no control plane (UnsupportedAvailabilityZoneException); choose another zone ID.`);
        },
    };
}

/**
 * EKS defaults a cluster's upgrade policy to EXTENDED support, which keeps an out-of-date control
 * plane running at the extended-support price without a word: the policy must be explicit, and
 * the one the stack's config allows.
 */
export function eksUpgradePolicyExplicit(level: Level): ResourceValidationPolicy {
    return {
        name: "eks-upgrade-policy-explicit",
        description: "EKS clusters set their upgrade policy (support type) explicitly, to the one the stack allows.",
        enforcementLevel: level,
        // ANY: either, as long as it is set; a stack's config pins the one its environment chose.
        configSchema: { properties: { supportType: { type: "string", enum: ["STANDARD", "EXTENDED", "ANY"], default: "ANY" } } },
        validateResource: (args, report) => {
            if (args.type !== EKS_CLUSTER) return;
            const wanted = args.getConfig<{ supportType: string }>().supportType;
            const supportType = asRecord(args.props.upgradePolicy).supportType;
            if (supportType === undefined)
                report(
                    `${describe(args)} leaves its upgrade policy to EKS's default (EXTENDED support, billed as such); set upgradePolicy.supportType${wanted === "ANY" ? " (the class's supportType)" : `: "${wanted}"`}.`,
                );
            else if (typeof supportType === "string" && wanted !== "ANY" && supportType !== wanted)
                report(`${describe(args)} sets upgradePolicy.supportType "${supportType}", but this stack allows "${wanted}".`);
        },
    };
}

/**
 * A private API endpoint answers only networks admitted by the cluster's security group: every
 * private cluster needs an ingress rule on 443, made from the cluster (so it targets its
 * security group), or `pulumi up` times out on every Kubernetes object after building the AWS half.
 */
export function privateClustersReachable(level: Level): StackValidationPolicy {
    return {
        name: "private-clusters-reachable",
        description: "Every EKS cluster with a private endpoint admits a deploy network on 443 through its security group.",
        enforcementLevel: level,
        validateStack: (args, report) => {
            const rules = resourcesOfType(args, "aws:vpc/securityGroupIngressRule:SecurityGroupIngressRule");
            for (const cluster of resourcesOfType(args, EKS_CLUSTER)) {
                if (cluster.props.endpointPublicAccess === true) continue;
                const admitted = rules.some(
                    (rule) =>
                        rule.dependencies.some((dependency) => dependency.urn === cluster.urn) &&
                        typeof rule.props.cidrIpv4 === "string" &&
                        Number(rule.props.fromPort) <= 443 &&
                        Number(rule.props.toPort) >= 443,
                );
                if (!admitted)
                    report(
                        `${cluster.name} has a private API endpoint that no network is admitted to on 443, so pulumi up cannot reach it after creating it; declare deploy.cidrs (the deploy runners' networks).`,
                        cluster.urn,
                    );
            }
        },
    };
}

const EKS_ADDON = "aws:eks/addon:Addon";

/** The cluster component a resource belongs to (its URN), or "" when it has none (one cluster per stack). */
function clusterKey(resource: PolicyResource): string {
    return ancestorOfType(resource, CLUSTER_COMPONENT)?.urn ?? "";
}

/**
 * The kubelet and add-on skew EKS allows, over each cluster's planned versions: no node group
 * newer than its control plane or more than EKS_MAX_KUBELET_SKEW minors behind it, and every
 * managed add-on pinned to the compatibility row of its control plane's minor, or the row before
 * it (the one `up` between a control-plane step and the add-ons step). A version change that
 * breaks this is refused in the pull request, before `pulumi up` would fail half-way.
 */
export function kubeletVersionSkew(level: Level): StackValidationPolicy {
    return {
        name: "kubelet-version-skew",
        description: "Node groups and managed add-ons stay within the version skew EKS supports for their control plane.",
        enforcementLevel: level,
        validateStack: (args, report) => {
            const controlPlanes = new Map<string, { name: string; version: string }>();
            for (const cluster of resourcesOfType(args, EKS_CLUSTER))
                controlPlanes.set(clusterKey(cluster), { name: cluster.name, version: String(cluster.props.version ?? "") });
            for (const group of resourcesOfType(args, NODE_GROUP)) {
                const cp = controlPlanes.get(clusterKey(group));
                const version = String(group.props.version ?? "");
                if (!cp || !/^1\.\d+$/.test(cp.version) || !/^1\.\d+$/.test(version)) continue;
                const behind = minorOf(cp.version) - minorOf(version);
                if (behind < 0)
                    report(
                        `${describe(group)} runs Kubernetes ${version}, newer than its control plane ${cp.name} at ${cp.version}; upgrade the control plane first.`,
                    );
                else if (behind > EKS_MAX_KUBELET_SKEW)
                    report(
                        `${describe(group)} runs Kubernetes ${version}, ${behind} minors behind its control plane ${cp.name} at ${cp.version} (EKS allows ${EKS_MAX_KUBELET_SKEW}); upgrade the node pool first.`,
                    );
            }
            for (const addon of resourcesOfType(args, EKS_ADDON)) {
                const cp = controlPlanes.get(clusterKey(addon));
                const name = String(addon.props.addonName ?? "") as ManagedAddon;
                const version = String(addon.props.addonVersion ?? "");
                if (!cp || !(SUPPORTED_KUBERNETES_VERSIONS as readonly string[]).includes(cp.version) || !MANAGED_ADDONS.includes(name)) continue;
                const rows = [cp.version, minorPlus(cp.version, -1)].filter((row): row is KubernetesVersion => row in MANAGED_ADDON_VERSIONS);
                if (!rows.some((row) => MANAGED_ADDON_VERSIONS[row][name] === version))
                    report(
                        `${describe(addon)} pins ${name} ${version || "(unset)"} under control plane ${cp.name} at ${cp.version}; the compatibility matrix pins ${rows.map((row) => `${MANAGED_ADDON_VERSIONS[row][name]} for ${row}`).join(" or ")}.`,
                    );
            }
        },
    };
}

/** The component that wraps @pulumi/eks's cluster and says which principal creates it. */
const EKS_CLUSTER_COMPONENT = "payments:cluster:EksCluster";

/**
 * EKS gives the principal that creates a cluster its own admin access entry (@pulumi/eks 4.3 sets
 * bootstrapClusterCreatorAdminPermissions whenever authenticationMode is set), so a declared
 * access entry for that principal fails CreateAccessEntry with 409 ResourceInUseException on the
 * first `up` (pulumi/pulumi-eks#2373), after the control plane's quarter of an hour.
 */
export function eksNoCreatorAccessEntry(level: Level): StackValidationPolicy {
    return {
        name: "eks-no-creator-access-entry",
        description: "No EKS access entry is declared for the principal that creates the cluster: EKS bootstraps its entry.",
        enforcementLevel: level,
        validateStack: (args, report) => {
            for (const cluster of resourcesOfType(args, EKS_CLUSTER)) {
                const creator = ancestorOfType(cluster, EKS_CLUSTER_COMPONENT)?.props.creatorPrincipalArn;
                if (typeof creator !== "string") continue;
                for (const [key, entry] of Object.entries(asRecord(cluster.props.accessEntries)))
                    if (asRecord(entry).principalArn === creator)
                        report(
                            `${cluster.name} declares access entry "${key}" for ${creator}, which creates the cluster: EKS already gave it cluster admin (bootstrapClusterCreatorAdminPermissions), and CreateAccessEntry answers 409 ResourceInUseException; remove the entry.`,
                            cluster.urn,
                        );
            }
        },
    };
}

/** The role a kubeconfig's `aws eks get-token` assumes (`--role-arn`), if any; undefined for one that cannot be read. */
export function kubeconfigAssumedRole(kubeconfig: unknown): string | undefined {
    if (typeof kubeconfig !== "string") return undefined;
    let parsed: unknown;
    try {
        parsed = JSON.parse(kubeconfig);
    } catch {
        return undefined;
    }
    for (const user of asArray(asRecord(parsed).users)) {
        const args = asArray(asRecord(asRecord(asRecord(user).user).exec).args).map(String);
        const at = args.indexOf("--role-arn");
        if (at >= 0) return args[at + 1];
    }
    return undefined;
}

/**
 * A cluster's Kubernetes provider authenticates as whoever runs Pulumi: `up` as the deploy role
 * (which created the cluster and so is its admin), a preview as the preview role (its view
 * entry). A kubeconfig that assumes a role breaks both: assuming the deploy role from inside
 * itself needs a trust policy that names the role itself (IAM's rule since 2023), and a preview
 * would reach cluster admin through it, or nothing.
 */
export function k8sProviderAssumesNoRole(level: Level): StackValidationPolicy {
    return {
        name: "k8s-provider-assumes-no-role",
        description: "Every EKS cluster's Kubernetes provider authenticates as the identity running Pulumi, assuming no role.",
        enforcementLevel: level,
        validateStack: (args, report) => {
            for (const provider of resourcesOfType(args, "pulumi:providers:kubernetes")) {
                if (!ancestorOfType(provider, EKS_CLUSTER_COMPONENT)) continue;
                const role = kubeconfigAssumedRole(provider.props.kubeconfig);
                if (typeof provider.props.kubeconfig !== "string")
                    report(`${provider.name}'s kubeconfig cannot be read (a secret or unknown); build it in the open: it holds no credential.`, provider.urn);
                else if (role)
                    report(
                        `${provider.name}'s kubeconfig assumes ${role} (--role-arn): \`up\` already runs as the deploy role, and a preview must run as the preview role; remove --role-arn.`,
                        provider.urn,
                    );
            }
        },
    };
}
