import { defineProject } from "vitest/config"

export default defineProject({
  test: {
    name: "export-charts",
    include: ["test/**/*.test.ts"]
  }
})
