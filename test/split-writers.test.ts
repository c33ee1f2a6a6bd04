import { strict as assert } from "assert";
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { REPO_ROOT } from "./helpers/cli";

const SCRIPT = path.join(REPO_ROOT, "tools", "rollout-checks", "writers-together.sh");

/**
 * Runs the script against a stand-in `aws` that keeps each global cluster's writer region in a
 * file (members in us-east-1 and us-west-2); a switchover or failover moves it unless the cluster
 * is listed in `stuck`. `sleep` does nothing.
 */
function run(args: string[], writers: Record<string, string>, env: Record<string, string> = {}, stuck: string[] = []) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "writers-"));
    for (const [global, region] of Object.entries(writers)) fs.writeFileSync(path.join(dir, global), region);
    const aws = [
        "#!/bin/bash",
        `echo "$*" >> ${dir}/calls`,
        'global=""; target=""; query=""',
        'while [ $# -gt 0 ]; do case "$1" in --global-cluster-identifier) global="$2"; shift ;; --target-db-cluster-identifier) target="$2"; shift ;; --query) query="$2"; shift ;; esac; shift; done',
        `state=${dir}/$global`,
        'case "$query" in',
        '  *IsWriter*) echo "arn:aws:rds:$(cat "$state"):1:cluster:$global-member" ;;',
        '  *contains*) r=$(echo "$query" | sed -E "s/.*\':([a-z0-9-]+):\'.*/\\1/"); case "$r" in us-east-1|us-west-2) echo "arn:aws:rds:$r:1:cluster:$global-member" ;; *) echo None ;; esac ;;',
        "  *Status*) echo available ;;",
        '  "") ;;',
        "esac",
        `if [ -n "$target" ]; then case " ${stuck.join(" ")} " in *" $global "*) ;; *) echo "$target" | cut -d: -f4 > "$state" ;; esac; fi`,
    ].join("\n");
    fs.writeFileSync(path.join(dir, "aws"), aws, { mode: 0o755 });
    fs.writeFileSync(path.join(dir, "sleep"), "#!/bin/bash\n", { mode: 0o755 });
    const result = spawnSync("/bin/bash", [SCRIPT, ...args], { encoding: "utf8", env: { PATH: `${dir}:${process.env.PATH}`, ...env } });
    const calls = fs.existsSync(path.join(dir, "calls")) ? fs.readFileSync(path.join(dir, "calls"), "utf8").trim().split("\n") : [];
    return { ...result, calls };
}

describe("split writers: writers-together.sh", () => {
    it("switches over only the writers left behind, and ends with every writer in the target region", () => {
        const result = run(["us-west-2", "payments-prod-ledger", "payments-prod-payment-processor"], {
            "payments-prod-ledger": "us-west-2",
            "payments-prod-payment-processor": "us-east-1",
        });
        assert.equal(result.status, 0, result.stderr);
        const moves = result.calls.filter((call) => /switchover|failover/.test(call));
        assert.deepEqual(moves, [
            "rds switchover-global-cluster --region us-west-2 --global-cluster-identifier payments-prod-payment-processor --target-db-cluster-identifier arn:aws:rds:us-west-2:1:cluster:payments-prod-payment-processor-member",
        ]);
        assert.match(result.stdout, /payments-prod-ledger: writer already in us-west-2\n/);
        assert.match(result.stdout, /every writer in us-west-2: payments-prod-ledger payments-prod-payment-processor\n$/);
    });

    it("fails, naming them, when a writer does not move", () => {
        const result = run(["us-west-2", "payments-prod-ledger"], { "payments-prod-ledger": "us-east-1" }, {}, ["payments-prod-ledger"]);
        assert.equal(result.status, 1);
        assert.match(
            result.stderr,
            /writers still split: payments-prod-ledger in us-east-1; see aws rds describe-global-clusters --region us-west-2, then run this again/,
        );
    });

    it("fails over with possible data loss only when asked twice", () => {
        const refused = run(["us-west-2", "payments-prod-ledger"], { "payments-prod-ledger": "us-east-1" }, { MODE: "ungraceful" });
        assert.equal(refused.status, 2);
        assert.match(refused.stderr, /set CONFIRM=us-west-2 to confirm/);
        assert.deepEqual(refused.calls, [], "nothing called before the confirmation");
        const confirmed = run(["us-west-2", "payments-prod-ledger"], { "payments-prod-ledger": "us-east-1" }, { MODE: "ungraceful", CONFIRM: "us-west-2" });
        assert.equal(confirmed.status, 0, confirmed.stderr);
        assert.ok(confirmed.calls.some((call) => call.startsWith("rds failover-global-cluster") && call.endsWith("--allow-data-loss")));
    });

    it("refuses a target region where a global database has no member", () => {
        const result = run(["eu-west-1", "payments-prod-ledger"], { "payments-prod-ledger": "us-east-1" });
        assert.equal(result.status, 1);
        assert.match(result.stderr, /payments-prod-ledger has no member in eu-west-1: it cannot have its writer there/);
    });
});
