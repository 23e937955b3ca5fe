/**
 * @kpss/export-ics — the schedule and meetings of a KPSS plan as iCalendar with stable UIDs.
 *
 * @since 0.1.0
 */
export * from "./IcsExporter.js"
