#!/usr/bin/env python3
"""Checks manifests rendered by `helm template` (read from stdin, a YAML stream) against what the
charts promise an operator on Haven. Fails (exit 1, one line per finding) on: a container without
startup/liveness/readiness probes, without resource requests and limits, or without the security
context (non-root, read-only root filesystem, no privilege escalation, all capabilities dropped,
seccomp RuntimeDefault on the pod); a Secret with a value in plain text; a Deployment whose pods no
NetworkPolicy selects; an image tag `latest` or no tag. Needs python3 with PyYAML, or falls back to
the small YAML subset helm writes through `yaml` when present."""
import sys

try:
    import yaml
except ImportError:  # pragma: no cover
    sys.exit("check-manifests.py needs PyYAML (python3-yaml)")


def containers(spec):
    return (spec.get("initContainers") or []) + (spec.get("containers") or [])


def selects(policy, labels):
    sel = (policy.get("spec") or {}).get("podSelector") or {}
    want = sel.get("matchLabels") or {}
    return all(labels.get(k) == v for k, v in want.items())


def main():
    docs = [d for d in yaml.safe_load_all(sys.stdin) if isinstance(d, dict)]
    problems = []
    policies = [d for d in docs if d.get("kind") == "NetworkPolicy"]
    for d in docs:
        kind, name = d.get("kind"), (d.get("metadata") or {}).get("name")
        where = f"{kind}/{name}"
        if kind == "Secret":
            for field in ("data", "stringData"):
                if d.get(field):
                    problems.append(f"{where}: a Secret with values in the manifest ({field}); use existingSecret")
        if kind in ("Deployment", "StatefulSet", "Job", "Pod"):
            pod = d["spec"] if kind == "Pod" else d["spec"]["template"]["spec"]
            labels = {} if kind == "Pod" else (d["spec"]["template"].get("metadata") or {}).get("labels") or {}
            psc = pod.get("securityContext") or {}
            if (psc.get("seccompProfile") or {}).get("type") != "RuntimeDefault":
                problems.append(f"{where}: pod without seccompProfile RuntimeDefault")
            if psc.get("runAsNonRoot") is not True:
                problems.append(f"{where}: pod without runAsNonRoot")
            if kind == "Deployment" and pod.get("automountServiceAccountToken") is not False:
                sa = pod.get("serviceAccountName")
                sas = [s for s in docs if s.get("kind") == "ServiceAccount"
                       and (s.get("metadata") or {}).get("name") == sa]
                if not sas or sas[0].get("automountServiceAccountToken") is not False:
                    problems.append(f"{where}: the service account token is mounted")
            if kind == "Deployment" and not any(selects(p, labels) for p in policies):
                problems.append(f"{where}: no NetworkPolicy selects its pods")
            for c in containers(pod):
                cw = f"{where} container {c.get('name')}"
                image = c.get("image", "")
                tag = image.rsplit(":", 1)[1] if ":" in image.rsplit("/", 1)[-1] else ""
                if tag in ("", "latest"):
                    problems.append(f"{cw}: image {image!r} without a fixed tag")
                if kind == "Deployment":
                    for probe in ("startupProbe", "livenessProbe", "readinessProbe"):
                        if not c.get(probe):
                            problems.append(f"{cw}: no {probe}")
                res = c.get("resources") or {}
                if not (res.get("requests") and res.get("limits")):
                    problems.append(f"{cw}: no resource requests and limits")
                sc = c.get("securityContext") or {}
                if sc.get("readOnlyRootFilesystem") is not True:
                    problems.append(f"{cw}: root filesystem not read-only")
                if sc.get("allowPrivilegeEscalation") is not False:
                    problems.append(f"{cw}: privilege escalation not forbidden")
                if "ALL" not in ((sc.get("capabilities") or {}).get("drop") or []):
                    problems.append(f"{cw}: capabilities not all dropped")
                for env in c.get("env") or []:
                    n = env.get("name", "")
                    if any(w in n.upper() for w in ("PASSWORD", "SECRET", "_KEY")) and "value" in env \
                            and n.upper() not in ("ZGW_AUTORISATIES_SETUP_FILE",):
                        problems.append(f"{cw}: {n} given in plain text; use a secretKeyRef")
    deployments = sum(1 for d in docs if d.get("kind") == "Deployment")
    for p in problems:
        print(p)
    print(f"checked {len(docs)} manifests ({deployments} deployments, {len(policies)} network policies): "
          f"{len(problems)} problems", file=sys.stderr)
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
