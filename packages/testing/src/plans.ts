/**
 * `@kpss/testing/plans`: the plans alone — the realistic sample plan, the compliant plan, the plan
 * generator and the rule breakers — without the conformance suites, which import the test runner.
 * It depends only on `@kpss/core` and `effect`, so a browser bundle (the browser example, its
 * benchmark page) can import it.
 *
 * @since 0.1.0
 */
export * from "./SamplePlan.js"
export * from "./CompliantPlan.js"
export * from "./PlanGenerator.js"
export * from "./RuleBreakers.js"
