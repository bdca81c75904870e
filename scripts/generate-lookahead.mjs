// The second step of `npm run langium:generate`: records the parser's lookahead table into
// language/parser/generated/lookahead.ts (language/parser/tabled-lookahead.ts says why). The
// recording imports the parser, which imports the table: a first build starts from an
// empty one (no table: the parser computes its lookahead, as Langium's does).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

const out = 'language/parser/generated/lookahead.ts';
mkdirSync(dirname(out), { recursive: true });
if (!existsSync(out)) {
    const none = name => `export const ${name}: LookaheadTable | undefined = undefined;\n`;
    writeFileSync(out, `import type { LookaheadTable } from '../tabled-lookahead.js';\n\n${none('CopLookahead')}${none('CopCompletionLookahead')}`);
}
const result = spawnSync(process.execPath, ['scripts/run-ts.mjs', 'scripts/record-lookahead.ts', out], { stdio: 'inherit' });
process.exit(result.status ?? 1);
