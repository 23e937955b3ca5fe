/**
 * Where a plan comes from: the sample plan of `@kpss/testing`, or a JSON file the person picks. A file
 * is outside data, so it goes through `decodePlanDocument`, which never throws: it returns the plan or
 * every problem with its path and a Czech and English message.
 */
import { decodePlanDocument, fromDate, isoDate, type InvalidInput, type IsoDate, type Plan } from "@kpss/core"
import { samplePlan } from "@kpss/testing/plans"
import { Result } from "effect"

/**
 * A plan opened for editing, with the name it came under and the day to check it on.
 */
export interface OpenedPlan {
  readonly plan: Plan
  /** The file name; `undefined` for the sample plan. */
  readonly name: string | undefined
  readonly day: IsoDate
}

/**
 * A file that could not be opened, and why.
 */
export interface RejectedFile {
  readonly name: string
  /** Every problem, with its path and message (`InvalidInput` of `decodePlanDocument`). */
  readonly problems: InvalidInput["problems"]
}

/**
 * The sample plan (Stříbrná Hora, 2017–2019), checked as of 15 March 2018 like the main job does: a day
 * inside its period, so the findings are those of a plan being carried out.
 */
export const openSample = (): OpenedPlan => ({ plan: samplePlan, name: undefined, day: isoDate("2018-03-15") })

/**
 * Reads and decodes a picked file; a plan from a file is checked as of today.
 */
export const openFile = async (file: File, today: IsoDate = fromDate(new Date())): Promise<Result.Result<OpenedPlan, RejectedFile>> => {
  const decoded = decodePlanDocument(new Uint8Array(await file.arrayBuffer()))
  return Result.isSuccess(decoded)
    ? Result.succeed({ plan: decoded.success, name: file.name, day: today })
    : Result.fail({ name: file.name, problems: decoded.failure.problems })
}
