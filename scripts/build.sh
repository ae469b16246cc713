#!/bin/sh
# scripts/build.sh — installs missing dependencies, configures (once) and builds minicc.
# The build directory is $MINICC_BUILD_DIR, default build/ at the top of the repository.
set -eu

root=$(cd "$(dirname "$0")/.." && pwd)
build=${MINICC_BUILD_DIR:-$root/build}

"$root/scripts/install-deps.sh"
if [ ! -f "$build/build.ninja" ]; then
  cmake -S "$root" -B "$build" -G Ninja >/dev/null
fi
ninja -C "$build" -j "${MINICC_JOBS:-2}"
