import { replicatedStateSpreadOverZones } from "./zones";
import { cniPolicyOffTheNodes, serviceRolesGuarded } from "./iam";
import { keysHaveExplicitPolicy } from "./kms";
import { MIN_DATABASE_ENGINE_MINOR } from "../../components/config/schema";
import type { EnforcementLevel, ResourceValidationPolicy, StackValidationPolicy } from "@pulumi/policy";
import { autoscaledPodsEvictable, hpaMetricsServed, nodeAutoscalerInstalled, paymentTracksSurviveAPod } from "./autoscaling";
import { awsManagedPoliciesAllowed, awsProvidersPinAccount, rolesBounded, s3BucketsHardened, kmsKeyRotation, noOpenIngress } from "./aws";
import { pciPoolsIsolated, podsFitNodes } from "./capacity";
import { backupReplicasImmutable, backupReplicationTimed } from "./backups";
import { controllersSurviveAPod, failClosedWebhooksSpread } from "./controllers";
import {
    auroraClustersHardened,
    databasesInLockedVaults,
    globalMembersAfterTheirWriter,
    globalMembersFollowTheirCluster,
    globalMembersHoldTheRpo,
    replicationStopPages,
    writerReachableFromEveryRegion,
} from "./data";
import { dnsWritesNamed, healthChecksDeep, routingControlsGuarded, waveCheckReadsAnEndpointCheck, zonesDelegated } from "./dns";
import { egressHasAPath, networkPolicyPortsReachTargets } from "./egress";
import {
    externalSecretsHaveASource,
    secretReadsNamed,
    secretStoresScoped,
    meshRootContained,
    secretsHaveResourcePolicy,
    externalSecretsNotAggregated,
} from "./secrets";
import {
    aliasesAfterTheirTargets,
    backupsWithinRpo,
    commandsActOnce,
    clusterPullsImagesFromItsRegion,
    clusterStackOneRegion,
    drillsOwnNothing,
    environmentIndependentOfRegions,
    multiRegion,
    restoresKeepIdentity,
    paymentsHoldNoVolumes,
    routedRecordsHealthChecked,
    secretReplicasCoverRegions,
    veleroNamespacesLiteral,
} from "./dr";
import {
    clusterSubnetsInEksZones,
    eksAuditLogging,
    eksNoCreatorAccessEntry,
    k8sProviderAssumesNoRole,
    eksPrivateEndpoint,
    eksSecretsEncryption,
    eksUpgradePolicyExplicit,
    privateClustersReachable,
    eksVersionAllowed,
    kubeletVersionSkew,
    nodeGroupsRequireImdsv2,
    nodePoolMinimumSize,
} from "./eks";
import {
    apisServed,
    noClusterAdminBindings,
    apiServicesVerified,
    customResourcesAfterTheirCrds,
    helmReleasesPinned,
    meshMtlsStrict,
    nonRootReadOnly,
    noPrivilegedPods,
    paymentsNamespacesLockedDown,
    pinnedImages,
    resourcesAndProbes,
    restrictedProfile,
} from "./kubernetes";
import { requiredTags } from "./tags";
import { deployPathRouted, routeTablesWithoutInlineRoutes, vpcEndpointsScoped } from "./network";
import { withChartExceptions } from "./chart-exceptions";
import { ADDONS, crdCharts } from "../../components/addons";
import type { PlatformAddon } from "../../components/addons/addon";
import { regionSwitchCanScale, regionSwitchPlansComplete, regionSwitchRoleEvaluable } from "./region-switch";
import { alarmsReachSomeone, alertsRouted } from "./alarms";
import { SEVERITY_RECEIVERS } from "../../components/addons/alerting";
import { calicoThroughItsApi } from "./calico";
import { istioRevisionsServed } from "./mesh";
import { alertLabelsExist } from "./metric-labels";

export const PACK_NAME = "payments-platform-policies";

/** The pack's rules by what they guard: the README's policy table is generated from this (`npm run docs`). */
export interface PolicyArea {
    readonly area: string;
    readonly rules: Array<ResourceValidationPolicy | StackValidationPolicy>;
}

