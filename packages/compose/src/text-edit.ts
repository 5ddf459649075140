import type { Scalar } from 'yaml';

import { ComposeError } from './errors';

/** Replace text[start, end) with `text`; an insertion has start === end. */
export interface TextEdit {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** Applies non-overlapping edits; every byte outside them is kept as it was. */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  let out = '';
  let cursor = 0;
  for (const edit of sorted) {
    if (edit.start < cursor) throw new Error(`overlapping edits at offset ${edit.start}`);
    out += text.slice(cursor, edit.start) + edit.text;
    cursor = edit.end;
  }
  return out + text.slice(cursor);
}

/** Offset of the first character of the line holding `offset`. */
export function lineStartAt(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

/** Offset just past the line break ending the line that holds `offset` (or the end of the text). */
export function nextLineStart(text: string, offset: number): number {
  const newline = text.indexOf('\n', offset);
  return newline < 0 ? text.length : newline + 1;
}

/** True when only spaces precede `offset` on its line. */
export function startsItsLine(text: string, offset: number): boolean {
  return /^ *$/.test(text.slice(lineStartAt(text, offset), offset));
}

// Words YAML 1.1 (docker-compose v1's PyYAML) or 1.2 (compose-go) would not read as a string.
const NON_STRING =
  /^(?:~|null|Null|NULL|true|True|TRUE|false|False|FALSE|y|Y|yes|Yes|YES|n|N|no|No|NO|on|On|ON|off|Off|OFF)$/;
const NUMBER_LIKE =
  /^[-+]?(?:\d[\d_]*(?:\.[\d_]*)?|\.\d+)(?:[eE][-+]?\d+)?$|^0[xXoObB]|^[-+]?\.(?:inf|Inf|INF|nan|NaN|NAN)$/;

/** True when a string can be written as a plain scalar (in flow context: also without `,[]{}`) and read back as itself. */
export function isPlainSafe(value: string, inFlow = false): boolean {
  if (value === '' || value !== value.trim() || /[\t\r\n]/.test(value)) return false;
  if (/^[-?:,[\]{}#&*!|>'"%@`]/.test(value) || value.endsWith(':')) return false;
  if (value.includes(': ') || value.includes(' #') || (inFlow && /[,[\]{}]/.test(value))) return false;
  return !NON_STRING.test(value) && !NUMBER_LIKE.test(value) && !/^\d+(?::[0-5]?\d)+$/.test(value);
}

/** Writes `value` the way `original` was written: plain stays plain when safe, quoted stays in its quotes. */
export function renderLike(original: Scalar, value: string, inFlow: boolean): string {
  switch (original.type) {
    case 'QUOTE_DOUBLE':
      return JSON.stringify(value);
    case 'QUOTE_SINGLE':
      return singleQuoted(value);
    case 'PLAIN':
    case undefined:
      return isPlainSafe(value, inFlow) ? value : singleQuoted(value);
    default:
      throw new ComposeError('unsupported-syntax', 'Block scalars (| or >) in a mount entry cannot be rewritten.');
  }
}

/** A new plain scalar, quoted only when it has to be. */
export function renderPlain(value: string, inFlow = false): string {
  return isPlainSafe(value, inFlow) ? value : singleQuoted(value);
}

function singleQuoted(value: string): string {
  return `'${value.replace(/'/g, "''")}'`;
}
