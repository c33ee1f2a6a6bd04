import * as aws from "@pulumi/aws";
import * as pulumi from "@pulumi/pulumi";
import { ClusterSpec } from "../topology/expand";

export interface PlatformClusterArgs {
    /** The expanded topology of this cluster. Required. */
    spec: ClusterSpec;
    /** The AWS provider for the cluster's region; every AWS child is created through it. Required. */
    awsProvider: aws.Provider;
}

/** What the stack exports for each cluster. */
export interface ClusterOutputs {
    name: string;
    region: string;
    role: string;
    priority: number;
}

/**
 * One cluster of the topology in its own region: the parent of its network, EKS control plane,
 * node pools, add-ons and workloads.
 */
export class PlatformCluster extends pulumi.ComponentResource {
    readonly spec: ClusterSpec;
    readonly outputs: pulumi.Output<ClusterOutputs>;

    constructor(name: string, args: PlatformClusterArgs, opts?: pulumi.ComponentResourceOptions) {
        // The regional provider is passed down so every child lands in this cluster's region.
        super("payments:platform:Cluster", name, {}, { ...opts, providers: [args.awsProvider] });
        this.spec = args.spec;
        this.outputs = pulumi.output({
            name: args.spec.name,
            region: args.spec.region,
            role: args.spec.drRole,
            priority: args.spec.drPriority,
        });
        this.registerOutputs({ outputs: this.outputs });
    }
}
