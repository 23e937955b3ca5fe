import { defineConfig } from "vitest/config"
import { projects } from "./vitest.workspace.ts"

export default defineConfig({
  test: {
    projects,
    // Vitest's default in run mode is one worker fewer than the cores: a single worker on the 2-core
    // machines CI runs on. Many test files wait on subprocesses, PostgreSQL and files, so use every core.
    maxWorkers: "100%"
  }
})
