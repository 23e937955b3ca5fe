/**
 * Target groups (cílové skupiny) a plan works for: seniors, people with disabilities, families with
 * children, … Each may carry the code of the register's code list (`CilovaSkupinaOsoby/24`).
 *
 * @since 0.1.0
 */
import { Schema } from "effect"
import { TargetGroupId } from "./Ids.js"
import { Name } from "./Text.js"

/**
 * A target group of the plan.
 *
 * @category schemas
 * @since 0.1.0
 */
export const TargetGroup = Schema.Struct({
  id: TargetGroupId,
  name: Name,
  registerCodes: Schema.Array(Name)
})

/**
 * @category models
 * @since 0.1.0
 */
export type TargetGroup = typeof TargetGroup.Type
