#!/usr/bin/env bash
# Builds the Java 17 runtime base image the service images need, as a saved-image tarball, from
# Debian's own packages: for places where no container registry is reachable (a registry image such
# as eclipse-temurin:17-jre does the same job where one is). Debian bookworm (minbase) with
# openjdk-17-jre-headless and ca-certificates, the user 185 the Deployments run as, nothing else.
# Needs root (debootstrap, chroot), the debootstrap package and a Debian mirror.
#
#   sudo container-images/base-image.sh [OUT.tar]      (default: container-images/target/java17-runtime.tar)
#   ./mvnw package -DskipTests -Dimage.base=tar://$PWD/container-images/target/java17-runtime.tar
set -euo pipefail

out=$(realpath -m "${1:-$(dirname "$0")/target/java17-runtime.tar}")
mirror=${DEBIAN_MIRROR:-http://deb.debian.org/debian}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
root="$work/rootfs"

debootstrap --variant=minbase --include=openjdk-17-jre-headless,ca-certificates bookworm "$root" "$mirror" >"$work/debootstrap.log" \
  || { tail -20 "$work/debootstrap.log" >&2; exit 1; }
# The image's user: no login, no home of its own beyond the application's directory.
echo 'jboss:x:185:185::/deployments:/usr/sbin/nologin' >>"$root/etc/passwd"
echo 'jboss:x:185:' >>"$root/etc/group"
mkdir -p "$root/deployments"
chown 185:185 "$root/deployments"
# What a running service never reads: package caches, manuals, logs of the installation.
rm -rf "$root"/var/cache/apt/archives/*.deb "$root"/var/lib/apt/lists/* "$root"/usr/share/doc/* \
  "$root"/usr/share/man/* "$root"/var/log/*

mkdir -p "$work/image"
# Members named without a leading "./": Jib refuses an archive entry that names the directory itself.
(cd "$root" && tar --numeric-owner --sort=name -cf "$work/layer.tar" -- *)
layer=$(sha256sum "$work/layer.tar" | cut -d' ' -f1)
mkdir "$work/image/$layer"
mv "$work/layer.tar" "$work/image/$layer/layer.tar"
cat >"$work/config.json" <<JSON
{"architecture":"amd64","os":"linux",
 "config":{"Env":["PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin",
                  "JAVA_HOME=/usr/lib/jvm/java-17-openjdk-amd64","LANG=C.UTF-8"],
           "User":"185","WorkingDir":"/deployments"},
 "rootfs":{"type":"layers","diff_ids":["sha256:$layer"]}}
JSON
config=$(sha256sum "$work/config.json" | cut -d' ' -f1)
mv "$work/config.json" "$work/image/$config.json"
printf '[{"Config":"%s.json","RepoTags":["mentor/java17-runtime:bookworm"],"Layers":["%s/layer.tar"]}]\n' \
  "$config" "$layer" >"$work/image/manifest.json"
mkdir -p "$(dirname "$out")"
tar -C "$work/image" -cf "$out" manifest.json "$config.json" "$layer"
echo "Base image written: $out ($(du -h "$out" | cut -f1))"
