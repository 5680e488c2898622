#!/usr/bin/env bash
# Checks NeedleChart's installation the way a Debian desktop meets it: installs the default
# build into a staging folder (cmake --install) and validates the desktop entry and AppStream
# metainfo there, makes the .deb (cpack), runs lintian on it (no errors allowed), installs it
# with apt, runs `needlechart --version` from /usr/bin and removes the package again.
# Run by scripts/test.sh after the default preset's tests; needs root (or sudo) for apt.
#
#   scripts/check-package.sh [BUILD_DIR]     default: build/default
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
build_dir="${1:-build/default}"
package_dir="$build_dir/package"
stage="$package_dir/stage"
id=org.needlechart.NeedleChart

as_root() { if [[ $EUID -eq 0 ]]; then "$@"; else sudo "$@"; fi; }

rm -rf "$package_dir"
mkdir -p "$stage"
echo "== install into a staging folder"
DESTDIR="$PWD/$stage" cmake --install "$build_dir" --prefix /usr > "$package_dir/install.log"
for file in usr/bin/needlechart "usr/share/applications/$id.desktop" \
    "usr/share/metainfo/$id.metainfo.xml" "usr/share/icons/hicolor/scalable/apps/$id.svg" \
    "usr/share/icons/hicolor/48x48/apps/$id.png" usr/share/man/man1/needlechart.1.gz \
    usr/share/needlechart/translations/needlechart_de.qm usr/share/doc/needlechart/copyright; do
    [[ -f "$stage/$file" ]] || { echo "check-package: $file was not installed" >&2; exit 1; }
done
desktop-file-validate "$stage/usr/share/applications/$id.desktop"
appstreamcli validate --no-net --explain "$stage/usr/share/metainfo/$id.metainfo.xml"

echo "== make the Debian package"
(cd "$package_dir" && cpack --config "$PWD/../CPackConfig.cmake" -B "$PWD" > cpack.log) || {
    cat "$package_dir/cpack.log" >&2; exit 1; }
deb=$(ls "$package_dir"/needlechart_*.deb)
dpkg-deb --field "$deb" Package Version Depends Recommends
echo "== lintian"
# Errors fail the check; warnings are printed for whoever packages next.
status=0
report=$(lintian --fail-on error --tag-display-limit 0 "$deb" 2>&1) || status=$?
grep -v "running with root privileges" <<< "$report" || true
[[ $status -eq 0 ]] || { echo "check-package: lintian found errors" >&2; exit 1; }

echo "== install the package and run it"
as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q "$PWD/$deb" > "$package_dir/apt.log"
version=$(env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM /usr/bin/needlechart --version)
echo "$version"
expected=$(dpkg-deb --field "$deb" Version)
as_root env DEBIAN_FRONTEND=noninteractive apt-get remove -y -q needlechart > /dev/null
[[ "$version" == *"$expected"* ]] || {
    echo "check-package: installed needlechart says '$version', expected $expected" >&2; exit 1; }
echo "package check passed: $(basename "$deb")"
