import { defineProject } from "vitest/config"

export default defineProject({
  test: {
    name: "example-property-tests",
    include: ["test/**/*.test.ts"]
  }
})
