export * from "./StorageConformance.js"
export * from "./SamplePlan.js"
export * from "./CompliantPlan.js"
export * from "./RuleBreakers.js"
