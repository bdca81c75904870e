import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parseArgs } from 'node:util';
import { PLAYGROUND_MAX_BYTES, tooLargeMessage } from '../../playground/plan-limits.js';
import { CliError } from '../cli-error.js';
import { displayPath } from '../display-path.js';
import { readPlanFile } from '../plan-workspace.js';
import type { CommandContext } from './command.js';
import { playgroundHash } from './playground-link.js';
import { servePlayground } from './playground-server.js';

export const playgroundHelp = `Usage: cop playground [options] [PLAN]

Serves the playground (an editor with the checks, completion and the live Value Matrix
and Impact preview, all in the browser) on 127.0.0.1 and opens it in the browser, with
PLAN in it if given. The page needs no server: out/playground/index.html also works
opened as a file. Stop with Ctrl+C.

The browser is opened only when there is one to open: not in CI (CI is set) and, on
Linux, only with a display (DISPLAY or WAYLAND_DISPLAY). The address is always printed.

Options:
  --port N     the port to listen on (default: any free port)
  --no-open    print the address, do not open the browser
  -h, --help   show this help

Examples:
  cop playground
  cop playground plans/support.cop --port 8080

Exit codes: 0 stopped, 2 usage or file problems (a plan that cannot be read or is over
${PLAYGROUND_MAX_BYTES / 1024} KB, a port in use).`;

export async function runPlayground(args: string[], context: CommandContext): Promise<number> {
    const { values, positionals } = parseArgs({
        args,
        allowPositionals: true,
        options: {
            port: { type: 'string', default: '0' },
            'no-open': { type: 'boolean', default: false },
            help: { type: 'boolean', short: 'h', default: false }
        }
    });
    if (values.help) {
        context.out(playgroundHelp + '\n');
        return 0;
    }
    if (positionals.length > 1) throw new CliError('cop playground: give one plan at most. Run `cop playground --help`.');
    const port = Number(values.port);
    if (!Number.isInteger(port) || port < 0 || port > 65535)
        throw new CliError(`cop playground: --port must be a number from 0 to 65535, not "${values.port}".`);
    const folder = join(__dirname, 'playground');
    if (!existsSync(join(folder, 'index.html')))
        throw new CliError('cop playground: the playground is not built (out/playground/ is missing). Run `npm run build`.');

    let hash = '';
    const plan = positionals[0];
    if (plan !== undefined) {
        const text = readPlanFile(plan);
        const bytes = Buffer.byteLength(text, 'utf8');
        if (bytes > PLAYGROUND_MAX_BYTES) throw new CliError(`${displayPath(plan)}: ${tooLargeMessage(bytes)}`);
        hash = playgroundHash(basename(plan), text);
    }

    const server = await servePlayground(folder, port).catch((error: NodeJS.ErrnoException) => {
        throw new CliError(
            error.code === 'EADDRINUSE'
                ? `cop playground: port ${port} is in use. Choose another with --port, or leave it out for any free port.`
                : `cop playground: cannot listen on 127.0.0.1:${port}: ${error.message}`
        );
    });
    const address = server.address();
    const url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : port}/${hash}`;
    context.out(`The playground is at ${url}\nPress Ctrl+C to stop.\n`);
    if (!values['no-open'] && canOpenBrowser(context.env)) openBrowser(url);

    return new Promise(resolve => {
        const stop = () => server.close(() => resolve(0));
        process.once('SIGINT', stop);
        process.once('SIGTERM', stop);
    });
}

/** Not in CI, and on Linux and the BSDs only with a display to show a browser on. */
export function canOpenBrowser(env: NodeJS.ProcessEnv, platform: NodeJS.Platform = process.platform): boolean {
    if (env.CI) return false;
    if (platform === 'darwin' || platform === 'win32') return true;
    return Boolean(env.DISPLAY || env.WAYLAND_DISPLAY);
}

/** The system's way to open a URL; a failure to open leaves the printed address to use. */
function openBrowser(url: string): void {
    const [command, ...args] =
        process.platform === 'darwin' ? ['open', url] : process.platform === 'win32' ? ['rundll32', 'url.dll,FileProtocolHandler', url] : ['xdg-open', url];
    const child = spawn(command!, args, { stdio: 'ignore', detached: true });
    child.on('error', () => undefined);
    child.unref();
}
