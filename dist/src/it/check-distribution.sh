#!/usr/bin/env bash
# The distribution works on its own: unpacked in a temporary directory (no checkout around it) with a PATH whose
# mvn fails, its bin/kallsyms turns a real kernel map into exactly the .S the kernel's C scripts/kallsyms wrote,
# and the other launchers start from lib/.
# Usage: check-distribution.sh ARCHIVE MAP.xz EXPECTED.S.xz KALLSYMS-ARGUMENTS...
set -euo pipefail
archive=$1 map=$2 expected=$3
shift 3

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
tar -xzf "$archive" -C "$tmp"
home="$(echo "$tmp"/kallsyms-trust-*)"
[ -x "$home/bin/kallsyms" ] || { echo "check-distribution: no bin/kallsyms in $archive" >&2; exit 1; }

mkdir "$tmp/no-maven"
printf '#!/bin/sh\necho "mvn called: the distribution must not need Maven" >&2\nexit 99\n' > "$tmp/no-maven/mvn"
chmod +x "$tmp/no-maven/mvn"
export PATH="$tmp/no-maven:$PATH"

xz -dc "$map" > "$tmp/in.map"
xz -dc "$expected" > "$tmp/expected.S"
start=$(date +%s%N)
(cd "$tmp" && "$home/bin/kallsyms" "$@" in.map > out.S)
echo "check-distribution: bin/kallsyms $* on $(wc -l < "$tmp/in.map") lines: $(( ($(date +%s%N) - start) / 1000000 )) ms"
if ! cmp "$tmp/expected.S" "$tmp/out.S"; then
  diff "$tmp/expected.S" "$tmp/out.S" > "$tmp/diff" || true
  head -20 "$tmp/diff" >&2
  echo "check-distribution: bin/kallsyms of the distribution differs from the C's output" >&2
  exit 1
fi

# the other launchers: their jars and everything on their manifest Class-Path are in lib/
"$home/bin/harness" axes > "$tmp/axes.txt"
grep -q '^KERNEL ' "$tmp/axes.txt" || { echo "check-distribution: bin/harness axes printed no kernels" >&2; exit 1; }
"$home/bin/boot-check" --help > /dev/null
"$home/bin/bench" --help > /dev/null
echo "check-distribution: OK ($(du -k "$archive" | cut -f1) KiB, $(ls "$home/lib" | wc -l) jars in lib/)"
