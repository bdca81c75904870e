/**
 * The value-creation framework of Etienne and Beverly Wenger-Trayner (seed 003): seven
 * cycles of value, each explored in four rounds of questions. The meanings are our own
 * summary; the questions are the framework's own, because they are what community managers
 * are trained on and search for. Used by hover (and templates), so it is plain data.
 */

export type CycleKind = 'immediate' | 'potential' | 'applied' | 'realized' | 'transformative' | 'strategic' | 'enabling';

/** The four rounds, by the keyword that answers each in a `cycle` block. */
export type Round = 'aspiration' | 'condition' | 'track' | 'data';

export const rounds: readonly Round[] = ['aspiration', 'condition', 'track', 'data'];

/** What each round is called in the framework. */
export const roundTitles: Record<Round, string> = {
    aspiration: 'Aspirations',
    condition: 'Conditions',
    track: 'Indicators',
    data: 'Data'
};

/** How a round is answered in a plan. */
export const roundAnswers: Record<Round, string> = {
    aspiration: 'Write one `aspiration "…"` line for each thing you hope to see.',
    condition: 'Write one `condition "…"` line for each thing that must be in place.',
    track: 'Name the indicators that would show it on a `track` line (`track A, B`); declare each with `indicator`.',
    data: 'Write one `data "…"` line for each source of evidence you would collect.'
};

export interface CycleGuidance {
    readonly kind: CycleKind;
    /** Position in the framework, 1 to 7. */
    readonly order: number;
    readonly title: string;
    /** What this value means, in a few sentences of our own. */
    readonly meaning: string;
    /** The framework's key questions for each round. */
    readonly questions: Record<Round, string>;
    /** One example answer per round, from the framework's example lists (templates show it). */
    readonly examples: Record<Round, string>;
}

