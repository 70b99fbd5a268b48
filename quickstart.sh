#!/usr/bin/env bash
# Installs what SalesPlan needs if it is missing (GSL, the GNU Scientific Library, GLPK, the GNU
# Linear Programming Kit, and pkg-config), builds it, and writes the whole plan report of the bundled default scenario.
# The report lands in reports/acme-fy2027/<timestamp>/index.html. Extra arguments go to `salesplan run`.
set -euo pipefail
cd "$(dirname "$0")"

if ! pkg-config --exists gsl 2>/dev/null || [ ! -f /usr/include/glpk.h ]; then
  echo "Installing libgsl-dev, libglpk-dev and pkg-config (needs apt-get)..." >&2
  sudo=""
  if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
  $sudo apt-get update
  $sudo apt-get install -y libgsl-dev libglpk-dev pkg-config
fi

# The Swift runtime and Foundation linked into the binary: faster start-up, runs without a
# toolchain. The build's output is shown only if it fails: linking Foundation statically makes
# the linker warn about Foundation's own use of mktemp, which is noise to someone trying the tool.
echo "Building salesplan (release; about a minute the first time)..." >&2
build_log=$(mktemp)
if ! swift build -c release --product salesplan --static-swift-stdlib >"$build_log" 2>&1; then
  cat "$build_log" >&2
  rm -f "$build_log"
  exit 1
fi
rm -f "$build_log"
exec .build/release/salesplan run scenarios/acme-fy2027/scenario.yaml "$@"
