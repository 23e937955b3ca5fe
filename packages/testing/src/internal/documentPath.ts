import type { PathSegment } from "@kpss/core"

/** The value at a path of a JSON value. */
export const getAt = (root: unknown, path: ReadonlyArray<PathSegment>): unknown => {
  let v = root
  for (const k of path) v = (v as Record<PathSegment, unknown>)[k]
  return v
}

/** Sets an own property (even `__proto__`) or an array element. */
export const setAt = (root: unknown, path: ReadonlyArray<PathSegment>, value: unknown): void => {
  const parent = getAt(root, path.slice(0, -1)) as Record<PathSegment, unknown>
  Object.defineProperty(parent, path[path.length - 1]!, { value, enumerable: true, writable: true, configurable: true })
}
