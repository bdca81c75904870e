import { describe, expect, test } from 'vitest';
import { validateWorkspace } from '../helpers/workspace.js';
import { codesOf, linesWith, validate } from '../helpers/services.js';

const orgPlan = `plan Org "Organization" {
    purpose "What the organization values"
}
organization Unit "Analytics unit" {
    short Speed "Rapid problem solving"
    long Capacity "Strategic capacity"
}
indicator Adoption "Adoption" {
    data "Survey"
}
`;

describe('references between plans', () => {
    test('`Plan.Element` resolves to an element of another plan', async () => {
        const document = await validate(
            `plan Cop "Community" { purpose "x" }
outcome Faster "Faster" {
    from Faster2
    delivers Org.Speed
    measure Org.Adoption
}
outcome Faster2 "Other" {
    from Faster
    delivers Org.Capacity
    measure Org.Adoption
}
`,
            [orgPlan]
        );
        expect(codesOf(document)).not.toContain('unresolved-reference');
        expect(linesWith(document, 'circular-chain')).toEqual([2, 7]);
        expect(document.diagnostics!.find(d => d.code === 'circular-chain')!.message).toContain('Faster → Faster2 → Faster');
    });

    test('a loop through outcomes of two plans is reported in both', async () => {
        const [a, b] = await validateWorkspace([
            `plan A "A" { purpose "x" }
outcome X "X" {
    from B.Y
}
`,
            `plan B "B" { purpose "x" }
outcome Y "Y" {
    from A.X
}
outcome Z "Z" {
    from Y
}
`
        ]);
        expect(linesWith(a, 'circular-chain')).toEqual([2]);
        expect(linesWith(b, 'circular-chain')).toEqual([2]);
        expect(a.diagnostics!.find(d => d.code === 'circular-chain')!.message).toContain('X → Y → X');
    });

    test('an unknown qualified name keeps the linking error, on the reference', async () => {
        const document = await validate(
            `plan Cop "Community" { purpose "x" }
outcome Faster "Faster" {
    delivers Org.Nope
}
`,
            [orgPlan]
        );
        expect(linesWith(document, 'unresolved-reference')).toEqual([3]);
    });

    test('a value delivered by an outcome of another plan is not reported', async () => {
        const copPlan = `plan Cop "Community" { purpose "x" }
outcome Faster "Faster" {
    delivers Org.Speed, Org.Capacity
    measure Org.Adoption
}
`;
        const { validateWorkspace } = await import('../helpers/workspace.js');
        const [org] = await validateWorkspace([orgPlan, copPlan]);
        expect(codesOf(org)).not.toContain('value-without-outcome');
        expect(codesOf(org)).not.toContain('indicator-unused');

        const [orgAlone] = await validateWorkspace([orgPlan]);
        expect(linesWith(orgAlone, 'value-without-outcome')).toEqual([5, 6]);
        expect(linesWith(orgAlone, 'indicator-unused')).toEqual([8]);
    });

    test('a value delivered through a shared value of another plan is not reported', async () => {
        const copPlan = `plan Cop "Community" { purpose "x" }
members Analysts "Analysts" {
    short Help "Help"
    long Growth "Growth"
}
shared Sweet "Sweet spot" {
    member Help, Growth
    organization Org.Speed, Org.Capacity
}
outcome Faster "Faster" {
    delivers Sweet
}
`;
        const { validateWorkspace } = await import('../helpers/workspace.js');
        const [org, cop] = await validateWorkspace([orgPlan, copPlan]);
        expect(codesOf(org)).not.toContain('value-without-outcome');
        expect(codesOf(cop)).not.toContain('value-without-outcome');
    });

    test('a value is delivered when another plan delivers a shared value of its own plan', async () => {
        const copPlan = `plan Cop "Community" { purpose "x" }
members Analysts "Analysts" {
    short Help "Help"
    long Growth "Growth"
}
organization Unit "Unit" {
    short Speed "Speed"
    long Capacity "Capacity"
}
shared Sweet "Sweet spot" {
    member Help, Growth
    organization Speed, Capacity
}
`;
        const delivering = 'plan Other "Other" { purpose "x" }\noutcome O "O" {\n    delivers Cop.Sweet\n}\n';
        const { validateWorkspace } = await import('../helpers/workspace.js');
        const [alone] = await validateWorkspace([copPlan]);
        expect(linesWith(alone, 'value-without-outcome')).toEqual([3, 4, 7, 8]);
        const [cop] = await validateWorkspace([copPlan, delivering]);
        expect(codesOf(cop)).not.toContain('value-without-outcome');
    });
});
