/**
 * The analyses of phase 3: demography, needs by target group, resources (providers and their
 * registered services with type, form and capacity), and the SWOT items of the working groups.
 *
 * @since 0.1.0
 */
import { Schema } from "effect"
import { IsoDate, Year } from "./CalendarDate.js"
import { ActorId, BodyId, NeedId, ResourceId, SwotItemId, TargetGroupId } from "./Ids.js"
import { Ico } from "./Ico.js"
import { Count } from "./Refinement.js"
import { Name, Text } from "./Text.js"
import { TerritoryCode } from "./Territory.js"


/**
 * A count of population in an age band in a year, with its source.
 *
 * @category schemas
 * @since 0.1.0
 */
export const DemographyRow = Schema.Struct({
  year: Year,
  ageBand: Name,
  population: Count,
  source: Name
})

/**
 * @category models
 * @since 0.1.0
 */
export type DemographyRow = typeof DemographyRow.Type

/**
 * How a need was found (seed 004: surveys of the public, structured interviews with user
 * representatives, data, the working groups).
 *
 * @category schemas
 * @since 0.1.0
 */
export const NeedSource = Schema.Literals(["survey", "interview", "data", "workingGroup", "other"])

/**
 * How pressing a need is.
 *
 * @category schemas
 * @since 0.1.0
 */
export const Severity = Schema.Literals(["low", "medium", "high"])

/**
 * A need of a target group.
 *
 * @category schemas
 * @since 0.1.0
 */
export const Need = Schema.Struct({
  id: NeedId,
  targetGroupId: TargetGroupId,
  description: Text,
  source: NeedSource,
  severity: Severity,
  /** The service types (paragraph of Act 108/2006, e.g. "40") that would answer it. */
  serviceTypes: Schema.Array(Name)
})

/**
 * @category models
 * @since 0.1.0
 */
export type Need = typeof Need.Type

/**
 * The form of a social service (Act 108/2006 §33).
 *
 * @category schemas
 * @since 0.1.0
 */
export const ServiceForm = Schema.Literals(["residential", "outpatient", "field"])

/**
 * @category models
 * @since 0.1.0
 */
export type ServiceForm = typeof ServiceForm.Type

/**
 * A registered capacity of a form: clients, 10-minute contacts, 30-minute interventions, beds or calls.
 * It is the registered maximum, never free places.
 *
 * @category schemas
 * @since 0.1.0
 */
export const Capacity = Schema.Struct({
  form: ServiceForm,
  unit: Schema.Literals(["client", "contact", "intervention", "bed", "call"]),
  count: Count
})

/**
 * A place where a registered service is provided (a facility of the register), with the code of its
 * municipality. Never an address: secret facilities (shelters) are not listed at all.
 *
 * @category schemas
 * @since 0.1.0
 */
export const ResourceFacility = Schema.Struct({
  name: Name,
  municipalityCode: Schema.optionalKey(TerritoryCode)
})

/**
 * @category models
 * @since 0.1.0
 */
export type ResourceFacility = typeof ResourceFacility.Type

/**
 * A resource: a service of a provider in the territory, with its type, forms and capacities, and its
 * id in the register of providers (RPSS) when it is registered.
 *
 * @category schemas
 * @since 0.1.0
 */
export const Resource = Schema.Struct({
  id: ResourceId,
  providerId: Schema.optionalKey(ActorId),
  providerName: Name,
  ico: Schema.optionalKey(Ico),
  name: Name,
  /** Paragraph of Act 108/2006 (e.g. "40", "60a"); unregistered related services use "other". */
  serviceType: Name,
  forms: Schema.Array(ServiceForm),
  capacities: Schema.Array(Capacity),
  targetGroupIds: Schema.Array(TargetGroupId),
  municipalityCodes: Schema.Array(TerritoryCode),
  registerId: Schema.optionalKey(Name),
  /** The day of the register file it was last imported from (provenance of the register's data). */
  registerImportedOn: Schema.optionalKey(IsoDate),
  /** The facilities in the territory, as the register lists them (without secret ones). */
  facilities: Schema.optionalKey(Schema.Array(ResourceFacility))
})

/**
 * @category models
 * @since 0.1.0
 */
export type Resource = typeof Resource.Type

/**
 * The four quadrants of a SWOT analysis.
 *
 * @category schemas
 * @since 0.1.0
 */
export const SwotKind = Schema.Literals(["strength", "weakness", "opportunity", "threat"])

/**
 * A SWOT item, usually of a working group.
 *
 * @category schemas
 * @since 0.1.0
 */
export const SwotItem = Schema.Struct({
  id: SwotItemId,
  bodyId: Schema.optionalKey(BodyId),
  kind: SwotKind,
  text: Text
})

/**
 * @category models
 * @since 0.1.0
 */
export type SwotItem = typeof SwotItem.Type

/**
 * All analyses of a plan.
 *
 * @category schemas
 * @since 0.1.0
 */
export const Analyses = Schema.Struct({
  demography: Schema.Array(DemographyRow),
  needs: Schema.Array(Need),
  resources: Schema.Array(Resource),
  swot: Schema.Array(SwotItem),
  /** The economic evaluation of the resources (Act 108/2006 §3 h). */
  economicEvaluation: Schema.optionalKey(Text)
})

/**
 * @category models
 * @since 0.1.0
 */
export type Analyses = typeof Analyses.Type
