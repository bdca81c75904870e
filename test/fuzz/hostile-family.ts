import type { LspClient } from '../helpers/lsp-client.js';
import type { Random } from '../helpers/prng.js';

/**
 * One hostile input: a plan (text, or raw bytes that need not be UTF-8) and the files beside
 * it (actuals CSVs, catalogs). `knownError` says the input certainly contains an error by the
 * language contract: then the server must publish at least one error diagnostic for it, and
 * `cop check` must report one and exit non-zero (a false "clean" otherwise).
 */
export interface HostileCase {
    label: string;
    plan: string | Uint8Array;
    files?: Record<string, string | Uint8Array>;
    knownError: boolean;
}

/** A family of hostile files, each case checked by the server and by `cop check`. */
export interface InputFamily {
    readonly name: string;
    readonly kind: 'input';
    make(random: Random, base: string): HostileCase;
}

/** What a session family may do with the one server session, every request timed. */
export interface SessionContext {
    readonly client: LspClient;
    /** Awaits an answer (result or JSON-RPC error) within the answer bound; undefined and a failure otherwise. */
    answered<T>(what: string, request: Promise<T>): Promise<{ result?: T; error?: { code?: number; message?: string } } | undefined>;
    fail(what: string): void;
    /** Counts the hostile messages the family sent (they are the run's inputs). */
    count(inputs: number): void;
    /** A uri of its own for the session's documents. */
    uri(name: string): string;
}

/** A family that misuses the protocol or floods the session, rather than writing files. */
export interface SessionFamily {
    readonly name: string;
    readonly kind: 'session';
    run(context: SessionContext, random: Random, base: string): Promise<void>;
}

export type HostileFamily = InputFamily | SessionFamily;

/** Inserts `piece` at the start of a random non-blank line, after its indentation: outside strings and comments in a well-formed plan. */
export function atLineStart(text: string, piece: string, random: Random): string {
    const lines = text.split('\n');
    const candidates = lines.map((line, i) => ({ line, i })).filter(({ line }) => line.trim() && !line.trim().startsWith('//'));
    const { line, i } = random.pick(candidates);
    const indent = /^\s*/.exec(line)![0];
    lines[i] = indent + piece + line.slice(indent.length);
    return lines.join('\n');
}

/** Inserts `piece` inside a random string literal of the plan (or at its end when it has none). */
export function insideString(text: string, piece: string, random: Random): string {
    const strings = [...text.matchAll(/"[^"\n\\]{2,}"/g)];
    if (strings.length === 0) return text + piece;
    const match = random.pick(strings);
    const at = match.index! + 1 + random.int(match[0].length - 2);
    return text.slice(0, at) + piece + text.slice(at);
}
