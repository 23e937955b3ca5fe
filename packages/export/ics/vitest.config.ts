import { defineProject } from "vitest/config"

export default defineProject({
  test: {
    name: "export-ics",
    include: ["test/**/*.test.ts"]
  }
})
