import './monaco-features.js';
import './page.css';
import * as monaco from 'monaco-editor/editor/editor.api.js';
import editorWorkerSource from 'playground:editor-worker';
import examples from 'playground:examples';
import serverSource from 'playground:server-worker';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import type { ViewModelChangedParams, ViewModelParams, ViewModelResult } from '../language/lsp/view-model/view-model-protocol.js';
import { VIEW_MODEL_CHANGED_NOTIFICATION, VIEW_MODEL_REQUEST } from '../language/lsp/view-model/view-model-protocol.js';
import { PlaygroundLanguageClient } from './lsp/language-client.js';
import { registerCopProviders } from './lsp/monaco-providers.js';
import { copMonarch } from './monarch.js';
import { decodePlanLink, encodePlanLink } from './plan-link.js';
import { PLAYGROUND_MAX_BYTES, tooLargeMessage } from './plan-limits.js';
import { Preview } from './preview.js';
import { PLAYGROUND_ROOT, VirtualFiles } from './virtual-files.js';
import { problemSummary } from './problem-summary.js';

const DEFAULT_EXAMPLE = 'support-community/support-community.cop';

/**
 * Workers from blobs, not files: a page opened from file:// may not start a worker from a
 * file, and a module worker not at all. Both bundles are classic scripts (see
 * scripts/playground-build.mjs).
 */
function workerFrom(source: string, name: string): Worker {
    return new Worker(URL.createObjectURL(new Blob([source], { type: 'text/javascript' })), { name });
}

const editorWorker = URL.createObjectURL(new Blob([editorWorkerSource], { type: 'text/javascript' }));
self.MonacoEnvironment = { getWorker: () => new Worker(editorWorker, { name: 'editor' }) };

const element = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const status = element<HTMLParagraphElement>('status');
const picker = element<HTMLSelectElement>('example');
const preview = new Preview(element<HTMLIFrameElement>('preview'));

/** A problem with the link itself (cut short, too large): stays until the next link, unlike the status. */
function notice(message: string): void {
    const element = document.getElementById('notice')!;
    element.textContent = message;
    element.hidden = false;
}

function say(message: string, kind: 'info' | 'problem' = 'info'): void {
    status.textContent = message;
    status.dataset.kind = kind;
}

