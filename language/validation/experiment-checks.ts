import type { ValidationAcceptor } from 'langium';
import type { Assumption, Experiment } from '../generated/ast.js';
import { describeUplift, experimentProblems, upliftOf } from '../impact/experiment-uplift.js';
import { describe, report } from './report.js';

/**
 * Experiments (Part 3 of the contract) and the assumptions that take their uplift: each
 * problem of an experiment on the line it comes from, an assumption with `from` that also
 * has figures of its own, an uplift whose interval includes 0 put to use.
 */
export class ExperimentChecks {
    checkExperiment = (experiment: Experiment, accept: ValidationAcceptor): void => {
        for (const problem of experimentProblems(experiment)) {
            const message = `Experiment ${describe(experiment)}: ${problem.message}. Until then it has no uplift, and the assumptions that use it have no value.`;
            report(accept, 'experiment-invalid', message, { node: experiment, property: problem.property });
        }
    };

    checkAssumptionFrom = (assumption: Assumption, accept: ValidationAcceptor): void => {
        if (!assumption.from) return;
        const source = assumption.from.$refText;
        for (const [property, keyword] of [
            ['value', 'value'],
            ['low', 'range']
        ] as const) {
            if (assumption[property] === undefined) continue;
            report(
                accept,
                'assumption-conflict',
                `Assumption ${describe(assumption)} comes from experiment \`${source}\`, which gives its value and range, and also has a \`${keyword}\` line of its own. Remove the \`${keyword}\` line, or remove \`from ${source}\` to use your own figures.`,
                { node: assumption, keyword }
            );
        }
        const experiment = assumption.from.ref;
        const uplift = experiment && upliftOf(experiment);
        if (uplift && !uplift.significant) {
            report(
                accept,
                'experiment-inconclusive',
                `Assumption ${describe(assumption)} uses experiment \`${experiment.name}\`, whose uplift ${describeUplift(uplift)} includes 0: the experiment does not show that the change works. Run it longer or with more people, or give the assumption an estimate of its own (\`value\`, \`range\`, \`source\`) instead of \`from\`.`,
                { node: assumption, property: 'from' }
            );
        }
    };
}
