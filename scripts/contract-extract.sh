#!/usr/bin/env bash
# Extracts the checkable facts (operations, parameters, bodies, schema properties, types, enums,
# required flags; no prose) of a ZGW OpenAPI file into the extract a service's contract drift test
# compares with the document it serves.
#
#   scripts/contract-extract.sh <spec.yaml> <service-module>
#   e.g. scripts/contract-extract.sh ../shared/specs/zaken-1.7.0.yaml zaken-service
#   writes zaken-service/src/test/resources/contract/zaken-1.7.0.facts
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
# shellcheck source=classpath.sh
source "$root/scripts/classpath.sh"

if [[ $# -ne 2 ]]; then
    sed -n '2,8p' "$0" | sed 's/^# \{0,1\}//'
    exit 2
fi
spec=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
service=$2
[[ -d "$root/$service" ]] || { echo "no module $service" >&2; exit 2; }
name=$(basename "$spec"); name=${name%.*}
java -cp "$(test_support_classpath "$root")" nl.zgw.testsupport.contract.ContractExtract \
    "$spec" "$root/$service/src/test/resources/contract/$name.facts"
