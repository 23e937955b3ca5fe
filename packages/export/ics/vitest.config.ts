import { defineProject } from "vitest/config"

export default defineProject({
  test: {
    name: "export-ics",
    include: ["test/**/*.test.ts"],
    // Pure tests with no module state: share the module graph across files instead of importing
    // effect and the packages again for every file.
    isolate: false
  }
})
