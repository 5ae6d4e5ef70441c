#!/usr/bin/env bash
# Makes the signed test mirror the debian module's tests serve: a throwaway OpenPGP key (its public keyring is
# kept, its secret is thrown away), one package, its Packages.xz and an InRelease listing that index, signed.
# Valid-Until lies in the past, as on sid's mirror, so that the tests see the expiry tolerated.
set -euo pipefail
cd "$(dirname "$0")"
home=$(mktemp -d); trap 'rm -rf "$home"' EXIT
export GNUPGHOME=$home
gpg --batch --quiet --passphrase '' --quick-gen-key 'kallsyms-trust test archive <test@kallsyms.invalid>' rsa3072 sign never
gpg --batch --export > test-archive-keyring.gpg

rm -rf dists pool
mkdir -p pool/main/h/hello dists/test/main/binary-all
printf 'not a real package, only bytes whose SHA256 the index lists\n' > pool/main/h/hello/hello_1.0-1_all.deb
deb=pool/main/h/hello/hello_1.0-1_all.deb
cat > dists/test/main/binary-all/Packages <<STANZA
Package: hello
Version: 1.0-1
Architecture: all
Filename: $deb
Size: $(stat -c %s "$deb")
SHA256: $(sha256sum "$deb" | cut -d' ' -f1)

STANZA
xz -9 -c dists/test/main/binary-all/Packages > dists/test/main/binary-all/Packages.xz
rm dists/test/main/binary-all/Packages
idx=main/binary-all/Packages.xz
{
  echo "Origin: kallsyms-trust test"
  echo "Suite: test"
  echo "Codename: test"
  echo "Date: Fri, 30 Oct 2026 08:08:01 UTC"
  echo "Valid-Until: Fri, 06 Nov 2026 08:08:01 UTC"
  echo "Architectures: all"
  echo "Components: main"
  echo "SHA256:"
  echo " $(sha256sum dists/test/$idx | cut -d' ' -f1) $(stat -c %s dists/test/$idx) $idx"
} > Release
gpg --batch --quiet --clearsign --output dists/test/InRelease Release
rm Release
