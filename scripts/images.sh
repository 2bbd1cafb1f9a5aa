#!/usr/bin/env bash
# Container images of the six services, built without a Docker daemon and without an image
# registry: no base image is pulled. Each image is made from scratch (scripts/oci-image.py):
# a Java runtime made with jlink from the local JDK (with its own class data sharing archive),
# the service's Quarkus fast-jar, a non-root user (10001), an empty /tmp.
#
#   scripts/images.sh build [service...]   the runtime once, then target/images/<service>-service-<version>.oci.tar
#                                          (image zgw/<service>-service:<version>, as the Helm chart names it).
#                                          As root it also trains each image's AppCDS archive: the image
#                                          is started once as a container (below) with
#                                          -XX:ArchiveClassesAtExit, and the archive the JVM writes at
#                                          exit is added as a layer the entrypoint uses
#                                          (-XX:SharedArchiveFile). IMAGES_CDS=false skips it.
#   scripts/images.sh check [service...]   runs each image as a container runtime would: its layers
#                                          unpacked into a root file system, its entrypoint started
#                                          there (chroot, user 10001, private mount namespace with
#                                          /proc and /dev) against an embedded PostgreSQL; it must
#                                          answer /q/health/ready and a ZGW 401 problem without a
#                                          token. Prints each image's size, time to ready and RSS
#                                          then, as in a container limited to 256 MiB (-XX:MaxRAM=256m:
#                                          no cgroup limit here, so the JVM would size itself to the host).
#
# Needs the services built (./mvnw install -DskipTests) and, for check, root (or a user namespace:
# run it under `unshare -r`). Load an image elsewhere with `podman load -i <file>` or
# `skopeo copy oci-archive:<file> docker://<registry>/zgw/<service>:<version>`.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
out="$root/target/images"
all=(autorisaties catalogi zaken documenten besluiten notificaties)
# a collection of each API: without a token it answers 401 with a ZGW problem
declare -A collection=([autorisaties]=applicaties [catalogi]=zaaktypen [zaken]=zaken
    [documenten]=enkelvoudiginformatieobjecten [besluiten]=besluiten [notificaties]=kanaal)
# The tag: IMAGE_TAG, else the Helm chart's appVersion, so that the chart finds the images it names.
version=${IMAGE_TAG:-$(sed -n 's/^appVersion: *"\{0,1\}\([^"]*\)"\{0,1\}$/\1/p' "$root/helm/zgw/Chart.yaml")}
# What the services use of the JDK, with room for what libraries load late (java.beans in
# java.desktop for Jackson and Hibernate, JGSS/SASL for the PostgreSQL driver, the EC provider for TLS).
modules=java.base,java.compiler,java.desktop,java.instrument,java.logging,java.management,java.naming,\
java.net.http,java.prefs,java.rmi,java.scripting,java.security.jgss,java.security.sasl,java.sql,\
java.transaction.xa,java.xml,java.xml.crypto,jdk.charsets,jdk.crypto.cryptoki,jdk.crypto.ec,\
jdk.management,jdk.naming.dns,jdk.net,jdk.unsupported,jdk.zipfs

runtime() {
    local jre="$out/runtime"
    if [[ -x "$jre/bin/java" && "$jre/release" -nt "$(command -v jlink)" ]]; then
        return
    fi
    rm -rf "$jre"
    mkdir -p "$out"
    local cds=()
    if jlink --list-plugins 2>/dev/null | grep -q -- '--generate-cds-archive'; then
        cds=(--generate-cds-archive) # the runtime's own class data sharing archive: faster starts
    fi
    jlink --add-modules "$modules" --strip-debug --no-header-files --no-man-pages --compress=2 \
        "${cds[@]}" --output "$jre"
    # a server draws nothing: java.desktop stays for java.beans, its native graphics and sound go
    rm -f "$jre"/lib/lib{awt,awt_headless,awt_xawt,fontmanager,jsound,lcms,javajpeg,splashscreen,mlib_image}.so
    # the C libraries the runtime links against (a scratch image has none): copied from this machine
    rm -rf "$out/system"
    local lib
    for lib in $( { ldd "$jre/bin/java"; find "$jre" -name '*.so' -exec ldd {} \; ; } 2>/dev/null \
            | grep -o '/[^ ]*' | grep -v "^$jre" | sort -u); do
        mkdir -p "$out/system$(dirname "$lib")"
        cp -L "$lib" "$out/system$lib"
    done
    echo "runtime: $(du -sh "$jre" | cut -f1), C libraries: $(du -sh "$out/system" | cut -f1) ($("$jre/bin/java" -version 2>&1 | head -n 1))"
}

