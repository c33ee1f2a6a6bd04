import { strict as assert } from "assert";
import type { ConfigIssue } from "../components/config/validate";
import { validatePlatformConfig, closest, formatPath, workerSkewIssue } from "../components/config/validate";
import { fixtureConfig } from "./fixtures/platform";
import { prodWith, stackConfig } from "./helpers/config-fixtures";

function issuesOf(raw: unknown): ConfigIssue[] {
    const result = validatePlatformConfig(raw);
    assert.equal(result.ok, false, "expected the config to be rejected");
    return result.ok ? [] : result.issues;
}

/** Asserts the config is rejected with exactly this one issue. */
function rejects(raw: unknown, path: string, message: string): void {
    assert.deepEqual(issuesOf(raw), [{ path, message }]);
}

describe("config validation", () => {
    it("accepts the prod and staging stack configs", () => {
        for (const stack of ["prod", "staging"] as const) {
            const result = validatePlatformConfig(stackConfig(stack));
            assert.equal(result.ok, true, JSON.stringify(result.ok ? [] : result.issues));
        }
    });

    it("rejects an unknown cluster class reference", () => {
        rejects(
            prodWith((c) => (c.clusters[1].topology.class = "gpu-eks")),
            "clusters[1].topology.class",
            'unknown class "gpu-eks" (known: payments-eks)',
        );
    });

    it("rejects an unknown machine deployment class reference", () => {
        rejects(
            prodWith((c) => (c.clusters[1].topology.workers.machineDeployments[0].class = "gpu")),
            "clusters[1].topology.workers.machineDeployments[0].class",
            'unknown class "gpu" (known: system, payments)',
        );
    });

    it("rejects duplicate cluster names", () => {
        rejects(
            prodWith((c) => (c.clusters[2].name = "prod-use1")),
            "clusters[2].name",
            'duplicate cluster name "prod-use1" (also at clusters[0].name)',
        );
    });

    it("rejects duplicate node pool names in a cluster", () => {
        rejects(
            prodWith((c) => (c.clusters[0].topology.workers.machineDeployments[1].name = "system")),
            "clusters[0].topology.workers.machineDeployments[1].name",
            'duplicate node pool name "system" (also at clusters[0].topology.workers.machineDeployments[0].name)',
        );
    });

    it("allows the same node pool name in different clusters", () => {
        assert.equal(validatePlatformConfig(stackConfig("prod")).ok, true);
    });

    it("rejects a topology with no primary", () => {
        rejects(
            prodWith((c) => (c.clusters[0].dr.role = "secondary")),
            "clusters",
            'no cluster has dr.role "primary"; mark exactly one cluster as primary',
        );
    });

    it("rejects several primaries", () => {
        rejects(
            prodWith((c) => (c.clusters[2].dr.role = "primary")),
            "clusters[2].dr.role",
            'several primaries (clusters[0], clusters[2]); exactly one cluster may be primary, make the others "secondary"',
        );
    });

    it("rejects a primary that is not first in failover order", () => {
        rejects(
            prodWith((c) => (c.clusters[0].dr.priority = 5)),
            "clusters[0].dr.priority",
            "the primary must come first in failover order, but clusters[1] has priority 2; give the primary the lowest priority number",
        );
    });

    it("rejects duplicate DR priorities", () => {
        rejects(
            prodWith((c) => (c.clusters[2].dr.priority = 2)),
            "clusters[2].dr.priority",
            'duplicate DR priority "2" (also at clusters[1].dr.priority); failover order must be unambiguous',
        );
    });

    it("rejects a worker version newer than the control plane", () => {
        rejects(
            prodWith((c) => (c.clusters[0].topology.workers.machineDeployments[1].version = "1.34")),
            "clusters[0].topology.workers.machineDeployments[1].version",
            "worker version 1.34 is newer than the control plane 1.33; upgrade the control plane first",
        );
    });

    it("rejects a worker more than the allowed minor skew behind", () => {
        // The supported rows span two minors today, so the rule is exercised on its own.
        assert.equal(
            workerSkewIssue("1.35", "1.32"),
            "worker version 1.32 is 3 minor versions behind the control plane 1.35 (at most 2 allowed); upgrade the node pool",
        );
        assert.equal(workerSkewIssue("1.34", "1.32"), undefined);
    });

    it("allows a worker exactly the allowed skew behind", () => {
        const config = prodWith((c) => {
            c.clusters[0].topology.version = "1.34";
            c.clusters[0].topology.workers.machineDeployments[0].version = "1.32";
        });
        assert.equal(validatePlatformConfig(config).ok, true);
    });

    it("rejects a Kubernetes version older than the oldest supported row", () => {
        rejects(
            prodWith((c) => (c.clusters[1].topology.version = "1.29")),
            "clusters[1].topology.version",
            "Kubernetes 1.29 is older than this platform supports (oldest: 1.32, the oldest EKS still supports); choose 1.32, 1.33, 1.34",
        );
    });

    it("rejects a Kubernetes version the compatibility matrix has no row for, naming the row to add", () => {
        rejects(
            prodWith((c) => (c.clusters[1].topology.version = "1.35")),
            "clusters[1].topology.version",
            'Kubernetes 1.35 has no row in the compatibility matrix (supported: 1.32, 1.33, 1.34); to plan it, add "1.35" to SUPPORTED_KUBERNETES_VERSIONS with its row: the EKS managed add-on versions (components/cluster/versions.ts), the cluster-autoscaler image, and a chart pin of every add-on that supports it',
        );
    });

    it("rejects an unquoted version that YAML read as a number", () => {
        rejects(
            prodWith((c) => (c.clusterClasses["payments-eks"].kubernetesVersion = 1.3)),
            "clusterClasses.payments-eks.kubernetesVersion",
            'Kubernetes version 1.3 is not supported (supported: 1.32, 1.33, 1.34); quote it in YAML, e.g. "1.33"',
        );
    });

    it("rejects overlapping VPC CIDRs", () => {
        rejects(
            prodWith((c) => (c.clusters[2].network.vpcCidr = "10.20.128.0/17")),
            "clusters[2].network.vpcCidr",
            "10.20.128.0/17 overlaps clusters[1].network.vpcCidr 10.20.0.0/16; give every cluster a disjoint range so VPCs can be peered",
        );
    });

    it("rejects a VPC CIDR with host bits or of the wrong size", () => {
        rejects(
            prodWith((c) => (c.clusters[0].network.vpcCidr = "10.10.1.0/16")),
            "clusters[0].network.vpcCidr",
            "10.10.1.0/16 has host bits set; use the network address of the range",
        );
        rejects(
            prodWith((c) => (c.clusters[0].network.vpcCidr = "10.10.0.0/24")),
            "clusters[0].network.vpcCidr",
            "10.10.0.0/24 is a /24; a cluster VPC must be between /16 and /20",
        );
        rejects(
            prodWith((c) => (c.clusters[0].network.vpcCidr = "10.10.0/16")),
            "clusters[0].network.vpcCidr",
            '"10.10.0/16" is not an IPv4 CIDR such as 10.0.0.0/16',
        );
    });

    it("rejects two clusters in one region", () => {
        rejects(
            prodWith((c) => (c.clusters[2].region = "us-west-2")),
            "clusters[2].region",
            'duplicate region "us-west-2" (also at clusters[1].region); run one cluster per region in a stack',
        );
    });

    it("rejects min greater than replicas", () => {
        rejects(
            prodWith((c) => (c.clusters[0].topology.workers.machineDeployments[1].min = 7)),
            "clusters[0].topology.workers.machineDeployments[1].min",
            "min 7 is greater than replicas 6; lower min or raise replicas",
        );
    });

    it("rejects replicas greater than max", () => {
        rejects(
            prodWith((c) => (c.clusters[0].topology.workers.machineDeployments[1].replicas = 31)),
            "clusters[0].topology.workers.machineDeployments[1].replicas",
            "replicas 31 is greater than max 30; lower replicas or raise max",
        );
    });

    it("rejects malformed region names", () => {
        for (const region of ["us-east1", "US-EAST-1", "useast-1", "us-east-1a"]) {
            rejects(
                prodWith((c) => (c.clusters[1].region = region)),
                "clusters[1].region",
                "not an AWS region name such as us-east-1 or eu-central-1",
            );
        }
        const govCloud = prodWith((c) => {
            c.clusters[1].region = "us-gov-west-1";
            (c.deploy as { transitGateways: Record<string, string> }).transitGateways["us-gov-west-1"] = "tgw-0abcdef0123456789";
        });
        assert.equal(validatePlatformConfig(govCloud).ok, true);
    });

    it("rejects missing required keys", () => {
        rejects(
            prodWith((c) => delete c.clusters[0].network),
            "clusters[0].network",
            "required key is missing (expected object)",
        );
        rejects(
            prodWith((c) => delete c.costCenter),
            "costCenter",
            "required key is missing (expected string)",
        );
        rejects(
            prodWith((c) => delete c.clusters[1].topology.workers.machineDeployments[0].max),
            "clusters[1].topology.workers.machineDeployments[0].max",
            "required key is missing (expected number)",
        );
    });

    it("rejects unknown keys and suggests the closest known one", () => {
        assert.deepEqual(
            issuesOf(
                prodWith((c) => {
                    c.clusters[0].topolgy = c.clusters[0].topology;
                    delete c.clusters[0].topology;
                }),
            ),
            [
                { path: "clusters[0].topolgy", message: 'unknown key (did you mean "topology"? known: name, region, dr, network, topology)' },
                { path: "clusters[0].topology", message: "required key is missing (expected object)" },
            ],
        );
        rejects(
            prodWith((c) => (c.clusterClasses["payments-eks"].machineDeploymentClasses.system.diskSize = 100)),
            "clusterClasses.payments-eks.machineDeploymentClasses.system.diskSize",
            'unknown key (did you mean "diskSizeGiB"? known: instanceTypes, capacityType, diskSizeGiB, labels, taints)',
        );
        rejects(
            prodWith((c) => (c.clusterClases = {})),
            "clusterClases",
            'unknown key (did you mean "clusterClasses"? known: environment, costCenter, adminRoleArn, deploy, preview, drill, clusterClasses, clusters, addons, dns, runbookBaseUrl, services, secrets, partnerSecrets, registryCredentials, drillFailCluster, rollout, objectives)',
        );
    });

    it("rejects a public endpoint without allowed CIDRs, and one open to the internet", () => {
        rejects(
            prodWith((c) => (c.clusters[1].topology.controlPlane = { endpointPublicAccess: true })),
            "clusters[1].topology.controlPlane.publicAccessCidrs",
            "a public API endpoint needs publicAccessCidrs (your office or VPN ranges); or set endpointPublicAccess: false",
        );
        rejects(
            prodWith((c) => (c.clusters[1].topology.controlPlane = { endpointPublicAccess: true, publicAccessCidrs: ["0.0.0.0/0"] })),
            "clusters[1].topology.controlPlane.publicAccessCidrs[0]",
            "0.0.0.0/0 opens the API server to the whole internet; list specific ranges instead",
        );
        assert.equal(
            validatePlatformConfig(
                prodWith((c) => (c.clusters[1].topology.controlPlane = { endpointPublicAccess: true, publicAccessCidrs: ["203.0.113.0/24"] })),
            ).ok,
            true,
        );
    });

    it("rejects an admin principal that is not an IAM role ARN", () => {
        rejects(
            prodWith((c) => (c.adminRoleArn = "arn:aws:iam::1234:user/alice")),
            "adminRoleArn",
            "not an IAM role ARN such as arn:aws:iam::123456789012:role/platform-admin",
        );
    });

    it("rejects a prod RPO above 15 minutes, and allows it in staging", () => {
        rejects(
            prodWith((c) => (c.addons.backup.rpoMinutes = 60)),
            "addons.backup.rpoMinutes",
            "prod needs an RPO of at most 15 minutes (got 60); lower it",
        );
        assert.equal(validatePlatformConfig({ ...stackConfig("staging"), addons: { backup: { rpoMinutes: 240 } } }).ok, true);
    });

    it("rejects a replica lock that outlives the backups' retention", () => {
        rejects(
            prodWith((c) => (c.addons.backup.lockDays = 60)),
            "addons.backup.lockDays",
            "a replica locked for 60 days outlives the 35-day retention; lock at most 35 days, or keep backups longer",
        );
        assert.equal(validatePlatformConfig(prodWith((c) => (c.addons.backup.lockDays = 35))).ok, true);
    });

    it("rejects a cluster without a system node pool", () => {
        rejects(
            prodWith((c) => (c.clusters[2].topology.workers.machineDeployments[0].name = "core")),
            "clusters[2].topology.workers.machineDeployments",
            'no node pool named "system"; the platform add-ons run there, add one',
        );
    });

    it("rejects gateway autoscaling bounds the wrong way round", () => {
        rejects(
            prodWith((c) => (c.addons.istio.gatewayMinReplicas = 20)),
            "addons.istio.gatewayMinReplicas",
            "gatewayMinReplicas 20 is greater than gatewayMaxReplicas 12",
        );
    });

    it("rejects egress gateway bounds the wrong way round, or one replica for every partner call", () => {
        rejects(
            prodWith((c) => ((c.addons.istio.egressGatewayMinReplicas = 5), (c.addons.istio.egressGatewayMaxReplicas = 4))),
            "addons.istio.egressGatewayMinReplicas",
            "egressGatewayMinReplicas 5 is greater than egressGatewayMaxReplicas 4",
        );
        rejects(
            prodWith((c) => (c.addons.istio.egressGatewayMinReplicas = 1)),
            "addons.istio.egressGatewayMinReplicas",
            "must be at least 2 (got 1)",
        );
    });

    it("refuses an internal gateway NLB, which Route 53's health checkers cannot probe", () => {
        rejects(
            prodWith((c) => (c.addons.istio.gatewayScheme = "internal")),
            "addons.istio.gatewayScheme",
            "an internal NLB cannot be probed by Route 53's health checkers, on which failover depends; use internet-facing",
        );
    });

    describe("the deploy path", () => {
        it("refuses private endpoints with no declared deploy network, naming the clusters and the fix", () => {
            rejects(
                prodWith((c) => delete c.deploy),
                "deploy",
                'prod-use1, prod-usw2, prod-use2 have a private API endpoint, and nothing says where pulumi up reaches them from; set deploy: { roleArn, cidrs, transitGateways } to the deploy runner\'s role, its networks and the transit gateway they are attached to in each region (README, "The deploy path")',
            );
        });

        it("refuses a cluster region with no transit gateway for the deploy networks, naming the region and its clusters", () => {
            rejects(
                prodWith((c) => delete (c.deploy as { transitGateways: Record<string, string> }).transitGateways["us-west-2"]),
                "deploy.transitGateways.us-west-2",
                "no transit gateway for us-west-2 (clusters prod-usw2), so nothing routes the deploy networks into their VPCs; name the transit gateway the deploy runners' network is attached to in us-west-2",
            );
            rejects(
                prodWith((c) => ((c.deploy as { transitGateways: Record<string, string> }).transitGateways["us-west-2"] = "vpc-0123")),
                "deploy.transitGateways.us-west-2",
                "not a transit gateway ID such as tgw-0123456789abcdef0",
            );
        });

        it("needs no deploy network when every endpoint is public", () => {
            const publicOnly = prodWith((c) => {
                delete c.deploy;
                for (const cls of Object.values(c.clusterClasses) as Array<{ controlPlane: Record<string, unknown> }>) {
                    cls.controlPlane.endpointPublicAccess = true;
                    cls.controlPlane.publicAccessCidrs = ["203.0.113.0/24"];
                }
            });
            assert.equal(validatePlatformConfig(publicOnly).ok, true);
        });

        it("refuses a deploy network that is the internet or overlaps a cluster VPC", () => {
            rejects(
                prodWith((c) => (c.deploy.cidrs = ["0.0.0.0/0"])),
                "deploy.cidrs[0]",
                "0.0.0.0/0 would open every cluster's API to the internet; name the deploy runners' networks",
            );
            rejects(
                prodWith((c) => (c.deploy.cidrs = ["10.250.0.0/22", "10.20.8.0/24"])),
                "deploy.cidrs[1]",
                "10.20.8.0/24 overlaps cluster prod-usw2's VPC 10.20.0.0/16, so it cannot be routed to it; use a network outside every cluster VPC",
            );
        });
    });

    describe("alert receivers", () => {
        it("prod must page someone", () => {
            rejects(
                prodWith((c) => delete c.addons.monitoring.receivers),
                "addons.monitoring.receivers.page",
                "prod alerts must page someone; set receivers.page (pagerduty or slack, its credential a partnerSecrets key)",
            );
        });

        it("a receiver's credential is a partner secret the stack has", () => {
            rejects(
                prodWith((c) => delete c.partnerSecrets.pagerdutyRoutingKey),
                "addons.monitoring.receivers.page.pagerduty.routingKeyPartnerSecret",
                "no partnerSecrets.pagerdutyRoutingKey; set it with: pulumi config set --secret --path 'partnerSecrets.pagerdutyRoutingKey' <value>",
            );
        });
    });

    describe("DNS delegation", () => {
        it("refuses a new zone nothing delegates to, naming the fix", () => {
            rejects(
                prodWith((c) => {
                    c.dns.existingZone = false;
                    delete c.dns.zoneId;
                    delete c.dns.parent;
                }),
                "dns.parent",
                "payments.example.com would be a new zone that nothing delegates to, so it would never resolve; set dns.parent.zoneId to its parent zone (and dns.parent.roleArn if that zone is in another account), or dns.existingZone: true for a zone already delegated",
            );
        });

        it("accepts a new zone with its parent, or an existing zone", () => {
            const withParent = prodWith((c) => {
                c.dns.existingZone = false;
                delete c.dns.zoneId;
                c.dns.parent = { zoneId: "Z0EXAMPLEPARENT", roleArn: "arn:aws:iam::111111111111:role/dns" };
            });
            assert.equal(validatePlatformConfig(withParent).ok, true);
            assert.equal(validatePlatformConfig(prodWith((c) => (c.dns.existingZone = true))).ok, true);
        });

        it("refuses an existing zone without its ID (a lookup by name calls us-east-1 on every run), and an ID for a zone it would create", () => {
            rejects(
                prodWith((c) => delete c.dns.zoneId),
                "dns.zoneId",
                "set the existing zone's ID (aws route53 list-hosted-zones-by-name --dns-name payments.example.com): looking payments.example.com up by name would call Route 53's API, which answers in us-east-1 only, on every run of the environment stack",
            );
            rejects(
                prodWith((c) => (c.dns.existingZone = false)),
                "dns.zoneId",
                "names an existing zone, but dns.existingZone is false: the environment would create the zone; set existingZone: true, or remove zoneId",
            );
        });
    });

    describe("failover capacity", () => {
        it("refuses a secondary pool that could not grow to the primary's size", () => {
            rejects(
                prodWith((c) => (c.clusters[2].topology.workers.machineDeployments[1].max = 5)),
                "clusters[2].topology.workers.machineDeployments[1].max",
                "prod-use2's payments pool can grow to 5 nodes, fewer than the 6 the primary prod-use1 runs: it could not take the primary's load; raise max to at least 6",
            );
        });

        it("accepts a secondary running smaller than the primary while it can grow to the primary's size", () => {
            const warmSmall = prodWith((c) => {
                const pool = c.clusters[2].topology.workers.machineDeployments[1];
                Object.assign(pool, { replicas: 3, min: 3, max: 6 });
            });
            assert.equal(validatePlatformConfig(warmSmall).ok, true);
        });
    });

    describe("secrets and drills", () => {
        it("rejects a partner secret that is not in partnerSecrets, saying how to set it", () => {
            rejects(
                prodWith((c) => (c.secrets.items[3].partnerSecret = "acquirerKey")),
                "secrets.items[3].partnerSecret",
                "no partnerSecrets.acquirerKey; set it with: pulumi config set --secret --path 'partnerSecrets.acquirerKey' <value>",
            );
        });

        it("rejects a secret for an unknown service, and one with two sources", () => {
            rejects(
                prodWith((c) => (c.secrets.items[0].services = ["ledgr"])),
                "secrets.items[0].services[0]",
                'unknown service "ledgr" (known: payment-gateway, payment-processor, ledger, fraud-scoring)',
            );
            rejects(
                prodWith((c) => (c.secrets.items[0].partnerSecret = "bankingPartnerApiKey")),
                "secrets.items[0]",
                "set exactly one of generated (Pulumi makes the value) and partnerSecret (a partner gave it)",
            );
        });

        it("never echoes a secret value in an error", () => {
            const issues = issuesOf(prodWith((c) => (c.partnerSecrets.bankingPartnerApiKey = 424242)));
            assert.deepEqual(issues, [{ path: "partnerSecrets.bankingPartnerApiKey", message: "expected string (value not shown: it is secret)" }]);
            assert.equal(JSON.stringify(issues).includes("424242"), false);
        });

        it("rejects a drill of an unknown cluster, and accepts ending one with an empty value", () => {
            rejects(
                prodWith((c) => (c.drillFailCluster = "prod-euw1")),
                "drillFailCluster",
                'unknown cluster "prod-euw1" (known: prod-use1, prod-usw2, prod-use2); set "" to end the drill',
            );
            assert.equal(validatePlatformConfig(prodWith((c) => (c.drillFailCluster = "prod-use1"))).ok, true);
        });
    });

    describe("payment services", () => {
        it("rejects an unknown caller, naming the services that exist", () => {
            rejects(
                prodWith((c) => (c.services[2].callers[0].service = "payment-procesor")),
                "services[2].callers[0].service",
                'unknown caller "payment-procesor" (known: ingress, payment-gateway, payment-processor, fraud-scoring)',
            );
        });

        it("rejects a missing SLO", () => {
            rejects(
                prodWith((c) => delete c.services[1].slo),
                "services[1].slo",
                "required key is missing (expected object)",
            );
        });

        it("rejects a latest or untagged image, in the service and in its canary", () => {
            const message = (image: string) => `image ${JSON.stringify(image)} is not pinned; use a version tag (not "latest") or a digest (@sha256:...)`;
            rejects(
                prodWith((c) => (c.services[0].image = "registry.example.com/payments/gateway:latest")),
                "services[0].image",
                message("registry.example.com/payments/gateway:latest"),
            );
            rejects(
                prodWith((c) => (c.services[3].image = "registry.example.com/payments/fraud")),
                "services[3].image",
                message("registry.example.com/payments/fraud"),
            );
            rejects(
                prodWith((c) => (c.services[1].canary.image = "payments/processor:latest")),
                "services[1].canary.image",
                message("payments/processor:latest"),
            );
        });

        it("accepts tags and digests", () => {
            assert.equal(validatePlatformConfig(prodWith((c) => (c.services[0].image = "registry.example.com:5000/payments/gateway:2.0.0-rc.1"))).ok, true);
            assert.equal(validatePlatformConfig(prodWith((c) => (c.services[0].image = `payments/gateway@sha256:${"ab".repeat(32)}`))).ok, true);
        });

        it("rejects a canary weight above 100", () => {
            rejects(
                prodWith((c) => (c.services[1].canary.weight = 120)),
                "services[1].canary.weight",
                "must be at most 100 (got 120)",
            );
        });

        it("rejects a latency threshold the Istio histogram cannot measure", () => {
            rejects(
                prodWith((c) => (c.services[0].slo.latency.thresholdMs = 300)),
                "services[0].slo.latency.thresholdMs",
                "300 is not an Istio latency histogram bucket, so the SLO cannot be measured exactly; use 250 or 500",
            );
        });

        it("rejects calls from the ingress gateway into a private service, and self-calls", () => {
            rejects(
                prodWith((c) => c.services[2].callers.push({ service: "ingress" })),
                "services[2].callers[1].service",
                'only the public service can be called from "ingress"; set public: true or remove this caller',
            );
            rejects(
                prodWith((c) => (c.services[2].callers[0].service = "ledger")),
                "services[2].callers[0].service",
                "a service cannot list itself as a caller",
            );
        });

        it("rejects a second public service and duplicate names", () => {
            rejects(
                prodWith((c) => (c.services[3].public = true)),
                "services[3].public",
                "only one service can be the public API (services[0] already is); route the rest through it",
            );
            rejects(
                prodWith((c) => (c.services[3].name = "ledger")),
                "services[3].name",
                'duplicate service name "ledger" (also at services[2].name)',
            );
        });

        it("rejects fewer than two replicas, which a node drain would take down", () => {
            rejects(
                prodWith((c) => (c.services[2].replicas.min = 1)),
                "services[2].replicas.min",
                "must be at least 2 (got 1)",
            );
        });
    });

    it("rejects enum values outside their set", () => {
        rejects(
            prodWith((c) => (c.environment = "production")),
            "environment",
            'must be one of "staging", "prod" (got "production")',
        );
    });

    it("collects every problem at once, across independent clusters", () => {
        const issues = issuesOf(
            prodWith((c) => {
                c.clusters[0].topolgy = {};
                c.clusters[1].network.vpcCidr = "10.30.0.0/16";
                c.clusters[2].topology.workers.machineDeployments[0].class = "gpu";
            }),
        );
        assert.deepEqual(
            issues.map((issue) => issue.path),
            ["clusters[0].topolgy", "clusters[2].network.vpcCidr", "clusters[2].topology.workers.machineDeployments[0].class"],
        );
    });
});

