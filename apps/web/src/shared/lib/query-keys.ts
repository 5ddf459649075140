/** A slice's key factory when each of its resources sits right under the slice's own prefix. */
export type SliceKeys<S extends string, R extends string> = { readonly all: readonly [S] } & {
  readonly [K in R]: () => readonly [S, K];
};

/**
 * The key factory of a slice whose queries are one per resource: `all` is the slice's prefix (what its `live.ts`
 * marks stale) and each resource's key is that prefix and the resource's name. Slices with keys that take ids or
 * nest deeper write their factory out.
 * @example export const taskKeys = sliceKeys('tasks', ['recent', 'alarms']); // taskKeys.alarms() is ['tasks', 'alarms']
 */
export function sliceKeys<const S extends string, const R extends string>(
  slice: S,
  resources: readonly R[],
): SliceKeys<S, R> {
  const all = [slice] as const;
  const keys = Object.fromEntries(resources.map((resource) => [resource, () => [slice, resource] as const]));
  return { all, ...keys } as SliceKeys<S, R>;
}
