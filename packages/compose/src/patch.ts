import { applyPatch } from 'diff';

/**
 * Applies a unified diff (as written by `unifiedDiff`) to `before`: every context and removed line must match
 * exactly (jsdiff with no fuzz and no line-ending conversion); throws when a hunk fits nowhere. Used to prove a shown
 * diff is exactly the change that will be written.
 *
 * Like patch(1), a hunk whose lines match a few lines away from its header's line number still applies there; the
 * tests compare the result with the expected text, so that proves no less.
 */
export function applyUnifiedDiff(before: string, diff: string): string {
  const patched = applyPatch(before, diff, { fuzzFactor: 0, autoConvertLineEndings: false });
  if (patched === false) throw new Error('the text does not match the diff');
  return patched;
}
