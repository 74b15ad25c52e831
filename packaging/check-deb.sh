#!/usr/bin/env bash
# Build the Debian package into a temporary directory and check what it holds.
# Usage: check-deb.sh BUILD_DIR CPACK_COMMAND
set -euo pipefail

if [ "$#" -ne 2 ]; then
  echo "usage: $0 BUILD_DIR CPACK_COMMAND" >&2
  exit 2
fi
build_dir=$1
cpack=$2
app_id=se.verkstan.Verkstan

fail() {
  echo "package_deb: FAIL: $*" >&2
  exit 1
}

command -v dpkg-deb >/dev/null 2>&1 || fail "dpkg-deb not found (install dpkg-dev: packaging/install-deps.sh)"
command -v dpkg-shlibdeps >/dev/null 2>&1 || fail "dpkg-shlibdeps not found (install dpkg-dev: packaging/install-deps.sh)"
[ -f "$build_dir/CPackConfig.cmake" ] || fail "no CPackConfig.cmake in $build_dir"

out_dir=$(mktemp -d "${TMPDIR:-/tmp}/verkstan-deb.XXXXXX")
trap 'rm -rf "$out_dir"' EXIT

cd "$build_dir"
if ! "$cpack" -G DEB -B "$out_dir" --config "$build_dir/CPackConfig.cmake" >"$out_dir/cpack.log" 2>&1; then
  cat "$out_dir/cpack.log" >&2
  fail "cpack -G DEB failed (log above)"
fi

shopt -s nullglob
debs=("$out_dir"/*.deb)
[ "${#debs[@]}" -eq 1 ] || { cat "$out_dir/cpack.log" >&2; fail "expected one .deb in $out_dir, found ${#debs[@]}"; }
deb=${debs[0]}
echo "package_deb: built $(basename "$deb") ($(du -k "$deb" | cut -f1) KiB)"

# Paths are field 6 of 'dpkg-deb -c' (tar tv) output.
contents=$(dpkg-deb -c "$deb" | awk '{print $6}')
missing=0
for path in \
    ./usr/bin/verkstan \
    ./usr/bin/verkstan-cli \
    ./usr/share/applications/$app_id.desktop \
    ./usr/share/metainfo/$app_id.metainfo.xml \
    ./usr/share/icons/hicolor/256x256/apps/$app_id.png \
    ./usr/share/icons/hicolor/scalable/apps/$app_id.svg; do
  if ! grep -qxF "$path" <<<"$contents"; then
    echo "package_deb: missing from package: $path" >&2
    missing=1
  fi
done
if [ "$missing" -ne 0 ]; then
  echo "package_deb: package contents:" >&2
  echo "$contents" >&2
  fail "package lacks required files"
fi

for field in Package Version Architecture Maintainer Section; do
  [ -n "$(dpkg-deb -f "$deb" "$field")" ] || fail "control field $field is empty"
done
[ "$(dpkg-deb -f "$deb" Package)" = verkstan ] || fail "Package is not 'verkstan'"

depends=$(dpkg-deb -f "$deb" Depends)
echo "package_deb: Depends: $depends"
# Split into package names: 'a (>= 1), b | c' -> one name per line.
dep_names=$(sed -e 's/([^)]*)//g' -e 's/^ *//' -e 's/ *$//' <<<"${depends//[,|]/$'\n'}")
grep -qxF libqt6sql6-sqlite <<<"$dep_names" \
  || fail "Depends lacks libqt6sql6-sqlite (the Qt SQLite driver plugin)"
grep -Ev '^libqt6sql6-sqlite$' <<<"$dep_names" | grep -q '^libqt6' \
  || fail "Depends names no Qt 6 library besides the SQLite plugin (did dpkg-shlibdeps run?)"

echo "package_deb: OK"
