#!/usr/bin/env bash
# What serving many organisations from one suite costs (ADR 0022), on this machine:
#
#   scripts/bench-tenants.sh [--tenants "0 1 10 100"] [--seconds S] [--warmup W]
#
# For each number of tenants (0: no declaration, the suite as one organisation) the suite is started
# with that many declared tenants (t1, t2, ... under the hosts 127.0.1.1, 127.0.1.2, ...: loopback
# addresses, so the services reach each tenant's APIs on this machine) and measured: the time until
# all six services are ready, first (each new tenant's schemas migrated) and again after a restart;
# each service's RSS after start; then the demo data is made in the first tenant and a zaak detail
# GET of it is driven with wrk for S seconds (default 10) at 1 and 16 connections, after W seconds
# of warm-up (default 150: on two cores the JIT needs minutes; about 20 minutes in all). The table
# goes to stdout and target/bench/tenants.md. The tenants' schemas stay in .suite/pgdata (a second
# run starts from migrated schemas, so its first start migrates nothing); the suite is stopped at
# the end.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
counts="0 1 10 100"
seconds=10
warmup=150
while (($#)); do
    case $1 in
        --tenants) counts=$2; shift 2 ;;
        --seconds) seconds=$2; shift 2 ;;
        --warmup) warmup=$2; shift 2 ;;
        *) sed -n '2,16p' "$0" | sed 's/^# \{0,1\}//'; exit 2 ;;
    esac
done
# shellcheck source=wrk.sh
source scripts/wrk.sh
need_wrk
services=(zaken catalogi documenten besluiten autorisaties notificaties)
mkdir -p target/bench .suite
out=target/bench/tenants.md
export SUITE_START_TIMEOUT=${SUITE_START_TIMEOUT:-1800}

# seconds until the suite is ready, with $ZGW_TENANTS_FILE as the environment has it
timed_start() {
    local begin end
    begin=$(date +%s.%N)
    scripts/suite.sh start > /dev/null
    end=$(date +%s.%N)
    awk -v b="$begin" -v e="$end" 'BEGIN { printf "%.0f", e - b }'
}

tenant_file() {
    local n=$1 file=.suite/tenants-$1.json i
    {
        echo '{"tenants": ['
        for ((i = 1; i <= n; i++)); do
            printf '  {"id": "t%d", "host": "127.0.%d.%d"}%s\n' "$i" $((1 + (i - 1) / 250)) $((1 + (i - 1) % 250)) \
                "$([[ $i -lt $n ]] && echo ,)"
        done
        echo ']}'
    } > "$file"
    echo "$root/$file"
}

# "p50 ms | req/s" of wrk against $1 with $2 connections
drive() {
    local url=$1 connections=$2 threads=1 result
    ((connections > 1)) && threads=2
    result=$(wrk -t"$threads" -c"$connections" -d"${seconds}s" --latency -H "Authorization: Bearer $token" \
        -H "Accept-Crs: EPSG:4326" "$url")
    local p50 rps
    p50=$(awk '$1 == "50%" { v = $2; if (v ~ /us$/) { sub(/us/, "", v); v /= 1000 } else if (v ~ /ms$/) { sub(/ms/, "", v) } else if (v ~ /s$/) { sub(/s/, "", v); v *= 1000 }; printf "%.1f", v }' <<< "$result")
    rps=$(awk '/^Requests\/sec/ { printf "%.0f", $2 }' <<< "$result")
    if grep -q "Non-2xx" <<< "$result"; then
        rps="$rps ($(awk '/Non-2xx/ { print $5 }' <<< "$result") not 2xx)"
    fi
    echo "$p50 | $rps"
}

machine="$(nproc) cores, $(awk '/MemTotal/ {printf "%.1f GiB", $2 / 1048576}' /proc/meminfo)"
{
    echo "Tenants on one suite, $(date -u +%Y-%m-%d), $machine; heap settings of the images (256 MiB container)."
    echo
    echo "| tenants | first start s | restart s | RSS after start MiB (zrc ztc drc brc ac nrc) | detail 1 conn p50 ms / req/s | detail 16 conn p50 ms / req/s |"
    echo "|---|---|---|---|---|---|"
} > "$out"
for n in $counts; do
    scripts/suite.sh stop > /dev/null 2>&1 || true
    host=localhost
    if ((n > 0)); then
        export ZGW_TENANTS_FILE
        ZGW_TENANTS_FILE=$(tenant_file "$n")
        host=127.0.1.1
    else
        unset ZGW_TENANTS_FILE
    fi
    echo "== $n tenants: starting ..." >&2
    first=$(timed_start)
    scripts/suite.sh stop > /dev/null
    again=$(timed_start)
    rss=""
    for s in "${services[@]}"; do
        rss="$rss $(( $(ps -o rss= -p "$(cat ".suite/$s.pid")") / 1024 ))"
    done
    echo "== $n tenants: demo data in $host, then wrk ..." >&2
    # shellcheck disable=SC1091
    source .suite/credentials
    cp=$(source scripts/classpath.sh && test_support_classpath "$root")
    env ZGW_BASE_URLS_ZAKEN="http://$host:8001/zaken/api/v1" ZGW_BASE_URLS_CATALOGI="http://$host:8002/catalogi/api/v1" \
        ZGW_BASE_URLS_DOCUMENTEN="http://$host:8003/documenten/api/v1" ZGW_BASE_URLS_BESLUITEN="http://$host:8004/besluiten/api/v1" \
        SUITE_REFERENTIELIJSTEN_URL="http://localhost:8010/api/v1" SUITE_CLIENT_ID=suite-admin \
        SUITE_CLIENT_SECRET="$SUITE_CLIENT_SECRET" java -cp "$cp" nl.zgw.testsupport.demo.SuiteDemo > target/bench/tenants-demo.txt
    token=$(scripts/suite.sh token)
    zaak=$(curl -fsS -H "Authorization: Bearer $token" -H "Accept-Crs: EPSG:4326" \
        "http://$host:8001/zaken/api/v1/zaken?page=1" | python3 -c 'import json,sys; print(json.load(sys.stdin)["results"][0]["url"])')
    wrk -t2 -c16 -d"${warmup}s" -H "Authorization: Bearer $token" -H "Accept-Crs: EPSG:4326" "$zaak" > /dev/null
    one=$(drive "$zaak" 1)
    sixteen=$(drive "$zaak" 16)
    echo "| $n | $first | $again |$rss | $one | $sixteen |" >> "$out"
    echo "== $n tenants: | $first | $again |$rss | $one | $sixteen |" >&2
done
scripts/suite.sh stop > /dev/null 2>&1 || true
cat "$out"