build() {
    runtime
    local cds_training=false s
    if [[ ${IMAGES_CDS:-true} == true && $(id -u) == 0 ]]; then
        cds_training=true
        mkdir -p "$out/train"
        start_postgres "$out/train"
    elif [[ ${IMAGES_CDS:-true} == true ]]; then
        echo "images: not root, so no AppCDS archive is trained (the images start without one)" >&2
    fi
    for s in "$@"; do
        local app="$root/$s-service/target/quarkus-app"
        [[ -f "$app/quarkus-run.jar" ]] || { echo "$s-service is not built: ./mvnw install -DskipTests" >&2; exit 1; }
        local archive="$out/$s-service-$version.oci.tar"
        image "$s" "$archive"
        if $cds_training; then
            local jsa
            if jsa=$(train "$s" "$archive"); then
                image "$s" "$archive" --cds "$jsa"
                echo "zgw/$s-service:$version with an AppCDS archive of $(( $(stat -c %s "$jsa") / 1048576 )) MiB"
            else
                echo "zgw/$s-service:$version without an AppCDS archive" >&2
            fi
        fi
    done
    if $cds_training; then stop_postgres; fi
}

# One image archive from the service's fast-jar (extra arguments go to oci-image.py).
image() {
    local s=$1 archive=$2
    shift 2
    local extra=()
    if [[ $s == documenten ]]; then
        extra=(--env ZGW_DOCUMENTEN_OPSLAG_MAP=/data/documenten) # as the Helm chart mounts it
    fi
    python3 "$root/scripts/oci-image.py" --runtime "$out/runtime" --system "$out/system" \
        --app "$root/$s-service/target/quarkus-app" \
        --name "zgw/$s-service" --version "$version" --out "$archive" "${extra[@]}" "$@" \
        --label "org.opencontainers.image.source=https://github.com/zgw-suite/zgw-suite" \
        --label "org.opencontainers.image.description=ZGW $s API"
}

# Unpacks an OCI archive's layers, in order, into a root file system; prints the entrypoint and env as JSON.
unpack() {
    python3 - "$1" "$2" <<'PY'
import json, sys, tarfile, io, os
archive, rootfs = sys.argv[1], sys.argv[2]
with tarfile.open(archive) as t:
    blob = lambda d: t.extractfile("blobs/sha256/" + d.split(":")[1]).read()
    index = json.loads(t.extractfile("index.json").read())
    manifest = json.loads(blob(index["manifests"][0]["digest"]))
    config = json.loads(blob(manifest["config"]["digest"]))
    for l in manifest["layers"]:
        with tarfile.open(fileobj=io.BytesIO(blob(l["digest"])), mode="r:gz") as layer:
            layer.extractall(rootfs, numeric_owner=True, **({"filter": "fully_trusted"} if hasattr(tarfile, "data_filter") else {}))
print(json.dumps(config["config"]))
PY
}