/** Every rule of the pack, by area; each rule is listed here once. */
export function policyAreas(
    mandatory: EnforcementLevel = "mandatory",
    advisory: EnforcementLevel = "advisory",
    addons: readonly PlatformAddon[] = ADDONS,
): PolicyArea[] {
    return [
        {
            area: "EKS",
            rules: [
                eksPrivateEndpoint(mandatory),
                eksSecretsEncryption(mandatory),
                eksAuditLogging(mandatory),
                eksVersionAllowed(mandatory),
                kubeletVersionSkew(mandatory),
                nodeGroupsRequireImdsv2(mandatory),
                nodePoolMinimumSize(mandatory),
                eksUpgradePolicyExplicit(mandatory),
                clusterSubnetsInEksZones(mandatory),
                eksNoCreatorAccessEntry(mandatory),
                k8sProviderAssumesNoRole(mandatory),
                awsProvidersPinAccount(mandatory),
                privateClustersReachable(mandatory),
            ],
        },
        {
            area: "AWS data and network",
            rules: [
                s3BucketsHardened(mandatory),
                kmsKeyRotation(mandatory),
                noOpenIngress(mandatory),
                deployPathRouted(mandatory),
                routeTablesWithoutInlineRoutes(mandatory),
            ],
        },
        {
            area: "Kubernetes",
            rules: [
                withChartExceptions(noPrivilegedPods(mandatory)),
                withChartExceptions(nonRootReadOnly(mandatory)),
                withChartExceptions(resourcesAndProbes(mandatory)),
                withChartExceptions(restrictedProfile(mandatory)),
                withChartExceptions(pinnedImages(mandatory)),
                helmReleasesPinned(mandatory),
                meshMtlsStrict(mandatory),
                paymentsNamespacesLockedDown(mandatory),
                customResourcesAfterTheirCrds(mandatory, crdCharts(addons)),
                networkPolicyPortsReachTargets(mandatory),
            ],
        },
        {
            area: "DR",
            rules: [
                backupsWithinRpo(mandatory),
                routedRecordsHealthChecked(mandatory),
                multiRegion(mandatory),
                veleroNamespacesLiteral(mandatory),
                secretReplicasCoverRegions(mandatory),
                restoresKeepIdentity(mandatory),
                paymentsHoldNoVolumes(mandatory),
                drillsOwnNothing(mandatory),
                commandsActOnce(mandatory),
                backupReplicasImmutable(mandatory),
                backupReplicationTimed(mandatory),
                auroraClustersHardened(mandatory),
                globalMembersAfterTheirWriter(mandatory),
                writerReachableFromEveryRegion(mandatory),
                routingControlsGuarded(mandatory),
                healthChecksDeep(mandatory),
                aliasesAfterTheirTargets(mandatory),
                regionSwitchPlansComplete(mandatory),
                regionSwitchCanScale(mandatory),
                regionSwitchRoleEvaluable(mandatory),
                waveCheckReadsAnEndpointCheck(mandatory),
                clusterPullsImagesFromItsRegion(mandatory),
            ],
        },
        {
            area: "operations",
            rules: [
                hpaMetricsServed(mandatory),
                nodeAutoscalerInstalled(mandatory),
                podsFitNodes(mandatory),
                controllersSurviveAPod(mandatory),
                externalSecretsHaveASource(mandatory),
                zonesDelegated(mandatory),
                clusterStackOneRegion(mandatory),
                environmentIndependentOfRegions(mandatory),
                alarmsReachSomeone(mandatory),
                failClosedWebhooksSpread(mandatory),
                autoscaledPodsEvictable(mandatory),
                replicatedStateSpreadOverZones(mandatory),
                pciPoolsIsolated(mandatory),
                paymentTracksSurviveAPod(mandatory),
                secretReadsNamed(mandatory),
                secretStoresScoped(mandatory),
                awsManagedPoliciesAllowed(mandatory),
                rolesBounded(mandatory),
                dnsWritesNamed(mandatory),
                globalMembersHoldTheRpo(mandatory),
                replicationStopPages(mandatory, MIN_DATABASE_ENGINE_MINOR),
                globalMembersFollowTheirCluster(mandatory),
                databasesInLockedVaults(mandatory),
                calicoThroughItsApi(mandatory),
                apiServicesVerified(mandatory),
                noClusterAdminBindings(mandatory),
                apisServed(mandatory),
                alertsRouted(mandatory, SEVERITY_RECEIVERS),
                alertLabelsExist(mandatory),
                istioRevisionsServed(mandatory),
                egressHasAPath(mandatory),
            ],
        },
        {
            area: "identity and keys",
            rules: [
                keysHaveExplicitPolicy(mandatory),
                meshRootContained(mandatory),
                secretsHaveResourcePolicy(mandatory),
                externalSecretsNotAggregated(mandatory),
                vpcEndpointsScoped(mandatory),
                serviceRolesGuarded(mandatory),
                cniPolicyOffTheNodes(mandatory),
            ],
        },
        {
            area: "tags",
            rules: [requiredTags(advisory)],
        },
    ];
}

/**
 * Every rule of the pack. Tests and the offline evaluator import this module, never the pack's
 * index.ts: constructing a PolicyPack starts a gRPC server.
 */
export function policies(
    mandatory: EnforcementLevel = "mandatory",
    advisory: EnforcementLevel = "advisory",
    addons: readonly PlatformAddon[] = ADDONS,
): Array<ResourceValidationPolicy | StackValidationPolicy> {
    return policyAreas(mandatory, advisory, addons).flatMap((area) => area.rules);
}
