#!/usr/bin/env bash
# The check between two rollout waves (README, "Rollout"), run by the apply workflows after each
# stack's `pulumi up` and by hand otherwise:
#   wave-check.sh environment <org/payments-platform/env>   every platform secret is InSync in every replica region,
#                                                           and every ARC routing control it exports is On
#   wave-check.sh cluster <org/payments-cluster/cluster>    the cluster's Route 53 health check passes from every checker
# Needs the pulumi and aws CLIs, credentials that can read the stack and describe the resources,
# and jq. Waits up to WAVE_CHECK_TIMEOUT seconds (default 600).
set -euo pipefail

kind="${1:?usage: wave-check.sh environment|cluster <stack>}"
stack="${2:?usage: wave-check.sh environment|cluster <stack>}"
deadline=$((SECONDS + ${WAVE_CHECK_TIMEOUT:-600}))

until_true() {
    local what="$1"
    shift
    until "$@"; do
        if ((SECONDS >= deadline)); then
            echo "wave check failed: $what (stack $stack); do not start the next wave" >&2
            return 1
        fi
        sleep 15
    done
    echo "wave check passed: $what (stack $stack)"
}

secrets_in_sync() {
    local arn statuses
    for arn in $(pulumi stack output secrets --json --stack "$stack" | jq -r '.[].arn'); do
        statuses=$(aws secretsmanager describe-secret --secret-id "$arn" --query 'ReplicationStatus[].Status' --output text)
        for status in $statuses; do
            [[ "$status" == "InSync" ]] || return 1
        done
    done
}

# ARC creates routing controls Off. Their state is read through the ARC cluster's data plane (any
# of its regional endpoints), found from the control plane in us-west-2. CONTROLS_OFF names the
# clusters (comma-separated) whose control is Off on purpose, a failover in progress: the rollout
# of the survivors must go on while the lost region's control stays Off.
routing_controls_on() {
    local owner arn panel cluster endpoint region state
    while read -r owner arn; do
        if [[ ",${CONTROLS_OFF:-}," == *",$owner,"* ]]; then
            echo "routing control of $owner is left as it is (CONTROLS_OFF)"
            continue
        fi
        panel=$(aws route53-recovery-control-config describe-routing-control --region us-west-2 --routing-control-arn "$arn" --query 'RoutingControl.ControlPanelArn' --output text)
        cluster=$(aws route53-recovery-control-config describe-control-panel --region us-west-2 --control-panel-arn "$panel" --query 'ControlPanel.ClusterArn' --output text)
        read -r endpoint region < <(aws route53-recovery-control-config describe-cluster --region us-west-2 --cluster-arn "$cluster" \
            --query 'Cluster.ClusterEndpoints[0].[Endpoint,Region]' --output text)
        state=$(aws route53-recovery-cluster get-routing-control-state --routing-control-arn "$arn" --endpoint-url "$endpoint" --region "$region" \
            --query 'RoutingControlState' --output text)
        if [[ "$state" != "On" ]]; then
            echo "routing control $arn ($owner) is $state; switch it On (README, Route 53 ARC), or name $owner in CONTROLS_OFF if a failover keeps it Off" >&2
            return 1
        fi
    done < <(pulumi stack output routingControls --json --stack "$stack" | jq -r 'to_entries[] | "\(.key) \(.value)"')
}

# The cluster's endpoint check, not the region's (with ARC a CALCULATED check over it and the
# routing control): GetHealthCheckStatus reports no status for a calculated check.
health_check_passes() {
    local id observations
    id=$(pulumi stack output failover --json --stack "$stack" | jq -r '.endpointHealthCheckId')
    observations=$(aws route53 get-health-check-status --health-check-id "$id" --query 'HealthCheckObservations[].StatusReport.Status' --output json)
    # Every checker region reports Success (a checker that has not probed yet reports nothing).
    [[ $(jq 'length > 0 and all(startswith("Success"))' <<<"$observations") == "true" ]]
}

case "$kind" in
environment)
    until_true "secrets replicated to every cluster's region" secrets_in_sync
    until_true "every ARC routing control is On" routing_controls_on
    ;;
# With ARC (prod) the check also needs the cluster's routing control On: controls are created Off.
cluster) until_true "the cluster's health check passes (with ARC, its routing control must be On: README, Route 53 ARC)" health_check_passes ;;
*)
    echo "usage: wave-check.sh environment|cluster <stack>" >&2
    exit 2
    ;;
esac
