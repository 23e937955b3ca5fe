import { defineProject } from "vitest/config"

export default defineProject({
  test: {
    name: "example-main",
    include: ["test/**/*.test.ts"],
    // The main job renders every document in a process of its own: seconds, more on a busy machine.
    testTimeout: 120_000
  }
})
