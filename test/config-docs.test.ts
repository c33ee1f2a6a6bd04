import { strict as assert } from "assert";
import * as fs from "fs";
import * as path from "path";
import * as istio from "../components/addons/istio";
import * as certificates from "../components/addons/cert-manager";
import * as monitoring from "../components/addons/monitoring";
import * as velero from "../components/addons/velero";
import * as d from "../components/topology/expand";
import { DEFAULT_UPGRADE_CONCURRENCY } from "../components/upgrades/plan";
import { DEFAULT_ROLLOUT_MAX_PARALLEL } from "../components/config/schema";
import { REPO_ROOT } from "./helpers/cli";

/** The README's config reference: key → the default column, as written. */
function documentedDefaults(): Map<string, string> {
    const readme = fs.readFileSync(path.join(REPO_ROOT, "README.md"), "utf8");
    const section = readme.slice(readme.indexOf("## Config reference"), readme.indexOf("\n## ", readme.indexOf("## Config reference") + 1));
    const rows = section.split("\n").filter((line) => line.startsWith("| `"));
    return new Map(rows.map((row) => row.split(/(?<!\\)\|/).map((cell) => cell.trim())).map(([, key, , defaultCell]) => [key, defaultCell]));
}

const code = (value: unknown) => `\`${String(value)}\``;

/**
 * Every default is declared once, in components/topology/expand.ts or in its add-on's file, and applied there; the
 * README's table must say the same. Keys whose default depends on other config are described in words.
 */
const DEFAULTS_IN_CODE: Record<string, string> = {
    "`clusterClasses.<class>.controlPlane.endpointPublicAccess`": code(d.DEFAULT_ENDPOINT_PUBLIC_ACCESS),
    "`clusterClasses.<class>.controlPlane.logging`": d.DEFAULT_CONTROL_PLANE_LOGGING.length === 5 ? "all five" : "?",
    "`clusterClasses.<class>.controlPlane.secretsEncryption`": code(d.DEFAULT_SECRETS_ENCRYPTION),
    "`clusterClasses.<class>.variables.availabilityZoneCount`": code(d.DEFAULT_AVAILABILITY_ZONE_COUNT),
    "`clusterClasses.<class>.variables.natGatewayMode`": code(d.DEFAULT_NAT_GATEWAY_MODE),
    "`clusterClasses.<class>.variables.databaseEngineVersion`": code(d.AURORA_POSTGRESQL_VERSION),
    "`….<md>.capacityType`": code(d.DEFAULT_CAPACITY_TYPE),
    "`….<md>.diskSizeGiB`": code(d.DEFAULT_DISK_SIZE_GIB),
    "`clusterClasses.<class>.upgrade.concurrency`": code(DEFAULT_UPGRADE_CONCURRENCY),
    "`clusterClasses.<class>.upgrade.maxUnavailablePercentage`": code(d.DEFAULT_MAX_UNAVAILABLE_PERCENTAGE),
    "`addons.istio.meshId`": code(istio.DEFAULT_MESH_ID),
    "`addons.istio.gatewayScheme`": code(istio.DEFAULT_GATEWAY_SCHEME),
    "`addons.istio.gatewayMinReplicas` / `gatewayMaxReplicas`": `${code(istio.DEFAULT_GATEWAY_MIN_REPLICAS)} / ${code(istio.DEFAULT_GATEWAY_MAX_REPLICAS)}`,
    "`addons.istio.egressGatewayMinReplicas` / `egressGatewayMaxReplicas`": `${code(istio.DEFAULT_EGRESS_GATEWAY_MIN_REPLICAS)} / ${code(istio.DEFAULT_EGRESS_GATEWAY_MAX_REPLICAS)}`,
    "`addons.monitoring.retentionDays`": code(monitoring.DEFAULT_PROMETHEUS_RETENTION_DAYS),
    "`addons.monitoring.storageGiB`": code(monitoring.DEFAULT_PROMETHEUS_STORAGE_GIB),
    "`addons.certificates.acmeServer`": code(certificates.DEFAULT_ACME_SERVER),
    "`addons.monitoring.prometheusResources`": ["prod", "staging"]
        .map((env) => {
            const r = monitoring.DEFAULT_PROMETHEUS_RESOURCES[env as "prod" | "staging"];
            return `${code(r.cpu)}/${code(r.memory)} ${env}`;
        })
        .join(", "),
    "`addons.backup.rpoMinutes`": `${code(velero.DEFAULT_RPO_MINUTES.prod)} prod, ${code(velero.DEFAULT_RPO_MINUTES.staging)} staging`,
    "`addons.backup.retentionDays`": code(velero.DEFAULT_BACKUP_RETENTION_DAYS),
    "`dns.apiName`": code(d.DEFAULT_API_NAME),
    "`dns.healthCheck.requestInterval`": code(d.DEFAULT_HEALTH_CHECK_INTERVAL),
    "`dns.healthCheck.failureThreshold`": code(d.DEFAULT_HEALTH_CHECK_FAILURE_THRESHOLD),
    "`dns.healthCheck.regions`": code(d.DEFAULT_HEALTH_CHECK_REGIONS.join(", ")),
    "`secrets.rotationEpoch`": code(d.DEFAULT_ROTATION_EPOCH),
    "`secrets.refreshInterval`": code(d.DEFAULT_SECRET_REFRESH_INTERVAL),
    "`services[k].targetRequestsPerSecond`": code(d.DEFAULT_TARGET_RPS),
    "`services[k].timeoutMs`": code(d.DEFAULT_TIMEOUT_MS),
    "`services[k].healthPath`": code(d.DEFAULT_HEALTH_PATH),
    "`services[k].database.instances`": code(d.DEFAULT_DATABASE_INSTANCES),
    "`rollout.maxParallel`": code(DEFAULT_ROLLOUT_MAX_PARALLEL),
    "`objectives.rtoMinutes`": code(d.DEFAULT_OBJECTIVES.rtoMinutes),
    "`objectives.rpoMinutes`": code(d.DEFAULT_OBJECTIVES.rpoMinutes),
    "`objectives.responseMinutes`": code(d.DEFAULT_OBJECTIVES.responseMinutes),
    "`services[k].database.backupRetentionDays`": `${code(d.DEFAULT_DATABASE_BACKUP_RETENTION_DAYS.prod)} prod, ${code(d.DEFAULT_DATABASE_BACKUP_RETENTION_DAYS.staging)} staging`,
};

describe("config reference (README) and the defaults in code", () => {
    it("documents every default exactly as the expansion applies it", () => {
        const documented = documentedDefaults();
        for (const [key, expected] of Object.entries(DEFAULTS_IN_CODE)) assert.equal(documented.get(key), expected, key);
    });

    it("has no numeric or named default that the code does not declare", () => {
        // Cells that are not a requirement, an absence, an empty value or a derived default name a constant above.
        const derived = /^(required.*|none|`\[\]`|`\{\}`|`""`|`false`|the class's version|all five|`retentionDays`)$/;
        for (const [key, cell] of documentedDefaults()) {
            if (derived.test(cell)) continue;
            assert.ok(key in DEFAULTS_IN_CODE, `README documents ${key} = ${cell}, but no default in code is checked against it`);
        }
    });
});
