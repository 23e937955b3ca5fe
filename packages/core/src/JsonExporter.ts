/**
 * The canonical document as an export: the plan as versioned JSON (`{ formatVersion, plan }`,
 * pretty-printed), the format other systems read back with `decodePlanDocument`. For the public
 * audience it is the redacted plan (`publicView`), which is still a valid document; its JSON Schema is
 * `planDocumentJsonSchema()` (checked in as `docs/plan-document.schema.json`).
 *
 * @since 0.1.0
 */
import { Effect } from "effect"
import { exportFileName, makeExporter, type Exporter } from "./Exporter.js"
import { encodePlanDocumentJson } from "./PlanDocument.js"

/**
 * The media type of the canonical document.
 *
 * @category constants
 * @since 0.1.0
 */
export const planDocumentMediaType = "application/json"

/**
 * Exports the canonical document as UTF-8 JSON.
 *
 * @category exporters
 * @since 0.1.0
 */
export const jsonExporter: Exporter = makeExporter({
  name: "json",
  mediaType: planDocumentMediaType,
  render: (plan, options) =>
    Effect.sync(() => ({
      bytes: new TextEncoder().encode(`${encodePlanDocumentJson(plan, 2)}\n`),
      mediaType: planDocumentMediaType,
      fileName: exportFileName(plan, { cs: "plan", en: "plan" }, "json", options)
    }))
})
