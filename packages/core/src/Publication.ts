/**
 * What may be published. A public document (the plan on the municipality's web site, the settlement of
 * comments, open data) never carries private contact data, the identity of a comment's author who did
 * not consent to publication, or a secret address. {@link publicView} is the one place that decides:
 * it returns the plan as the public may see it, and every exporter's public path goes through it (the
 * export port applies it before an exporter renders anything, see `runExporter`).
 *
 * What it redacts:
 * - every contact marked `private` of every actor (a person's e-mail and phone, a shelter's secret
 *   address: an address kept private is a secret address);
 * - the author of a comment who did not consent: the name becomes the neutral label
 *   "Občan/občanka" ("Member of the public") and the link to the actor is dropped (it would name them);
 * - the contact of every comment's author, consent or not (consent covers the name, not the contact).
 *
 * @since 0.1.0
 */
import type { Actor } from "./Actor.js"
import type { Comment } from "./Consultation.js"
import { makeMessages, type Locale } from "./Messages.js"
import type { Plan } from "./Plan.js"

const messages = makeMessages({
  anonymousAuthor: { cs: "Občan/občanka", en: "Member of the public" }
})

/**
 * The label that stands for a comment's author who did not consent to publication.
 *
 * @category constants
 * @since 0.1.0
 */
export const anonymousAuthorLabel = messages("anonymousAuthor")

/**
 * Who a document is for: the public (published; personal data redacted) or the people who prepare
 * the plan (internal; everything).
 *
 * @category models
 * @since 0.1.0
 */
export type Audience = "public" | "internal"

const redactActor = (actor: Actor): Actor =>
  actor.contacts.every((c) => c.visibility === "public")
    ? actor
    : { ...actor, contacts: actor.contacts.filter((c) => c.visibility === "public") }

const redactComment = (comment: Comment, locale: Locale): Comment => {
  const author = comment.author
  if (author.consentToPublish) {
    if (author.contact === undefined) return comment
    const { contact: _contact, ...named } = author
    return { ...comment, author: named }
  }
  return { ...comment, author: { name: anonymousAuthorLabel[locale], consentToPublish: false } }
}

/**
 * The plan as the public may see it: private contacts dropped, non-consenting comment authors replaced
 * by a neutral label in the given language, authors' contacts dropped. Pure; the result is a valid
 * plan, and applying it twice changes nothing more.
 *
 * @category publication
 * @since 0.1.0
 */
export const publicView = (plan: Plan, locale: Locale = "cs"): Plan => ({
  ...plan,
  actors: plan.actors.map(redactActor),
  consultation: {
    ...plan.consultation,
    comments: plan.consultation.comments.map((c) => redactComment(c, locale))
  }
})

declare const AudienceViewBrand: unique symbol

/**
 * A plan prepared for an audience: for the public, the {@link publicView}; for internal use, the plan
 * as it is. Exporters render only this type, and only {@link audienceView} makes it.
 *
 * @category models
 * @since 0.1.0
 */
export type AudienceView = Plan & { readonly [AudienceViewBrand]: true }

/**
 * Prepares a plan for an audience.
 *
 * @category publication
 * @since 0.1.0
 */
export const audienceView = (plan: Plan, audience: Audience, locale: Locale = "cs"): AudienceView =>
  (audience === "public" ? publicView(plan, locale) : plan) as AudienceView
