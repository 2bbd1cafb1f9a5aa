#!/usr/bin/env bash
# The whole ZGW suite on one machine: one embedded PostgreSQL (data kept in .suite/pgdata), a local
# Selectielijst API and the six services, with nothing to install beyond a JDK 17+.
#
#   scripts/suite.sh start    build what is missing or stale, start everything, wait until ready, print URLs
#                             and the credentials of a client that may do everything
#   scripts/suite.sh stop     stop the services, the Selectielijst and PostgreSQL
#   scripts/suite.sh status   what runs, on which port, and whether it is ready
#   scripts/suite.sh logs [name]   follow the logs (all, or one of: postgres selectielijst zaken catalogi ...)
#   scripts/suite.sh run      start, follow the logs in the foreground, stop on Ctrl-C
#   scripts/suite.sh token    print a fresh ZGW JWT for the suite's client (needs openssl)
#   scripts/suite.sh demo     fill the running suite with a demo catalogus and a few zaken (each run adds a
#                             catalogus of its own), then print what it made and curl commands to look at it
#
# The Catalogi API checks zaaktypen and resultaattypen against a Selectielijst API. By default the suite
# runs its own, offline, with VNG's Selectielijst 2020 (nl.zgw.testsupport.selectielijst.SuiteSelectielijst,
# log in .suite/logs/selectielijst.log). SUITE_REFERENTIELIJSTEN_URL (or CATALOGI_REFERENTIELIJSTEN_URL,
# which the catalogi service reads anyway) names another one instead, e.g.
# https://selectielijst.openzaak.nl/api/v1; then the local one is not started.
#
# Ports: ZAKEN_PORT (8001) CATALOGI_PORT (8002) DOCUMENTEN_PORT (8003) BESLUITEN_PORT (8004)
#        AUTORISATIES_PORT (8005) NOTIFICATIES_PORT (8006) SELECTIELIJST_PORT (8010) SUITE_PG_PORT (54329)
# Other: SUITE_HOST (localhost) for the public URLs, SUITE_JAVA_OPTS for the service JVMs (default: as in a
# container of 256 MiB, see jvm_memory), SUITE_START_TIMEOUT (180) seconds for the services to get ready.
# The services see the environment, e.g. ZGW_TENANTS_FILE (docs/operators.md, tenants).
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
state="$root/.suite"
logs="$state/logs"
# shellcheck source=classpath.sh
source "$root/scripts/classpath.sh"

services=(zaken catalogi documenten besluiten autorisaties notificaties)
declare -A default_port=([zaken]=8001 [catalogi]=8002 [documenten]=8003 [besluiten]=8004 [autorisaties]=8005 [notificaties]=8006)
host=${SUITE_HOST:-localhost}
pg_port=${SUITE_PG_PORT:-54329}
# Each service as if in a container of 256 MiB (the images' settings, scripts/oci-image.py JVM_MEMORY,
# with MaxRAM standing in for the container's limit); SUITE_JAVA_OPTS replaces them.
jvm_memory="-XX:MaxRAM=256m -XX:+UseSerialGC -XX:MinRAMPercentage=30 -XX:MaxRAMPercentage=30 -XX:ReservedCodeCacheSize=48m -XX:MaxMetaspaceSize=160m -Xss512k -XX:TrimNativeHeapInterval=5000"
# As in the images (scripts/oci-image.py COMMON_POOL): the HttpClient's async steps reuse the
# threads of a common pool of two instead of starting a thread each on a machine of 1-2 CPUs.
common_pool="java.util.concurrent.ForkJoinPool.common.parallelism=2"
# As in the images: a tenant's Host on a call to another API (ADR 0022).
host_header="jdk.httpclient.allowRestrictedHeaders=host"
selectielijst_port=${SELECTIELIJST_PORT:-8010}
client_id=suite-admin
# An external Selectielijst named by the operator, or empty: then the suite runs its own.
external_selectielijst=${SUITE_REFERENTIELIJSTEN_URL:-${CATALOGI_REFERENTIELIJSTEN_URL:-}}

