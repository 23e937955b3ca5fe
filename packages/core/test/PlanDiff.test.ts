import { describe, expect, it } from "vitest"
import { diffJson, isEmptyDiff } from "../src/index.js"

describe("diffJson", () => {
  it("reports added, removed and changed entities by id, and changed fields by path", () => {
    const before = {
      title: "A",
      period: { from: 2020, to: 2022 },
      actors: [{ id: "x", name: "X" }, { id: "y", name: "Y" }],
      funding: { lines: [{ activityId: "a1", year: 2020, sourceId: "s", planned: 1 }] },
      values: ["one"]
    }
    const after = {
      title: "B",
      period: { from: 2020, to: 2023 },
      actors: [{ id: "y", name: "Y2", extra: true }, { id: "z", name: "Z" }],
      funding: { lines: [{ activityId: "a1", year: 2020, sourceId: "s", planned: 2 }] },
      values: ["one", "two"]
    }
    const diff = diffJson(before, after)
    expect(diff.fields).toEqual([
      { path: "title", before: "A", after: "B" },
      { path: "period.to", before: 2022, after: 2023 },
      { path: "values", before: ["one"], after: ["one", "two"] }
    ])
    expect(diff.collections).toEqual([
      { path: "actors", added: ["z"], removed: ["x"], changed: [{ key: "y", fields: ["name", "extra"] }] },
      { path: "funding.lines", added: [], removed: [], changed: [{ key: "a1|2020|s", fields: ["planned"] }] }
    ])
    expect(isEmptyDiff(diff)).toBe(false)
    expect(isEmptyDiff(diffJson(before, structuredClone(before)))).toBe(true)
  })
})
