import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { cpSync, createWriteStream, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { e2eToolchain } from './toolchain.js';

/** A port nobody listens on right now, from the kernel. */
export function freePort(): Promise<number> {
    return new Promise((resolvePort, reject) => {
        const server = createServer();
        server.unref();
        server.on('error', reject);
        server.listen(0, '127.0.0.1', () => {
            const address = server.address();
            server.close(() => (typeof address === 'object' && address ? resolvePort(address.port) : reject(new Error('no port'))));
        });
    });
}

export interface CodeServerOptions {
    /** A fresh folder for user data, extensions, config and logs. */
    root: string;
    /** The folder opened in the workbench. */
    workspace: string;
    /** User settings (merged over the ones every run needs). */
    settings?: Record<string, unknown>;
    /** Where code-server's output goes. */
    logFile: string;
}

/**
 * code-server (VS Code in the browser) on 127.0.0.1, isolated from the machine's own VS Code
 * state: its own user-data and extensions folders, a config file of its own (otherwise it
 * writes one with a password into the home folder), no auth, no telemetry, no update check,
 * and a gallery URL on a loopback port nobody serves, so the workbench asks nothing outside.
 * It runs in its own process group, so `stop()` ends it with every child it spawned (extension
 * host, our language server).
 */
export class CodeServer {
    private process: ChildProcess | undefined;
    // Backstops for a test run that ends without afterAll: on exit, and on Ctrl+C or a kill,
    // the group goes too (then the signal does what it would have done).
    private exitHandler = () => this.killGroup('SIGKILL');
    private signalHandler = (signal: NodeJS.Signals) => {
        this.killGroup('SIGKILL');
        this.removeBackstops();
        process.kill(process.pid, signal);
    };

    private removeBackstops(): void {
        process.off('exit', this.exitHandler);
        process.off('SIGINT', this.signalHandler);
        process.off('SIGTERM', this.signalHandler);
    }
    port = 0;

    private readonly userData: string;
    private readonly extensions: string;
    private readonly config: string;
    private readonly env: NodeJS.ProcessEnv;

    constructor(private readonly options: CodeServerOptions) {
        this.userData = join(options.root, 'user-data');
        this.extensions = join(options.root, 'extensions');
        this.config = join(options.root, 'config.yaml');
        mkdirSync(join(this.userData, 'User'), { recursive: true });
        mkdirSync(this.extensions, { recursive: true });
        writeFileSync(
            join(this.userData, 'User', 'settings.json'),
            JSON.stringify(
                {
                    'chat.disableAIFeatures': true,
                    'workbench.startupEditor': 'none',
                    'workbench.tips.enabled': false,
                    'workbench.enableExperiments': false,
                    'extensions.autoUpdate': false,
                    'extensions.autoCheckUpdates': false,
                    'extensions.ignoreRecommendations': true,
                    'telemetry.telemetryLevel': 'off',
                    'update.mode': 'none',
                    'security.workspace.trust.enabled': false,
                    'workbench.secondarySideBar.defaultVisibility': 'hidden',
                    // Completion only when asked (Ctrl+Space), and only from language servers: a list
                    // that pops up while typing, or made of the document's words, proves nothing.
                    'editor.quickSuggestions': { other: 'off', comments: 'off', strings: 'off' },
                    'editor.wordBasedSuggestions': 'off',
                    ...options.settings
                },
                null,
                2
            )
        );
        // Written before anything runs: without it code-server writes one, with a password.
        writeFileSync(this.config, 'auth: none\ncert: false\n');
        this.env = {
            ...process.env,
            XDG_CONFIG_HOME: join(options.root, 'xdg-config'),
            XDG_DATA_HOME: join(options.root, 'xdg-data'),
            XDG_CACHE_HOME: join(options.root, 'xdg-cache')
        };
    }

    private args(): string[] {
        return ['--config', this.config, '--user-data-dir', this.userData, '--extensions-dir', this.extensions];
    }

    /** Installs a .vsix the way a person would, with code-server's own CLI. */
    installExtension(vsix: string): string {
        const { node, codeServer } = e2eToolchain();
        const run = spawnSync(node, [codeServer, ...this.args(), '--install-extension', vsix], { env: this.env, encoding: 'utf8', timeout: 120_000 });
        const output = `${run.stdout}\n${run.stderr}`;
        if (run.status !== 0 || !/successfully installed/i.test(output)) {
            throw new Error(`code-server could not install ${vsix}:\n${output}`);
        }
        return output;
    }

    async start(): Promise<string> {
        const { node, codeServer } = e2eToolchain();
        this.port = await freePort();
        const galleryPort = await freePort();
        writeFileSync(this.config, `bind-addr: 127.0.0.1:${this.port}\nauth: none\ncert: false\n`);
        const gallery = `http://127.0.0.1:${galleryPort}`;
        const log = createWriteStream(this.options.logFile);
        this.process = spawn(
            node,
            [
                codeServer,
                ...this.args(),
                '--bind-addr',
                `127.0.0.1:${this.port}`,
                '--auth',
                'none',
                '--disable-telemetry',
                '--disable-update-check',
                '--disable-workspace-trust',
                '--disable-getting-started-override',
                // The last backstop, should this process die with SIGKILL: once Chromium is gone
                // too, code-server ends itself after this long with no client.
                '--idle-timeout-seconds',
                '300',
                this.options.workspace
            ],
            {
                env: {
                    ...this.env,
                    EXTENSIONS_GALLERY: JSON.stringify({
                        serviceUrl: `${gallery}/gallery`,
                        itemUrl: `${gallery}/item`,
                        resourceUrlTemplate: `${gallery}/resource`
                    })
                },
                detached: true,
                stdio: ['ignore', 'pipe', 'pipe']
            }
        );
        process.on('exit', this.exitHandler);
        process.once('SIGINT', this.signalHandler);
        process.once('SIGTERM', this.signalHandler);
        this.process.stdout!.pipe(log);
        this.process.stderr!.pipe(log);
        const url = `http://127.0.0.1:${this.port}`;
        await this.waitUntilHealthy(url);
        return url;
    }

    /** Polls /healthz until the server answers, or fails when the process dies first. */
    private async waitUntilHealthy(url: string, timeoutMs = 60_000): Promise<void> {
        const deadline = Date.now() + timeoutMs;
        let delay = 50;
        while (Date.now() < deadline) {
            if (this.process?.exitCode !== null || this.process?.signalCode !== null) {
                throw new Error(`code-server exited (${this.process?.exitCode ?? this.process?.signalCode}) before it answered; see ${this.options.logFile}`);
            }
            try {
                const response = await fetch(`${url}/healthz`);
                if (response.ok) return;
            } catch {
                // not listening yet
            }
            await new Promise(wake => setTimeout(wake, delay));
            delay = Math.min(delay * 2, 500);
        }
        throw new Error(`code-server did not answer on ${url} within ${timeoutMs} ms; see ${this.options.logFile}`);
    }

    /** Copies VS Code's own logs (extension host, our language client's output) for people to read. */
    saveLogs(into: string): void {
        const logs = join(this.userData, 'logs');
        if (existsSync(logs)) cpSync(logs, into, { recursive: true });
    }

    get pid(): number | undefined {
        return this.process?.pid;
    }

    private killGroup(signal: NodeJS.Signals): void {
        const pid = this.process?.pid;
        if (!pid) return;
        try {
            process.kill(-pid, signal);
        } catch {
            // the group is gone already
        }
    }

    /** Ends code-server and all its children: TERM to the group, KILL if it lingers. */
    async stop(): Promise<void> {
        const child = this.process;
        if (!child?.pid) return;
        const exited = child.exitCode !== null || child.signalCode !== null ? Promise.resolve() : new Promise<void>(done => child.once('exit', () => done()));
        this.killGroup('SIGTERM');
        const timer = new Promise<'timeout'>(done => setTimeout(() => done('timeout'), 5_000).unref());
        if ((await Promise.race([exited.then(() => 'exited' as const), timer])) === 'timeout') this.killGroup('SIGKILL');
        // Children that outlived the parent (extension host, language server) go too.
        this.killGroup('SIGKILL');
        this.removeBackstops();
        this.process = undefined;
    }
}
