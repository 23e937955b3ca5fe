import { defineProject } from "vitest/config"

export default defineProject({
  test: {
    name: "example-main",
    include: ["test/**/*.test.ts"]
  }
})
