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

/**
 * Every rule of the pack. Tests and the offline evaluator import this module, never the pack's
 * index.ts: constructing a PolicyPack starts a gRPC server.
 */
export function policies(
    mandatory: EnforcementLevel = "mandatory",
    advisory: EnforcementLevel = "advisory",
    addons: readonly PlatformAddon[] = ADDONS,
): Array<ResourceValidationPolicy | StackValidationPolicy> {
    return [
        eksPrivateEndpoint(mandatory),
        eksSecretsEncryption(mandatory),
        eksAuditLogging(mandatory),
        eksVersionAllowed(mandatory),
        kubeletVersionSkew(mandatory),
        nodeGroupsRequireImdsv2(mandatory),
        nodePoolMinimumSize(mandatory),
        clusterSubnetsInEksZones(mandatory),
        eksUpgradePolicyExplicit(mandatory),
        eksNoCreatorAccessEntry(mandatory),
        k8sProviderAssumesNoRole(mandatory),
        awsProvidersPinAccount(mandatory),
        awsManagedPoliciesAllowed(mandatory),
        rolesBounded(mandatory),
        serviceRolesGuarded(mandatory),
        cniPolicyOffTheNodes(mandatory),
        vpcEndpointsScoped(mandatory),
        secretReadsNamed(mandatory),
        secretStoresScoped(mandatory),
        meshRootContained(mandatory),
        secretsHaveResourcePolicy(mandatory),
        externalSecretsNotAggregated(mandatory),
        dnsWritesNamed(mandatory),
        globalMembersHoldTheRpo(mandatory),
        replicationStopPages(mandatory, MIN_DATABASE_ENGINE_MINOR),
        writerReachableFromEveryRegion(mandatory),
        globalMembersFollowTheirCluster(mandatory),
        databasesInLockedVaults(mandatory),
        privateClustersReachable(mandatory),
        deployPathRouted(mandatory),
        routeTablesWithoutInlineRoutes(mandatory),
        s3BucketsHardened(mandatory),
        kmsKeyRotation(mandatory),
        keysHaveExplicitPolicy(mandatory),
        noOpenIngress(mandatory),
        withChartExceptions(noPrivilegedPods(mandatory)),
        withChartExceptions(nonRootReadOnly(mandatory)),
        withChartExceptions(resourcesAndProbes(mandatory)),
        withChartExceptions(restrictedProfile(mandatory)),
        withChartExceptions(pinnedImages(mandatory)),
        helmReleasesPinned(mandatory),
        meshMtlsStrict(mandatory),
        paymentsNamespacesLockedDown(mandatory),
        customResourcesAfterTheirCrds(mandatory, crdCharts(addons)),
        backupsWithinRpo(mandatory),
        backupReplicasImmutable(mandatory),
        backupReplicationTimed(mandatory),
        restoresKeepIdentity(mandatory),
        paymentsHoldNoVolumes(mandatory),
        drillsOwnNothing(mandatory),
        commandsActOnce(mandatory),
        replicatedStateSpreadOverZones(mandatory),
        auroraClustersHardened(mandatory),
        globalMembersAfterTheirWriter(mandatory),
        routedRecordsHealthChecked(mandatory),
        aliasesAfterTheirTargets(mandatory),
        routingControlsGuarded(mandatory),
        regionSwitchPlansComplete(mandatory),
        regionSwitchCanScale(mandatory),
        regionSwitchRoleEvaluable(mandatory),
        alarmsReachSomeone(mandatory),
        alertsRouted(mandatory, SEVERITY_RECEIVERS),
        alertLabelsExist(mandatory),
        istioRevisionsServed(mandatory),
        healthChecksDeep(mandatory),
        waveCheckReadsAnEndpointCheck(mandatory),
        multiRegion(mandatory),
        secretReplicasCoverRegions(mandatory),
        clusterStackOneRegion(mandatory),
        clusterPullsImagesFromItsRegion(mandatory),
        veleroNamespacesLiteral(mandatory),
        hpaMetricsServed(mandatory),
        zonesDelegated(mandatory),
        controllersSurviveAPod(mandatory),
        failClosedWebhooksSpread(mandatory),
        podsFitNodes(mandatory),
        pciPoolsIsolated(mandatory),
        externalSecretsHaveASource(mandatory),
        egressHasAPath(mandatory),
        networkPolicyPortsReachTargets(mandatory),
        calicoThroughItsApi(mandatory),
        apiServicesVerified(mandatory),
        noClusterAdminBindings(mandatory),
        apisServed(mandatory),
        nodeAutoscalerInstalled(mandatory),
        autoscaledPodsEvictable(mandatory),
        paymentTracksSurviveAPod(mandatory),
        environmentIndependentOfRegions(mandatory),
        requiredTags(advisory),
    ];
}
