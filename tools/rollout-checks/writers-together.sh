#!/usr/bin/env bash
# Brings every global database's writer into one region, after a Region switch execution whose
# parallel database step moved some writers and not others (README, "Losing a region": split
# writers). Reads each global cluster from the target region (its metadata is there even when the
# old writer's region is gone), moves the stragglers, waits for each, and fails unless every writer
# ends up in the target region.
#   writers-together.sh <target-region> <global-cluster-id>...
# MODE=graceful (default): an Aurora switchover, no data loss; the current writer must answer.
# MODE=ungraceful: a failover that may lose the writes not yet replicated, for a writer whose
#   region is gone; it needs CONFIRM set to the target region, a second confirmation.
set -euo pipefail
target="${1:?usage: writers-together.sh <target-region> <global-cluster-id>...}"
shift
[ $# -gt 0 ] || { echo "usage: writers-together.sh <target-region> <global-cluster-id>..." >&2; exit 2; }
mode="${MODE:-graceful}"
case "$mode" in
    graceful) ;;
    ungraceful)
        if [ "${CONFIRM:-}" != "$target" ]; then
            echo "MODE=ungraceful fails writers over with possible data loss: set CONFIRM=$target to confirm" >&2
            exit 2
        fi
        ;;
    *) echo "MODE must be graceful or ungraceful, not $mode" >&2; exit 2 ;;
esac

describe() { aws rds describe-global-clusters --region "$target" --global-cluster-identifier "$1" --query "$2" --output text; }
writer_region() { describe "$1" 'GlobalClusters[0].GlobalClusterMembers[?IsWriter].DBClusterArn' | cut -d: -f4; }
status_of() { describe "$1" 'GlobalClusters[0].Status'; }

moved=()
for global in "$@"; do
    region=$(writer_region "$global")
    if [ "$region" = "$target" ]; then
        echo "$global: writer already in $target"
        continue
    fi
    member=$(describe "$global" "GlobalClusters[0].GlobalClusterMembers[?contains(DBClusterArn, ':$target:')].DBClusterArn")
    if [ -z "$member" ] || [ "$member" = "None" ]; then
        echo "$global has no member in $target: it cannot have its writer there" >&2
        exit 1
    fi
    if [ "$mode" = graceful ]; then
        aws rds switchover-global-cluster --region "$target" --global-cluster-identifier "$global" --target-db-cluster-identifier "$member" >/dev/null
    else
        aws rds failover-global-cluster --region "$target" --global-cluster-identifier "$global" --target-db-cluster-identifier "$member" --allow-data-loss >/dev/null
    fi
    echo "$global: moving its writer from ${region:-an unknown region} to $target ($mode)"
    moved+=("$global")
done

# Each move takes a minute or two; wait up to 15 minutes for each.
for global in "${moved[@]}"; do
    for _ in $(seq 1 90); do
        if [ "$(writer_region "$global")" = "$target" ] && [ "$(status_of "$global")" = "available" ]; then break; fi
        sleep 10
    done
done

split=()
for global in "$@"; do
    region=$(writer_region "$global")
    [ "$region" = "$target" ] || split+=("$global in ${region:-no region}")
done
if [ ${#split[@]} -gt 0 ]; then
    echo "writers still split: ${split[*]}; see aws rds describe-global-clusters --region $target, then run this again" >&2
    exit 1
fi
echo "every writer in $target: ${*}"
