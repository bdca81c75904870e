import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { join } from 'node:path';

/** The playground's files and their types: nothing else is served (no paths from the request reach the disk). */
const files: Record<string, string> = {
    '/': 'index.html',
    '/index.html': 'index.html',
    '/playground.js': 'playground.js',
    '/playground.css': 'playground.css'
};
const types: Record<string, string> = { html: 'text/html; charset=utf-8', js: 'text/javascript; charset=utf-8', css: 'text/css; charset=utf-8' };

/**
 * Serves out/playground on 127.0.0.1 only. A request whose Host is not this address (a web
 * page that re-binds its DNS name to 127.0.0.1) gets 403: the page holds nothing secret, but
 * a loopback server answers only its own address.
 */
export function servePlayground(folder: string, port: number): Promise<Server> {
    const server = createServer((request, response) => {
        const address = server.address();
        const ownPort = typeof address === 'object' && address ? address.port : port;
        const host = request.headers.host ?? '';
        if (host !== `127.0.0.1:${ownPort}` && host !== `localhost:${ownPort}`) {
            response.writeHead(403, { 'content-type': 'text/plain; charset=utf-8' }).end('cop playground answers only at 127.0.0.1.\n');
            return;
        }
        const path = (request.url ?? '/').split(/[?#]/)[0]!;
        const file = files[path];
        if ((request.method !== 'GET' && request.method !== 'HEAD') || !file) {
            response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found.\n');
            return;
        }
        let body: Buffer;
        try {
            body = readFileSync(join(folder, file));
        } catch {
            response.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' }).end('The playground is not built (npm run build).\n');
            return;
        }
        response.writeHead(200, {
            'content-type': types[file.split('.').pop()!]!,
            'x-content-type-options': 'nosniff',
            'cache-control': 'no-cache',
            'referrer-policy': 'no-referrer'
        });
        response.end(request.method === 'HEAD' ? undefined : body);
    });
    return new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(port, '127.0.0.1', () => {
            server.off('error', reject);
            resolve(server);
        });
    });
}
