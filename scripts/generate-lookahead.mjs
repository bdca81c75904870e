// The second step of `npm run langium:generate`: records the parser's lookahead table into
// language/parser/generated/lookahead.ts (language/parser/tabled-lookahead.ts says why). The
// recording imports the parser, which imports the table: a first build starts from an
// empty one (no table: the parser computes its lookahead, as Langium's does).
import { spawnSync } from 'node:child_process';
import { ensureLookaheadTable, lookaheadTable } from './lookahead-placeholder.mjs';

ensureLookaheadTable();
const result = spawnSync(process.execPath, ['scripts/run-ts.mjs', 'scripts/record-lookahead.ts', lookaheadTable], { stdio: 'inherit' });
process.exit(result.status ?? 1);
