/**
 * A fast guard compiled from a Schema: walks the schema's AST once and builds a plain function that
 * tells whether a value decodes strictly (no excess properties) — for the schemas of the model, whose
 * decoding transforms nothing, a value the guard accepts *is* its own decoded value.
 *
 * Why it exists: Effect's decoder takes a fast path for structs only under the default parse options;
 * with `onExcessProperty: "error"` (which the canonical document needs) every object goes through a
 * generator, and decoding a 10,000-activity plan took ~6× `JSON.parse`. The guard runs the very same
 * checks (it calls each filter's own `run`) without building an output or an issue tree, so a valid
 * document is checked in a fraction of that time, and only an invalid one is decoded by Effect to list
 * its problems. A property test keeps the guard and the decoder in agreement, with each struct's check
 * written out as code of its own (the default, ~1.5× faster: V8 caches each property read at its own
 * place) and as a closure (the fallback where code cannot be generated).
 *
 * @since 0.1.0
 */
import type { Schema } from "effect"
import { SchemaAST } from "effect"

/**
 * A compiled guard.
 *
 * @category models
 * @since 0.1.0
 */
export type Guard = (input: unknown) => boolean

const strictOptions: SchemaAST.ParseOptions = { onExcessProperty: "error" }

const compileChecks = (ast: SchemaAST.AST): ((input: unknown) => boolean) | undefined => {
  const checks = ast.checks
  if (checks === undefined || checks.length === 0) return undefined
  const flat: Array<(input: unknown) => boolean> = []
  const collect = (check: SchemaAST.Check<unknown>): void => {
    if (check._tag === "FilterGroup") {
      for (const c of check.checks) collect(c)
      return
    }
    // A filter that declares its bare boolean predicate (see Refinement.ts) is called directly;
    // any other filter through its own `run`, which is exactly what the decoder does.
    const predicate = check.annotations?.["predicate"]
    flat.push(
      typeof predicate === "function"
        ? (predicate as (input: unknown) => boolean)
        : (input) => check.run(input, ast, strictOptions) === undefined
    )
  }
  for (const check of checks) collect(check as SchemaAST.Check<unknown>)
  if (flat.length === 1) return flat[0]
  return (input) => {
    for (let i = 0; i < flat.length; i++) if (!flat[i]!(input)) return false
    return true
  }
}

/**
 * Options of a compiled guard.
 *
 * @category models
 * @since 0.1.0
 */
export interface GuardOptions {
  /**
   * Whether values may be built in JavaScript (symbol keys, `undefined` values, keys on a prototype).
   * `false` for values straight from `JSON.parse`, which have none of these: the guard then checks each
   * object without allocating.
   */
  readonly symbolKeys?: boolean
  /**
   * Whether each struct's check is written out as code of its own (`new Function`), which V8 runs
   * faster (default `true`). Without it, or where code cannot be generated (a page whose
   * Content-Security-Policy forbids `unsafe-eval`), the same check runs as a closure.
   */
  readonly generateCode?: boolean
}

/**
 * The same check as the closure below for one struct, written out as the code of its own function:
 * each property is read with a constant name at its own place in the code, so V8 keeps a fast,
 * single-shape property cache per place instead of one generic lookup shared by every struct (a large
 * document decodes ~1.5× faster). Where code cannot be generated (a Content-Security-Policy without
 * `unsafe-eval` in a browser), the closure is used: undefined.
 */
const generatedObjectGuard = (
  properties: ReadonlyArray<{ readonly name: string; readonly optional: boolean; readonly guard: Guard }>,
  inherited: ReadonlyArray<boolean>,
  fromJson: boolean
): Guard | undefined => {
  const lines = [
    "return function guard(u) {",
    "  if (typeof u !== \"object\" || u === null || Array.isArray(u)) return false",
    "  let present = 0, v"
  ]
  properties.forEach((p, i) => {
    const key = JSON.stringify(p.name)
    if (fromJson) {
      lines.push(inherited[i] ? `  v = Object.hasOwn(u, ${key}) ? u[${key}] : undefined` : `  v = u[${key}]`)
      lines.push(p.optional
        ? `  if (v !== undefined) { present++; if (!g${i}(v)) return false }`
        : `  if (v === undefined || !g${i}(v)) return false; present++`)
    } else {
      const has = p.name === "__proto__" ? `Object.hasOwn(u, ${key})` : `${key} in u`
      lines.push(`  if (${has}) { if (!g${i}(u[${key}])) return false } else if (${!p.optional}) return false`)
    }
  })
  if (fromJson) lines.push("  let keys = 0", "  for (const _ in u) keys++", "  return keys === present", "}")
  else {
    lines.push(
      "  const keys = Object.keys(u)",
      "  for (let i = 0; i < keys.length; i++) if (!declared.has(keys[i])) return false",
      "  return Object.getOwnPropertySymbols(u).every((s) => !Object.prototype.propertyIsEnumerable.call(u, s))",
      "}"
    )
  }
  const names = [...properties.map((_, i) => `g${i}`), "declared"]
  try {
    // Code built from the schema's own property names (quoted by JSON.stringify) and nothing else.
    return new Function(...names, lines.join("\n"))(...properties.map((p) => p.guard), new Set(properties.map((p) => p.name))) as Guard
  } catch {
    return undefined
  }
}

