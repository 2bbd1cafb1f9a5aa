#!/usr/bin/env python3
"""Writes the chart of each service (helm/zgw-<service>) from the umbrella chart helm/zgw, so that
the seven charts never drift apart: the same templates (the library chart helm/zgw-lib), the same
settings with the same comments and schema, reduced to what one service uses.

    scripts/helm-charts.py           (re)write helm/zgw-<service>/ for the six services
    scripts/helm-charts.py --check   fail when a written file differs from what would be written

A service's chart differs from the umbrella chart in its values only: `services` holds that service
alone; `networkPolicy.peers` is `namespace` (the other services are other releases in the same
namespace); `auth.verifyInternally` is false (tokens are verified through the public host unless
`auth.verifyUrl` names the autorisaties Service); the Grafana dashboard (one for the suite) and the
settings of other services (`autorisaties`, `documenten`) are left out. Edit helm/zgw and run this."""
import json
import pathlib
import re
import sys

HELM = pathlib.Path(__file__).resolve().parent.parent / "helm"
UMBRELLA = HELM / "zgw"
SERVICES = ["zaken", "catalogi", "documenten", "besluiten", "autorisaties", "notificaties"]
TITLES = {"zaken": "Zaken", "catalogi": "Catalogi", "documenten": "Documenten",
          "besluiten": "Besluiten", "autorisaties": "Autorisaties", "notificaties": "Notificaties"}
# top-level settings that only one service reads
OWN_SECTIONS = {"autorisaties": "autorisaties", "documenten": "documenten"}
GENERATED = "# Written by scripts/helm-charts.py from helm/zgw; edit that chart and run the script.\n"
KEY = re.compile(r"^( *)([A-Za-z][\w-]*):")


def blocks(lines, indent):
    """Splits lines into (key, lines) blocks at the given indent; comment lines directly above a
    key belong to its block. The first block (key None) holds what comes before the first key."""
    out, pending = [(None, [])], []
    for line in lines:
        m = KEY.match(line)
        if m and len(m.group(1)) == indent:
            out.append((m.group(2), pending + [line]))
            pending = []
        elif line.strip().startswith("#") and len(line) - len(line.lstrip()) == indent:
            pending.append(line)
        else:
            out[-1][1].extend(pending + [line])
            pending = []
    out[-1][1].extend(pending)
    return out


def join(bs):
    return [line for _, ls in bs for line in ls]


def reduce_values(text, service, *, defaults):
    """The umbrella's values (or a CI values file) as the chart of one service takes them, or None
    when nothing is left."""
    top = blocks(text.splitlines(), 0)
    kept = []
    for key, ls in top:
        if key in OWN_SECTIONS and OWN_SECTIONS[key] != service:
            continue
        if key == "services":
            sub = blocks(ls[1:], 2)
            mine = [(k, s) for k, s in sub if k == service]
            if not mine or any(re.match(r"^ {4}enabled: false", line) for line in mine[0][1]):
                continue  # a CI file that turns other services off (or this one) says nothing here
            ls = [ls[0]] + join(mine)
        elif key == "monitoring":
            sub = [(k, s) for k, s in blocks(ls[1:], 2) if k != "grafanaDashboard"]
            if not any(k for k, _ in sub):
                continue
            ls = [ls[0]] + join(sub)
        elif key == "networkPolicy" and defaults:
            ls = [re.sub(r"^  peers: release$", "  peers: namespace", line) for line in ls]
        elif key == "auth" and defaults:
            ls = [re.sub(r"^  verifyInternally: true$", "  verifyInternally: false", line) for line in ls]
        kept.append((key, ls))
    if not any(k for k, _ in kept):
        return None
    lines = join(kept)
    if defaults:
        # the umbrella's opening comment speaks of six services; this chart's speaks of one
        while lines and lines[0].startswith("#"):
            lines.pop(0)
        header = [
            f"# Values of the chart of the {TITLES[service]} API alone (zgw-{service}). The umbrella chart zgw",
            "# installs all six services in one release; this chart installs one, beside the others in the",
            "# same namespace (networkPolicy.peers: namespace). Settings and Secrets are those of the zgw chart",
            "# (helm/README.md, docs/operators.md).",
        ]
        lines = header + lines
    return GENERATED + "\n".join(lines).rstrip("\n") + "\n"


