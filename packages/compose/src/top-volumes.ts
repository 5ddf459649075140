import type { Pair, YAMLMap } from 'yaml';
import { isMap, isScalar } from 'yaml';

import type { ComposeModel } from './compose-model';
import { ComposeError } from './errors';
import type { TextEdit } from './text-edit';
import { lineStartAt, nextLineStart, renderPlain } from './text-edit';
import { scalarString } from './yaml-nodes';

/**
 * Edits that declare each volume as `name: {external: true}` under the top-level `volumes:`, creating the section
 * at the end of the file when it is missing, in the file's own indentation and line endings. Names already
 * declared are left exactly as written (validation refuses non-external ones first).
 */
export function declareExternalVolumes(model: ComposeModel, volumes: readonly string[], eol: string): TextEdit[] {
  const declared = new Set(model.inventory.declaredVolumes.map((v) => v.name));
  const names = [...new Set(volumes)].filter((name) => !declared.has(name));
  if (names.length === 0) return [];
  const { text } = model.parsed;
  const unit = indentUnit(model);
  const flowEntries = names.map((n) => `${renderPlain(n, true)}: {external: true}`).join(', ');
  const blockEntries = (column: number, inner: number): string =>
    names
      .map((n) => `${' '.repeat(column)}${renderPlain(n)}:${eol}${' '.repeat(column + inner)}external: true${eol}`)
      .join('');
  const top = model.root.items.find((pair) => scalarString(pair.key) === 'volumes');
  if (top === undefined) {
    if (model.root.flow) return [insertIntoFlow(text, model.root, `volumes: {${flowEntries}}`)];
    const column = keyColumn(text, model.root.items[0]);
    const lead = text === '' || text.endsWith('\n') ? '' : eol;
    return [
      {
        start: text.length,
        end: text.length,
        text: `${lead}${' '.repeat(column)}volumes:${eol}${blockEntries(column + unit, unit)}`,
      },
    ];
  }
  const value = top.value;
  if (isMap(value)) {
    if (value.flow) return [insertIntoFlow(text, value, flowEntries)];
    const column = keyColumn(text, value.items[0]);
    const first = value.items[0]?.value;
    const inner =
      isMap(first) && !first.flow && first.items[0] !== undefined ? keyColumn(text, first.items[0]) - column : unit;
    const end = value.range?.[1] ?? text.length;
    const at = nextLineStart(text, Math.max(0, end - 1));
    const lead = at === text.length && !text.endsWith('\n') ? eol : '';
    return [{ start: at, end: at, text: lead + blockEntries(column, inner) }];
  }
  if (isScalar(value) && value.value === null) {
    const [start, end] = value.range ?? [0, 0];
    if (start !== end) return [{ start, end, text: `{${flowEntries}}` }];
    const at = nextLineStart(text, top.key !== null && isScalar(top.key) ? (top.key.range?.[1] ?? start) : start);
    const lead = at === text.length && !text.endsWith('\n') ? eol : '';
    return [{ start: at, end: at, text: lead + blockEntries(keyColumn(text, top) + unit, unit) }];
  }
  throw new ComposeError('unsupported-syntax', 'The top-level volumes: is neither a mapping nor empty.');
}

function insertIntoFlow(text: string, map: YAMLMap, entry: string): TextEdit {
  const end = map.range?.[1] ?? 0;
  if (text[end - 1] !== '}') throw new ComposeError('unsupported-syntax', 'Cannot find the end of a flow mapping.');
  const before = text.slice(0, end - 1).trimEnd();
  const separator = map.items.length === 0 || before.endsWith(',') ? '' : ', ';
  return { start: before.length, end: before.length, text: `${separator}${entry}` };
}

// The step between `services:` and its first service: the file's indentation unit (2 in every Harbor file).
function indentUnit(model: ComposeModel): number {
  const services = model.root.items.find((pair) => scalarString(pair.key) === 'services');
  const first = services !== undefined && isMap(services.value) ? services.value.items[0] : undefined;
  if (services === undefined || first === undefined) return 2;
  const step = keyColumn(model.parsed.text, first) - keyColumn(model.parsed.text, services);
  return step > 0 ? step : 2;
}

function keyColumn(text: string, pair: Pair | undefined): number {
  const start = pair !== undefined && isScalar(pair.key) ? pair.key.range?.[0] : undefined;
  return start === undefined ? 0 : start - lineStartAt(text, start);
}
