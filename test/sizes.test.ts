import { strict as assert } from "assert";
import { ADDONS, sizedComponents } from "../components/addons";
import { validatePlatformConfig } from "../components/config/validate";
import { prodWith } from "./helpers/config-fixtures";
import { planOf } from "./helpers/plans";

describe("add-on sizes from config", () => {
    it("lists every component an add-on declares a size for", () => {
        const known = sizedComponents(ADDONS);
        for (const key of ["external-secrets/webhook", "istiod/istiod", "velero/server", "kube-prometheus-stack/alertmanager", "cluster-autoscaler/autoscaler"])
            assert.ok(known.includes(key), key);
    });

    it("refuses a component no add-on declares, suggesting the closest", () => {
        const result = validatePlatformConfig(prodWith((c) => (c.addons.sizes = { "istiod/istio": { cpu: "1", memory: "1Gi" } })));
        assert.equal(result.ok, false);
        const issue = result.ok ? undefined : result.issues.find((i) => i.path === "addons.sizes.istiod/istio");
        assert.match(issue?.message ?? "", /^no add-on component "istiod\/istio"; did you mean "istiod\/istiod"\? \(known: /);
    });

    it("applies an environment's override and keeps every other default", async () => {
        const staging = (await planOf("staging")).clusters["stg-use2"];
        const prod = (await planOf("prod")).clusters["prod-use1"];
        const istiod = (plan: typeof staging) =>
            (plan?.plan.resources.find((r) => r.name.endsWith("-addons-istiod-istiod-1-28"))?.inputs as { values: { resources: unknown } }).values.resources;
        assert.deepEqual(istiod(staging), { requests: { cpu: "250m", memory: "1Gi" }, limits: { memory: "1Gi" } });
        assert.deepEqual(istiod(prod), { requests: { cpu: "500m", memory: "2Gi" }, limits: { memory: "2Gi" } });
    });
});
