/**
 * One plan per Part 6 code that reports it, and the same plan fixed, written so that the
 * outcome does not depend on the day the test runs (the language server judges as of today):
 * past dates are in 2020, future ones in 2099.
 */
export interface CodeCase {
    readonly code: string;
    readonly severity: 'error' | 'warning' | 'information';
    /** The 1-based line the diagnostic is on. */
    readonly line: number;
    readonly plan: string;
    readonly fixed: string;
    /** Words the message must hold. */
    readonly says: readonly string[];
}

const header = (name: string, lines = '') => `plan ${name} "Demo" {\n    purpose "Show the code"${lines}\n}\n`;

export const codeCases: readonly CodeCase[] = [
    {
        code: 'vanity-metric',
        severity: 'information',
        line: 7,
        plan: `${header('Vanity')}
indicator Replies { data "d" target >= 10 }

indicator Views { data "d" target >= 10 }

decision D { owner "o" due 2099-01 uses Replies }
`,
        fixed: `${header('Vanity')}
indicator Replies { data "d" target >= 10 }

indicator Views { data "d" target >= 10 }

kpi Both { formula Replies + Views translates O }

outcome O {}

decision D { owner "o" due 2099-01 uses Both }
`,
        says: ['`Views`', 'informs no decision', 'Tie it to a decision', 'drop its target']
    },
    {
        code: 'northstar-unlinked',
        severity: 'warning',
        line: 3,
        plan: `${header('Star', '\n    northstar Replies')}
indicator Replies { data "d" }
`,
        fixed: `${header('Star', '\n    northstar Replies')}
indicator Replies { data "d" }

outcome O { measure Replies }
`,
        says: ['North Star `Replies`', '`measure Replies`']
    },
    {
        code: 'scorecard-unbalanced',
        severity: 'information',
        line: 1,
        plan: `${header('Card')}
indicator A { data "d" perspective financial }
indicator B { data "d" perspective customer }
indicator C { data "d" perspective process }
`,
        fixed: `${header('Card')}
indicator A { data "d" perspective financial }
indicator B { data "d" perspective customer }
indicator C { data "d" perspective process }
kpi K { formula A translates O perspective learning }
outcome O {}
`,
        says: ['`learning` perspective', '`perspective learning`']
    },
    {
        code: 'review-incomplete',
        severity: 'warning',
        line: 5,
        plan: `${header('Rev')}
review Q3 { date 2020-10-05 win "w" }
`,
        fixed: `${header('Rev')}
review Q3 { date 2020-10-05 win "w" worry "x" experiment ForumFirst }
`,
        says: ['no worry and no experiment', 'one win, one worry and one experiment']
    },
    {
        code: 'action-overdue',
        severity: 'warning',
        line: 9,
        plan: `${header('Act')}
review Q3 {
    date 2020-10-05
    win "w" worry "x" experiment "e"
    action "Publish" owner "lead" due 2099-01-01
    action "Weekend rota" owner "Community manager" due 2020-11-30
}
`,
        fixed: `${header('Act')}
review Q3 {
    date 2020-10-05
    win "w" worry "x" experiment "e"
    action "Publish" owner "lead" due 2099-01-01
    action "Weekend rota" owner "Community manager" due 2020-11-30 done 2020-12-02
}
`,
        says: ['"Weekend rota"', 'due on 2020-11-30', 'add `done`']
    },
    {
        code: 'decision-at-risk',
        severity: 'warning',
        line: 9,
        plan: `${header('Dec')}
indicator Replies { data "d" }

actual Replies { 2020-01 30 }

decision Budget { owner "Sponsor" due 2020-03 uses Replies threshold Replies >= 40 }
`,
        // Due far ahead, the same risk is shown in the views, not reported.
        fixed: `${header('Dec')}
indicator Replies { data "d" }

actual Replies { 2020-01 30 }

decision Budget { owner "Sponsor" due 2099-03 uses Replies threshold Replies >= 40 }
`,
        says: ['`Budget`', 'was due on 2020-03', '`Replies` is 30 where the threshold asks >= 40']
    },
    {
        code: 'cost-invalid',
        severity: 'error',
        line: 3,
        plan: `${header('Cost', '\n    cost Time')}
assumption Time { value 400 unit hours source "s" }
`,
        fixed: `${header('Cost', '\n    cost Time')}
assumption Time { value 400 unit EUR source "s" }
`,
        says: ['is in hours, not in a currency', '`unit USD`']
    }
];
