export * from "./StorageConformance.js"
