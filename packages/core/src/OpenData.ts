/**
 * The open-data flavour of a plan for municipal open-data portals: three flat tables — activities,
 * funding and indicators — with stable snake_case column names (documented in `docs/open-data.md`),
 * each exported as its own CSV file. The CSV follows what the Czech national open-data guidance
 * (opendata.gov.cz, data.gov.cz) asks of tabular open data: RFC 4180 (comma separator, fields with a
 * comma, quote or line break in double quotes, quotes doubled, CRLF line ends), UTF-8, a header row with
 * the column names, one table per file, no formatting in values — dates ISO `YYYY-MM-DD`, amounts
 * whole crowns without thousands separators, numbers with a decimal point, enumerations as their stable
 * codes. No byte-order mark by default (machine readers take it as part of the first column name);
 * `excelBom` adds one for people who open the file in Excel by double-click.
 *
 * Open data is public by definition: these exporters accept only the public audience, so the tables
 * are built from the redacted plan.
 *
 * @since 0.1.0
 */
import { Effect } from "effect"
import { activityRows } from "./ActivityRow.js"
import { exportFileName, makeExporter, type Exporter } from "./Exporter.js"
import type { Plan } from "./Plan.js"

/**
 * The tables of the open-data flavour.
 *
 * @category models
 * @since 0.1.0
 */
export type OpenDataTable = "activities" | "funding" | "indicators"

/**
 * The column names of each table, in order. They are part of the published format: a column is only
 * ever added at the end, never renamed or removed.
 *
 * @category constants
 * @since 0.1.0
 */
export const openDataColumns: Readonly<Record<OpenDataTable, ReadonlyArray<string>>> = {
  activities: [
    "plan_id", "territory_code", "activity_id", "activity_code", "activity_title",
    "priority_code", "priority_title", "goal_code", "goal_title", "measure_code", "measure_title",
    "responsible_id", "responsible_name", "partner_names", "target_group_names", "service_types",
    "start_on", "deadline", "status", "planned_czk", "secured_czk", "spent_czk"
  ],
  funding: [
    "plan_id", "territory_code", "activity_id", "activity_code", "year",
    "source_id", "source_name", "source_kind", "planned_czk", "secured_czk", "spent_czk"
  ],
  indicators: [
    "plan_id", "territory_code", "indicator_id", "item_id", "item_code", "indicator_name", "dimension", "unit",
    "direction", "baseline_year", "baseline_value", "target_year", "target_value", "actual_year", "actual_value"
  ]
}

type Cell = string | number | undefined

/** Values inside one cell (partners, target groups, service types) are joined by this. */
const listSeparator = "; "

const rowsOf = (plan: Plan, table: OpenDataTable): Array<ReadonlyArray<Cell>> => {
  const head = [plan.id, plan.territory.code] as const
  switch (table) {
    case "activities":
      return activityRows(plan).map(({ activity: a, ancestors, responsible, partners, targetGroups, amounts }) => [
        ...head, a.id, a.code, a.title,
        ancestors.priority?.code, ancestors.priority?.title, ancestors.goal?.code, ancestors.goal?.title,
        ancestors.measure?.code, ancestors.measure?.title,
        a.responsibleId, responsible?.name, partners.map((p) => p.name).join(listSeparator),
        targetGroups.map((g) => g.name).join(listSeparator), a.serviceTypes.join(listSeparator),
        a.startOn, a.deadline, a.status, amounts.planned, amounts.secured, amounts.spent
      ])
    case "funding": {
      const items = new Map(plan.strategy.items.map((i) => [i.id as string, i]))
      const sources = new Map(plan.funding.sources.map((s) => [s.id as string, s]))
      return plan.funding.lines.map((l) => {
        const source = sources.get(l.sourceId)
        return [...head, l.activityId, items.get(l.activityId)?.code, l.year, l.sourceId, source?.name, source?.kind, l.planned, l.secured, l.spent]
      })
    }
    case "indicators": {
      const items = new Map(plan.strategy.items.map((i) => [i.id as string, i]))
      return plan.indicators.flatMap((ind) => {
        const definition = [
          ...head, ind.id, ind.itemId, items.get(ind.itemId)?.code, ind.name, ind.dimension, ind.unit, ind.direction,
          ind.baseline?.year, ind.baseline?.value, ind.target?.year, ind.target?.value
        ]
        return ind.actuals.length === 0
          ? [[...definition, undefined, undefined]]
          : ind.actuals.map((a) => [...definition, a.year, a.value])
      })
    }
  }
}

const needsQuotes = /[",\r\n]/

/**
 * One CSV field by RFC 4180: quoted when it holds a comma, a quote or a line break (quotes doubled);
 * numbers as JavaScript writes them (decimal point, no separators); nothing as an empty field.
 *
 * @category formatting
 * @since 0.1.0
 */
export const csvField = (value: Cell): string => {
  if (value === undefined) return ""
  const s = String(value)
  return needsQuotes.test(s) || s !== s.trim() ? `"${s.replace(/"/g, "\"\"")}"` : s
}

/**
 * A table as RFC 4180 CSV text: the header and the rows, CRLF after every record.
 *
 * @category formatting
 * @since 0.1.0
 */
export const toCsv = (header: ReadonlyArray<string>, rows: ReadonlyArray<ReadonlyArray<Cell>>): string => {
  const out: Array<string> = [header.map(csvField).join(",")]
  for (const row of rows) out.push(row.map(csvField).join(","))
  return `${out.join("\r\n")}\r\n`
}

/**
 * One open-data table of a plan as CSV text.
 *
 * @category views
 * @since 0.1.0
 */
export const openDataCsv = (plan: Plan, table: OpenDataTable): string => toCsv(openDataColumns[table], rowsOf(plan, table))

/**
 * The media type of the open-data tables.
 *
 * @category constants
 * @since 0.1.0
 */
export const csvMediaType = "text/csv; charset=utf-8; header=present"

const byteOrderMark = "\ufeff"

/**
 * An exporter of one open-data table (public audience only), e.g. `stribrna-hora-kp4-activities.csv`.
 *
 * @category exporters
 * @since 0.1.0
 */
export const openDataExporter = (table: OpenDataTable, config: { readonly excelBom?: boolean } = {}): Exporter =>
  makeExporter({
    name: `open-data-${table}`,
    mediaType: csvMediaType,
    audiences: ["public"],
    render: (plan, options) =>
      Effect.sync(() => ({
        bytes: new TextEncoder().encode((config.excelBom === true ? byteOrderMark : "") + openDataCsv(plan, table)),
        mediaType: csvMediaType,
        fileName: exportFileName(plan, { cs: table, en: table }, "csv", options)
      }))
  })

/**
 * The exporters of all three tables.
 *
 * @category exporters
 * @since 0.1.0
 */
export const openDataExporters: ReadonlyArray<Exporter> = (["activities", "funding", "indicators"] as const).map((t) => openDataExporter(t))
