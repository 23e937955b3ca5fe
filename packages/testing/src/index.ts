export * from "./StorageConformance.js"
export * from "./SamplePlan.js"
