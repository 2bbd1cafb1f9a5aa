#!/usr/bin/env bash
# Runs VNG's ZGW conformance collections (Postman, from VNG-Realisatie/gemma-postman-tests) with newman
# against a running suite and prints the passed and failed assertions per folder.
#
#   scripts/conformance.sh <checkout of gemma-postman-tests> [api] [oas]
#
#   api   ZGW_api_postman_tests.json, the business rules (folders ac, zrc, drc, brc, ztc)
#   oas   ZGW_OAS_tests.json, one request per operation (folders ZRC, DRC, ZTC, BRC, NRC, AC)
#   Without a name both run. docs/conformance.md says which revision to check out and how to start
#   the suite for it (local Selectielijst, mock, clock leeway).
#
# Before the run the script gives the collections' two clients a fresh secret through the
# Autorisaties beheer API (client_id with an applicatie with heeftAlleAutorisaties; client_id_limited
# without one: the collection creates its applicaties), and starts a local stand-in for the
# collections' mock server; afterwards it rotates both secrets again, so the ones in the reports
# no longer work. Needs curl, python3 and npx (Node.js 16 or newer); nothing is installed but
# newman through npx.
#
# Environment:
#   SUITE_HOST, ZAKEN_PORT ... NOTIFICATIES_PORT   as for scripts/suite.sh; base URLs http://host:port/<api>/api/v1
#   ZGW_BASE_URLS_ZAKEN ... ZGW_BASE_URLS_NOTIFICATIES   full base URLs instead (e.g. behind an ingress)
#   CONFORMANCE_ADMIN_CLIENT_ID, CONFORMANCE_ADMIN_SECRET   a client with heeftAlleAutorisaties that
#                   manages the test clients (default: suite-admin and its secret from .suite/credentials)
#   CONFORMANCE_CLIENT_ID, CONFORMANCE_CLIENT_ID_LIMITED   the two clients (zgw_api_tests, zgw_api_tests_limited)
#   CONFORMANCE_REFERENTIELIJST_URL   the Selectielijst; must be the catalogi service's
#                   CATALOGI_REFERENTIELIJSTEN_URL (default: that variable, else http://localhost:8000/api/v1)
#   CONFORMANCE_MOCK_URL   a mock server of your own; without it one runs on 127.0.0.1:CONFORMANCE_MOCK_PORT
#                   (8009) as http://localhost:8009, which the Zaken API must be allowed to fetch
#   CONFORMANCE_OUT   folder for the newman JSON reports and the summary (.suite/conformance/<date-time>)
#   NEWMAN_EXTRA_ARGS   more newman options, e.g. "--timeout-request 60000 --bail"
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)

usage() {
    sed -n '2,/^set -euo pipefail/p' "$0" | sed '$d' | sed 's/^# \{0,1\}//'
    exit 2
}

fail() {
    echo "conformance: $*" >&2
    exit 1
}

