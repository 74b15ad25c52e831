#!/usr/bin/env bash
# Install the Debian (bookworm) packages needed to build, test and package Verkstan.
# Idempotent: packages already installed are left alone, and 'apt-get update' runs
# only when something is missing. Uses sudo only when not root and sudo exists.
set -euo pipefail

PACKAGES=(
  # toolchain
  build-essential cmake ninja-build pkg-config lld ccache
  # Qt 6
  qt6-base-dev qt6-base-dev-tools qt6-charts-dev qt6-svg-dev
  libqt6sql6-sqlite libqt6sql6-psql
  qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
  libqt6opengl6-dev libgl1-mesa-dev libvulkan-dev
  # storage
  libsqlite3-dev sqlite3
  # tests: PDF checks, headless GUI, iCalendar checks, fonts for rendering (the tests
  # fail without poppler-utils, python3-icalendar and sqlite3 unless VERKSTAN_TEST_WITHOUT
  # names them; see README)
  poppler-utils xvfb xauth python3 python3-icalendar fonts-dejavu-core
  # fuzzing (.ci/run-fuzzers): clang with libFuzzer, AddressSanitizer and UBSan
  clang libfuzzer-14-dev libclang-rt-14-dev
  # packaging: cpack -G DEB with dpkg-shlibdeps
  dpkg-dev file
)

if ! command -v dpkg-query >/dev/null 2>&1 || ! command -v apt-get >/dev/null 2>&1; then
  echo "install-deps.sh: this script needs a Debian-based system (dpkg-query and apt-get)" >&2
  exit 1
fi

SUDO=()
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then
    SUDO=(sudo)
  else
    echo "install-deps.sh: not root and sudo is not available; install as root instead" >&2
    exit 1
  fi
fi

missing=()
for pkg in "${PACKAGES[@]}"; do
  status="$(dpkg-query -W -f='${db:Status-Status}' "$pkg" 2>/dev/null || true)"
  if [ "$status" != "installed" ]; then
    missing+=("$pkg")
  fi
done

if [ "${#missing[@]}" -eq 0 ]; then
  echo "install-deps.sh: all ${#PACKAGES[@]} packages are already installed"
  exit 0
fi

echo "install-deps.sh: installing ${#missing[@]} package(s): ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
"${SUDO[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update
"${SUDO[@]}" env DEBIAN_FRONTEND=noninteractive \
  apt-get install -y --no-install-recommends "${missing[@]}"
echo "install-deps.sh: done"