def reduce_schema(schema, service):
    s = json.loads(json.dumps(schema))
    s["title"] = f"ZGW {TITLES[service]} API values"
    for key, owner in OWN_SECTIONS.items():
        if owner != service:
            s["properties"][key] = False  # set in this chart, it would do nothing: refused
            if key in s.get("required", []):
                s["required"].remove(key)
    svc = s["properties"]["services"]
    svc["required"] = [service]
    svc["properties"] = {service: svc["properties"][service]}
    mon = s["properties"].get("monitoring", {})
    mon.setdefault("properties", {})["grafanaDashboard"] = False
    if "grafanaDashboard" in mon.get("required", []):
        mon["required"].remove("grafanaDashboard")
    return json.dumps(s, indent=2) + "\n"


def chart_yaml(service):
    umbrella = (UMBRELLA / "Chart.yaml").read_text()
    version = re.search(r"^version: *(\S+)", umbrella, re.M).group(1)
    app = re.search(r"^appVersion: *(\S+)", umbrella, re.M).group(1)
    kube = re.search(r"^kubeVersion: *(.+)$", umbrella, re.M).group(1)
    lib = re.search(r"- name: zgw-lib\n\s+version: *(\S+)", umbrella).group(1)
    return GENERATED + f"""apiVersion: v2
name: zgw-{service}
description: The ZGW {TITLES[service]} API alone, for installing or scaling it apart from the rest of the suite (the umbrella chart zgw installs all six).
type: application
version: {version}
appVersion: {app}
kubeVersion: {kube}
keywords: [zgw, zaakgericht-werken, vng, haven, {service}]
dependencies:
  - name: zgw-lib
    version: {lib}
    repository: file://../zgw-lib
"""


def files(service):
    out = {
        "Chart.yaml": chart_yaml(service),
        "values.yaml": reduce_values((UMBRELLA / "values.yaml").read_text(), service, defaults=True),
        "values.schema.json": reduce_schema(json.loads((UMBRELLA / "values.schema.json").read_text()), service),
        ".helmignore": (UMBRELLA / ".helmignore").read_text(),
        "templates/zgw.yaml": (UMBRELLA / "templates/zgw.yaml").read_text(),
        "templates/tests/test-services.yaml": (UMBRELLA / "templates/tests/test-services.yaml").read_text(),
        "templates/NOTES.txt": (UMBRELLA / "templates/NOTES.txt").read_text(),
    }
    for ci in sorted((UMBRELLA / "ci").glob("*.yaml")):
        reduced = reduce_values(ci.read_text(), service, defaults=False)
        if reduced:
            out[f"ci/{ci.name}"] = reduced
    return out


def main():
    check = "--check" in sys.argv[1:]
    stale = []
    for service in SERVICES:
        chart = HELM / f"zgw-{service}"
        wanted = files(service)
        present = {str(p.relative_to(chart)) for p in chart.rglob("*")
                   if p.is_file() and "charts" not in p.relative_to(chart).parts and p.name != "Chart.lock"} \
            if chart.exists() else set()
        for rel, text in wanted.items():
            path = chart / rel
            if check:
                if not path.exists() or path.read_text() != text:
                    stale.append(str(path.relative_to(HELM.parent)))
            else:
                path.parent.mkdir(parents=True, exist_ok=True)
                path.write_text(text)
        for rel in present - set(wanted):
            if check:
                stale.append(str((chart / rel).relative_to(HELM.parent)) + " (not written by the script)")
            else:
                (chart / rel).unlink()
    if stale:
        sys.exit("the charts of the services are not what scripts/helm-charts.py writes from helm/zgw:\n  "
                 + "\n  ".join(stale) + "\nrun scripts/helm-charts.py")
    if not check:
        print("wrote helm/zgw-{" + ",".join(SERVICES) + "}")


if __name__ == "__main__":
    main()
