// The browser example end to end, in real headless Chromium: the built app opens the sample plan and
// lists its findings; an edit that breaks a rule makes its finding appear as the person types, and fixing
// it makes it go; a file that does not decode is listed with its problems, their paths and Czech
// messages. A screenshot is kept as a test artefact (.tmp/artefacts/browser-example.png).
import { mkdirSync } from "node:fs"
import { samplePlanDocument } from "@kpss/testing/plans"
import type { Browser, Page } from "playwright-core"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { buildApp, chromiumPath, exampleRoot, hasChromium, inCi, launchChromium, serve, type Served } from "./BuiltApp.ts"

const artefacts = `${exampleRoot}../../.tmp/artefacts`
// Without Chromium the tests skip, saying why; under CI=true the guard below fails the run.
const missing = `no Chromium at ${chromiumPath} (Debian: apt-get install chromium, as scripts/setup.sh does; or set KPSS_CHROMIUM)`
if (!hasChromium) console.warn(`examples/browser: skipping the browser tests: ${missing}`)

// Defined only when it fails, so a run with Chromium counts no skipped test for it.
if (!hasChromium && inCi) {
  it("has Chromium to test in, in CI", () => {
    expect.fail(`${missing} while CI=true: the browser tests must run in CI, never skip`)
  })
}

