/**
 * The editing session: the plan being edited, the report of its last check, the selected strategy
 * item, the language and the day. Every change of the plan is one of core's operations
 * (`addItem`, `editItem`, `setFundingLine`, …: pure functions `(plan, input, context) → Result`); the
 * editor runs it with the acting person and the day, keeps the new plan on success or the refusal's
 * message on failure, and checks the plan again at once — `check` is fast enough to run on every
 * keystroke (see docs/benchmarks.md), so there is no incremental re-check to keep in step.
 *
 * Views subscribe and re-render what changed; the plan is immutable, so "what changed" is a reference
 * comparison.
 */
import {
  check, type Acting, type ActorId, type DomainError, type IsoDate, type Locale, type LocalizedText, type OperationContext, type Plan, type Report,
  type StrategyItemId
} from "@kpss/core"
import { Result } from "effect"
import type { OpenedPlan, RejectedFile } from "./PlanSource.ts"

/**
 * A change of the plan: one of core's operations with its input filled in.
 */
export type Operation = (plan: Plan, context: OperationContext) => Result.Result<Plan, DomainError>

/**
 * What the screen shows.
 */
export interface EditorState {
  readonly plan: Plan
  /** The file the plan came from; `undefined` for the sample plan. */
  readonly name: string | undefined
  readonly today: IsoDate
  readonly locale: Locale
  readonly report: Report
  /** How long the last check took, in milliseconds. */
  readonly checkMs: number
  readonly selected: StrategyItemId | undefined
  /** Why the last operation was refused (cleared by the next one that succeeds). */
  readonly refused: LocalizedText | undefined
  /** The last file that could not be opened. */
  readonly rejected: RejectedFile | undefined
}

/**
 * Who acts in this example: the plan's coordinator (a member of a body in the role "coordinator"),
 * else its first actor. A real application takes the signed-in person and their role instead.
 */
export const actingCoordinator = (plan: Plan): Acting => {
  const coordinator = plan.bodies.flatMap((b) => b.members).find((m) => m.role === "coordinator")?.actorId ?? plan.actors[0]?.id
  return coordinator === undefined ? { role: "coordinator" } : { role: "coordinator", actorId: coordinator as ActorId }
}

const checked = (plan: Plan, today: IsoDate, locale: Locale): Pick<EditorState, "report" | "checkMs"> => {
  const start = performance.now()
  const report: Report = check(plan, { today, locale })
  return { report, checkMs: performance.now() - start }
}

/**
 * An editing session.
 */
export interface Editor {
  readonly state: () => EditorState
  /** Calls `listener` after every change, with the state before it. */
  readonly subscribe: (listener: (state: EditorState, previous: EditorState) => void) => void
  /** Runs an operation on the plan; `true` when it succeeded. */
  readonly apply: (operation: Operation) => boolean
  readonly open: (opened: OpenedPlan) => void
  readonly reject: (file: RejectedFile) => void
  readonly select: (id: StrategyItemId | undefined) => void
  readonly setToday: (today: IsoDate) => void
  readonly setLocale: (locale: Locale) => void
}

/**
 * Starts a session on an opened plan.
 */
export const makeEditor = (opened: OpenedPlan, locale: Locale = "cs"): Editor => {
  let state: EditorState = {
    plan: opened.plan, name: opened.name, today: opened.day, locale, selected: undefined, refused: undefined, rejected: undefined,
    ...checked(opened.plan, opened.day, locale)
  }
  const listeners: Array<(state: EditorState, previous: EditorState) => void> = []
  const set = (next: EditorState) => {
    const previous = state
    state = next
    for (const listener of listeners) listener(state, previous)
  }
  const withPlan = (plan: Plan, today: IsoDate, locale: Locale): Pick<EditorState, "plan" | "today" | "locale" | "report" | "checkMs"> =>
    ({ plan, today, locale, ...checked(plan, today, locale) })

  return {
    state: () => state,
    subscribe: (listener) => { listeners.push(listener) },
    apply: (operation) => {
      const result = operation(state.plan, { actor: actingCoordinator(state.plan), today: state.today })
      if (Result.isFailure(result)) {
        set({ ...state, refused: result.failure.text })
        return false
      }
      set({ ...state, ...withPlan(result.success, state.today, state.locale), refused: undefined })
      return true
    },
    open: (next) => set({ ...state, ...withPlan(next.plan, next.day, state.locale), name: next.name, selected: undefined, refused: undefined, rejected: undefined }),
    reject: (file) => set({ ...state, rejected: file }),
    select: (id) => set({ ...state, selected: id }),
    setToday: (today) => set({ ...state, ...withPlan(state.plan, today, state.locale) }),
    setLocale: (locale) => set({ ...state, ...withPlan(state.plan, state.today, locale) })
  }
}