const compileNode = (ast: SchemaAST.AST, options: GuardOptions): Guard => {
  const compile = (a: SchemaAST.AST) => compileWith(a, options)
  if (ast.encoding !== undefined) {
    throw new Error(`SchemaGuard: ${ast._tag} has an encoding; only schemas that transform nothing can be guarded`)
  }
  switch (ast._tag) {
    case "String":
      return (u) => typeof u === "string"
    case "Number":
      return (u) => typeof u === "number"
    case "Boolean":
      return (u) => typeof u === "boolean"
    case "Null":
      return (u) => u === null
    case "Literal": {
      const literal = ast.literal
      return (u) => u === literal
    }
    case "Union": {
      if (ast.types.every((t) => t._tag === "Literal" && t.checks === undefined && t.encoding === undefined)) {
        const allowed = new Set(ast.types.map((t) => (t as SchemaAST.Literal).literal))
        return (u) => allowed.has(u as never)
      }
      if (ast.options?.mode === "oneOf") throw new Error("SchemaGuard: only anyOf unions are supported")
      const members = ast.types.map(compile)
      return (u) => members.some((m) => m(u))
    }
    case "Arrays": {
      if (ast.elements.length > 0 || ast.rest.length !== 1) throw new Error("SchemaGuard: only homogeneous arrays are supported")
      const item = compile(ast.rest[0]!)
      return (u) => {
        if (!Array.isArray(u)) return false
        for (let i = 0; i < u.length; i++) if (!item(u[i])) return false
        return true
      }
    }
    case "Objects": {
      if (ast.indexSignatures.length > 0) throw new Error("SchemaGuard: index signatures are not supported")
      const properties = ast.propertySignatures.map((ps) => ({
        name: ps.name as string,
        optional: ps.type.context?.isOptional === true,
        guard: compile(ps.type)
      }))
      const declared = new Set(properties.map((p) => p.name))
      const symbolKeys = options.symbolKeys !== false
      const count = properties.length
      if (!symbolKeys) {
        // A value from `JSON.parse`: a plain object whose values are never `undefined` and whose only
        // enumerable keys are its own. A declared key is present when its value is defined (or, for a
        // name `Object.prototype` also has, when it is an own key), and the object has no excess key when
        // it has exactly as many keys as were found present: counted without allocating, since an array
        // of keys per object (`Object.keys`) made a third of the garbage of a large document.
        const inherited = properties.map((p) => p.name in Object.prototype)
        const generated = options.generateCode === false ? undefined : generatedObjectGuard(properties, inherited, true)
        if (generated !== undefined) return generated
        return (u) => {
          if (typeof u !== "object" || u === null || Array.isArray(u)) return false
          const o = u as Record<string, unknown>
          let present = 0
          for (let i = 0; i < count; i++) {
            const p = properties[i]!
            const v = inherited[i] ? (Object.hasOwn(o, p.name) ? o[p.name] : undefined) : o[p.name]
            if (v === undefined) {
              if (!p.optional) return false
            } else {
              present++
              if (!p.guard(v)) return false
            }
          }
          let keys = 0
          for (const _ in o) keys++
          return keys === present
        }
      }
      const generated = options.generateCode === false ? undefined : generatedObjectGuard(properties, [], false)
      if (generated !== undefined) return generated
      return (u) => {
        if (typeof u !== "object" || u === null || Array.isArray(u)) return false
        const o = u as Record<string, unknown>
        for (let i = 0; i < count; i++) {
          const p = properties[i]!
          if (p.name === "__proto__" ? Object.hasOwn(o, p.name) : p.name in o) {
            if (!p.guard(o[p.name])) return false
          } else if (!p.optional) return false
        }
        // Excess properties: enumerable own keys that are not declared.
        const keys = Object.keys(o)
        for (let i = 0; i < keys.length; i++) if (!declared.has(keys[i]!)) return false
        return Object.getOwnPropertySymbols(o).every((s) => !Object.prototype.propertyIsEnumerable.call(o, s))
      }
    }
    case "Suspend": {
      let inner: Guard | undefined
      return (u) => (inner ??= compile(ast.thunk()))(u)
    }
    default:
      throw new Error(`SchemaGuard: ${ast._tag} is not supported`)
  }
}

const compileWith = (ast: SchemaAST.AST, options: GuardOptions): Guard => {
  const node = compileNode(ast, options)
  const checks = compileChecks(ast)
  return checks === undefined ? node : (u) => node(u) && checks(u)
}

/**
 * Compiles a guard for a schema that transforms nothing (structs, arrays, literals, strings, numbers,
 * booleans, with any filters). Throws at compile time — a programming error — for anything else.
 *
 * @category constructors
 * @since 0.1.0
 */
export const compileGuard = (schema: Schema.Top, options: GuardOptions = {}): Guard => compileWith(schema.ast, options)