describe.skipIf(!hasChromium)(hasChromium ? "browser example" : `browser example (skipped: ${missing})`, () => {
  let served: Served
  let browser: Browser
  let page: Page

  beforeAll(async () => {
    const outDir = `${exampleRoot}build/e2e`
    await buildApp(outDir)
    served = await serve(outDir)
    browser = await launchChromium()
    const context = await browser.newContext({ locale: "cs-CZ", viewport: { width: 1400, height: 900 } })
    page = await context.newPage()
    page.on("pageerror", (e) => { throw e })
    await page.goto(`${served.url}?today=2018-03-15`)
  })
  afterAll(async () => {
    await browser?.close()
    await served?.close()
  })

  /** The sample plan afresh, checked as of 15 March 2018, in Czech (one page for all: a new page costs seconds here). */
  const open = async (): Promise<Page> => {
    await page.locator("button[name=openSample]").click()
    if (await page.locator("html[lang=en]").count() > 0) await page.locator("button[name=locale]").click()
    await page.locator("#findings .severity").first().waitFor()
    return page
  }
  const summary = (page: Page) => page.locator("#findings .summary").textContent()
  const findings = (page: Page, code: string) => page.locator(`#findings li[data-code="${code}"]`)
  it("opens the sample plan and lists the findings of the check by severity, in Czech", async () => {
    const page = await open()
    expect(await page.locator("h1").textContent()).toBe("4. komunitní plán sociálních služeb města Stříbrná Hora na období 2017–2019")
    expect(await page.locator("#toolbar .day").textContent()).toBe("15. března 2018")
    expect(await summary(page)).toMatch(/^5 varování, 13 upozornění · kontrola [\d,]+ ms$/)
    expect(await page.locator('#findings [data-severity="warning"] h3').textContent()).toBe("Varování (5)")
    expect(await page.locator('#findings [data-severity="info"] li').count()).toBe(13)
    expect(await findings(page, "KPSS-FUND-004").first().textContent()).toContain("Aktivita 1.1.2.3 má v roce 2017 ze zdroje „Sponzorské dary a fundraising“ zajištěno")
    // A finding about an item selects it, in the tree and in the item panel.
    await findings(page, "KPSS-FUND-004").first().locator("button").click()
    expect(await page.locator("#tree li.selected").getAttribute("data-id")).toBe("A1.1.2.3")
    expect(await page.locator("#item input[name=title]").inputValue()).toBe("Půjčovna kompenzačních pomůcek")
    // English through core's messages.
    await page.locator("button[name=locale]").click()
    expect(await summary(page)).toMatch(/^5 warnings, 13 notes · checked in [\d.]+ ms$/)
    expect(await page.locator("#findings h2").textContent()).toBe("Findings")
  })

  it("shows a funding gap as a finding while the amount is typed, and drops it when the money is secured", async () => {
    const page = await open()
    await page.locator('#tree li[data-id="A1.1.1.1"]').click()
    const secured = page.locator('#funding input[name="2017|fs-kraj|secured"]')
    expect(await secured.inputValue()).toBe("2885000")
    await secured.fill("0")
    // Money planned in a past year with nothing secured (and more spent than secured).
    expect(await findings(page, "KPSS-FUND-001").textContent()).toContain("Aktivita 1.1.1.1 měla v roce 2017 ze zdroje „Středočeský kraj – dotace podle § 101a zákona o sociálních službách“ plánováno 3\u00a0060\u00a0000\u00a0Kč, ale nic nebylo zajištěno")
    expect(await findings(page, "KPSS-FUND-005").count()).toBe(1)
    expect(await page.locator('#tree li[data-id="A1.1.1.1"]').getAttribute("class")).toContain("mark-warning")
    // Typed key by key: the field keeps the focus while the panel is redrawn after every keystroke.
    await secured.selectText()
    await secured.pressSequentially("2885000")
    expect(await secured.inputValue()).toBe("2885000")
    expect(await findings(page, "KPSS-FUND-001").count()).toBe(0)
    expect(await findings(page, "KPSS-FUND-005").count()).toBe(0)
    expect(await summary(page)).toMatch(/^5 varování, 13 upozornění/)
    // Core refuses what is not whole crowns; the plan stays as it was.
    const securedTotal = page.locator("#funding tr.total td").nth(1)
    expect(await securedTotal.textContent()).toBe("16\u00a0033\u00a0000\u00a0Kč")
    await secured.fill("12,5")
    expect(await page.locator("#toolbar .refused").textContent()).toContain("Změna nebyla provedena: Neplatná hodnota")
    expect(await securedTotal.textContent()).toBe("16\u00a0033\u00a0000\u00a0Kč")
  })

  it("edits the strategy in an amendment: a new activity is an error until someone is responsible for it", async () => {
    const page = await open()
    // The sample plan is in force: its strategy changes only in an amendment (core's `amend`).
    await page.locator('#tree li[data-id="O1.1.1"]').click()
    await page.locator("button[name=addChild]").click()
    expect(await page.locator("#toolbar .refused").textContent()).toContain("schválenou verzi plánu nesmí nikdo měnit")
    await page.locator("input[name=amendReason]").fill("Nová aktivita pro pečující")
    await page.locator("button[name=amend]").click()
    expect(await page.locator("#toolbar .status").textContent()).toContain("Stav: návrh")
    await page.locator("button[name=addChild]").click()
    expect(await page.locator("#tree li.selected").getAttribute("data-id")).toBe("new-1")
    expect(await findings(page, "KPSS-STRAT-001").textContent()).toContain("Aktivita 1.1.1.4 „Nová položka“ nemá odpovědnou osobu ani instituci")
    expect(await summary(page)).toMatch(/^1 chyba, 5 varování, 10 upozornění/)
    // The finding follows the title as it is typed.
    const titleInput = page.locator("#item input[name=title]")
    await titleInput.selectText()
    await titleInput.pressSequentially("Kurzy")
    expect(await findings(page, "KPSS-STRAT-001").textContent()).toContain("Aktivita 1.1.1.4 „Kurzy“ nemá odpovědnou osobu")
    expect(await page.locator('#tree li[data-id="new-1"] .title').textContent()).toBe("Kurzy")
    expect(await page.locator('#tree li[data-id="new-1"]').getAttribute("class")).toContain("mark-error")
    // An empty title is refused by core, with its Czech message.
    await titleInput.fill("")
    expect(await page.locator("#toolbar .refused").textContent()).toContain("Neplatná hodnota \"\" v položce „title“")
    await titleInput.fill("Kurzy pro pečující")
    expect(await page.locator("#toolbar .refused").isHidden()).toBe(true)
    // Naming the responsible party clears the error.
    await page.locator("#item select[name=responsible]").selectOption("a-charita")
    expect(await findings(page, "KPSS-STRAT-001").count()).toBe(0)
    expect(await summary(page)).toMatch(/^5 varování, 10 upozornění/)
    // A funding line says how it is funded: the note "no funding line" (KPSS-FUND-002) goes too.
    expect(await findings(page, "KPSS-FUND-002").filter({ hasText: "1.1.1.4" }).count()).toBe(1)
    await page.locator("#funding select[name=newYear]").selectOption("2019")
    await page.locator("#funding select[name=newSource]").selectOption("fs-mesto")
    await page.locator("#funding input[name=newPlanned]").fill("120000")
    await page.locator("button[name=addLine]").click()
    expect(await page.locator('#funding input[name="2019|fs-mesto|planned"]').inputValue()).toBe("120000")
    expect(await findings(page, "KPSS-FUND-002").filter({ hasText: "1.1.1.4" }).count()).toBe(0)
    expect(await summary(page)).toMatch(/^5 varování, 9 upozornění/)
    // Moved up among its siblings, then retired with a reason.
    await page.locator("button[name=up]").click()
    expect(await page.locator('#tree li[data-id="new-1"] + li').getAttribute("data-id")).toBe("A1.1.1.3")
    mkdirSync(artefacts, { recursive: true })
    await page.screenshot({ path: `${artefacts}/browser-example.png` })
    // Under another measure: it becomes that measure's last child.
    const parent = page.locator("#item select[name=parent]")
    await parent.focus()
    await parent.selectOption("O1.1.2")
    expect(await page.locator('#tree li[data-id="A1.1.2.3"] + li').getAttribute("data-id")).toBe("new-1")
    await page.locator("input[name=retireReason]").fill("Sloučeno s aktivitou 1.1.2.2")
    await page.locator("button[name=retire]").click()
    expect(await page.locator('#tree li[data-id="new-1"]').getAttribute("class")).toContain("retired")
    expect(await page.locator("#item .retired-note").textContent()).toBe("Vyřazeno 15. března 2018: Sloučeno s aktivitou 1.1.2.2")
  })

  it("lists every problem of a file that does not decode, with its path and Czech message, and keeps the plan", async () => {
    const page = await open()
    const broken = structuredClone(samplePlanDocument) as unknown as { plan: { strategy: { items: Array<Record<string, unknown>> }; funding: { lines: Array<Record<string, unknown>> } } }
    broken.plan.strategy.items[3]!["title"] = 42
    broken.plan.funding.lines[0]!["planned"] = -5
    await page.locator("input[name=openFile]").setInputFiles({ name: "rozbity-plan.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(broken)) })
    const problems = page.locator("#toolbar .problems")
    await problems.locator("li").first().waitFor()
    expect(await problems.locator("h2").textContent()).toBe("Soubor „rozbity-plan.json“ nelze otevřít – počet problémů: 2")
    const texts = await problems.locator("li").allTextContents()
    expect(texts).toContainEqual(expect.stringMatching(/^plan\.strategy\.items\[3\]\.title Očekáván/))
    expect(texts).toContain("plan.funding.lines[0].planned Neplatná částka -5; očekáváno celé nezáporné číslo korun")
    expect(await page.locator("h1").textContent()).toContain("Stříbrná Hora")

    await page.locator("input[name=openFile]").setInputFiles({ name: "utrzeny.json", mimeType: "application/json", buffer: Buffer.from('{"formatVersion": 1, "plan": {') })
    await problems.locator('li[data-code="json"]').waitFor()
    expect(await problems.locator("li").textContent()).toMatch(/^\$ Vstup není platný JSON: /)

    // A good file opens, and clears the problems.
    await page.locator("input[name=openFile]").setInputFiles({ name: "plan.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(samplePlanDocument)) })
    await page.locator("#toolbar .status", { hasText: "plan.json" }).waitFor()
    expect(await problems.isHidden()).toBe(true)
  })
})
