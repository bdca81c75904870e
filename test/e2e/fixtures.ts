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

/**
 * Step 4: the plan of the language reference ("A whole plan"), two member rows and an
 * organization row, for the Value Matrix preview.
 */
export const matrix = {
    file: 'data-science.cop',
    text: `plan DataScienceCoP "Data Science Community of Practice" {
    purpose "Help analysts in country offices solve hard modelling problems faster"
    sponsor "Analytics & Insights Unit"
}

// One row of the value matrix per member segment and per organization.
members Practitioners "Data practitioners in country offices" {
    short HelpWithChallenges "Help with challenges"
    short AccessToExpertise "Access to expertise"
    long ProfessionalDevelopment "Professional development"
}

members Experts "Senior data scientists" {
    short MeaningfulParticipation "Meaningful participation"
    long EnhancedReputation "Enhanced reputation"
}

organization AnalyticsUnit "Analytics & Insights Unit" {
    short RapidProblemSolving "Rapid problem solving"
    long StrategicCapacity "Strategic capacity building"
}

// The sweet spot: member values and organization values that align.
shared FasterAnswers "Hard problems solved faster" {
    member HelpWithChallenges, AccessToExpertise
    organization RapidProblemSolving
}

input ExpertHours "Expert hours committed" {
    measure HoursWorked
}

output Answers "Questions answered" {
    from ExpertHours
    measure ResponsesToQuestions, TimeToRespond
}

outcome Deflection "Support requests deflected" {
    from Answers
    delivers RapidProblemSolving, FasterAnswers
    measure SupportRequestsDeflected
}

indicator HoursWorked "Hours worked" {
    unit hours
    data "Timesheet export, community cost code"
}

indicator TimeToRespond "Time to respond to questions" {
    unit hours
    baseline 48
    target <= 24 by 2027-06
    data "Forum question and first-answer timestamps"
    cadence monthly
    owner "Community manager"
}

indicator ResponsesToQuestions "Responses to questions" {
    data "Forum API"
}

indicator SupportRequestsDeflected "Support requests deflected" {
    unit requests
    baseline 0
    target >= 120 by 2027-06
    data "Helpdesk tickets closed with a community link"
    cadence monthly
}

indicator DebateDepth "Depth of discussion" {
    qualitative
    data "Quarterly facilitator review of five threads"
}

cycle immediate {
    aspiration "Questions answered within one working day"
    condition "Committed time of experts"
    track TimeToRespond, DebateDepth
    data "Forum timestamps"
}
`,
    /** Stakeholder and value titles the matrix must show. */
    shows: [
        'Data practitioners in country offices',
        'Senior data scientists',
        'Analytics & Insights Unit',
        'Help with challenges',
        'Professional development',
        'Rapid problem solving',
        'Strategic capacity building'
    ],
    /** Where a new value can be typed: after this line of the Practitioners row. */
    afterLine: 'long ProfessionalDevelopment'
};