describe("config helpers", () => {
    it("formats paths the way users write them", () => {
        assert.equal(
            formatPath(["clusters", 1, "topology", "workers", "machineDeployments", 0, "class"]),
            "clusters[1].topology.workers.machineDeployments[0].class",
        );
        assert.equal(formatPath(["clusterClasses", "payments-eks", "kubernetesVersion"]), "clusterClasses.payments-eks.kubernetesVersion");
        assert.equal(formatPath(["labels", "platform.payments.io/pool"]), 'labels["platform.payments.io/pool"]');
    });

    it("suggests only close matches", () => {
        assert.equal(closest("regoin", ["name", "region"]), "region");
        assert.equal(closest("Region", ["region"]), "region");
        assert.equal(closest("diskSize", ["labels", "diskSizeGiB"]), "diskSizeGiB");
        assert.equal(closest("zzzzzz", ["name", "region"]), undefined);
    });
});

describe("a payment service's IAM policies", () => {
    it("refuses an AWS-managed policy (AdministratorAccess would pass everything else), naming the service", () => {
        const result = validatePlatformConfig(
            fixtureConfig((config) => {
                (config.services as Array<Record<string, unknown>>)[0].iamPolicyArns = ["arn:aws:iam::aws:policy/AdministratorAccess"];
            }),
        );
        assert.equal(result.ok, false);
        assert.deepEqual(!result.ok && result.issues.filter((issue) => issue.path.includes("iamPolicyArns")), [
            {
                path: "services[0].iamPolicyArns[0]",
                message: `arn:aws:iam::aws:policy/AdministratorAccess is AWS-managed and grants far more than one service needs; attach a customer-managed policy scoped to what ${String((fixtureConfig().services as Array<{ name: string }>)[0].name)} reads`,
            },
        ]);
    });
});
