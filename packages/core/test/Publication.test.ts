import { Result } from "effect"
import { describe, expect, it } from "vitest"
import { anonymousAuthorLabel, audienceView, decodePlan, encodePlanDocumentJson, publicView } from "../src/index.js"
import { secrets, seededPlan } from "./publicationFixtures.js"

describe("publicView", () => {
  it("drops private contacts, hides non-consenting authors and every author's contact", () => {
    const text = encodePlanDocumentJson(publicView(seededPlan))
    for (const secret of Object.values(secrets)) expect(text).not.toContain(secret)
    expect(text).toContain("https://verejna.example.cz")
    expect(text).toContain("Petr Souhlasný")
    expect(text).toContain(anonymousAuthorLabel.cs)
  })

  it("names the anonymous author in the document's language", () => {
    const view = publicView(seededPlan, "en")
    expect(view.consultation.comments[0]!.author).toEqual({ name: "Member of the public", consentToPublish: false })
  })

  it("keeps the plan valid, and a second application changes nothing", () => {
    const once = publicView(seededPlan)
    expect(Result.isSuccess(decodePlan(once))).toBe(true)
    expect(publicView(once)).toEqual(once)
  })

  it("leaves the internal view untouched", () => {
    expect(audienceView(seededPlan, "internal")).toBe(seededPlan)
    expect(encodePlanDocumentJson(audienceView(seededPlan, "public"))).not.toContain(secrets.authorName)
  })
})
