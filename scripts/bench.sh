#!/usr/bin/env bash
# The Zaken API at municipal scale, from one command, on this machine (nl.zgw.testsupport.bench.ZakenSchaal):
#
#   scripts/bench.sh [--zaken N] [--documenten N] [--seconds S] [--warmup W] [--path] [--docs]
#
# Starts the suite as scripts/suite.sh start does (building what is missing), makes the demo
# catalogus and zaken (scripts/suite.sh demo), loads zaken through SQL into the Zaken API's schema
# until it holds N (default 1,000,000; --zaken 100000 for a quick run) and as many documents and
# besluiten into theirs (--documenten N to choose another number), warms the services up (every
# case W seconds at 16 connections, default 10: on two cores the JIT compiler needs minutes of load),
# then measures every case for S seconds (default 10) with wrk (installed from Debian's packages when
# missing) at 1 and 16 connections and prints p50/p95/p99, throughput, the ratio to the health
# endpoint, the CPU each service used (the Autorisaties API's share is what authorisation costs) and
# each service's RSS; last the notification path (zaken created while a subscriber on this machine
# holds an abonnement on kanaal zaken: the time from each change to its callback; --path runs only
# this, without warming up, on the zaken loaded before). The table also goes to target/bench/zaken.md; --docs
# also writes it, with the date, the command and the machine, into docs/performance.md (between its
# bench markers; not with --path). The suite keeps running (and keeps the
# loaded zaken: a second run loads only what is missing); scripts/suite.sh stop stops it.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
zaken=1000000
seconds=10
documenten=
warmup=10
alleen_pad=false
docs=false
command="scripts/bench.sh${*:+ $*}"
while (($#)); do
    case $1 in
        --zaken) zaken=$2; shift 2 ;;
        --seconds) seconds=$2; shift 2 ;;
        --warmup) warmup=$2; shift 2 ;;
        --documenten) documenten=$2; shift 2 ;;
        --path) alleen_pad=true; shift ;;
        --docs) docs=true; shift ;;
        *) sed -n '2,19p' "$0" | sed 's/^# \{0,1\}//'; exit 2 ;;
    esac
done
# wrk, the load generator (a Debian package)
# shellcheck source=wrk.sh
source scripts/wrk.sh
need_wrk
mkdir -p target
scripts/suite.sh start
scripts/suite.sh demo > target/bench-demo.txt
# shellcheck source=classpath.sh
source scripts/classpath.sh
# shellcheck disable=SC1091
source .suite/credentials
cp=$(test_support_classpath "$root")
suite_property() { sed -n "s|^$1=||p" .suite/suite.properties | tail -n 1; }
machine="$(nproc) cores, $(awk '/MemTotal/ {printf "%.1f GiB", $2 / 1048576}' /proc/meminfo), $(sed -n 's/^model name\s*: //p' /proc/cpuinfo | head -n 1)"
echo "machine: $machine"
env ZGW_BASE_URLS_ZAKEN="$(suite_property zgw.base-urls.zaken)" \
    ZGW_BASE_URLS_AUTORISATIES="$(suite_property zgw.base-urls.autorisaties)" \
    ZGW_BASE_URLS_DOCUMENTEN="$(suite_property zgw.base-urls.documenten)" \
    ZGW_BASE_URLS_BESLUITEN="$(suite_property zgw.base-urls.besluiten)" \
    ZGW_BASE_URLS_NOTIFICATIES="$(suite_property zgw.base-urls.notificaties)" \
    BENCH_JDBC_URL="$(suite_property quarkus.datasource.jdbc.url)" \
    SUITE_CLIENT_ID=suite-admin SUITE_CLIENT_SECRET="$SUITE_CLIENT_SECRET" \
    BENCH_ZAKEN="$zaken" BENCH_DOCUMENTEN="${documenten:-$zaken}" BENCH_SECONDS="$seconds" BENCH_WARMUP="$warmup" BENCH_ALLEEN_PAD="$alleen_pad" BENCH_PIDS="$root/.suite" BENCH_OUT="$root/target/bench/zaken.md" \
    java -Xmx512m -cp "$cp" nl.zgw.testsupport.bench.ZakenSchaal
# --docs: the run's tables into docs/performance.md, between its markers, with what produced them
if [[ $docs == true ]]; then
    if [[ $alleen_pad == true ]]; then
        echo "--docs: not with --path (the notification path alone is not the whole table)" >&2
    elif ! grep -q '^<!-- bench:begin' docs/performance.md || ! grep -q '^<!-- bench:end' docs/performance.md; then
        echo "--docs: docs/performance.md has no bench markers; the table is in target/bench/zaken.md" >&2
        exit 1
    else
        written=$(mktemp)
        awk -v header="\`$command\` on $(date -u +%F), $machine:" -v table="$root/target/bench/zaken.md" '
            /^<!-- bench:begin/ { print; print header; print ""; while ((getline line < table) > 0) print line; skip = 1; next }
            /^<!-- bench:end/ { skip = 0 }
            !skip { print }' docs/performance.md > "$written"
        mv "$written" docs/performance.md
        echo "written to docs/performance.md"
    fi
fi
