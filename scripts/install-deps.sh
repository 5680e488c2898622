#!/usr/bin/env bash
# Installs the Debian 12 packages NeedleChart needs to build, run, test and benchmark.
#
# Nothing happens (not even `apt-get update`) when every package is already installed, so
# calling this at the start of run.sh and test.sh costs a few milliseconds after the first time.
# Works as root, or through sudo for another user.
#
#   scripts/install-deps.sh          install whatever is missing
#   scripts/install-deps.sh --check  only list what is missing; exit 1 if anything is
set -euo pipefail

PACKAGES=(
    # Toolchain
    build-essential cmake ninja-build ccache pkg-config clang-format
    lld  # links the test executables about five times faster than the default linker
    clang-14 libclang-rt-14-dev  # libFuzzer for the CSV import's fuzzer (tests/fuzz)
    # Qt 6.4 (Core, Gui, Widgets, Sql, PrintSupport, Test come with qt6-base-dev)
    qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite libqt6sql6-psql qt6-svg-dev qt6-charts-dev
    libqt6opengl6-dev  # Qt Charts' CMake package needs Qt OpenGL's
    # Translations: lupdate/lrelease and their CMake functions; Qt's own German (Yes, Cancel)
    qt6-l10n-tools qt6-tools-dev qt6-translations-l10n
    # Libraries
    libsqlite3-dev sqlite3 libpq-dev libspdlog-dev libfmt-dev libsodium-dev zlib1g-dev
    # The clinic server back end: tests start a throwaway PostgreSQL 15 cluster of their own
    postgresql-15 postgresql-client-15
    # Tests and benchmarks
    libgtest-dev libgmock-dev googletest libbenchmark-dev hyperfine time
    # Headless GUI runs, screenshots and printed output
    xvfb xauth xfonts-base fonts-dejavu-core poppler-utils imagemagick unzip
    # Calendar export checks in later tests
    python3-icalendar
    # The FHIR export's tests validate with npm packages (scripts/fhir-validator.sh: node 20.19
    # or later, with its own npm; the machines we build on have it, Debian 12's own is older)
    nodejs
    # Installation checks: the desktop entry, the AppStream metainfo, the .deb (check-package.sh)
    desktop-file-utils appstream lintian dpkg-dev
)

check_only=false
case "${1:-}" in
    --check) check_only=true ;;
    "") ;;
    -h|--help)
        sed -n '2,9p' "$0" | sed 's/^# \{0,1\}//'
        exit 0 ;;
    *) echo "install-deps.sh: unknown option '$1' (try --help)" >&2; exit 2 ;;
esac

if ! command -v dpkg-query >/dev/null 2>&1; then
    echo "install-deps.sh: dpkg-query not found; this script supports Debian 12 (bookworm) only." >&2
    exit 1
fi

# One dpkg-query call reports the status of every package (a multi-arch package may print one
# line per architecture); a package dpkg has never heard of prints nothing and counts as missing.
declare -A installed=()
while read -r name _want ok state; do
    if [[ "$ok $state" == "ok installed" ]]; then
        installed["$name"]=1
    fi
done < <(dpkg-query -W -f='${Package} ${Status}\n' "${PACKAGES[@]}" 2>/dev/null || true)

missing=()
for package in "${PACKAGES[@]}"; do
    [[ -n "${installed[$package]:-}" ]] || missing+=("$package")
done

if ((${#missing[@]} == 0)); then
    exit 0
fi

echo "install-deps.sh: missing Debian packages: ${missing[*]}" >&2
if $check_only; then
    exit 1
fi

if ((EUID == 0)); then
    as_root=()
elif command -v sudo >/dev/null 2>&1; then
    # Without a terminal sudo cannot ask for a password; fail at once instead of hanging.
    if [[ -t 0 ]]; then as_root=(sudo); else as_root=(sudo -n); fi
else
    echo "install-deps.sh: installing packages needs root, and sudo is not installed." >&2
    echo "Run this script as root, or install as root: apt-get install ${missing[*]}" >&2
    exit 1
fi

# sudo resets the environment, so DEBIAN_FRONTEND goes through env.
apt_options=(-o DPkg::Lock::Timeout=300)
"${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get "${apt_options[@]}" update
"${as_root[@]}" env DEBIAN_FRONTEND=noninteractive \
    apt-get "${apt_options[@]}" install -y --no-install-recommends "${missing[@]}"
echo "install-deps.sh: installed ${missing[*]}" >&2
