#!/bin/sh
# Builds the packaging bench's real trees, reproducibly, outside git:
#   DIR/node    npm ci --ignore-scripts of bench/trees/node (popular server-side packages, committed lock file)
#   DIR/python  python/ with the files Debian's python3-numpy, -scipy and -pandas put in /usr/lib/python3/dist-packages
# and installs Info-ZIP's zip/unzip when missing. apt-get needs root (it is skipped with a note otherwise).
# Usage: sh bench/trees/setup.sh [DIR]   (default: $BENCH_TREES or ~/.cache/lambda-explorer-bench/trees)
set -eu
here=$(cd "$(dirname "$0")" && pwd)
dir=${1:-${BENCH_TREES:-$HOME/.cache/lambda-explorer-bench/trees}}
mkdir -p "$dir"

PY_PACKAGES="python3-numpy python3-scipy python3-pandas python3-pandas-lib"

missing=""
command -v zip >/dev/null 2>&1 || missing="$missing zip"
command -v unzip >/dev/null 2>&1 || missing="$missing unzip"
for p in $PY_PACKAGES; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
done
if [ -n "$missing" ]; then
  if [ "$(id -u)" = 0 ]; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $missing >/dev/null
  else
    echo "missing (install as root): $missing" >&2
  fi
fi

# Node: rebuilt when the lock file changed.
if ! cmp -s "$here/node/package-lock.json" "$dir/node/package-lock.json" 2>/dev/null || [ ! -d "$dir/node/node_modules" ]; then
  rm -rf "$dir/node"
  mkdir -p "$dir/node"
  cp "$here/node/package.json" "$here/node/package-lock.json" "$dir/node/"
  (cd "$dir/node" && npm ci --ignore-scripts --no-audit --no-fund --loglevel=error >/dev/null)
fi

# Python: a layer folder with python/ at the top, as Lambda expects.
if [ ! -d "$dir/python/python" ]; then
  rm -rf "$dir/python.tmp"
  mkdir -p "$dir/python.tmp"
  mkdir -p "$dir/python.tmp/python"
  site=/usr/lib/python3/dist-packages
  # shellcheck disable=SC2086
  dpkg -L $PY_PACKAGES | grep "^$site/" | while read -r f; do
    if [ -f "$f" ]; then echo "${f#"$site"/}"; fi
  done | sort -u >"$dir/python.list"
  # -h: Debian links some files to /usr/share; the tree gets their content.
  tar -C "$site" -chf - -T "$dir/python.list" | tar -C "$dir/python.tmp/python" -xf -
  mv "$dir/python.tmp" "$dir/python"
fi
echo "$dir"
