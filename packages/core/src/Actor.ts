/**
 * Actors: the organisations and persons who take part, each with their role in the triad (user,
 * provider, commissioner — or the wider public), their sector, whom a person represents, and contact
 * data each marked public or private. Private contact data never reaches a public document.
 *
 * @since 0.1.0
 */
import { Schema } from "effect"
import { ActorId } from "./Ids.js"
import { Ico } from "./Ico.js"
import { Name } from "./Text.js"

/**
 * The triad: users of services, providers, commissioners (who fund and decide); plus the public.
 *
 * @category schemas
 * @since 0.1.0
 */
export const TriadRole = Schema.Literals(["user", "provider", "commissioner", "public"])

/**
 * @category models
 * @since 0.1.0
 */
export type TriadRole = typeof TriadRole.Type

/**
 * The three roles every body must contain.
 *
 * @category constants
 * @since 0.1.0
 */
export const triad: ReadonlyArray<TriadRole> = ["user", "provider", "commissioner"]

/**
 * The sector an actor works in (seed 004).
 *
 * @category schemas
 * @since 0.1.0
 */
export const Sector = Schema.Literals([
  "publicAdministration",
  "socialServices",
  "health",
  "housing",
  "employment",
  "education",
  "other"
])

/**
 * @category models
 * @since 0.1.0
 */
export type Sector = typeof Sector.Type

/**
 * Whether a piece of data may be published.
 *
 * @category schemas
 * @since 0.1.0
 */
export const Visibility = Schema.Literals(["public", "private"])

/**
 * @category models
 * @since 0.1.0
 */
export type Visibility = typeof Visibility.Type

/**
 * A way to reach an actor.
 *
 * @category schemas
 * @since 0.1.0
 */
export const Contact = Schema.Struct({
  kind: Schema.Literals(["email", "phone", "address", "web"]),
  value: Name,
  visibility: Visibility
})

/**
 * @category models
 * @since 0.1.0
 */
export type Contact = typeof Contact.Type

/**
 * An organisation or a person taking part in the plan. A person may represent an organisation (a
 * user representative of an association, say); an organisation may carry its IČO (8 digits, kept as
 * text because many start with 0).
 *
 * @category schemas
 * @since 0.1.0
 */
export const Actor = Schema.Struct({
  id: ActorId,
  kind: Schema.Literals(["organisation", "person"]),
  name: Name,
  triadRole: TriadRole,
  sector: Sector,
  ico: Schema.optionalKey(Ico),
  represents: Schema.optionalKey(ActorId),
  memberOf: Schema.optionalKey(ActorId),
  contacts: Schema.Array(Contact),
  /** Whether the actor is (still) a partner of the coalition. */
  active: Schema.Boolean
})

/**
 * @category models
 * @since 0.1.0
 */
export type Actor = typeof Actor.Type
