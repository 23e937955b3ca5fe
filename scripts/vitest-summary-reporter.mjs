// A Vitest 5 reporter that ends the run with one plain line:
//
//   N passed, N failed, N skipped
//
// counting test cases (not files) across all projects. CI reads that line in
// any language. Use it next to the default reporter:
//
//   vitest run --reporter=default --reporter=./scripts/vitest-summary-reporter.mjs
//
// A module that failed without a failed test (an import error, a failing
// beforeAll/afterAll, no tests collected) counts as at least one failure, and
// so does each unhandled error, so the line never says "0 failed" when Vitest
// fails. When KPSS_TEST_SUMMARY_FILE is set, the line is also written there so
// that scripts/test-all.sh and .ci/run can print it again as their last line.
import { mkdirSync, writeFileSync } from "node:fs"
import { dirname } from "node:path"

/** @implements {import("vitest/node").Reporter} */
export default class SummaryReporter {
  /**
   * @param {ReadonlyArray<import("vitest/node").TestModule>} testModules
   * @param {ReadonlyArray<unknown>} unhandledErrors
   * @param {"passed" | "interrupted" | "failed"} reason
   */
  onTestRunEnd(testModules, unhandledErrors, reason) {
    let passed = 0
    let failed = 0
    let skipped = 0
    for (const module of testModules) {
      let failedHere = 0
      for (const test of module.children.allTests()) {
        const state = test.result().state
        if (state === "passed") passed++
        else if (state === "skipped") skipped++
        else failedHere++ // "failed", or "pending": it never finished
      }
      const moduleFailed =
        module.errors().length > 0 || module.state() === "failed" || !module.ok()
      if (moduleFailed && failedHere === 0) failedHere = 1
      failed += failedHere
    }
    failed += unhandledErrors.length
    if (reason !== "passed" && failed === 0) failed = 1
    const line = `${passed} passed, ${failed} failed, ${skipped} skipped`
    process.stdout.write(`\n${line}\n`)
    const file = process.env.KPSS_TEST_SUMMARY_FILE
    if (file) {
      mkdirSync(dirname(file), { recursive: true })
      writeFileSync(file, `${passed} ${failed} ${skipped}\n`)
    }
  }
}
