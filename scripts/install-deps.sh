#!/bin/sh
# scripts/install-deps.sh — installs the Debian packages minicc needs to build and test, and only
# those that are missing (silent when everything is there). Uses sudo when not run as root.
set -eu

packages="gcc g++ cmake ninja-build re2c bison llvm-14-tools googletest libgtest-dev \
libgmock-dev valgrind tcc chibicc python3 make csmith libcsmith-dev"

missing=""
for package in $packages; do
  status=$(dpkg-query -W -f='${Status}' "$package" 2>/dev/null || true)
  case "$status" in
    *"install ok installed"*) ;;
    *) missing="$missing $package" ;;
  esac
done
[ -z "$missing" ] && exit 0

if [ "$(id -u)" -eq 0 ]; then
  as_root=""
elif command -v sudo >/dev/null 2>&1; then
  as_root="sudo"
else
  echo "install-deps: missing packages:$missing (run as root or install sudo)" >&2
  exit 1
fi
echo "install-deps: installing$missing"
$as_root apt-get update -qq
# shellcheck disable=SC2086 # the package list is meant to split
DEBIAN_FRONTEND=noninteractive $as_root apt-get install -y -qq --no-install-recommends $missing
