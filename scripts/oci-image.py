#!/usr/bin/env python3
"""Builds an OCI image archive for one service without a container engine or registry.

The image is made from scratch, in three or four layers, each a reproducible tar (fixed timestamps and
owners, sorted entries), so that equal inputs give equal digests:
  1. the Java runtime made by jlink (/opt/java) and the C libraries it links against (glibc, zlib,
     libstdc++: /lib, /lib64), identical for every service of the suite;
  2. the service's libraries (/deployments/lib), which change when a dependency changes;
  3. the application itself (quarkus-run.jar, app/, quarkus/);
  4. with --cds, the application's AppCDS archive (made by scripts/images.sh from this image).
Plus a minimal /etc/passwd and /etc/group naming the non-root user 10001, an empty /tmp (1777)
/config for mounted configuration and /data (owned by the user) for what the service keeps on disk.

    scripts/oci-image.py --runtime DIR --app DIR --name NAME --version V --out FILE.tar [--label k=v ...]

The output is an OCI image layout in a tar (what `skopeo copy oci-archive:FILE.tar ...`,
`podman load -i FILE.tar` and registries' upload tools take); index.json carries
org.opencontainers.image.ref.name = V.
"""
import argparse
import gzip
import hashlib
import io
import json
import os
import stat
import sys
import tarfile

UID = 10001
# Fits a container of 256 MiB (30 % of its memory for the heap: 77 MiB, over twice what a service
# holds live after a benchmark, 27-38 MiB; the serial collector, bounded code cache, metaspace and
# thread stacks, the C heap trimmed every 5 s so that memory the JIT compiler and the libraries
# freed goes back) and grows with a larger limit; scripts/suite.sh uses the same. Both percentages:
# with MaxRAMPercentage alone the JVM gives the heap at least the smaller of MinRAMPercentage
# (default 50) of the limit and its default heap of about 126 MiB (30 % at 256 or 384 MiB: 126 MiB).
JVM_MEMORY = ("-XX:+UseSerialGC -XX:MinRAMPercentage=30 -XX:MaxRAMPercentage=30 -XX:ReservedCodeCacheSize=48m "
              "-XX:MaxMetaspaceSize=160m -Xss512k -XX:TrimNativeHeapInterval=5000")
# The JDK's HttpClient runs the last step of every sendAsync in the common ForkJoinPool; on one or
# two CPUs that pool has a parallelism of 1 and CompletableFuture then starts a new thread for each
# such step instead. A pool of two makes it reuse threads (POST /zaken at 16 clients on two cores:
# 155-183/s without, 208-322/s with). On the command line, not in JDK_JAVA_OPTIONS, so that an
# operator's own memory settings keep it; scripts/suite.sh does the same.
COMMON_POOL = "java.util.concurrent.ForkJoinPool.common.parallelism=2"
# A tenant's Host on the token verification inside the cluster (ADR 0022; OutboundHttp sets it too).
HOST_HEADER = "jdk.httpclient.allowRestrictedHeaders=host"
EPOCH = 0  # every file dated 1970-01-01: the same inputs give the same layer digest


def _info(name, mode, kind=tarfile.REGTYPE, size=0, linkname="", owner=0):
    info = tarfile.TarInfo(name)
    info.mode = mode
    info.type = kind
    info.size = size
    info.linkname = linkname
    info.mtime = EPOCH
    info.uid = info.gid = owner
    info.uname = info.gname = ""
    return info