port_of() {
    local var="${1^^}_PORT"
    echo "${!var:-${default_port[$1]}}"
}

base_url() { echo "http://$host:$(port_of "$1")/$1/api/v1"; }

selectielijst_url() {
    if [[ -n $external_selectielijst ]]; then
        echo "$external_selectielijst"
    else
        echo "http://$host:$selectielijst_port/api/v1"
    fi
}

pid_alive() { [[ -f "$state/$1.pid" ]] && kill -0 "$(cat "$state/$1.pid")" 2>/dev/null; }

# A GET that answers 200, over plain bash /dev/tcp, so that not even curl is needed.
http_ok() {
    local status
    status=$(timeout 3 bash -c 'exec 3<>"/dev/tcp/127.0.0.1/$1" || exit 1
        printf "GET %s HTTP/1.0\r\nHost: localhost\r\n\r\n" "$2" >&3
        head -n 1 <&3' _ "$1" "$2" 2>/dev/null) || return 1
    [[ $status == *" 200"* ]]
}

ready() { http_ok "$(port_of "$1")" /q/health/ready; }

selectielijst_ready() { http_ok "$selectielijst_port" /api/v1/resultaattypeomschrijvingen; }

random_secret() { head -c 32 /dev/urandom | base64 | tr -dc 'A-Za-z0-9' | head -c 40; }

build_if_missing() {
    local missing=() jar
    for s in "${services[@]}"; do
        jar="$root/$s-service/target/quarkus-app/quarkus-run.jar"
        if [[ ! -f "$jar" ]] || [[ -n $(find "$root/$s-service/src/main" "$root/$s-service/pom.xml" \
                "$root/shared-model/src/main" "$root/shared-model/pom.xml" "$root/pom.xml" -newer "$jar" \
                -type f -print -quit) ]]; then
            missing+=("$s-service")
        fi
    done
    if ((${#missing[@]})); then
        echo "Building ${missing[*]} (missing or older than its sources) ..."
        (cd "$root" && ./mvnw -B -q install -DskipTests)
    fi
    build_test_support_if_stale
}

# The test-support jar holds what runs beside the services (PostgreSQL, the Selectielijst, the demo).
build_test_support_if_stale() {
    local jar="$root/test-support/target/test-support-0.1.0-SNAPSHOT.jar"
    if [[ -f "$jar" ]] && [[ -n $(find "$root/test-support/src/main" "$root/test-support/pom.xml" -newer "$jar" \
            -type f -print -quit) ]]; then
        echo "Building test-support (older than its sources) ..."
        (cd "$root" && ./mvnw -B -q install -pl test-support -am -DskipTests)
    fi
}

write_config() {
    mkdir -p "$state" "$logs"
    if [[ ! -f "$state/credentials" ]]; then
        umask 077
        printf 'SUITE_CLIENT_SECRET=%s\nSUITE_INTERNAL_SECRET=%s\nSUITE_SECRET_KEY=%s\n' \
            "$(random_secret)" "$(random_secret)" "$(head -c 32 /dev/urandom | base64)" > "$state/credentials"
    fi
    # shellcheck disable=SC1091
    source "$state/credentials"
    umask 077
    {
        echo "# Written by scripts/suite.sh start; read by every service through QUARKUS_CONFIG_LOCATIONS."
        echo "quarkus.datasource.jdbc.url=jdbc:postgresql://localhost:$pg_port/zgw"
        echo "quarkus.datasource.username=postgres"
        echo "quarkus.datasource.password=postgres"
        echo "zgw.auth.client.id=zgw-suite"
        echo "zgw.auth.client.secret=$SUITE_INTERNAL_SECRET"
        echo "zgw.abonnementen.secret=$SUITE_INTERNAL_SECRET"
        for s in "${services[@]}"; do
            echo "zgw.base-urls.$s=$(base_url "$s")"
        done
        echo "catalogi.referentielijsten.url=$(selectielijst_url)"
    } > "$state/suite.properties"
    # The Autorisaties API creates (or brings up to date) the two clients of the suite at start:
    # the operator's client that is printed, and the one the services use among themselves. That
    # one has every right (ADR 0016): the Zaken API reads any document a zaak is linked to and keeps
    # its objectinformatieobject, the Documenten API reads any zaak's relations (drc-004).
    cat > "$state/setup.json" <<JSON
{
  "credentials": [
    {"clientId": "$client_id", "secret": "$SUITE_CLIENT_SECRET"},
    {"clientId": "zgw-suite", "secret": "$SUITE_INTERNAL_SECRET"}
  ],
  "applicaties": [
    {"label": "Suite beheerder", "clientIds": ["$client_id"], "heeftAlleAutorisaties": true},
    {"label": "ZGW suite services", "clientIds": ["zgw-suite"], "heeftAlleAutorisaties": true}
  ]
}
JSON
}

# Starts a helper of the suite from the test-support jar (PostgreSQL, the Selectielijst) and waits
# up to 60 s for the line it prints when it is ready.
start_helper() {
    local name=$1 title=$2 ready_line=$3 class=$4
    shift 4
    if pid_alive "$name"; then
        return
    fi
    local cp
    cp=$(test_support_classpath "$root")
    : > "$logs/$name.log"
    nohup java -cp "$cp" "$class" "$@" >> "$logs/$name.log" 2>&1 &
    echo $! > "$state/$name.pid"
    for _ in $(seq 1 120); do
        if grep -q "$ready_line" "$logs/$name.log"; then
            return
        fi
        if ! pid_alive "$name"; then
            echo "$title did not start; see $logs/$name.log" >&2
            tail -20 "$logs/$name.log" >&2
            exit 1
        fi
        sleep 0.5
    done
    echo "$title not ready after 60 s; see $logs/$name.log" >&2
    exit 1
}

start_postgres() {
    start_helper postgres PostgreSQL "PostgreSQL ready" nl.zgw.testsupport.postgres.SuitePostgres \
        "$state/pgdata" "$pg_port"
}

start_selectielijst() {
    if [[ -z $external_selectielijst ]]; then
        start_helper selectielijst "The Selectielijst" "Selectielijst ready" \
            nl.zgw.testsupport.selectielijst.SuiteSelectielijst "$selectielijst_port" "$(selectielijst_url)"
    fi
}

start_service() {
    local s=$1
    if pid_alive "$s"; then
        return
    fi
    : > "$logs/$s.log"
    local extra=()
    if [[ $s == autorisaties ]]; then
        # shellcheck disable=SC1091
        source "$state/credentials"
        extra=(ZGW_AUTORISATIES_SECRET_KEY="$SUITE_SECRET_KEY" ZGW_AUTORISATIES_SETUP_FILE="$state/setup.json")
    elif [[ $s == documenten ]]; then
        extra=(ZGW_DOCUMENTEN_OPSLAG_MAP="$state/documenten-inhoud") # kept between runs, like the database
    elif [[ $s == catalogi ]]; then
        # as in suite.properties; also over a CATALOGI_REFERENTIELIJSTEN_URL of the environment
        extra=(CATALOGI_REFERENTIELIJSTEN_URL="$(selectielijst_url)")
    fi
    # shellcheck disable=SC2086
    # MALLOC_ARENA_MAX: glibc's per-thread malloc arenas would otherwise add tens of MiB of RSS per JVM
    env MALLOC_ARENA_MAX="${MALLOC_ARENA_MAX:-2}" "${extra[@]}" QUARKUS_CONFIG_LOCATIONS="$state/suite.properties" QUARKUS_HTTP_PORT="$(port_of "$s")" \
        nohup java ${SUITE_JAVA_OPTS:-$jvm_memory} -D"$common_pool" -D"$host_header" -jar "$root/$s-service/target/quarkus-app/quarkus-run.jar" \
        >> "$logs/$s.log" 2>&1 &
    echo $! > "$state/$s.pid"
}

wait_ready() {
    local deadline=$((SECONDS + ${SUITE_START_TIMEOUT:-180}))
    for s in "${services[@]}"; do
        until ready "$s"; do
            if ! pid_alive "$s"; then
                echo "$s-service stopped while starting; last lines of $logs/$s.log:" >&2
                tail -30 "$logs/$s.log" >&2
                exit 1
            fi
            if ((SECONDS > deadline)); then
                echo "$s-service not ready after ${SUITE_START_TIMEOUT:-180} s; see $logs/$s.log" >&2
                exit 1
            fi
            sleep 0.5
        done
    done
}

print_summary() {
    # shellcheck disable=SC1091
    source "$state/credentials"
    echo
    echo "The ZGW suite is ready."
    for s in "${services[@]}"; do
        printf '  %-13s %s\n' "$s" "$(base_url "$s")"
    done
    echo
    echo "  client_id     $client_id"
    echo "  secret        $SUITE_CLIENT_SECRET"
    echo "  (a ZGW JWT, HS256, claims client_id and iat; 'scripts/suite.sh token' prints one)"
    echo
    echo "  PostgreSQL    localhost:$pg_port, database zgw, one schema per service; data in $state/pgdata"
    if [[ -n $external_selectielijst ]]; then
        echo "  Selectielijst $(selectielijst_url) (SUITE_REFERENTIELIJSTEN_URL)"
    else
        echo "  Selectielijst $(selectielijst_url) (local, Selectielijst 2020)"
    fi
    echo "  logs          scripts/suite.sh logs [name]; stop with scripts/suite.sh stop"
    echo "  demo data     scripts/suite.sh demo"
}

stop_one() {
    local name=$1
    if pid_alive "$name"; then
        local pid
        pid=$(cat "$state/$name.pid")
        kill "$pid" 2>/dev/null || true
        for _ in $(seq 1 60); do
            kill -0 "$pid" 2>/dev/null || break
            sleep 0.5
        done
        if kill -0 "$pid" 2>/dev/null; then
            echo "$name did not stop in 30 s; killing it" >&2
            kill -9 "$pid" 2>/dev/null || true
        fi
        echo "stopped $name"
    fi
    rm -f "$state/$name.pid"
}

cmd_start() {
    command -v java >/dev/null || { echo "a JDK 17+ is needed on the PATH" >&2; exit 1; }
    build_if_missing
    write_config
    start_postgres
    start_selectielijst
    local t0=$SECONDS
    for s in "${services[@]}"; do
        start_service "$s"
    done
    wait_ready
    echo "All six services ready in $((SECONDS - t0)) s."
    print_summary
}

cmd_stop() {
    for s in "${services[@]}"; do
        stop_one "$s"
    done
    stop_one selectielijst
    stop_one postgres
}

cmd_status() {
    printf '%-13s %-8s %-6s %s\n' NAME PID STATE URL
    if pid_alive postgres; then
        printf '%-13s %-8s %-6s %s\n' postgres "$(cat "$state/postgres.pid")" up "localhost:$pg_port"
    else
        printf '%-13s %-8s %-6s %s\n' postgres - down "localhost:$pg_port"
    fi
    if [[ -n $external_selectielijst ]]; then
        printf '%-13s %-8s %-6s %s\n' selectielijst - extern "$(selectielijst_url)"
    elif pid_alive selectielijst; then
        local sl_state=up
        if selectielijst_ready; then sl_state=ready; fi
        printf '%-13s %-8s %-6s %s\n' selectielijst "$(cat "$state/selectielijst.pid")" "$sl_state" "$(selectielijst_url)"
    else
        printf '%-13s %-8s %-6s %s\n' selectielijst - down "$(selectielijst_url)"
    fi
    for s in "${services[@]}"; do
        local pid=- st=down
        if pid_alive "$s"; then
            pid=$(cat "$state/$s.pid")
            if ready "$s"; then st=ready; else st=up; fi
        fi
        printf '%-13s %-8s %-6s %s\n' "$s" "$pid" "$st" "$(base_url "$s")"
    done
}

cmd_logs() {
    mkdir -p "$logs"
    if [[ $# -gt 0 ]]; then
        tail -n 100 -F "$logs/$1.log"
    else
        tail -n 20 -F "$logs"/*.log
    fi
}

cmd_token() {
    command -v openssl >/dev/null || { echo "openssl is needed to sign a token" >&2; exit 1; }
    [[ -f "$state/credentials" ]] || { echo "start the suite first" >&2; exit 1; }
    # shellcheck disable=SC1091
    source "$state/credentials"
    b64() { openssl base64 -A | tr '+/' '-_' | tr -d '='; }
    local header payload signature
    header=$(printf '{"alg":"HS256","typ":"JWT"}' | b64)
    payload=$(printf '{"iss":"%s","client_id":"%s","iat":%s,"user_id":"","user_representation":""}' \
        "$client_id" "$client_id" "$(date +%s)" | b64)
    signature=$(printf '%s.%s' "$header" "$payload" | openssl dgst -sha256 -hmac "$SUITE_CLIENT_SECRET" -binary | b64)
    echo "$header.$payload.$signature"
}

# A setting of the suite.properties that the running services read.
suite_property() { sed -n "s|^$1=||p" "$state/suite.properties" | tail -n 1; }

cmd_demo() {
    local s
    for s in "${services[@]}"; do
        if ! ready "$s"; then
            echo "$s-service is not ready: run scripts/suite.sh start first" >&2
            exit 1
        fi
    done
    [[ -f "$state/credentials" && -f "$state/suite.properties" ]] || { echo "run scripts/suite.sh start first" >&2; exit 1; }
    local selectielijst
    selectielijst=$(suite_property catalogi.referentielijsten.url)
    if [[ -z $selectielijst ]]; then
        echo "The running suite was started without a Selectielijst: run scripts/suite.sh stop, then start" >&2
        exit 1
    fi
    if [[ $selectielijst == "http://$host:$selectielijst_port/api/v1" ]] && ! pid_alive selectielijst; then
        echo "The local Selectielijst does not run: run scripts/suite.sh start first" >&2
        exit 1
    fi
    # shellcheck disable=SC1091
    source "$state/credentials"
    local cp
    cp=$(test_support_classpath "$root")
    env ZGW_BASE_URLS_ZAKEN="$(suite_property zgw.base-urls.zaken)" \
        ZGW_BASE_URLS_CATALOGI="$(suite_property zgw.base-urls.catalogi)" \
        ZGW_BASE_URLS_DOCUMENTEN="$(suite_property zgw.base-urls.documenten)" \
        ZGW_BASE_URLS_BESLUITEN="$(suite_property zgw.base-urls.besluiten)" \
        SUITE_REFERENTIELIJSTEN_URL="$selectielijst" \
        SUITE_CLIENT_ID="$client_id" SUITE_CLIENT_SECRET="$SUITE_CLIENT_SECRET" \
        java -cp "$cp" nl.zgw.testsupport.demo.SuiteDemo
}

case "${1:-}" in
    start) cmd_start ;;
    stop) cmd_stop ;;
    status) cmd_status ;;
    logs) shift; cmd_logs "$@" ;;
    token) cmd_token ;;
    demo) cmd_demo ;;
    run)
        trap cmd_stop EXIT
        trap 'exit 0' INT TERM
        cmd_start
        cmd_logs
        ;;
    *)
        sed -n '2,23p' "$0" | sed 's/^# \{0,1\}//'
        exit 2
        ;;
esac
