# shellcheck shell=bash
# wrk, the load generator of the benchmarks: installed from Debian's packages when missing (as root).
need_wrk() {
    if ! command -v wrk >/dev/null; then
        if [[ $(id -u) == 0 ]]; then
            apt-get install -y -qq --no-install-recommends wrk >/dev/null
        else
            echo "wrk is needed: sudo apt-get install wrk" >&2
            exit 1
        fi
    fi
}
