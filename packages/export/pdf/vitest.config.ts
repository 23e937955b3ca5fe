import { defineProject } from "vitest/config"

export default defineProject({
  test: {
    name: "export-pdf",
    include: ["test/**/*.test.ts"]
  }
})
