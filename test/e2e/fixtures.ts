/**
 * The plans of the end-to-end workspace. Each step edits its own file so a failing step does
 * not spoil the next. The plans are clean except for what a step is about: an outcome that
 * delivers no value (`open` names it), so the Problems panel stays short and readable.
 */
export interface Fixture {
    readonly file: string;
    readonly text: string;
    /** The outcome that delivers no value. */
    readonly outcome: string;
    /** 1-based line of that outcome's `from` line: a `delivers` line can be typed after it. */
    readonly fromLine: number;
    /** The values (and shared value) of the plan: what `delivers` may name. */
    readonly deliverables: readonly string[];
    /** An indicator of the plan: `delivers` must not offer it. */
    readonly indicator: string;
}

function smallPlan(plan: string, outcome: string): Fixture {
    const text = `plan ${plan} "Mentoring circle" {
    purpose "Pair new analysts with experienced ones"
}

members Newcomers "New analysts" {
    short QuickAnswers "Quick answers"
    long Confidence "Confidence in modelling"
}

organization Unit "Analytics unit" {
    short FasterDelivery "Faster delivery"
    long Retention "Staff retention"
}

shared Onboarding "Faster onboarding" {
    member QuickAnswers
    organization FasterDelivery
}

input MentorHours "Mentor hours" {
    measure Hours
}

output Sessions "Mentoring sessions" {
    from MentorHours
    measure SessionCount
}

outcome Growth "Newcomers grow" {
    from Sessions
    delivers Confidence, Retention, Onboarding
    measure SessionCount
}

outcome ${outcome} "Pairs formed" {
    from Sessions
    measure SessionCount
}

indicator Hours "Hours given by mentors" {
    data "Timesheets"
}

indicator SessionCount "Sessions held" {
    data "Calendar"
}
`;
    const lines = text.split('\n');
    const fromLine = lines.findIndex(line => line.startsWith(`outcome ${outcome} `)) + 2;
    return {
        file: `${plan.toLowerCase()}.cop`,
        text,
        outcome,
        fromLine,
        deliverables: ['QuickAnswers', 'Confidence', 'FasterDelivery', 'Retention', 'Onboarding'],
        indicator: 'SessionCount'
    };
}

/** Step 2: the warning is fixed by typing a `delivers` line. */
export const typedFix = smallPlan('TypedFix', 'Pairing');
/** Step 3: completion after `delivers `. */
export const completion = smallPlan('Completion', 'Matching');
/** Step 5: the warning is fixed by the lightbulb's quick fix. */
export const quickFix = smallPlan('QuickFix', 'Buddying');
/** Never edited: its warning must stay in the Problems panel while the others go away. */
export const untouched = smallPlan('Untouched', 'Shadowing');

export const fixtures = [typedFix, completion, quickFix, untouched];
