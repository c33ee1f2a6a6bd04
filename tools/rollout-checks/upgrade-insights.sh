#!/usr/bin/env bash
# Before a cluster stack's `pulumi up` (the apply workflows run it; by hand otherwise): when the
# environment's topology takes the cluster's control plane past the minor EKS runs, the next
# control-plane step waits while an EKS upgrade insight for that minor reports ERROR (a
# deprecated API still called, a kubelet or add-on the new minor does not support: EKS's
# "Cluster insights"). EKS itself would go ahead and break what the insight names.
#   upgrade-insights.sh <org/payments-cluster/cluster> <org/payments-platform/environment>
# Needs the pulumi and aws CLIs, credentials that can read both stacks, eks:DescribeCluster and
# eks:ListInsights, and jq.
set -euo pipefail

stack="${1:?usage: upgrade-insights.sh <cluster stack> <environment stack>}"
environment="${2:?usage: upgrade-insights.sh <cluster stack> <environment stack>}"
cluster="${stack##*/}"

applied=$(pulumi stack output cluster --json --stack "$stack" 2>/dev/null || echo '{}')
name=$(jq -r '.name // empty' <<<"$applied")
region=$(jq -r '.region // empty' <<<"$applied")
if [[ -z "$name" ]]; then
    echo "upgrade insights: $stack has no cluster yet (a first rollout creates it at its version): nothing to check"
    exit 0
fi
errors=$(mktemp)
if ! current=$(aws eks describe-cluster --region "$region" --name "$name" --query cluster.version --output text 2>"$errors"); then
    # Only a cluster that is gone is nothing to check; any other failure (access, throttling) fails.
    if grep -q ResourceNotFoundException "$errors"; then
        echo "upgrade insights: EKS has no cluster $name in $region (the stack rebuilds it at its version): nothing to check"
        exit 0
    fi
    echo "upgrade insights: cannot read $name in $region:" >&2
    cat "$errors" >&2
    exit 1
fi
target=$(pulumi stack output spec --json --stack "$environment" | jq -r --arg cluster "$cluster" '.clusters[] | select(.name == $cluster) | .kubernetesVersion')
if [[ -z "$target" ]]; then
    echo "upgrade insights: $environment's topology has no cluster $cluster; apply the environment first" >&2
    exit 1
fi
minor() { echo "${1#*.}"; }
if (($(minor "$target") <= $(minor "$current"))); then
    echo "upgrade insights: $name runs $current, the topology says $target: no control-plane step to check"
    exit 0
fi
next="${current%%.*}.$(($(minor "$current") + 1))"
failing=$(aws eks list-insights --region "$region" --cluster-name "$name" \
    --filter "{\"categories\":[\"UPGRADE_READINESS\"],\"kubernetesVersions\":[\"$next\"],\"statuses\":[\"ERROR\"]}" \
    --query 'insights[].[id,name]' --output text)
if [[ -n "$failing" ]]; then
    {
        echo "upgrade insights: $name's control-plane step $current → $next is held; EKS reports for $next:"
        while IFS=$'\t' read -r id insight; do echo "  ERROR $insight (aws eks describe-insight --cluster-name $name --region $region --id $id)"; done <<<"$failing"
        echo "fix what each names (the workloads or add-ons it lists), wait for EKS to refresh the insight (up to 24 h), then run this rollout again"
    } >&2
    exit 1
fi
echo "upgrade insights: none failing for $name's step $current → $next"
