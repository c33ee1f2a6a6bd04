import { API_PROBE_STEP, apiHealthAlarmName, PROBE_ALARM, PROBE_SCHEDULE } from "./probe-alarm";
import { keyOwners, platformKey } from "../cluster/kms";
import * as aws from "@pulumi/aws";
import * as pulumi from "@pulumi/pulumi";
import { createHash } from "crypto";
import { createSecureBucket } from "../backup/bucket";
import { regionalApiHost } from "../names";
import type { ClusterSpec, PlatformSpec } from "../topology/spec";
import { DEFAULT_HEALTH_PATH } from "../topology/expand";

/**
 * CloudWatch Synthetics' Node.js runtime: the newest AWS documents (Node 22; `@aws/synthetics-*`
 * modules; an HTTP step's failure fails the run, which 14.0 and older could miss), read 2026-12
 * from the "Synthetics runtime versions" guide. `aws synthetics describe-runtime-versions` lists
 * what a region offers.
 */
export const PROBE_RUNTIME = "syn-nodejs-puppeteer-15.0";
/** How long the runs' screenshots and logs stay in the artifacts bucket. */
export const PROBE_ARTIFACT_DAYS = 14;

export interface ProbeTarget {
    /** The step's name in the run report: what is probed. */
    name: string;
    host: string;
    path: string;
}

/**
 * What the probe in one cluster's region checks: every other cluster's own API name (a lost
 * region is seen from each survivor) and the API's global name (what clients use). Pure.
 */
export function probeTargets(platform: PlatformSpec, from: ClusterSpec): ProbeTarget[] {
    const path = platform.services.find((service) => service.public)?.healthPath ?? DEFAULT_HEALTH_PATH;
    return [
        ...platform.clusters
            .filter((cluster) => cluster.name !== from.name)
            .map((cluster) => ({ name: `cluster-${cluster.name}`, host: regionalApiHost(cluster.name, platform.dns.apiHost), path })),
        { name: API_PROBE_STEP, host: platform.dns.apiHost, path },
    ];
}

/**
 * The canary's script (CommonJS `index.js` at the archive's root, as runtimes 11.0 and later
 * take it). Each target is one HTTPS step that must answer 2xx; a name with no DNS record is a
 * cluster not built yet (its stack creates the record) and is logged, not probed, so a first
 * rollout pages no one. A lost region keeps its records: its probe fails and pages.
 */
export const PROBE_SCRIPT = `const synthetics = require("@aws/synthetics-puppeteer");
const log = require("@aws/synthetics-logger");
const dns = require("node:dns/promises");

exports.handler = async () => {
    for (const target of JSON.parse(process.env.TARGETS)) {
        try {
            await dns.lookup(target.host);
        } catch (error) {
            if (error.code !== "ENOTFOUND") throw error;
            log.info(target.host + " has no DNS record (its cluster is not built yet): not probed");
            continue;
        }
        await synthetics.executeHttpStep(
            target.name,
            { hostname: target.host, path: target.path, method: "GET", port: 443, protocol: "https:" },
            undefined,
            { continueOnHttpStepFailure: true },
        );
    }
};
`;

export interface RegionalProbesArgs {
    platform: PlatformSpec;
    /** Each cluster's region's provider (the environment's). */
    regions: readonly { cluster: ClusterSpec; provider: aws.Provider }[];
    /** Cluster name → the alarm topic in its region. */
    topicArns: Readonly<Record<string, pulumi.Input<string>>>;
    /** The environment's account (its log groups' ARNs); from config, as the environment makes no start-up call. */
    accountId: string;
    /** The environment's permissions boundary, for the canaries' roles. Required. */
    permissionsBoundary: pulumi.Input<string>;
    tags: Record<string, string>;
}

/**
 * A page for a lost region, raised in the regions that survive it. The platform's other signals
 * die with their region (Alertmanager runs in the cluster; Route 53's health-check metrics exist
 * only in us-east-1), so each cluster's region runs a CloudWatch Synthetics canary probing every
 * other cluster's API name and the global one, alarming to its own region's topic. About $52 a
 * month per region (a run a minute at $0.0012), plus its artifacts and logs.
 */
export class RegionalProbes extends pulumi.ComponentResource {
    /** Cluster name → the canary in its region. */
    readonly canaries: Record<string, pulumi.Output<string>>;