async function main(): Promise<void> {
    monaco.languages.register({ id: 'cop', extensions: ['.cop'], aliases: ['CoP plan'] });
    monaco.languages.setMonarchTokensProvider('cop', copMonarch);
    monaco.languages.setLanguageConfiguration('cop', {
        comments: { lineComment: '//', blockComment: ['/*', '*/'] },
        brackets: [
            ['{', '}'],
            ['(', ')']
        ],
        autoClosingPairs: [
            { open: '{', close: '}' },
            { open: '(', close: ')' },
            { open: '"', close: '"', notIn: ['string', 'comment'] }
        ]
    });

    const server = workerFrom(serverSource, 'cop-language-server');
    // A checker that failed (out of memory on a pathological paste, say) is said, not silent.
    server.addEventListener('error', event =>
        say(`The checker stopped (${event.message || 'an error in its worker'}). Download your plan, then reload the page.`, 'problem')
    );
    const client = new PlaygroundLanguageClient(server, new VirtualFiles(examples));
    await client.start();

    let file = DEFAULT_EXAMPLE;
    let text = examples[DEFAULT_EXAMPLE] ?? '';
    let fromLink = false;
    try {
        const shared = await decodePlanLink(location.hash);
        if (shared) ({ file, text } = shared);
        fromLink = shared !== undefined;
    } catch (error) {
        notice(`${(error as Error).message} The example plan is open instead.`);
    }

    const editor = monaco.editor.create(element('editor'), {
        automaticLayout: true,
        minimap: { enabled: false },
        fixedOverflowWidgets: true,
        wordBasedSuggestions: 'off',
        tabSize: 4,
        insertSpaces: true,
        ariaLabel: 'Plan editor (.cop)'
    });
    const uriOf = (path: string) => PLAYGROUND_ROOT + path;
    const onDiagnostics = (uri: string, diagnostics: readonly Diagnostic[]) => {
        if (uri !== uriOf(file)) return;
        say(problemSummary(diagnostics), diagnostics.some(d => d.severity === 1) ? 'problem' : 'info');
        document.body.dataset.diagnostics = String(diagnostics.length);
    };
    registerCopProviders(monaco, client, onDiagnostics);

    const refreshPreview = async () => {
        const uri = uriOf(file);
        const params: ViewModelParams = { uri };
        const model = await client.request<ViewModelResult>(VIEW_MODEL_REQUEST, params).catch(() => null);
        if (model && uri === uriOf(file)) preview.show(model, file);
    };
    client.onNotification<ViewModelChangedParams>(VIEW_MODEL_CHANGED_NOTIFICATION, params => {
        if (params.uri === uriOf(file)) void refreshPreview();
    });

    let linkTimer: ReturnType<typeof setTimeout> | undefined;
    const keepLink = () => {
        if (linkTimer) clearTimeout(linkTimer);
        linkTimer = setTimeout(async () => {
            const current = editor.getValue();
            if (byteLength(current) > PLAYGROUND_MAX_BYTES) return;
            history.replaceState(null, '', await encodePlanLink({ file, text: current }));
        }, 400);
    };

    const open = (path: string, content: string) => {
        editor.getModel()?.dispose();
        file = path;
        const model = monaco.editor.createModel(content, 'cop', monaco.Uri.parse(uriOf(path)));
        // The server hears of the plan before monaco asks anything about it (quick fixes at once).
        if (checkSize(content)) {
            client.open(uriOf(path), content);
            void refreshPreview();
        }
        editor.setModel(model);
        model.onDidChangeContent(() => {
            const current = model.getValue();
            keepLink();
            if (!checkSize(current)) return;
            if (client.version(uriOf(path)) === undefined) {
                client.open(uriOf(path), current);
                void refreshPreview();
            } else {
                client.change(uriOf(path), current);
            }
        });
    };

    for (const path of Object.keys(examples)
        .filter(name => name.endsWith('.cop'))
        .sort()) {
        picker.add(new Option(path, path, false, !fromLink && path === file));
    }
    // The plan of a link may be an example as someone edited it: listed apart from the example.
    if (fromLink) picker.add(new Option(`${file} (from the link)`, '', false, true), 0);
    picker.addEventListener('change', () => {
        if (!(picker.value in examples)) return;
        client.close(uriOf(file));
        open(picker.value, examples[picker.value]!);
        keepLink();
    });

    element('format').addEventListener('click', () => void editor.getAction('editor.action.formatDocument')?.run());
    element('download').addEventListener('click', () => download(file, editor.getValue()));
    element('copy-link').addEventListener('click', async () => {
        await encodePlanLink({ file, text: editor.getValue() }).then(hash => history.replaceState(null, '', hash));
        try {
            await navigator.clipboard.writeText(location.href);
            say('The link to this plan is copied: whoever opens it sees this text.');
        } catch {
            say('The link to this plan is in the address bar: copy it from there.');
        }
    });

    open(file, text);
    document.body.dataset.ready = 'true';
}

/** Plans over the limit are not sent to the server: the editor keeps them, the status says why. */
function checkSize(text: string): boolean {
    const bytes = byteLength(text);
    if (bytes <= PLAYGROUND_MAX_BYTES) return true;
    say(tooLargeMessage(bytes), 'problem');
    return false;
}

function byteLength(text: string): number {
    return new TextEncoder().encode(text).length;
}

function download(file: string, text: string): void {
    const link = document.createElement('a');
    link.href = URL.createObjectURL(new Blob([text], { type: 'text/plain' }));
    link.download = file.split('/').pop() ?? 'plan.cop';
    link.click();
    setTimeout(() => URL.revokeObjectURL(link.href), 1000);
}

main().catch(error => say(`The playground could not start: ${(error as Error).message}`, 'problem'));
