import { defineProject } from "vitest/config"

export default defineProject({
  test: {
    name: "import-rpss",
    include: ["test/**/*.test.ts"]
  }
})