export const cycleGuidance: Record<CycleKind, CycleGuidance> = {
    immediate: {
        kind: 'immediate',
        order: 1,
        title: 'Immediate value',
        meaning:
            'The worth of taking part itself: what members experience while they meet, ask, answer and learn together. ' +
            'It is the first thing people feel, and it tells facilitators how to run the community day to day.',
        questions: {
            aspiration: 'What are your aspirations for the direct experience that people will have when engaging with the community?',
            condition: 'What are conditions for such experiences to come about?',
            track: 'What are indicators that would suggest this is happening?',
            data: 'What kind of data could be collected to assess these indicators?'
        },
        examples: {
            aspiration: 'questions answered within a specified timeframe',
            condition: 'committed time of experts',
            track: 'responsiveness to inquiries',
            data: 'time of responses'
        }
    },
    potential: {
        kind: 'potential',
        order: 2,
        title: 'Potential value',
        meaning:
            "What the community's learning produces that could be used later: documents, tools and recordings; " +
            'skills, insights and advice people carry; relationships, reputation and inspiration. Nothing has been applied yet — it is capital waiting to be used.',
        questions: {
            aspiration: 'What potentially useful things do you want the community to produce?',
            condition: 'Under what conditions will the community be able to produce these things?',
            track: 'What indicators would suggest that the community is producing what you hope it will?',
            data: 'What kind of data should be collected to assess these indicators?'
        },
        examples: {
            aspiration: 'specific documents, manuals, tools or methods',
            condition: 'time for projects or documentation',
            track: 'quantity and quality of documents',
            data: 'number of documents produced'
        }
    },
    applied: {
        kind: 'applied',
        order: 3,
        title: 'Applied value',
        meaning:
            'Learning put to work: members change what they do because of what the community produced. ' +
            'It is where the community starts to make a difference, and where its ideas get tested in practice so it can learn from them.',
        questions: {
            aspiration:
                "Who should apply the learning of the community? Where? To what activities? How much risk should they take in trying new community's ideas and experimenting?",
            condition:
                'Under what conditions will it be possible for people to apply what the community has produced? What would make it difficult to apply the learning? Are there risks to pay attention to? Is there something the community can do about creating such conditions?',
            track: 'What are indicators that would suggest that application is happening? Or that it is becoming more likely? At a sufficient level of depth and scale?',
            data: 'What kind of data should be collected to assess these indicators?'
        },
        examples: {
            aspiration: 'innovation adopted quickly',
            condition: 'management approval and understanding of the value',
            track: 'use of new documents, methods or tools developed',
            data: 'requests for implementation help'
        }
    },
    realized: {
        kind: 'realized',
        order: 4,
        title: 'Realized value',
        meaning:
            'The difference the community makes in results that matter: the performance of members, teams and the organization, or a wider good — including harm avoided, such as waste, errors or lost investment. ' +
            'Its goals are often set outside the community, so the community chooses which ones it can honestly contribute to.',
        questions: {
            aspiration:
                'If the community is successful, what should be different? For members? For their teams? For the company? For the field? For customers? For the world? What undesirable outcomes should the community help prevent?',
            condition:
                'What are the conditions you think must be in place for these outcomes to be likely? Are there factors that would prevent the community to have an effect on relevant outcomes?',
            track: "What measures of success does the community want to affect? Are these indicators already part of an stakeholder's strategy? Are there additional indicators of realized value specific to the community?",
            data: 'Which of these indicators are things that organizations already track? What additional data should be collected to better assess these indicators or additional ones?'
        },
        examples: {
            aspiration: 'productivity measures',
            condition: 'a government policy',
            track: 'performance of newcomers',
            data: 'time to performance for newcomers'
        }
    },
    transformative: {
        kind: 'transformative',
        order: 5,
        title: 'Transformative value',
        meaning:
            'Learning that changes the frame: the practice jumps to a new level through loops of trying, reflecting and improving, or the community questions assumptions and reshapes how its practice fits the wider strategy. ' +
            'Hard to plan, so you look for where surprises are most likely.',
        questions: {
            aspiration:
                "By definition, transformative effects are difficult to plan. But where do you expect there is the greatest potential for surprising outcomes that can transform the practice, members' identities, or the company's strategy?",
            condition:
                'What are conditions that would make transformative effects more likely? What risk is the community willing to take in order to innovate?',
            track: 'What are indicators that would suggest this is happening? What are signs that would indicate the potential is raised?',
            data: 'Can you think of data the community should collect to predict or capture these effects?'
        },
        examples: {
            aspiration: 'reassessing fundamental assumptions',
            condition: 'blue sky time',
            track: 'ability to question assumptions',
            data: 'post-mortems of projects and failures'
        }
    },
    strategic: {
        kind: 'strategic',
        order: 6,
        title: 'Strategic value',
        meaning:
            'Knowledge treated as a strategic matter, not only an operational one: the community understands the strategy it serves, negotiates its alignment, ' +
            'reaches the leaders who need to hear it, and brings its insights into strategic debates.',
        questions: {
            aspiration: 'How can the community be directly connected to strategic imperative? Should the community be part of strategic conversations?',
            condition: 'What are conditions for these strategic conversations to take place?',
            track: 'What are indicators that would suggest this is either desirable or happening?',
            data: 'What kind of data could be collected to assess the level of strategic engagement?'
        },
        examples: {
            aspiration: 'direct engagement with strategic team',
            condition: 'negotiation of explicit community charters',
            track: 'engagement of executive leaders',
            data: 'regularity of meetings with sponsors'
        }
    },
    enabling: {
        kind: 'enabling',
        order: 7,
        title: 'Enabling value',
        meaning:
            'The support that keeps the community alive: recognised leadership roles inside it, and help from outside — a team that supports social learning, logistics, good technology. ' +
            'Secured support is often the best sign that activity and results will last.',
        questions: {
            aspiration: 'What kind of support would you need ideally? What enabling factors should be secured? Or would it be better to keep things low-key?',
            condition: 'Under what conditions would this support be more likely to become available?',
            track: 'What are some indicators that would suggest the right level of support is available?',
            data: 'What kind of data could be collected to support the claim that these indicators are happening?'
        },
        examples: {
            aspiration: 'recognized roles',
            condition: 'strategic sponsorship',
            track: 'executive sponsorship',
            data: 'feedback from sponsors'
        }
    }
};

export const cycleKinds = Object.keys(cycleGuidance) as CycleKind[];

export function isCycleKind(word: string): word is CycleKind {
    return Object.hasOwn(cycleGuidance, word);
}
