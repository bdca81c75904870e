import { existsSync, linkSync, mkdirSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { basename, dirname, extname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { URI } from 'langium';
import { initialConfigText } from '../../language/config/config-template.js';
import { CONFIG_FILE_NAME, configCandidates } from '../../language/config/plan-config.js';
import { defaultTemplate, findTemplate, planTemplates, renderForFile } from '../../language/templates/index.js';
import { temporaryBeside } from '../atomic-write.js';
import { CliError, describeFileError } from '../cli-error.js';
import { loadPlans } from '../plan-workspace.js';
import type { CommandContext } from './command.js';
import { displayPath } from '../display-path.js';

const DEFAULT_FILE = 'plan.cop';

function templateList(): string {
    const width = Math.max(...planTemplates.map(template => template.name.length));
    return planTemplates.map(template => `  ${template.name.padEnd(width)}  ${template.summary}${template === defaultTemplate ? ' (default)' : ''}`).join('\n');
}

export function initHelp(): string {
    return `Usage: cop init [FILE] [--template NAME]

Writes a new plan from a template: FILE (default: ${DEFAULT_FILE}; given a folder,
FOLDER/${DEFAULT_FILE}). The plan checks without errors; its warnings are the gaps left to
fill, each on a line marked TODO. When no ${CONFIG_FILE_NAME} is found in the plan's
folder or above it, one is written beside the plan (empty catalogs and rules; see
docs/config.md). An existing file is never overwritten.

Templates:
${templateList()}

Options:
  -t, --template NAME   the template to start from (default: ${defaultTemplate.name})
  -h, --help            show this help

Examples:
  cop init                              (writes ${DEFAULT_FILE})
  cop init plans/support.cop --template kpi
  cop init plans/                       (writes plans/${DEFAULT_FILE})

Exit codes: 0 written, 2 usage problem or the file already exists.`;
}

export async function runInit(args: string[], context: CommandContext): Promise<number> {
    const { values, positionals } = parseArgs({
        args,
        allowPositionals: true,
        options: {
            template: { type: 'string', short: 't', default: defaultTemplate.name },
            help: { type: 'boolean', short: 'h', default: false }
        }
    });
    if (values.help) {
        context.out(initHelp() + '\n');
        return 0;
    }
    if (positionals.length > 1) {
        throw new CliError(`cop init: name one plan file to create, not ${positionals.length}.`);
    }
    const template = findTemplate(values.template);
    if (!template) {
        throw new CliError(`cop init: there is no template "${values.template}". Choose one of:\n${templateList()}`);
    }
    const file = planFilePath(positionals[0] ?? DEFAULT_FILE);
    const rendered = renderForFile(template, basename(file), new Date());
    const folder = dirname(file);
    // The config the editor and `cop check` will find for this plan; one is started when none applies.
    const hasConfig = configCandidates(URI.file(file)).some(candidate => existsSync(candidate.fsPath));
    const outputs = [
        { path: file, text: rendered.plan },
        ...rendered.companions.map(companion => ({ path: resolve(folder, companion.path), text: companion.text })),
        ...(hasConfig ? [] : [{ path: resolve(folder, CONFIG_FILE_NAME), text: initialConfigText() }])
    ];
    for (const output of outputs) {
        if (existsSync(output.path)) {
            throw new CliError(
                `cop init: ${displayPath(output.path)} already exists; it was left unchanged. Choose another file name, or move the existing file away first.`
            );
        }
    }
    try {
        mkdirSync(folder, { recursive: true });
    } catch (error) {
        throw describeFileError(displayPath(folder), error);
    }
    const written: string[] = [];
    try {
        // Companions first: a plan is only there once everything it names is.
        for (const output of [...outputs.slice(1), outputs[0]]) {
            writeNewFile(output.path, output.text);
            written.push(output.path);
        }
    } catch (error) {
        for (const path of written) unlinkQuietly(path);
        throw error;
    }

    const { documents } = await loadPlans([file]);
    const diagnostics = documents[0]?.diagnostics ?? [];
    const gaps = diagnostics.filter(diagnostic => diagnostic.severity === 2).length;
    const shown = displayPath(file);
    const also = outputs
        .slice(1)
        .map(output => ` and ${displayPath(output.path)}`)
        .join('');
    context.out(
        `Wrote ${shown}${also} from the ${template.name} template.\n` +
            `${gaps === 0 ? 'No gaps are flagged' : `${gaps} gap${gaps === 1 ? ' is' : 's are'} left to fill, each marked TODO`}: ` +
            `open the plan, or run \`cop check ${shown}\` to list them.\n` +
            (hasConfig
                ? ''
                : `${CONFIG_FILE_NAME} applies to every plan in its folder and below: the built-in catalog is always used, ` +
                  'list your own catalog files under "catalogs", and change how a check is reported under "rules" (see docs/config.md).\n')
    );
    return 0;
}

/** `name` → `name.cop`; a folder → `folder/plan.cop`; another extension is a usage error (plans are *.cop). */
function planFilePath(given: string): string {
    if (isFolder(given)) return resolve(given, DEFAULT_FILE);
    const extension = extname(given);
    if (extension === '') return resolve(`${given}.cop`);
    if (extension.toLowerCase() !== '.cop') {
        throw new CliError(
            `cop init: a plan file ends in .cop, but "${given}" ends in ${extension}. Try \`cop init ${given.slice(0, -extension.length)}.cop\`.`
        );
    }
    return resolve(given);
}

function isFolder(path: string): boolean {
    try {
        return statSync(path).isDirectory();
    } catch {
        return false;
    }
}

/**
 * Writes a file that must not exist yet, atomically: the text goes to a temporary file in the
 * same folder, which is then hard-linked to its name. The link fails if the name was taken
 * meanwhile, so an existing file is never replaced, and nobody sees a half-written plan.
 */
function writeNewFile(path: string, text: string): void {
    const temporary = temporaryBeside(path);
    try {
        writeFileSync(temporary, text, { encoding: 'utf8', flag: 'wx' });
        try {
            linkSync(temporary, path);
        } catch (error) {
            const code = (error as NodeJS.ErrnoException).code;
            if (code === 'EEXIST') {
                throw new CliError(`cop init: ${displayPath(path)} already exists; it was left unchanged. Choose another file name.`);
            }
            // File systems without hard links: rename, after checking the name is still free.
            if ((code === 'EPERM' || code === 'ENOTSUP' || code === 'EOPNOTSUPP' || code === 'EXDEV') && !existsSync(path)) {
                renameSync(temporary, path);
                return;
            }
            throw error;
        }
    } catch (error) {
        if (error instanceof CliError) throw error;
        throw describeFileError(displayPath(path), error);
    } finally {
        unlinkQuietly(temporary);
    }
}

function unlinkQuietly(path: string): void {
    try {
        unlinkSync(path);
    } catch {
        // already gone
    }
}