[[ $# -ge 1 && $1 != -h && $1 != --help ]] || usage
checkout=$(cd "$1" 2>/dev/null && pwd) || fail "no such folder: $1"
shift
names=("$@")
((${#names[@]})) || names=(api oas)

declare -A collection_file=([api]=ZGW_api_postman_tests.json [oas]=ZGW_OAS_tests.json)
for n in "${names[@]}"; do
    [[ -n ${collection_file[$n]:-} ]] || { echo "unknown collection '$n' (api or oas)" >&2; usage; }
    f="$checkout/${collection_file[$n]}"
    [[ -f $f ]] || fail "$f not found; is $checkout a checkout of gemma-postman-tests?"
    if grep -q 'token-issuer_url' "$f"; then
        fail "${collection_file[$n]} at this revision takes its token from VNG's hosted token issuer" \
            "(token-issuer_url), which no other implementation can answer; check out" \
            "bd2785bd611cd65bd180caf5dbc0b71034ae4653 (see docs/conformance.md)"
    fi
done

for tool in curl python3 npx; do
    command -v "$tool" >/dev/null || fail "$tool is needed on the PATH"
done
node_major=$(node --version 2>/dev/null | sed -E 's/^v([0-9]+).*/\1/') || node_major=0
[[ ${node_major:-0} -ge 16 ]] || fail "newman needs Node.js 16 or newer (found: $(node --version 2>/dev/null || echo none))"

# --- where everything is -------------------------------------------------------------------------
host=${SUITE_HOST:-localhost}
declare -A default_port=([zaken]=8001 [catalogi]=8002 [documenten]=8003 [besluiten]=8004 [autorisaties]=8005 [notificaties]=8006)
base_url() {
    local url_var="ZGW_BASE_URLS_${1^^}" port_var="${1^^}_PORT"
    local port=${!port_var:-${default_port[$1]}}
    local url=${!url_var:-http://$host:$port/$1/api/v1}
    echo "${url%/}"
}
zrc_url=$(base_url zaken)
ztc_url=$(base_url catalogi)
drc_url=$(base_url documenten)
brc_url=$(base_url besluiten)
ac_url=$(base_url autorisaties)
nrc_url=$(base_url notificaties)
beheer_url="${ac_url%/api/v1}/beheer/v1"
referentielijst_url=${CONFORMANCE_REFERENTIELIJST_URL:-${CATALOGI_REFERENTIELIJSTEN_URL:-http://localhost:8000/api/v1}}
referentielijst_url=${referentielijst_url%/}

client_id=${CONFORMANCE_CLIENT_ID:-zgw_api_tests}
client_id_limited=${CONFORMANCE_CLIENT_ID_LIMITED:-zgw_api_tests_limited}
for id in "$client_id" "$client_id_limited"; do
    [[ $id =~ ^[A-Za-z0-9._-]{1,50}$ ]] || fail "client id '$id': letters, digits, '.', '_' and '-' only, at most 50"
done
[[ $client_id != "$client_id_limited" ]] || fail "the two client ids must differ"

admin_id=${CONFORMANCE_ADMIN_CLIENT_ID:-suite-admin}
admin_secret=${CONFORMANCE_ADMIN_SECRET:-}
if [[ -z $admin_secret && -f $root/.suite/credentials ]]; then
    # shellcheck disable=SC1091
    admin_secret=$(source "$root/.suite/credentials" && printf '%s' "${SUITE_CLIENT_SECRET:-}")
fi
[[ -n $admin_secret ]] || fail "no secret for $admin_id: set CONFORMANCE_ADMIN_SECRET (or start the suite with scripts/suite.sh)"

out=${CONFORMANCE_OUT:-$root/.suite/conformance/$(date +%Y%m%d-%H%M%S)}

umask 077
tmp=$(mktemp -d "${TMPDIR:-/tmp}/zgw-conformance.XXXXXX")
mock_pid=""
secrets_set=0

# --- helpers -------------------------------------------------------------------------------------
# A ZGW JWT (HS256, claims client_id and iat) for client $1 with secret $2, dated $3 seconds ahead.
jwt() {
    JWT_CLIENT_ID=$1 JWT_SECRET=$2 JWT_AHEAD=${3:-0} python3 -c '
import base64, hashlib, hmac, json, os, time
def b64(raw):
    return base64.urlsafe_b64encode(raw).rstrip(b"=").decode()
cid = os.environ["JWT_CLIENT_ID"]
head = b64(json.dumps({"alg": "HS256", "typ": "JWT"}).encode())
claims = {"iss": cid, "client_id": cid, "iat": int(time.time()) + int(os.environ["JWT_AHEAD"]),
          "user_id": "", "user_representation": ""}
body = b64(json.dumps(claims).encode())
sig = b64(hmac.new(os.environ["JWT_SECRET"].encode(), (head + "." + body).encode(), hashlib.sha256).digest())
print(head + "." + body + "." + sig)'
}

# call METHOD URL [JSON]: a request as the admin client (token dated CALL_AHEAD seconds ahead);
# sets $status and $answer. The token goes through a file, not the command line.
call() {
    local method=$1 url=$2 data=${3:-}
    printf 'Authorization: Bearer %s\n' "$(jwt "$admin_id" "$admin_secret" "${CALL_AHEAD:-0}")" > "$tmp/auth.header"
    local args=(-sS -o "$tmp/answer" -w '%{http_code}' -X "$method" -H @"$tmp/auth.header" -H 'Accept: application/json')
    if [[ -n $data ]]; then
        args+=(-H 'Content-Type: application/json' --data-binary "$data")
    fi
    status=$(curl "${args[@]}" "$url") || fail "cannot reach $url; is the suite running (scripts/suite.sh status)?"
    answer=$(cat "$tmp/answer")
}

# jget PATH: a field of the JSON on stdin (PATH like results.0.url); empty when absent, JSON for
# lists, objects and booleans.
jget() {
    python3 -c '
import json, sys
value = json.load(sys.stdin)
for key in sys.argv[1].split("."):
    if isinstance(value, list):
        value = value[int(key)] if int(key) < len(value) else None
    elif isinstance(value, dict):
        value = value.get(key)
    else:
        value = None
print("" if value is None else json.dumps(value) if isinstance(value, (list, dict, bool)) else value)' "$1"
}

# Gives client $1 a new secret (created, or rotated when it exists); sets $secret.
credential() {
    call POST "$beheer_url/credentials" "{\"clientId\": \"$1\"}"
    if [[ $status == 409 ]]; then
        call POST "$beheer_url/credentials/$1/rotate" '{}'
    fi
    [[ $status == 200 || $status == 201 ]] || fail "could not set a secret for $1 ($status): $answer"
    secret=$(jget secret <<<"$answer")
    [[ -n $secret ]] || fail "no secret in the answer for $1"
}

cleanup() {
    local rc=$?
    if ((secrets_set)); then
        # the reports hold the secrets the collections signed with: make them worthless
        local id
        for id in "$client_id" "$client_id_limited"; do
            printf 'Authorization: Bearer %s\n' "$(jwt "$admin_id" "$admin_secret")" > "$tmp/auth.header" 2>/dev/null || true
            curl -sS -o /dev/null -X POST -H @"$tmp/auth.header" -H 'Content-Type: application/json' \
                --data-binary '{}' "$beheer_url/credentials/$id/rotate" 2>/dev/null \
                || echo "conformance: could not rotate the secret of $id afterwards" >&2
        done
    fi
    if [[ -n $mock_pid ]]; then
        kill "$mock_pid" 2>/dev/null || true
        wait "$mock_pid" 2>/dev/null || true
    fi
    rm -rf "$tmp"
    exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# --- the suite and the two clients ---------------------------------------------------------------
call GET "$ac_url/applicaties?clientIds=$client_id"
case $status in
    200) ;;
    401|403) fail "the Autorisaties API refused $admin_id ($status); set CONFORMANCE_ADMIN_CLIENT_ID and" \
        "CONFORMANCE_ADMIN_SECRET to a client with heeftAlleAutorisaties" ;;
    *) fail "GET $ac_url/applicaties answered $status: $answer" ;;
esac
existing=$answer

if [[ " ${names[*]} " == *" oas "* ]]; then
    CALL_AHEAD=257 call GET "$ac_url/applicaties?clientIds=$client_id"
    if [[ $status != 200 ]]; then
        echo "conformance: WARNING: a token dated 257 s ahead was refused ($status). The OAS collection signs" >&2
        echo "  every token that far ahead; start the suite with ZGW_AUTH_LEEWAY=300s (docs/conformance.md)." >&2
    fi
fi

credential "$client_id"
full_secret=$secret
secrets_set=1
credential "$client_id_limited"
limited_secret=$secret

# client_id may do everything; client_id_limited gets its applicaties from the collection itself
applicatie_url=$(jget results.0.url <<<"$existing")
if [[ -z $applicatie_url ]]; then
    call POST "$ac_url/applicaties" "{\"clientIds\": [\"$client_id\"], \"label\": \"ZGW conformance tests\",
        \"heeftAlleAutorisaties\": true, \"autorisaties\": []}"
    [[ $status == 201 ]] || fail "could not create the applicatie of $client_id ($status): $answer"
elif [[ $(jget results.0.heeftAlleAutorisaties <<<"$existing") != true ]]; then
    ids=$(jget results.0.clientIds <<<"$existing")
    call PUT "$applicatie_url" "{\"clientIds\": $ids, \"label\": \"ZGW conformance tests\",
        \"heeftAlleAutorisaties\": true, \"autorisaties\": []}"
    [[ $status == 200 ]] || fail "could not give $client_id heeftAlleAutorisaties ($status): $answer"
fi

# --- the mock ------------------------------------------------------------------------------------
# What the collections expect of mock_url (as Open Zaak's CI served it with nginx): /200 answers 200
# with no resource, /404 answers 404, /communicatiekanaal a communicatiekanaal; POST (the
# Notificaties API's test message to an abonnement's callback) 204.
read -r -d '' MOCK_PY <<'PY' || true
import http.server, json, sys

port, base = int(sys.argv[1]), sys.argv[2]
kanaal = json.dumps({"url": base + "/communicatiekanaal", "naam": "foo", "omschrijving": "bar"}).encode()

class Mock(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def answer(self, code, body=b"", content_type="text/html"):
        self.send_response(code)
        if code != 204:
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if body and self.command != "HEAD":
            self.wfile.write(body)

    def do_GET(self):
        path = self.path.split("?")[0].rstrip("/")
        if path == "/200":
            self.answer(200)
        elif path == "/204":
            self.answer(204)
        elif path == "/communicatiekanaal":
            self.answer(200, kanaal, "application/json")
        else:
            self.answer(404)

    do_HEAD = do_GET

    def do_POST(self):
        self.rfile.read(int(self.headers.get("Content-Length") or 0))
        self.answer(204)

    do_PUT = do_PATCH = do_DELETE = do_POST

    def log_message(self, fmt, *args):
        sys.stderr.write("%s %s\n" % (self.command, self.path))

server = http.server.ThreadingHTTPServer(("127.0.0.1", port), Mock)
server.daemon_threads = True
print("ready", flush=True)
server.serve_forever()
PY

if [[ -n ${CONFORMANCE_MOCK_URL:-} ]]; then
    mock_url=${CONFORMANCE_MOCK_URL%/}
else
    mock_port=${CONFORMANCE_MOCK_PORT:-8009}
    mock_url="http://localhost:$mock_port"
    python3 -c "$MOCK_PY" "$mock_port" "$mock_url" > "$tmp/mock.out" 2> "$tmp/mock.log" &
    mock_pid=$!
    for _ in $(seq 1 50); do
        grep -q ready "$tmp/mock.out" 2>/dev/null && break
        kill -0 "$mock_pid" 2>/dev/null || fail "the mock did not start on port $mock_port: $(tail -1 "$tmp/mock.log")"
        sleep 0.1
    done
    grep -q ready "$tmp/mock.out" || fail "the mock did not start on port $mock_port within 5 s"
fi

# --- the newman environment ----------------------------------------------------------------------
env_file="$tmp/suite.postman_environment.json"
ZRC=$zrc_url DRC=$drc_url ZTC=$ztc_url BRC=$brc_url NRC=$nrc_url AC=$ac_url REF=$referentielijst_url \
MOCK=$mock_url CID=$client_id SECRET=$full_secret CID_LIMITED=$client_id_limited SECRET_LIMITED=$limited_secret \
python3 -c '
import json, os
keys = [("zrc_url", "ZRC"), ("drc_url", "DRC"), ("ztc_url", "ZTC"), ("brc_url", "BRC"), ("nrc_url", "NRC"),
        ("ac_url", "AC"), ("referentielijst_url", "REF"), ("mock_url", "MOCK"), ("client_id", "CID"),
        ("secret", "SECRET"), ("client_id_limited", "CID_LIMITED"), ("secret_limited", "SECRET_LIMITED")]
env = {"name": "ZGW suite", "values": [{"key": k, "value": os.environ[v], "type": "text", "enabled": True}
                                       for k, v in keys]}
print(json.dumps(env, indent=2))' > "$env_file"

mkdir -p "$out"
cat <<EOF
Running against
  zrc_url              $zrc_url
  drc_url              $drc_url
  ztc_url              $ztc_url
  brc_url              $brc_url
  nrc_url              $nrc_url
  ac_url               $ac_url
  referentielijst_url  $referentielijst_url
  mock_url             $mock_url
  client_id            $client_id (heeftAlleAutorisaties)
  client_id_limited    $client_id_limited (applicaties made by the collection)
  reports              $out
EOF

# --- run -----------------------------------------------------------------------------------------
export NODE_OPTIONS=${NODE_OPTIONS:---max-old-space-size=4096}
overall=0
reports=()
for n in "${names[@]}"; do
    file=${collection_file[$n]}
    echo
    echo "=== $n: $file"
    rc=0
    # shellcheck disable=SC2086  # NEWMAN_EXTRA_ARGS is a list of options
    npx --yes newman run "$checkout/$file" -e "$env_file" --reporters cli,json \
        --reporter-json-export "$out/$n.json" ${NEWMAN_EXTRA_ARGS:-} || rc=$?
    ((rc == 0)) || overall=1
    reports+=("$n=$out/$n.json")
done

# --- summary: assertions per folder --------------------------------------------------------------
python3 - "$out" "${reports[@]}" <<'PY' | tee "$out/summary.txt"
import collections, json, os, sys

out, pairs = sys.argv[1], [a.split("=", 1) for a in sys.argv[2:]]
ORDER = ["ac", "ztc", "zrc", "drc", "brc", "nrc"]

def folder_of(trail):
    for name in trail:
        if name.lower() in ORDER:
            return name.lower()
    return trail[0] if trail else "(collection)"

failures = []
for name, path in pairs:
    print()
    if not os.path.exists(path):
        print(f"{name}: no report ({path}); newman did not finish")
        continue
    with open(path) as f:
        report = json.load(f)
    where = {}

    def walk(items, trail):
        for item in items:
            if "item" in item:
                walk(item["item"], trail + [item.get("name", "")])
            else:
                where[item.get("id")] = trail

    walk(report.get("collection", {}).get("item", []), [])
    # per folder: requests, request errors, script errors, passed, failed, skipped
    stats = collections.defaultdict(lambda: [0, 0, 0, 0, 0, 0])
    for ex in report.get("run", {}).get("executions", []):
        item = ex.get("item") or {}
        folder = folder_of(where.get(item.get("id") or ex.get("id"), []))
        s = stats[folder]
        s[0] += 1
        s[1] += 1 if ex.get("requestError") else 0
        s[2] += len(ex.get("testScript") or []) + len(ex.get("prerequestScript") or [])
        for a in ex.get("assertions") or []:
            if a.get("skipped"):
                s[5] += 1
            elif a.get("error"):
                s[4] += 1
                failures.append((name, folder, item.get("name", "?"), a.get("assertion", "?"),
                                 (a.get("error") or {}).get("message", "")))
            else:
                s[3] += 1
    title = report.get("collection", {}).get("info", {}).get("name", name)
    print(f"{name} ({title})")
    print(f"  {'folder':<16}{'requests':>9}{'passed / total':>16}{'failed':>8}{'skipped':>9}"
          f"{'req. errors':>13}{'script errors':>15}")
    folders = [f for f in ORDER if f in stats] + sorted(f for f in stats if f not in ORDER)
    total = [0] * 6
    for f in folders:
        s = stats[f]
        total = [a + b for a, b in zip(total, s)]
        print(f"  {f:<16}{s[0]:>9}{f'{s[3]} / {s[3] + s[4]}':>16}{s[4]:>8}{s[5]:>9}{s[1]:>13}{s[2]:>15}")
    s = total
    print(f"  {'total':<16}{s[0]:>9}{f'{s[3]} / {s[3] + s[4]}':>16}{s[4]:>8}{s[5]:>9}{s[1]:>13}{s[2]:>15}")

with open(os.path.join(out, "failures.txt"), "w") as f:
    for name, folder, item, assertion, message in failures:
        f.write(f"{name}\t{folder}\t{item}\t{assertion}\t{message}\n")
print()
print(f"{len(failures)} failed assertions listed in {os.path.join(out, 'failures.txt')}")
PY

exit "$overall"