# An embedded PostgreSQL for the containers (database zgw), and the configuration file they mount.
pg=
start_postgres() {
    local work=$1 pg_port=15433
    # shellcheck source=classpath.sh
    source "$root/scripts/classpath.sh"
    local cp
    cp=$(test_support_classpath "$root")
    rm -rf "$work/pgdata"
    java -cp "$cp" nl.zgw.testsupport.postgres.SuitePostgres "$work/pgdata" "$pg_port" > "$work/postgres.log" 2>&1 &
    pg=$!
    trap 'kill "$pg" 2>/dev/null || true; wait "$pg" 2>/dev/null || true' EXIT
    for _ in $(seq 1 120); do grep -q "PostgreSQL ready" "$work/postgres.log" && break; sleep 0.5; done
    grep -q "PostgreSQL ready" "$work/postgres.log" || { cat "$work/postgres.log" >&2; exit 1; }
    cat > "$work/container.properties" <<EOF
quarkus.datasource.jdbc.url=jdbc:postgresql://127.0.0.1:$pg_port/zgw
quarkus.datasource.username=postgres
quarkus.datasource.password=postgres
zgw.auth.client.id=zgw-suite
zgw.auth.client.secret=image-check-secret-0123456789
zgw.abonnementen.secret=image-check-secret-0123456789
zgw.outbox.enabled=false
EOF
}

stop_postgres() {
    kill "$pg" 2>/dev/null || true
    wait "$pg" 2>/dev/null || true
    trap - EXIT
}

# Starts an image as a container runtime would: its layers unpacked into a root file system, its
# entrypoint run there (chroot, the image's user, a private mount namespace with /proc and /dev),
# its environment only, plus the extra VAR=value arguments. Sets container (the pid to wait for)
# and container_started_ns (when its entrypoint was started).
container= container_started_ns=
start_container() {
    local s=$1 archive=$2 rootfs=$3 port=$4 log=$5
    shift 5
    rm -rf "$rootfs"
    mkdir -p "$rootfs"
    local config
    config=$(unpack "$archive" "$rootfs")
    cp "$(dirname "$rootfs")/container.properties" "$rootfs/config/application.properties"
    if [[ $s == autorisaties ]]; then
        echo "zgw.autorisaties.secret-key=$(head -c 32 /dev/urandom | base64)" >> "$rootfs/config/application.properties"
    fi
    local -a entrypoint env
    mapfile -t entrypoint < <(python3 -c 'import json,sys; print("\n".join(json.loads(sys.argv[1])["Entrypoint"]))' "$config")
    mapfile -t env < <(python3 -c 'import json,sys; print("\n".join(json.loads(sys.argv[1])["Env"]))' "$config")
    local user
    user=$(python3 -c 'import json,sys; print(json.loads(sys.argv[1])["User"])' "$config")
    container_started_ns=$(date +%s%N)
    unshare --mount --fork sh -c '
        rootfs=$1; shift
        mkdir -p "$rootfs/proc" "$rootfs/dev"
        mount -t proc proc "$rootfs/proc" && mount --rbind /dev "$rootfs/dev" || exit 97
        exec "$@"' _ "$rootfs" \
        env -i "${env[@]}" "$@" QUARKUS_HTTP_PORT="$port" QUARKUS_CONFIG_LOCATIONS=/config/application.properties \
            "$(command -v chroot)" --userspec="$user" "$rootfs" "${entrypoint[@]}" \
        > "$log" 2>&1 &
    container=$!
}

# Waits up to two minutes for the container on port to answer ready; prints the milliseconds since
# its entrypoint was started, or "-".
wait_ready() {
    local port=$1 started_ns=$container_started_ns start=$SECONDS
    while ((SECONDS - start < 120)) && kill -0 "$container" 2>/dev/null; do
        if curl -sf -o /dev/null "http://127.0.0.1:$port/q/health/ready"; then
            echo $(( ($(date +%s%N) - started_ns) / 1000000 ))
            return
        fi
        sleep 0.1
    done
    echo -
}

# Stops the container as a runtime would (TERM to the process the entrypoint became) and waits.
stop_container() {
    pkill -TERM -P "$container" 2>/dev/null || true
    wait "$container" 2>/dev/null || true
}

