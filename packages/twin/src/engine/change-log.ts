/**
 * The objects that changed since a derived view (usage per device, objects per host) was computed, as a persistent
 * log: each change to the objects array appends one entry that shares the earlier ones, so resync progress, which
 * replaces hundreds of objects at every deadline, copies nothing; a view nets the log out only when it is read.
 */
import type { VsanObject } from '../vsan/types';

/** One change (objects that left, objects that arrived; a replaced object is both) on top of the earlier ones. */
export interface ChangeLog {
  readonly removed: readonly VsanObject[];
  readonly added: readonly VsanObject[];
  readonly earlier: ChangeLog | null;
  /** Objects listed in this entry and all earlier ones: views fold the log in past a bound, so it stays short. */
  readonly size: number;
}

/** The log with one more change; the arrays are copied, so callers may reuse theirs. */
export function appendChange(
  log: ChangeLog | null,
  removed: readonly VsanObject[],
  added: readonly VsanObject[],
): ChangeLog {
  return {
    removed: [...removed],
    added: [...added],
    earlier: log,
    size: (log?.size ?? 0) + removed.length + added.length,
  };
}

/** Each changed object's version before the log (null: it was not there) and after it (null: it is gone). */
export interface NetChange {
  first: Map<string, VsanObject | null>;
  latest: Map<string, VsanObject | null>;
}

/** Nets the log out, oldest change first. */
export function netChange(log: ChangeLog | null): NetChange {
  const entries: ChangeLog[] = [];
  for (let entry = log; entry !== null; entry = entry.earlier) entries.push(entry);
  const first = new Map<string, VsanObject | null>();
  const latest = new Map<string, VsanObject | null>();
  for (const entry of entries.reverse()) {
    for (const o of entry.removed) {
      if (!first.has(o.uuid)) first.set(o.uuid, o);
      latest.set(o.uuid, null);
    }
    for (const o of entry.added) {
      if (!first.has(o.uuid)) first.set(o.uuid, null);
      latest.set(o.uuid, o);
    }
  }
  return { first, latest };
}
