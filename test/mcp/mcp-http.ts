import type { ChildProcess } from 'node:child_process';
import { spawn } from 'node:child_process';
import { request } from 'node:http';
import { cliPath } from '../helpers/cli.js';

export interface HttpServer {
    readonly port: number;
    readonly url: string;
    readonly child: ChildProcess;
    stop(): Promise<void>;
}

/** `cop mcp --http 0` as a process; resolves once it prints the address it serves. */
export function startHttp(cwd: string): Promise<HttpServer> {
    return new Promise((resolve, reject) => {
        const child = spawn(process.execPath, [cliPath, 'mcp', '--http', '0'], { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
        let stderr = '';
        const timer = setTimeout(() => {
            child.kill();
            reject(new Error(`cop mcp --http did not start: ${stderr}`));
        }, 30_000);
        child.on('error', reject);
        child.stderr.on('data', chunk => {
            stderr += chunk;
            const match = /http:\/\/127\.0\.0\.1:(\d+)\/mcp/.exec(stderr);
            if (!match) return;
            clearTimeout(timer);
            const port = Number(match[1]);
            resolve({
                port,
                url: match[0],
                child,
                stop: () =>
                    new Promise(done => {
                        if (child.exitCode !== null) return done();
                        child.once('exit', () => done());
                        child.kill('SIGTERM');
                    })
            });
        });
        child.on('exit', code => reject(new Error(`cop mcp --http exited with ${code}: ${stderr}`)));
    });
}

/** A raw HTTP request with any headers (Host included, which fetch does not let one set). */
export function rawRequest(
    port: number,
    options: { method?: string; path?: string; headers?: Record<string, string>; body?: string | Buffer }
): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: string }> {
    return new Promise((resolve, reject) => {
        const req = request({ host: '127.0.0.1', port, method: options.method ?? 'POST', path: options.path ?? '/mcp', headers: options.headers }, res => {
            let body = '';
            res.setEncoding('utf8');
            res.on('data', chunk => {
                body += chunk;
            });
            res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
        });
        req.on('error', reject);
        req.end(options.body);
    });
}

export const initializeBody = JSON.stringify({
    jsonrpc: '2.0',
    id: 1,
    method: 'initialize',
    params: { protocolVersion: '2025-11-25', capabilities: {}, clientInfo: { name: 'raw', version: '1' } }
});
