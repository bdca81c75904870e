import type { ValidationAcceptor } from 'langium';
import type { Source } from '../generated/ast.js';
import { describe, report } from './report.js';

/** Seed 004: identities are joined only with explicit consent. */
export class ConsentChecks {
    checkSource = (source: Source, accept: ValidationAcceptor): void => {
        if (source.person !== undefined && source.consent === undefined) {
            report(
                accept,
                'consent-missing',
                `Source ${describe(source)} says who acted (\`person ${source.person}\`) but has no \`consent\` column, so every row would be counted, with or without the member's consent. Add a line like \`consent analytics_ok\` naming the column that records it.`,
                { node: source, property: 'person' }
            );
        }
    };
}
