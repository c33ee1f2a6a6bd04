#!/usr/bin/env bash
# Prints `primary-deployed=true` when the primary cluster's stack has been applied (it has a
# `cluster` output), `primary-deployed=false` when it has no outputs or does not exist yet: the
# apply workflows then run the first rollout's order (the primary right after the environment,
# README "Rollout"). Any other failure to read the stack fails, rather than guess an order.
#   primary-deployed.sh <org/payments-cluster/primary>
set -euo pipefail
stack="${1:?usage: primary-deployed.sh <org/payments-cluster/primary>}"
errors=$(mktemp)
if ! outputs=$(pulumi stack output --json --stack "$stack" 2>"$errors"); then
    if grep -qi "no stack named" "$errors"; then
        echo "primary-deployed=false"
        exit 0
    fi
    cat "$errors" >&2
    exit 1
fi
if jq -e 'has("cluster")' <<<"$outputs" >/dev/null; then echo "primary-deployed=true"; else echo "primary-deployed=false"; fi