    constructor(name: string, args: RegionalProbesArgs, opts?: pulumi.ComponentResourceOptions) {
        super("payments:platform:RegionalProbes", name, {}, opts);
        this.canaries = Object.fromEntries(
            args.regions.flatMap(({ cluster, provider }) => {
                const topicArn = args.topicArns[cluster.name];
                if (!topicArn) return [];
                // A component per region, so the probe's parts inherit that region's provider.
                const probe = new RegionalProbe(`${name}-${cluster.name}`, { ...args, cluster, topicArn }, { parent: this, providers: [provider] });
                return [[cluster.name, probe.canaryName]];
            }),
        );
        this.registerOutputs({ canaries: this.canaries });
    }
}

/**
 * The canary role's documented minimum (CloudWatch guide, "Required roles and permissions for
 * canaries"): its artifacts under one prefix and one key, its own log groups, its metrics. Pure.
 */
export function probeRolePolicy(target: { bucketArn: string; keyArn: string; region: string; accountId: string; canaryName: string }) {
    return {
        Version: "2012-10-17",
        Statement: [
            { Effect: "Allow", Action: ["s3:PutObject", "s3:GetObject"], Resource: `${target.bucketArn}/runs/*` },
            { Effect: "Allow", Action: ["s3:GetBucketLocation"], Resource: target.bucketArn },
            {
                Effect: "Allow",
                Action: ["kms:GenerateDataKey", "kms:Decrypt"],
                Resource: target.keyArn,
                Condition: { StringEquals: { "kms:ViaService": `s3.${target.region}.amazonaws.com` } },
            },
            {
                Effect: "Allow",
                Action: ["logs:CreateLogGroup", "logs:CreateLogStream", "logs:PutLogEvents"],
                Resource: `arn:aws:logs:${target.region}:${target.accountId}:log-group:/aws/lambda/cwsyn-${target.canaryName}-*`,
            },
            { Effect: "Allow", Action: ["s3:ListAllMyBuckets", "xray:PutTraceSegments"], Resource: "*" },
            {
                Effect: "Allow",
                Action: "cloudwatch:PutMetricData",
                Resource: "*",
                Condition: { StringEquals: { "cloudwatch:namespace": "CloudWatchSynthetics" } },
            },
        ],
    };
}

/** What one region's probe is given: the environment's arguments, its cluster and its region's topic. */
type ProbeArgs = Omit<RegionalProbesArgs, "regions" | "topicArns"> & { cluster: ClusterSpec; topicArn: pulumi.Input<string> };

/** One region's probe: its artifacts' key and bucket, code, role, canary and alarm. */
class RegionalProbe extends pulumi.ComponentResource {
    readonly canaryName: pulumi.Output<string>;

    constructor(name: string, args: ProbeArgs, opts: pulumi.ComponentResourceOptions) {
        super("payments:platform:RegionalProbe", name, {}, opts);
        const { cluster } = args;
        const child = { parent: this };
        const tags = { ...args.tags, cluster: cluster.name };
        const canaryName = `payments-${args.platform.environment}-probe-${cluster.name}`;
        const key = platformKey(
            `${name}-key`,
            {
                description: `${canaryName}: the probe's run artifacts`,
                owners: keyOwners(args.platform),
                use: { region: cluster.region, via: ["s3"] },
                tags,
            },
            child,
        );
        const artifacts = createSecureBucket(
            `${name}-artifacts`,
            { prefix: `${canaryName}-`, kmsKeyArn: key.arn, tags, expireDays: PROBE_ARTIFACT_DAYS },
            this,
        );
        // The code's key changes with the script, so the canary picks up a new version.
        const code = new aws.s3.BucketObjectv2(
            `${name}-code`,
            {
                bucket: artifacts.bucket.id,
                key: `code/probe-${createHash("sha256").update(PROBE_SCRIPT).digest("hex").slice(0, 12)}.zip`,
                source: new pulumi.asset.AssetArchive({ "index.js": new pulumi.asset.StringAsset(PROBE_SCRIPT) }),
                tags,
            },
            { ...child, dependsOn: [artifacts.versioning] },
        );
        const role = this.probeRole(name, args, { bucketArn: artifacts.bucket.arn, keyArn: key.arn }, canaryName, tags);
        const canary = new aws.synthetics.Canary(
            `${name}-canary`,
            {
                name: canaryName,
                runtimeVersion: PROBE_RUNTIME,
                handler: "index.handler",
                s3Bucket: artifacts.bucket.id,
                s3Key: code.key,
                s3Version: code.versionId,
                executionRoleArn: role.arn,
                artifactS3Location: pulumi.interpolate`s3://${artifacts.bucket.id}/runs/`,
                artifactConfig: { s3Encryption: { encryptionMode: "SSE_KMS", kmsKeyArn: key.arn } },
                schedule: { expression: PROBE_SCHEDULE },
                runConfig: { timeoutInSeconds: 50, environmentVariables: { TARGETS: JSON.stringify(probeTargets(args.platform, cluster)) } },
                successRetentionPeriod: PROBE_ARTIFACT_DAYS,
                failureRetentionPeriod: PROBE_ARTIFACT_DAYS,
                startCanary: true,
                tags,
            },
            child,
        );
        this.alarms(name, args, canaryName, canary, tags);
        this.canaryName = canary.name;
        this.registerOutputs({ canaryName: this.canaryName });
    }

