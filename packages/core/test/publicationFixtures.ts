import { Result } from "effect"
import { decodePlan, type Plan } from "../src/index.js"
import { minimalPlanJson } from "./fixtures.js"

/** Private values that no public export may contain. */
export const secrets = {
  personEmail: "SECRET-person-mail@example.cz",
  shelterAddress: "SECRET Utajená 13, Stříbrná Hora",
  authorName: "SECRET Jiří Řehoř",
  authorContact: "SECRET-author@example.cz",
  consentingContact: "SECRET-consenting@example.cz"
}

export const seededPlan: Plan = (() => {
  const r = decodePlan({
    ...minimalPlanJson,
    actors: [
      ...minimalPlanJson.actors,
      {
        id: "p1", kind: "person", name: "Jana Veřejná", triadRole: "user", sector: "other", active: true,
        contacts: [
          { kind: "email", value: secrets.personEmail, visibility: "private" },
          { kind: "web", value: "https://verejna.example.cz", visibility: "public" }
        ]
      },
      {
        id: "shelter", kind: "organisation", name: "Azylový dům", triadRole: "provider", sector: "socialServices", active: true,
        contacts: [{ kind: "address", value: secrets.shelterAddress, visibility: "private" }]
      }
    ],
    consultation: {
      periods: [{ id: "cp", from: "2016-06-06", to: "2016-06-27", channels: ["email"] }],
      comments: [
        {
          id: "c1", periodId: "cp", receivedOn: "2016-06-10", channel: "email", text: "Více terénní péče.",
          author: { name: secrets.authorName, contact: secrets.authorContact, actorId: "p1", consentToPublish: false }
        },
        {
          id: "c2", periodId: "cp", receivedOn: "2016-06-11", channel: "email", text: "Souhlasím.",
          author: { name: "Petr Souhlasný", contact: secrets.consentingContact, consentToPublish: true }
        }
      ]
    }
  })
  if (Result.isFailure(r)) throw r.failure
  return r.success
})()
