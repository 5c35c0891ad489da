#!/usr/bin/env bash
# Creates the Secrets Pitlane expects when nothing generates them: the plain manifests (k8s/) and the Helm
# chart with secrets.create=false. Existing Secrets are left alone (re-running never rotates anything).
#
#   k8s/create-secrets.sh [namespace] [--in-cluster-postgresql]
#
# Random passwords; one RSA signing key. Needs kubectl and openssl. Services with a database are listed
# in SERVICES below as <service>:<database>; keep it in step with the chart's values (services.*.database).
set -euo pipefail

NS=${1:-pitlane}
IN_CLUSTER_PG=false
[[ "${2:-}" == "--in-cluster-postgresql" ]] && IN_CLUSTER_PG=true
SERVICES=${SERVICES:-"auth-service:pitlane_auth customer-service:pitlane_customer inventory-service:pitlane_inventory procurement-service:pitlane_procurement billing-service:pitlane_billing workshop-service:pitlane_workshop reporting-service:pitlane_reporting"}

kubectl get namespace "$NS" >/dev/null 2>&1 || kubectl create namespace "$NS"

rand() { openssl rand -base64 48 | tr -d '/+=\n' | cut -c1-32; }
exists() { kubectl -n "$NS" get secret "$1" >/dev/null 2>&1; }

for entry in $SERVICES; do
  svc=${entry%%:*}; db=${entry#*:}
  if exists "$svc-db"; then echo "secret $svc-db exists: kept"; continue; fi
  kubectl -n "$NS" create secret generic "$svc-db" \
    --from-literal=owner-username="${db}_owner" --from-literal=owner-password="$(rand)" \
    --from-literal=app-username="${db}_app" --from-literal=app-password="$(rand)"
done

if $IN_CLUSTER_PG; then
  if exists pitlane-postgresql; then echo "secret pitlane-postgresql exists: kept"; else
    kubectl -n "$NS" create secret generic pitlane-postgresql --from-literal=password="$(rand)"
  fi
fi

if exists auth-service-signing-keys; then echo "secret auth-service-signing-keys exists: kept"; else
  dir=$(mktemp -d); trap 'rm -rf "$dir"' EXIT
  kid="key-$(date -u +%Y%m%d)"
  openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:3072 -out "$dir/$kid.pem" 2>/dev/null
  kubectl -n "$NS" create secret generic auth-service-signing-keys --from-file="$kid.pem=$dir/$kid.pem"
fi
echo "done: database roles must exist with these passwords (docs/deploy.md, 'Databases')"
