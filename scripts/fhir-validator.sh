#!/usr/bin/env bash
# Validates a FHIR R4 Bundle (a JSON file) with the independent validators of tests/fhir
# (validate.mjs: @medplum/core, fhir.js and checks of the bundle as a whole). Used by the
# domain tests of the FHIR export (FhirBundleWriterTest); also handy by hand.
#
#   scripts/fhir-validator.sh BUNDLE.json
#
# Exit codes: 0 valid; 1 errors (each printed with the resource and the path); 2 the file
# could not be read; 77 the validator cannot run here (no node 20.19 or later, no npm, or its
# packages could not be installed), which the tests turn into a skip, or a failure when
# NEEDLECHART_REQUIRE_FHIR_VALIDATOR=1.
#
# The npm packages pinned by tests/fhir/package-lock.json are installed on first use with
# `npm ci` into a cache outside the work tree, one folder per lock file content, so a second
# run (and a second work tree) installs nothing, and a changed lock file gets a fresh install:
#   ${NEEDLECHART_FHIR_VALIDATOR_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/needlechart/fhir-validator}
set -euo pipefail

if (($# != 1)); then
    echo "usage: scripts/fhir-validator.sh BUNDLE.json" >&2
    exit 2
fi
bundle=$(realpath -- "$1")
project=$(dirname "$(dirname "$(realpath -- "${BASH_SOURCE[0]}")")")
sources="$project/tests/fhir"

unavailable() {
    echo "fhir-validator: $*" >&2
    exit 77
}

command -v node >/dev/null || unavailable "node is not installed (Debian: apt-get install nodejs npm)"
command -v npm >/dev/null || unavailable "npm is not installed (Debian: apt-get install npm)"
node -e 'const [major, minor] = process.versions.node.split(".").map(Number);
         process.exit(major > 20 || (major === 20 && minor >= 19) ? 0 : 1)' \
    || unavailable "node $(node --version) is too old: the validator needs 20.19 or later"

cache_root="${NEEDLECHART_FHIR_VALIDATOR_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/needlechart/fhir-validator}"
lock_hash=$(cat "$sources/package.json" "$sources/package-lock.json" | sha256sum | cut -c1-16)
install_dir="$cache_root/$lock_hash"
mkdir -p "$cache_root" || unavailable "cannot create $cache_root"

# Tests run in parallel: one installs while the others wait for it.
exec 9>"$cache_root/.lock"
flock 9
if [[ ! -f "$install_dir/.installed" ]]; then
    rm -rf "$install_dir"
    mkdir -p "$install_dir"
    cp "$sources/package.json" "$sources/package-lock.json" "$install_dir/"
    echo "fhir-validator: installing the validator's npm packages into $install_dir" >&2
    if ! (cd "$install_dir" && npm ci --no-audit --no-fund --loglevel=error >&2); then
        rm -rf "$install_dir"
        unavailable "npm ci failed (is the npm registry reachable?)"
    fi
    touch "$install_dir/.installed"
fi
# The script itself is copied on every run, so an edit of validate.mjs takes effect at once; it
# sits beside node_modules because ES modules find their packages from their own folder.
# One copy per run, so runs side by side never read a half-written file.
script="$install_dir/validate-$$.mjs"
trap 'rm -f "$script"' EXIT
cp "$sources/validate.mjs" "$script"
flock -u 9

node "$script" "$bundle"
