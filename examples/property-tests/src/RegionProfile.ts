/**
 * The check profile of a regional authority (*kraj*) for its medium-term plan: the statutory profile
 * with the region's own choices — money secured beyond what is planned is an error (its finance
 * department will not sign such a plan), the monitoring of indicators is an error too, one rule is
 * only a note, and two rules whose findings the region has discussed and accepted are off.
 * It is written as the JSON a coordinator edits and decoded as outside data.
 */
import { decodeProfile, formatPath, type Profile } from "@kpss/core"
import { Result } from "effect"

export const regionProfileJson = {
  id: "kraj-vzorovsky",
  name: { cs: "Profil Vzorovského kraje", en: "Vzorov Region" },
  base: "statutory",
  rules: {
    "KPSS-FUND-004": "error",
    "KPSS-MON-001": "error",
    "KPSS-SCHED-007": "info",
    "KPSS-PART-003": "off",
    "KPSS-ANAL-004": "off"
  }
}

const decoded = decodeProfile(regionProfileJson)
if (Result.isFailure(decoded)) {
  throw new Error(`the region's profile is invalid: ${decoded.failure.problems.map((p) => `${formatPath(p.path)}: ${p.message.en}`).join("; ")}`)
}

export const regionProfile: Profile = decoded.success
