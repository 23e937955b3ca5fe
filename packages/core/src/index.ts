/**
 * @kpss/core — community planning of social services: the plan model, its canonical document,
 * messages and Czech formatting. Pure: no I/O.
 *
 * @since 0.1.0
 */
export * from "./Actor.js"
export * from "./Analysis.js"
export * from "./Body.js"
export * from "./CalendarDate.js"
export * from "./Consultation.js"
export * from "./DecisionRule.js"
export * from "./Format.js"
export * from "./Funding.js"
export * from "./Ids.js"
export * from "./Indicator.js"
export * from "./Meeting.js"
export * from "./Messages.js"
export * from "./Money.js"
export * from "./Monitoring.js"
export * from "./Plan.js"
export * from "./PlanDocument.js"
export * from "./PlanIntegrity.js"
export * from "./Problem.js"
export * from "./Process.js"
export * from "./Schedule.js"
export * from "./Strategy.js"
export * from "./TargetGroup.js"
export * from "./Territory.js"
export * from "./Text.js"
export * from "./Ico.js"
export * from "./Refinement.js"
