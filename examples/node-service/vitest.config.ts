import { defineProject } from "vitest/config"

export default defineProject({
  test: {
    name: "example-node-service",
    include: ["test/**/*.test.ts"]
  }
})
