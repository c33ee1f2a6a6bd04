import * as aws from "@pulumi/aws";
import * as pulumi from "@pulumi/pulumi";
import { PlatformSpec } from "../topology/expand";
import { ClusterOutputs, PlatformCluster } from "./cluster";

export interface PlatformArgs {
    /** The validated, expanded topology (see `loadPlatformSpec`). Required. */
    spec: PlatformSpec;
}

/** Tags every AWS resource carries, so cost and ownership are visible in every account. */
export function baseTags(spec: PlatformSpec): Record<string, string> {
    return { environment: spec.environment, "managed-by": "pulumi", "cost-center": spec.costCenter };
}

/**
 * The whole platform: one AWS provider per region and one cluster per topology entry, in
 * failover order.
 */
export class Platform extends pulumi.ComponentResource {
    readonly clusters: PlatformCluster[];
    /** Per-cluster outputs keyed by cluster name. */
    readonly clusterOutputs: pulumi.Output<Record<string, ClusterOutputs>>;

    constructor(name: string, args: PlatformArgs, opts?: pulumi.ComponentResourceOptions) {
        super("payments:platform:Platform", name, {}, opts);
        this.clusters = args.spec.clusters.map((spec) => {
            const awsProvider = new aws.Provider(
                `${name}-aws-${spec.region}`,
                {
                    region: spec.region as aws.Region,
                    defaultTags: { tags: { ...baseTags(args.spec), cluster: spec.name } },
                },
                { parent: this },
            );
            return new PlatformCluster(`${name}-${spec.name}`, { spec, awsProvider }, { parent: this });
        });
        this.clusterOutputs = pulumi
            .all(this.clusters.map((cluster) => cluster.outputs))
            .apply((all) => Object.fromEntries(all.map((outputs) => [outputs.name, outputs])));
        this.registerOutputs({ clusters: this.clusterOutputs });
    }
}
