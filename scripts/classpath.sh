# Sourced by the scripts in this folder: the runtime classpath of the test-support module (embedded
# PostgreSQL, contract extractor), built once and cached in .suite/.
# shellcheck shell=bash

test_support_classpath() {
    local root=$1 cache="$1/.suite/test-support.classpath"
    local jar="$root/test-support/target/test-support-0.1.0-SNAPSHOT.jar"
    if [[ ! -f "$jar" ]]; then
        (cd "$root" && ./mvnw -B -q install -pl test-support -am -DskipTests) >&2
    fi
    if [[ ! -s "$cache" || "$root/test-support/pom.xml" -nt "$cache" || "$root/pom.xml" -nt "$cache" ]]; then
        mkdir -p "$root/.suite"
        (cd "$root" && ./mvnw -B -q -pl test-support dependency:build-classpath -Dmdep.outputFile="$cache") >&2
    fi
    echo "$jar:$(cat "$cache")"
}
