import { defineProject } from "vitest/config"

export default defineProject({
  test: {
    name: "export-charts",
    include: ["test/**/*.test.ts"],
    // Rendering whole documents takes seconds on a busy machine.
    testTimeout: 120_000
  }
})
