/**
 * The plan aggregate: one community plan of social services for one territory and period — its
 * process and lifecycle, participants and bodies, meetings and decisions, analyses, strategy, money,
 * indicators, action plans and monitoring, public comment and schedule. It is plain immutable data;
 * entities refer to each other by id.
 *
 * @since 0.1.0
 */
import { Schema } from "effect"
import { Actor } from "./Actor.js"
import { Analyses } from "./Analysis.js"
import { Body } from "./Body.js"
import { Year } from "./CalendarDate.js"
import { Consultation } from "./Consultation.js"
import { Funding } from "./Funding.js"
import { PlanId } from "./Ids.js"
import { Indicator } from "./Indicator.js"
import { Decision, Meeting } from "./Meeting.js"
import { ActionPlan, MonitoringReport, PreviousPlanEvaluation } from "./Monitoring.js"
import { Lifecycle, PhaseRecord } from "./Process.js"
import { Milestone } from "./Schedule.js"
import { Strategy } from "./Strategy.js"
import { TargetGroup } from "./TargetGroup.js"
import { Territory } from "./Territory.js"
import { IntBetween } from "./Refinement.js"
import { Name } from "./Text.js"

/**
 * The years a plan covers, both included.
 *
 * @category schemas
 * @since 0.1.0
 */
export const PlanPeriod = Schema.Struct({ from: Year, to: Year })

/**
 * @category models
 * @since 0.1.0
 */
export type PlanPeriod = typeof PlanPeriod.Type

/**
 * A community plan of social services.
 *
 * @category schemas
 * @since 0.1.0
 */
export const Plan = Schema.Struct({
  id: PlanId,
  title: Name,
  territory: Territory,
  /** 1 for the first plan of the territory, 4 for Kutná Hora's 4th. */
  edition: IntBetween(1, 1000),
  period: PlanPeriod,
  previousPlanId: Schema.optionalKey(PlanId),
  /** The evaluation of the previous edition, carried over when this one was derived from it. */
  previousEvaluation: Schema.optionalKey(PreviousPlanEvaluation),
  /** Whether it is a region's statutory medium-term plan (SPRSS, Act 108/2006 §95). */
  statutory: Schema.Boolean,
  phases: Schema.Array(PhaseRecord),
  lifecycle: Lifecycle,
  targetGroups: Schema.Array(TargetGroup),
  actors: Schema.Array(Actor),
  bodies: Schema.Array(Body),
  meetings: Schema.Array(Meeting),
  decisions: Schema.Array(Decision),
  analyses: Analyses,
  strategy: Strategy,
  funding: Funding,
  indicators: Schema.Array(Indicator),
  actionPlans: Schema.Array(ActionPlan),
  monitoringReports: Schema.Array(MonitoringReport),
  consultation: Consultation,
  schedule: Schema.Array(Milestone)
})

/**
 * @category models
 * @since 0.1.0
 */
export type Plan = typeof Plan.Type

/**
 * The plan as it is written in JSON (before decoding).
 *
 * @category models
 * @since 0.1.0
 */
export type PlanEncoded = typeof Plan.Encoded
