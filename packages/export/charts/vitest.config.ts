import { defineProject } from "vitest/config"

export default defineProject({
  test: {
    name: "export-charts",
    include: ["test/**/*.test.ts"],
    // Pure tests with no module state: share the module graph across files instead of importing
    // effect and the packages again for every file.
    isolate: false,
    // Rendering whole documents takes seconds on a busy machine.
    testTimeout: 120_000
  }
})
