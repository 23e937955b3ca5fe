import { defineProject } from "vitest/config"

export default defineProject({
  test: {
    name: "export-docx",
    include: ["test/**/*.test.ts"]
  }
})
