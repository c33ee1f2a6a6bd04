#!/usr/bin/env bash
# Before an environment stack's `up`: the credentials are the environment's own account, the one
# its deploy role (`payments-platform:deploy.roleArn` in the stack's config) lives in. The
# environment stack's providers make no start-up call (a lost region must not stop it), so they
# cannot pin an account (allowedAccountIds) the way the cluster stacks' providers do.
#   account.sh <org/payments-platform/env>
set -euo pipefail
stack="${1:?usage: account.sh <org/payments-platform/env>}"
role=$(pulumi config get --path payments-platform:deploy.roleArn --stack "$stack")
expected=$(cut -d: -f5 <<<"$role")
actual=$(aws sts get-caller-identity --query Account --output text)
if [[ "$actual" != "$expected" ]]; then
    echo "credentials are account $actual, but $stack lives in $expected (deploy.roleArn $role): wrong GitHub environment or role; nothing applied" >&2
    exit 1
fi
echo "credentials are $stack's account $expected"