def layer(entries):
    """A gzip'ed tar of (path in image, source path or bytes, mode[, owner]) entries, in sorted order.

    Returns (compressed bytes, digest of compressed, digest of uncompressed)."""
    raw = io.BytesIO()
    with tarfile.open(fileobj=raw, mode="w", format=tarfile.PAX_FORMAT) as tar:
        dirs_done = set()
        for entry in sorted(entries, key=lambda e: e[0]):
            path, source, mode = entry[:3]
            owner = entry[3] if len(entry) > 3 else 0
            parts = path.strip("/").split("/")
            for i in range(1, len(parts)):
                d = "/".join(parts[:i])
                if d not in dirs_done:
                    dirs_done.add(d)
                    tar.addfile(_info(d, 0o755, tarfile.DIRTYPE))
            name = path.strip("/")
            if source is None:  # a directory of its own
                if name not in dirs_done:
                    dirs_done.add(name)
                    tar.addfile(_info(name, mode, tarfile.DIRTYPE, owner=owner))
            elif isinstance(source, bytes):
                tar.addfile(_info(name, mode, size=len(source)), io.BytesIO(source))
            elif os.path.islink(source):
                tar.addfile(_info(name, 0o777, tarfile.SYMTYPE, linkname=os.readlink(source)))
            else:
                with open(source, "rb") as f:
                    tar.addfile(_info(name, mode, size=os.path.getsize(source)), f)
    data = raw.getvalue()
    compressed = gzip.compress(data, compresslevel=6, mtime=EPOCH)
    return compressed, "sha256:" + hashlib.sha256(compressed).hexdigest(), "sha256:" + hashlib.sha256(data).hexdigest()


