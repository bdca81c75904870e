// The parser imports its recorded lookahead table (language/parser/tabled-lookahead.ts says
// why), so anything that loads the parser before the table is first recorded needs a
// placeholder: an empty table, with which the parser computes its lookahead as Langium's does.
// Used by both steps of `npm run langium:generate`: the grammar's warnings are sorted by code
// that loads the parser, and that runs before the table is recorded on a fresh clone.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

export const lookaheadTable = 'language/parser/generated/lookahead.ts';

/** Writes the empty table unless one is already there (a recorded one is kept). */
export function ensureLookaheadTable() {
    mkdirSync(dirname(lookaheadTable), { recursive: true });
    if (existsSync(lookaheadTable)) return;
    const none = name => `export const ${name}: LookaheadTable | undefined = undefined;\n`;
    writeFileSync(lookaheadTable, `import type { LookaheadTable } from '../tabled-lookahead.js';\n\n${none('CopLookahead')}${none('CopCompletionLookahead')}`);
}
