import { readFileSync, statSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import type { LangiumDocument } from 'langium';
import { URI } from 'langium';
import { NodeFileSystem } from 'langium/node';
import type { CopCoreServices } from '../language/cop-core-module.js';
import { createCopCoreServices } from '../language/cop-core-module.js';
import { DocumentPhaseError } from '../language/workspace/document-phase-error.js';
import type { PlanMentions } from '../language/workspace/plan-mentions.js';
import { planMentions, plansReached } from '../language/workspace/plan-mentions.js';
import type { PlanFile } from '../language/generated/ast.js';
import type { Day } from '../language/impact/dates.js';
import { MAX_PLAN_BYTES, megabytes } from '../language/parser/plan-size.js';
import { CliError, describeFileError } from './cli-error.js';
import { neighbourPlans, requirePlanExtension } from './plan-files.js';
import { firstInvalidUtf8Byte } from './plan-text.js';

export interface LoadedPlans {
    readonly services: CopCoreServices;
    /** The named plans, in the order given: the ones a command reports on. */
    readonly documents: LangiumDocument<PlanFile>[];
    /** Every file read: plans named or loaded for linking, their actuals and catalogs (what `-o` must never overwrite). */
    readonly inputs: readonly string[];
}

export interface LoadOptions {
    readonly asOf?: Day;
    /** Plans loaded only so that references to them resolve; not reported. */
    readonly neighbours?: readonly string[];
    readonly catalogs?: readonly string[];
    /** Texts of named files not read from disk (`cop check --stdin`). */
    readonly sources?: ReadonlyMap<string, string>;
    /** Where the language services come from (a test may add a check to them). */
    readonly createServices?: () => CopCoreServices;
    /** Run the checks (default); `cop diff` only needs the plans parsed and linked. */
    readonly validation?: boolean;
}

/** The language's services over Node's file system, as every command uses them. */
export function createNodeServices(): CopCoreServices {
    return createCopCoreServices(NodeFileSystem).Cop;
}

/**
 * Reads the given plan files into one Langium workspace, links them together (so
 * `Plan.Element` references resolve across files) and validates them.
 */
export async function loadPlans(files: readonly string[], options: LoadOptions = {}): Promise<LoadedPlans> {
    const services = (options.createServices ?? createNodeServices)();
    // `--catalog FILE`: the editor's `cop.catalogs` setting, relative to the current folder.
    services.catalog.Settings.useFolder(URI.file(process.cwd()));
    if (options.catalogs?.length) {
        services.shared.workspace.ConfigurationProvider.updateConfiguration({ settings: { cop: { catalogs: [...options.catalogs] } } });
    }
    // Statuses and stale data are judged as of this day (default: today).
    services.impact.AsOfDate.set(options.asOf);
    const factory = services.shared.workspace.LangiumDocumentFactory;
    const langiumDocuments = services.shared.workspace.LangiumDocuments;
    const documents: LangiumDocument<PlanFile>[] = [];
    const add = (file: string, text: string) => {
        const uri = URI.file(file);
        let document: LangiumDocument<PlanFile>;
        try {
            document = factory.fromString<PlanFile>(text, uri);
        } catch (error) {
            throw new DocumentPhaseError(uri.toString(), 'parsing it', error);
        }
        langiumDocuments.addDocument(document);
        return document;
    };
    const texts = files.map(file => options.sources?.get(file) ?? readPlanFile(file));
    files.forEach((file, index) => documents.push(add(file, texts[index])));
    // Plans loaded only so references to them resolve: one that cannot be read (binary,
    // too large, no permission) is left out rather than failing the command. Of those, only
    // the ones the named plans reach are parsed (plan-mentions.ts); the text of the others
    // is not kept (a folder of thousands of plans held them all).
    const lexer = services.parser.Lexer;
    const read: { file: string; mentions: PlanMentions }[] = [];
    for (const file of options.neighbours ?? []) {
        try {
            read.push({ file, mentions: planMentions(lexer, readPlanFile(file)) });
        } catch {
            // not a plan to link with
        }
    }
    // With no neighbours (a plan alone, or every plan named) the named plans are not
    // tokenised for nothing: that was 70 ms of `cop check` on 10,000 lines (a cold lexer).
    const reached =
        read.length === 0
            ? []
            : plansReached(
                  texts.map(text => planMentions(lexer, text)),
                  read.map(neighbour => neighbour.mentions)
              );
    const others: LangiumDocument<PlanFile>[] = [];
    for (const index of reached) {
        try {
            others.push(add(read[index].file, readPlanFile(read[index].file)));
        } catch {
            // gone or changed into something unreadable since it was read a moment ago
        }
    }
    // The neighbours are linked but not checked: their problems are not reported.
    const builder = services.shared.workspace.DocumentBuilder;
    await builder.build([...documents, ...others], { validation: false });
    if (options.validation ?? true) await builder.build(documents, { validation: true });
    const plans = [...files, ...read.map(neighbour => neighbour.file)].map(file => resolve(file));
    // The actuals and catalog files the plans read count as inputs too.
    const resources = services.workspace.PlanResources.filesRead()
        .filter(uri => uri.scheme === 'file')
        .map(uri => uri.fsPath);
    return { services, documents, inputs: [...plans, ...resources] };
}

/**
 * One plan named on the command line (export, report), loaded with the other plans of its
 * workspace (plan-files.ts: `workspaceRootOf`) so that its `Plan.Element` references resolve.
 */
export async function loadOnePlan(
    positionals: readonly string[],
    command: string,
    usage: string,
    options: LoadOptions & { root?: string } = {}
): Promise<LoadedPlans & { document: LangiumDocument<PlanFile> }> {
    if (positionals.length !== 1) {
        throw new CliError(
            positionals.length === 0
                ? `cop ${command}: name the plan file to ${command} (e.g. \`${usage}\`).`
                : `cop ${command}: name one plan file; give them one at a time.`
        );
    }
    const shown = positionals[0];
    const path = resolve(shown);
    let isFile: boolean;
    try {
        isFile = statSync(path).isFile();
    } catch (error) {
        throw describeFileError(shown, error);
    }
    if (!isFile) throw new CliError(`cop ${command}: ${shown} is a folder; name one plan file in it.`);
    requirePlanExtension(shown, command);
    const neighbours = neighbourPlans([path], options.root);
    const loaded = await loadPlans([path], { ...options, neighbours });
    return { ...loaded, document: loaded.documents[0] };
}

/**
 * The text of a plan file, refusing files too large, not UTF-8 (never decoded into U+FFFD,
 * which `cop fmt` would write back) or not text at all, with a plain message.
 */
export function readPlanFile(path: string): string {
    const file = relative(process.cwd(), path) || path;
    let bytes: Buffer;
    try {
        const size = statSync(path).size;
        if (size > MAX_PLAN_BYTES) {
            throw new CliError(
                `${file}: ${megabytes(size)} is too large for a plan (the limit is ${megabytes(MAX_PLAN_BYTES)}; a 50,000-line plan is about 1.3 MB). Split it into several plans that refer to each other as \`Plan.Element\`.`
            );
        }
        bytes = readFileSync(path);
    } catch (error) {
        throw error instanceof CliError ? error : describeFileError(file, error);
    }
    // NUL bytes never occur in text files; binary data would only produce a wall of syntax
    // errors. Said first: "binary" tells more than the offset of a byte that is not UTF-8.
    if (bytes.subarray(0, 8192).includes(0)) {
        throw new CliError(
            `${file}: this is not a plan: it looks like a binary file (it contains NUL bytes). Check the file name, or remove it from the folder being checked.`
        );
    }
    const bad = firstInvalidUtf8Byte(bytes);
    if (bad !== undefined) {
        throw new CliError(
            `${file}: this is not a plan: it is not valid UTF-8 (the first bad byte, 0x${bytes[bad].toString(16).padStart(2, '0')}, is at byte offset ${bad}). Save the file as UTF-8; it was left unchanged.`
        );
    }
    const text = bytes.toString('utf8');
    return text;
}
