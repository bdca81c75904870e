import type { RunMcpOptions } from './run-mcp.js';

/**
 * The entry of out/cli-mcp.js, the bundle `cop mcp` loads (scripts/build.mjs). Its modules
 * are initialised when first used, as in the CLI bundle: the language core loads zod
 * lazily (with the first catalog file), and the SDK's schemas, made from zod at load time,
 * must not run before it is initialised.
 */
export async function runMcp(options: RunMcpOptions): Promise<number> {
    const { runMcp: run } = await import('./run-mcp.js');
    return run(options);
}