# The AppCDS archive of one service: its image (without one) started once with
# -XX:ArchiveClassesAtExit, asked what a client asks first, stopped; prints the archive's path.
train() {
    local s=$1 archive=$2 work="$out/train"
    local rootfs="$work/$s" port=18470
    start_container "$s" "$archive" "$rootfs" "$port" "$work/$s.log" \
        JAVA_TOOL_OPTIONS="-XX:ArchiveClassesAtExit=/tmp/app-cds.jsa"
    local ready
    ready=$(wait_ready "$port")
    if [[ $ready != - ]]; then
        curl -s -o /dev/null "http://127.0.0.1:$port/$s/api/v1/${collection[$s]}" || true
        curl -s -o /dev/null "http://127.0.0.1:$port/q/health" || true
    fi
    stop_container
    if [[ $ready == - || ! -s $rootfs/tmp/app-cds.jsa ]]; then
        echo "$s: no AppCDS archive (the training run did not come up or wrote none); its log:" >&2
        tail -20 "$work/$s.log" >&2
        return 1
    fi
    cp "$rootfs/tmp/app-cds.jsa" "$work/$s-app-cds.jsa"
    rm -rf "$rootfs"
    echo "$work/$s-app-cds.jsa"
}

check() {
    if [[ $(id -u) != 0 ]]; then
        echo "check needs root (chroot, mount); run: unshare -r --map-auto scripts/images.sh check" >&2
        exit 1
    fi
    local work="$out/check" port=18480 failed=0
    rm -rf "$work"
    mkdir -p "$work"
    local s missing=()
    for s in "$@"; do
        [[ -f "$out/$s-service-$version.oci.tar" ]] || missing+=("$s")
    done
    if ((${#missing[@]})); then build "${missing[@]}" > /dev/null; fi
    start_postgres "$work"
    printf '%-24s %10s %11s %9s %5s %6s\n' image "size (MiB)" "ready (ms)" "RSS (MiB)" "401" AppCDS
    for s in "$@"; do
        local archive="$out/$s-service-$version.oci.tar" ready_ms unauthorized="-" rss="-"
        start_container "$s" "$archive" "$work/$s" "$port" "$work/$s.log" \
            JAVA_TOOL_OPTIONS="-XX:MaxRAM=256m -Xlog:cds=info:file=/tmp/cds.log"
        ready_ms=$(wait_ready "$port")
        if [[ $ready_ms != - ]]; then
            local answer
            answer=$(curl -s -w ' %{http_code} %{content_type}' "http://127.0.0.1:$port/$s/api/v1/${collection[$s]}")
            [[ $answer == *" 401 application/problem+json"* ]] && unauthorized=ok || unauthorized="no: $answer"
            rss=$(( $(ps -o rss= -p "$(pgrep -P "$container" | head -n 1)" 2>/dev/null || echo 0) / 1024 ))
        fi
        stop_container
        # whether the JVM mapped the application's archive (it starts without one it cannot use)
        local cds=no
        grep -q "Mapped dynamic region" "$work/$s/tmp/cds.log" 2>/dev/null && cds=used
        printf '%-24s %10s %11s %9s %5s %6s\n' "zgw/$s-service" "$(( $(stat -c %s "$archive") / 1048576 ))" "$ready_ms" "$rss" "$unauthorized" "$cds"
        if [[ -f $work/$s/deployments/app-cds.jsa && $cds != used ]]; then
            failed=1
            echo "--- $s carries an AppCDS archive its JVM did not use; /tmp/cds.log:" >&2
            grep -iv "^\[.*\]\[info\]\[cds\] *\(mapped\|reserved\|narrow\|heap\)" "$work/$s/tmp/cds.log" | tail -20 >&2 || true
        fi
        if [[ $ready_ms == - || $unauthorized != ok ]]; then
            failed=1
            echo "--- $s did not come up as it should; its log:" >&2
            tail -40 "$work/$s.log" >&2
        fi
        port=$((port + 1))
    done
    stop_postgres
    return $failed
}

command=${1:-}
shift || true
services=("$@")
((${#services[@]})) || services=("${all[@]}")
case "$command" in
    build) build "${services[@]}" ;;
    check) check "${services[@]}" ;;
    *) sed -n '2,22p' "$0" | sed 's/^# \{0,1\}//'; exit 2 ;;
esac