def tree(root, into, executable_dirs=()):
    """Entries for every file under root, placed under `into`; files keep their executable bit."""
    out = []
    for base, dirs, files in os.walk(root):
        dirs.sort()
        rel = os.path.relpath(base, root)
        target = into if rel == "." else (into + "/" + rel if into else rel)
        for f in sorted(files):
            src = os.path.join(base, f)
            if os.path.islink(src):
                out.append(((target + "/" if target else "") + f, src, 0o777))
                continue
            executable = os.stat(src).st_mode & stat.S_IXUSR or any(target.endswith(d) for d in executable_dirs)
            out.append(((target + "/" if target else "") + f, src, 0o755 if executable else 0o644))
    return out


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--runtime", required=True)
    p.add_argument("--system", required=True, help="the C libraries the runtime links against, as a root tree")
    p.add_argument("--app", required=True, help="the service's target/quarkus-app")
    p.add_argument("--name", required=True)
    p.add_argument("--version", required=True)
    p.add_argument("--out", required=True)
    p.add_argument("--label", action="append", default=[])
    p.add_argument("--env", action="append", default=[], help="KEY=value added to the image's environment")
    p.add_argument("--cds", help="an AppCDS archive made with this runtime from this image (scripts/images.sh)")
    a = p.parse_args()

    app = a.app
    base_files = [
        ("etc/passwd", f"root:x:0:0:root:/root:/sbin/nologin\nzgw:x:{UID}:{UID}:zgw:/deployments:/sbin/nologin\n".encode(), 0o644),
        ("etc/group", f"root:x:0:\nzgw:x:{UID}:\n".encode(), 0o644),
        ("etc/hosts", b"127.0.0.1 localhost\n::1 localhost\n", 0o644),
        ("tmp", None, 0o1777),
        ("config", None, 0o755),
        ("data", None, 0o750, UID),  # the one place the user writes (e.g. documents on a volume)
    ]
    runtime = tree(a.runtime, "opt/java", executable_dirs=("opt/java/bin",)) + tree(a.system, "") + base_files
    libraries = tree(os.path.join(app, "lib"), "deployments/lib")
    application = []
    for part in sorted(os.listdir(app)):
        if part == "lib":
            continue
        src = os.path.join(app, part)
        if os.path.isdir(src):
            application += tree(src, "deployments/" + part)
        else:
            application.append(("deployments/" + part, src, 0o644))

    parts = [(runtime, "jlink runtime and base files"), (libraries, "libraries"), (application, "application")]
    entrypoint = ["/opt/java/bin/java", "-XX:+ExitOnOutOfMemoryError", "-Djava.io.tmpdir=/tmp",
                  "-D" + COMMON_POOL, "-D" + HOST_HEADER]
    if a.cds:
        # the classes of a first start, parsed and verified once at build time (the JVM checks that
        # runtime and jars are the ones the archive was made with, and starts without it otherwise)
        parts.append(([("deployments/app-cds.jsa", a.cds, 0o644)], "AppCDS archive"))
        entrypoint.append("-XX:SharedArchiveFile=/deployments/app-cds.jsa")
    entrypoint += ["-jar", "/deployments/quarkus-run.jar"]
    layers = [layer(entries) for entries, _ in parts]
    labels = {
        "org.opencontainers.image.title": a.name,
        "org.opencontainers.image.version": a.version,
        "org.opencontainers.image.licenses": "EUPL-1.2",
    }
    for kv in a.label:
        k, _, v = kv.partition("=")
        labels[k] = v
    config = {
        "architecture": "amd64",
        "os": "linux",
        "created": "1970-01-01T00:00:00Z",
        "config": {
            "User": f"{UID}:{UID}",
            "Entrypoint": entrypoint,
            # the memory settings (JVM_MEMORY), in JDK_JAVA_OPTIONS so that an operator replaces them
            # with one variable (the Helm chart's javaOptions)
            "Env": ["PATH=/opt/java/bin:/usr/bin:/bin", "JAVA_HOME=/opt/java", "LANG=C.UTF-8",
                    "JDK_JAVA_OPTIONS=" + JVM_MEMORY,
                    "MALLOC_ARENA_MAX=2",  # glibc's per-thread arenas would add tens of MiB of RSS
                    "QUARKUS_HTTP_HOST=0.0.0.0", "QUARKUS_HTTP_PORT=8080"] + a.env,
            "WorkingDir": "/deployments",
            "ExposedPorts": {"8080/tcp": {}},
            "Labels": labels,
        },
        "rootfs": {"type": "layers", "diff_ids": [l[2] for l in layers]},
        "history": [{"created": "1970-01-01T00:00:00Z", "created_by": c} for _, c in parts],
    }
    config_bytes = json.dumps(config, sort_keys=True, separators=(",", ":")).encode()
    config_digest = "sha256:" + hashlib.sha256(config_bytes).hexdigest()
    manifest = {
        "schemaVersion": 2,
        "mediaType": "application/vnd.oci.image.manifest.v1+json",
        "config": {"mediaType": "application/vnd.oci.image.config.v1+json", "digest": config_digest,
                   "size": len(config_bytes)},
        "layers": [{"mediaType": "application/vnd.oci.image.layer.v1.tar+gzip", "digest": l[1], "size": len(l[0])}
                   for l in layers],
        "annotations": {"org.opencontainers.image.version": a.version},
    }
    manifest_bytes = json.dumps(manifest, sort_keys=True, separators=(",", ":")).encode()
    manifest_digest = "sha256:" + hashlib.sha256(manifest_bytes).hexdigest()
    index = {
        "schemaVersion": 2,
        "mediaType": "application/vnd.oci.image.index.v1+json",
        "manifests": [{"mediaType": "application/vnd.oci.image.manifest.v1+json", "digest": manifest_digest,
                       "size": len(manifest_bytes),
                       "annotations": {"org.opencontainers.image.ref.name": a.version,
                                       "io.containerd.image.name": f"{a.name}:{a.version}"}}],
    }

    blobs = {config_digest: config_bytes, manifest_digest: manifest_bytes}
    for compressed, digest, _ in layers:
        blobs[digest] = compressed
    os.makedirs(os.path.dirname(os.path.abspath(a.out)), exist_ok=True)
    with tarfile.open(a.out, "w", format=tarfile.PAX_FORMAT) as out:
        def add(name, data):
            out.addfile(_info(name, 0o644, size=len(data)), io.BytesIO(data))
        add("oci-layout", b'{"imageLayoutVersion":"1.0.0"}')
        add("index.json", json.dumps(index, sort_keys=True).encode())
        out.addfile(_info("blobs", 0o755, tarfile.DIRTYPE))
        out.addfile(_info("blobs/sha256", 0o755, tarfile.DIRTYPE))
        for digest in sorted(blobs):
            add("blobs/sha256/" + digest.split(":")[1], blobs[digest])
    sizes = [len(l[0]) for l in layers]
    print(json.dumps({"image": f"{a.name}:{a.version}", "manifest": manifest_digest,
                      "layers_bytes": {c: n for (_, c), n in zip(parts, sizes)},
                      "compressed_bytes": sum(sizes)}))


if __name__ == "__main__":
    sys.exit(main())
