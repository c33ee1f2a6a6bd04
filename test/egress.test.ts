import { strict as assert } from "assert";
import { gatewayValues } from "../components/addons/istio";
import { vpcEndpointPlan } from "../components/network/network";
import { EGRESS_GATEWAY_HOST, awsServiceHosts, egressNetworkPolicy, egressObjects } from "../components/workloads/egress";
import type { ServiceSpec } from "../components/topology/spec";
import { awsServiceOfHost } from "../policy/rules/egress";

const service = (egress: ServiceSpec["egress"]) => ({ name: "payment-processor", namespace: "payments-payment-processor", egress }) as ServiceSpec;

describe("declared egress", () => {
    it("routes an external host through the egress gateway, TLS passed through", () => {
        const objects = egressObjects(service({ hosts: [{ host: "api.partner.example", port: 443 }], aws: [] }), "us-east-1");
        assert.deepEqual(
            objects.map((o) => [o.kind, o.namespace, o.name]),
            [
                ["ServiceEntry", "payments-payment-processor", "egress-0"],
                ["Gateway", "istio-egress", "payment-processor-egress-0"],
                ["VirtualService", "payments-payment-processor", "egress-0"],
            ],
        );
        const route = objects[2].spec as { tls: Array<{ route: Array<{ destination: { host: string } }> }> };
        assert.deepEqual(
            route.tls.map((rule) => rule.route[0].destination.host),
            [EGRESS_GATEWAY_HOST, "api.partner.example"],
            "the sidecar sends it to the egress gateway, the gateway sends it out",
        );
        assert.deepEqual((objects[1].spec as { servers: Array<{ tls: unknown }> }).servers[0].tls, { mode: "PASSTHROUGH" });
    });

    it("reaches AWS services at their regional hosts (S3 per bucket too), without the egress gateway", () => {
        assert.deepEqual(awsServiceHosts("s3", "us-west-2"), ["s3.us-west-2.amazonaws.com", "*.s3.us-west-2.amazonaws.com"]);
        const [entry] = egressObjects(service({ hosts: [], aws: ["sts"] }), "us-west-2");
        assert.deepEqual(entry.spec.hosts, ["sts.us-west-2.amazonaws.com"]);
        assert.equal(entry.spec.resolution, "DNS");
    });

    it("lets pods out only to the egress gateway, the VPC's endpoints, and (for S3 and DynamoDB) public addresses on 443", () => {
        const policy = egressNetworkPolicy(service({ hosts: [{ host: "api.partner.example", port: 443 }], aws: ["sts", "s3"] }), "10.10.0.0/16");
        assert.deepEqual(policy?.spec.egress, [
            {
                to: [
                    {
                        namespaceSelector: { matchLabels: { "kubernetes.io/metadata.name": "istio-egress" } },
                        podSelector: { matchLabels: { istio: "egressgateway" } },
                    },
                ],
                ports: [{ protocol: "TCP", port: 443 }],
            },
            { to: [{ ipBlock: { cidr: "10.10.0.0/16" } }], ports: [{ protocol: "TCP", port: 443 }] },
            { to: [{ ipBlock: { cidr: "0.0.0.0/0", except: ["10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16"] } }], ports: [{ protocol: "TCP", port: 443 }] },
        ]);
        assert.equal(egressNetworkPolicy(service({ hosts: [], aws: [] }), "10.10.0.0/16"), undefined, "nothing declared, nothing out");
    });

    it("gives every VPC the platform's endpoints and the workloads', S3 and DynamoDB as gateways", () => {
        const plan = vpcEndpointPlan(["sts", "dynamodb", "sqs"]);
        assert.deepEqual(plan.gateway, ["dynamodb", "s3"]);
        assert.deepEqual(plan.interface, ["autoscaling", "ec2", "ecr.api", "ecr.dkr", "eks", "kms", "logs", "secretsmanager", "sqs", "sts"]);
    });

    it("runs the egress gateway like the ingress one, but inside the cluster: ClusterIP, spread by its own labels", () => {
        const values = gatewayValues({
            podLabels: { istio: "egressgateway" },
            app: "istio-egressgateway",
            service: { type: "ClusterIP" },
            minReplicas: 2,
            maxReplicas: 6,
            resources: { requests: { cpu: "200m", memory: "256Mi" }, limits: { memory: "256Mi" } },
            placement: { nodeSelector: { pool: "system" }, tolerations: [] },
            revision: "1-28",
        });
        assert.deepEqual(values.service, { type: "ClusterIP" });
        assert.deepEqual(values.labels, { istio: "egressgateway", app: "istio-egressgateway" });
        assert.deepEqual(values.topologySpreadConstraints[0].labelSelector, { matchLabels: { istio: "egressgateway" } });
        assert.deepEqual([values.autoscaling.minReplicas, values.podDisruptionBudget.minAvailable, values.nodeSelector], [2, 1, { pool: "system" }]);
    });

    it("reads the AWS service a host names", () => {
        assert.equal(awsServiceOfHost("sts.us-east-1.amazonaws.com"), "sts");
        assert.equal(awsServiceOfHost("*.s3.eu-central-1.amazonaws.com"), "s3");
        assert.equal(awsServiceOfHost("api.partner.example"), undefined);
    });
});
