/**
 * Bodies: the partner coalition, the steering group and the working groups (per priority or target
 * group), with their members and roles, openness, rules of procedure, declared decision rule and, for
 * the steering group, its composition rule (seed 004).
 *
 * @since 0.1.0
 */
import { Schema } from "effect"
import { IsoDate } from "./CalendarDate.js"
import { DecisionRule } from "./DecisionRule.js"
import { ActorId, BodyId, StrategyItemId, TargetGroupId } from "./Ids.js"
import { IntBetween } from "./Refinement.js"
import { Name, Text, Url } from "./Text.js"

/**
 * The kinds of body.
 *
 * @category schemas
 * @since 0.1.0
 */
export const BodyKind = Schema.Literals(["coalition", "steeringGroup", "workingGroup", "managementTeam", "other"])

/**
 * @category models
 * @since 0.1.0
 */
export type BodyKind = typeof BodyKind.Type

/**
 * A member's role in a body: a member, the leader (vedoucí / manažer), the facilitator, an external
 * expert brought in when no leader is found, or the coordinator of the plan.
 *
 * @category schemas
 * @since 0.1.0
 */
export const MemberRole = Schema.Literals(["member", "leader", "facilitator", "externalExpert", "coordinator"])

/**
 * @category models
 * @since 0.1.0
 */
export type MemberRole = typeof MemberRole.Type

/**
 * A membership of an actor in a body, from a date and possibly until one.
 *
 * @category schemas
 * @since 0.1.0
 */
export const Membership = Schema.Struct({
  actorId: ActorId,
  role: MemberRole,
  from: Schema.optionalKey(IsoDate),
  until: Schema.optionalKey(IsoDate)
})

/**
 * @category models
 * @since 0.1.0
 */
export type Membership = typeof Membership.Type

/**
 * How the steering group is composed: shares of public administration, users and providers, and
 * whether its members are elected or appointed (seed 004).
 *
 * @category schemas
 * @since 0.1.0
 */
export const CompositionRule = Schema.Struct({
  administration: IntBetween(0, 100),
  users: IntBetween(0, 100),
  providers: IntBetween(0, 100),
  selection: Schema.Literals(["elected", "appointed"])
})

/**
 * @category models
 * @since 0.1.0
 */
export type CompositionRule = typeof CompositionRule.Type

/**
 * Rules of procedure (jednací řád): when they were adopted and where they are published.
 *
 * @category schemas
 * @since 0.1.0
 */
export const RulesOfProcedure = Schema.Struct({
  adoptedOn: IsoDate,
  reference: Schema.optionalKey(Url),
  summary: Schema.optionalKey(Text)
})

/**
 * A body of the plan.
 *
 * @category schemas
 * @since 0.1.0
 */
export const Body = Schema.Struct({
  id: BodyId,
  kind: BodyKind,
  name: Name,
  /** Whether anyone interested may join (working groups are open; seed 004). */
  open: Schema.Boolean,
  members: Schema.Array(Membership),
  decisionRule: DecisionRule,
  rulesOfProcedure: Schema.optionalKey(RulesOfProcedure),
  composition: Schema.optionalKey(CompositionRule),
  targetGroupIds: Schema.Array(TargetGroupId),
  /** The priorities a working group works out. */
  priorityIds: Schema.Array(StrategyItemId)
})

/**
 * @category models
 * @since 0.1.0
 */
export type Body = typeof Body.Type