    /** The canary's role: Lambda's trust, the environment's boundary, the documented minimum (probeRolePolicy). */
    private probeRole(
        name: string,
        args: ProbeArgs,
        store: { bucketArn: pulumi.Output<string>; keyArn: pulumi.Output<string> },
        canaryName: string,
        tags: Record<string, string>,
    ): aws.iam.Role {
        const { cluster } = args;
        const child = { parent: this };
        const role = new aws.iam.Role(
            `${name}-role`,
            {
                assumeRolePolicy: JSON.stringify({
                    Version: "2012-10-17",
                    Statement: [{ Effect: "Allow", Principal: { Service: "lambda.amazonaws.com" }, Action: "sts:AssumeRole" }],
                }),
                permissionsBoundary: args.permissionsBoundary,
                tags,
            },
            child,
        );
        // The canary role's documented minimum ("Required roles and permissions for canaries").
        new aws.iam.RolePolicy(
            `${name}-role-policy`,
            {
                role: role.id,
                policy: pulumi
                    .all([store.bucketArn, store.keyArn])
                    .apply(([bucketArn, keyArn]) =>
                        JSON.stringify(probeRolePolicy({ bucketArn, keyArn, region: cluster.region, accountId: args.accountId, canaryName })),
                    ),
            },
            child,
        );
        return role;
    }

    /** Both page the region's topic on 2 failing minutes of 3 (PROBE_ALARM), on the canary's SuccessPercent. */
    private alarms(name: string, args: ProbeArgs, canaryName: string, canary: aws.synthetics.Canary, tags: Record<string, string>): void {
        const { cluster, topicArn } = args;
        const child = { parent: this };
        const alarm = (
            role: string,
            alarmName: string,
            description: string,
            dimensions: Record<string, string>,
            treatMissingData: "breaching" | "notBreaching",
        ) =>
            new aws.cloudwatch.MetricAlarm(
                `${name}-${role}`,
                {
                    name: alarmName,
                    alarmDescription: description,
                    namespace: "CloudWatchSynthetics",
                    metricName: "SuccessPercent",
                    dimensions,
                    statistic: "Average",
                    period: PROBE_ALARM.periodSeconds,
                    evaluationPeriods: PROBE_ALARM.evaluationPeriods,
                    datapointsToAlarm: PROBE_ALARM.datapointsToAlarm,
                    comparisonOperator: "LessThanThreshold",
                    threshold: 100,
                    treatMissingData,
                    alarmActions: [topicArn],
                    okActions: [topicArn],
                    tags,
                },
                { ...child, dependsOn: [canary] },
            );
        // A probe that stopped running is a probe that would not page: that pages.
        alarm(
            "alarm",
            `${canaryName}-failing`,
            `From ${cluster.region}: a cluster's API name or the global one does not answer ${probeTargets(args.platform, cluster)
                .map((target) => target.host)
                .join(", ")}; the canary's run report names which (a region lost: README, "Losing a region")`,
            { CanaryName: canaryName },
            "breaching",
        );
        // The API's global name alone, as seen from this region (the step's own metric): the
        // application health the Region switch plans watch, so ARC measures each execution's
        // actual recovery time. A run that skipped the step (no DNS record yet) is no failure.
        alarm(
            "api-alarm",
            apiHealthAlarmName(args.platform.environment, cluster.name),
            `From ${cluster.region}: the API's global name ${args.platform.dns.apiHost} does not answer; the Region switch plans' application health`,
            { CanaryName: canaryName, StepName: API_PROBE_STEP },
            "notBreaching",
        );
    }
}
