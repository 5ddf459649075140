import type { StructuredPatchHunk } from 'diff';
import { createTwoFilesPatch, FILE_HEADERS_ONLY, formatPatch, structuredPatch } from 'diff';

/** File names for the `---`/`+++` header lines. */
export interface DiffFiles {
  readonly fromFile: string;
  readonly toFile: string;
}

/** Lines of context around each change, as `diff -u` and git print them. */
export const DIFF_CONTEXT = 3;

// jsdiff's Myers search costs about D² for D edits (measured on 2 cores: all-different 2,000-line files, D = 4,000,
// ~1.2 s; 5,000-line ones ~6 s). A rewrite edits at most a few lines per mapping (50 mappings on a 256 KiB file: D ≈ 150,
// ~110 ms), so past this bound the texts are simply different and a whole-file replacement is the honest diff
// (the bound makes that case ~0.5 s).
const MAX_EDIT_LENGTH = 1000;

/**
 * A unified diff of two texts as `diff -u` writes it: jsdiff's minimal line diff with 3 lines of context. Lines keep
 * any `\r`; a last line without a newline gets the usual marker. Identical texts give ''.
 *
 * Hunk headers always carry both counts (`@@ -5,1 +5,1 @@`): jsdiff's form of the header GNU diff abbreviates to
 * `@@ -5 +5 @@`; patch(1) and `git apply` read both.
 */
export function unifiedDiff(before: string, after: string, files: DiffFiles): string {
  if (before === after) return '';
  const diff = createTwoFilesPatch(files.fromFile, files.toFile, before, after, undefined, undefined, {
    context: DIFF_CONTEXT,
    headerOptions: FILE_HEADERS_ONLY,
    maxEditLength: MAX_EDIT_LENGTH,
  });
  return diff ?? wholeFileReplacement(before, after, files);
}

// One hunk that removes every old line and adds every new one; each side's lines come from jsdiff against ''.
function wholeFileReplacement(before: string, after: string, files: DiffFiles): string {
  const removed = onlyHunk(before, '');
  const added = onlyHunk('', after);
  const hunk: StructuredPatchHunk = {
    oldStart: 1,
    oldLines: removed?.oldLines ?? 0,
    newStart: 1,
    newLines: added?.newLines ?? 0,
    lines: [...(removed?.lines ?? []), ...(added?.lines ?? [])],
  };
  return formatPatch(
    {
      oldFileName: files.fromFile,
      newFileName: files.toFile,
      oldHeader: undefined,
      newHeader: undefined,
      hunks: [hunk],
    },
    FILE_HEADERS_ONLY,
  );
}

function onlyHunk(before: string, after: string): StructuredPatchHunk | undefined {
  return structuredPatch('', '', before, after, undefined, undefined, { context: 0 }).hunks[0];
}
