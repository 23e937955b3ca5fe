import { defineProject } from "vitest/config"

export default defineProject({
  test: {
    name: "export-html",
    include: ["test/**/*.test.ts"]
  }
})
