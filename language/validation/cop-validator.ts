import type { ValidationChecks } from 'langium';
import type { CopAstType } from '../generated/ast.js';
import type { CopCoreServices } from '../cop-core-module.js';
import { CatalogChecks } from './catalog-checks.js';
import { ChainChecks } from './chain-checks.js';
import { ConfigChecks } from './config-checks.js';
import { AdjustmentChecks } from './adjustment-checks.js';
import { CycleChecks } from './cycle-checks.js';
import { EvidenceChecks } from './evidence-checks.js';
import { ExperimentChecks } from './experiment-checks.js';
import { ForecastChecks } from './forecast-checks.js';
import { DecisionChecks } from './decision-checks.js';
import { FrameworkChecks } from './framework-checks.js';
import { ImpactChecks } from './impact-checks.js';
import { IndicatorChecks } from './indicator-checks.js';
import { MatrixChecks } from './matrix-checks.js';
import { PlanChecks } from './plan-checks.js';
import { ReviewChecks } from './review-checks.js';
import { ValueChecks } from './value-checks.js';
import { WorkspaceChecks } from './workspace-checks.js';
import { ActualConflictChecks } from './actual-conflict-checks.js';
import { ConsentChecks } from './consent-checks.js';
import { EventDeprecationChecks } from './event-deprecation-checks.js';
import { InfluenceChecks } from './influence-checks.js';

/** Registers every check of the language, one concern per class. */
export function registerValidationChecks(services: CopCoreServices): void {
    const registry = services.validation.ValidationRegistry;
    const usage = services.workspace.PlanUsage;
    const matrix = new MatrixChecks(usage);
    const chain = new ChainChecks(services.shared);
    const indicators = new IndicatorChecks(usage);
    const cycles = new CycleChecks();
    const plan = new PlanChecks();
    const catalogs = new CatalogChecks(services.catalog.Catalogs);
    const impact = new ImpactChecks(services.impact.Impact);
    const values = new ValueChecks();

    const checks: ValidationChecks<CopAstType> = {
        PlanFile: [plan.checkPlanHeader, plan.checkDuplicateNames, matrix.checkPlanHasSharedValue, chain.checkLoops, cycles.checkDuplicateCycles],
        Row: matrix.checkRow,
        Shared: matrix.checkShared,
        Input: chain.checkInput,
        Output: chain.checkOutput,
        Outcome: chain.checkOutcome,
        Indicator: indicators.checkIndicator,
        Cycle: cycles.checkCycle,
        Plan: plan.checkRepeatedLines,
        Assumption: plan.checkRepeatedLines,
        Kpi: plan.checkRepeatedLines,
        Story: plan.checkRepeatedLines,
        Experiment: plan.checkRepeatedLines
    };
    registry.register(checks);
    registry.register({ Indicator: plan.checkRepeatedLines, Decision: plan.checkRepeatedLines, Review: plan.checkRepeatedLines });
    registry.register({ Plan: new WorkspaceChecks(services).checkPlanNameUnique });
    registry.register({ Plan: catalogs.checkPlanCatalogs, Indicator: catalogs.checkIndicatorTitle });
    registry.register({ Plan: new ConfigChecks(services.config.PlanConfig).checkPlanConfig });
    registry.register({
        PlanFile: impact.checkPlanImpact,
        Assumption: impact.checkAssumption,
        Kpi: impact.checkKpi,
        Story: impact.checkStory
    });
    registry.register({ PlanFile: new ForecastChecks(services.impact.Impact).checkForecasts });
    // Part 6: frameworks, decisions and reviews
    const frameworks = new FrameworkChecks();
    const decisions = new DecisionChecks(services.impact.Decisions);
    const reviews = new ReviewChecks(services.impact.Decisions);
    registry.register({
        Plan: frameworks.checkPlan,
        PlanFile: [frameworks.checkScorecard, decisions.checkVanityMetrics],
        Decision: decisions.checkDecision,
        Review: reviews.checkReview
    });
    registry.register({
        Target: values.checkTarget,
        Indicator: values.checkIndicator,
        ActualPoint: values.checkActualPoint,
        Story: values.checkStory,
        Decision: values.checkDecision,
        Review: values.checkReview,
        ReviewAction: values.checkReviewAction,
        KeyResult: values.checkKeyResult,
        Assumption: values.checkAssumption,
        NumberLiteral: values.checkNumberLiteral,
        Arm: values.checkArm,
        Share: values.checkShare
    });
    const experiments = new ExperimentChecks();
    const adjustments = new AdjustmentChecks(services.impact.Impact);
    registry.register({
        Experiment: experiments.checkExperiment,
        Assumption: experiments.checkAssumptionFrom,
        Kpi: [adjustments.checkShares, adjustments.checkAdjusted, new EvidenceChecks(services.impact.Impact).checkGrade]
    });
    // Part 5: measuring from data (the checks that need the data files run in `cop measure`).
    const conflicts = new ActualConflictChecks(services.impact.Impact);
    const deprecations = new EventDeprecationChecks();
    registry.register({
        Source: new ConsentChecks().checkSource,
        Indicator: deprecations.checkIndicator,
        Influence: [deprecations.checkInfluence, new InfluenceChecks().checkInfluence, plan.checkRepeatedLines],
        Actual: conflicts.checkActual,
        PlanFile: conflicts.checkPlanFile,
        Event: plan.checkRepeatedLines
    });
    registry.register({ Source: plan.checkRepeatedLines });
}
