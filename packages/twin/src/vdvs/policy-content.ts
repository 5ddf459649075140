/**
 * vSAN policy content as vmdkops stores it (`esxcli vsan policy getdefault` syntax, vdvs.md §3):
 * `(("hostFailuresToTolerate" i1) ("stripeWidth" i2))`. Integers carry an `i` prefix, text values are quoted
 * (vdvs.md §4 replicaPreference), booleans are `i0`/`i1`. Whitespace between items is optional.
 */

/** A typed rule value: `i<int>` or a quoted string. */
export type PolicyValue = { type: 'int'; value: number } | { type: 'string'; value: string };

/** One `("capability" value)` item. */
export interface PolicyRule {
  key: string;
  value: PolicyValue;
}

/** Where a piece of the content sits: offset in UTF-16 units plus its length. */
export interface SourceSpan {
  offset: number;
  length: number;
}

/** A parsed rule with the spans the wizard uses to point at it. */
export interface ParsedRule extends PolicyRule {
  span: SourceSpan;
  keySpan: SourceSpan;
  valueSpan: SourceSpan;
}

/** A syntax error with the position the wizard highlights (line and column are 1-based). */
export interface PolicySyntaxError {
  message: string;
  offset: number;
  line: number;
  column: number;
}

/** Parse outcome: rules with spans, or the first syntax error. */
export type PolicyParseResult = { ok: true; rules: ParsedRule[] } | { ok: false; error: PolicySyntaxError };

/** 1-based line and column of an offset. */
export function positionAt(content: string, offset: number): { line: number; column: number } {
  const before = content.slice(0, offset);
  const lines = before.split('\n');
  return { line: lines.length, column: (lines[lines.length - 1]?.length ?? 0) + 1 };
}

class SyntaxFailure {
  constructor(
    readonly message: string,
    readonly offset: number,
  ) {}
}

const describeAt = (text: string, at: number): string =>
  at >= text.length ? 'end of content' : `'${text.charAt(at)}'`;

function skipSpace(text: string, at: number): number {
  let i = at;
  while (i < text.length && /\s/.test(text.charAt(i))) i += 1;
  return i;
}

function expectChar(text: string, at: number, ch: string, what: string): number {
  if (text.charAt(at) !== ch) throw new SyntaxFailure(`Expected '${ch}' ${what} but found ${describeAt(text, at)}`, at);
  return at + 1;
}

function readString(text: string, at: number): { value: string; end: number } {
  let i = at + 1;
  let value = '';
  while (i < text.length) {
    const ch = text.charAt(i);
    if (ch === '"') return { value, end: i + 1 };
    if (ch === '\\') {
      if (i + 1 >= text.length) break;
      value += text.charAt(i + 1);
      i += 2;
    } else {
      value += ch;
      i += 1;
    }
  }
  throw new SyntaxFailure("Unterminated string: missing closing '\"'", at);
}

function readInt(text: string, at: number): { value: number; end: number } {
  const match = /^i(-?\d+)/.exec(text.slice(at));
  if (!match?.[1])
    throw new SyntaxFailure(`Expected an integer like i1 after 'i' but found ${describeAt(text, at + 1)}`, at);
  // `+ 0` folds i-0 into 0 so printing and re-parsing is stable.
  const value = Number(match[1]) + 0;
  if (!Number.isSafeInteger(value)) throw new SyntaxFailure(`Integer ${match[0]} is too large`, at);
  return { value, end: at + match[0].length };
}

function readValue(text: string, at: number, key: string): { value: PolicyValue; end: number } {
  const ch = text.charAt(at);
  if (ch === '"') {
    const { value, end } = readString(text, at);
    return { value: { type: 'string', value }, end };
  }
  if (ch === 'i') {
    const { value, end } = readInt(text, at);
    return { value: { type: 'int', value }, end };
  }
  throw new SyntaxFailure(`Expected a value (i<integer> or "text") for "${key}" but found ${describeAt(text, at)}`, at);
}

function readRule(text: string, start: number): { rule: ParsedRule; end: number } {
  let i = skipSpace(text, start + 1);
  if (text.charAt(i) !== '"') {
    throw new SyntaxFailure(`Expected a quoted capability name like "stripeWidth" but found ${describeAt(text, i)}`, i);
  }
  const key = readString(text, i);
  const keySpan = { offset: i, length: key.end - i };
  i = skipSpace(text, key.end);
  const valueStart = i;
  const value = readValue(text, i, key.value);
  i = skipSpace(text, value.end);
  i = expectChar(text, i, ')', `to close the "${key.value}" rule`);
  return {
    rule: {
      key: key.value,
      value: value.value,
      span: { offset: start, length: i - start },
      keySpan,
      valueSpan: { offset: valueStart, length: value.end - valueStart },
    },
    end: i,
  };
}

function parseOrThrow(text: string): ParsedRule[] {
  let i = skipSpace(text, 0);
  i = expectChar(text, i, '(', 'to open the policy');
  const rules: ParsedRule[] = [];
  for (;;) {
    i = skipSpace(text, i);
    if (i >= text.length) throw new SyntaxFailure("Unexpected end of content: missing ')' to close the policy", i);
    if (text.charAt(i) === ')') break;
    if (text.charAt(i) !== '(') {
      throw new SyntaxFailure(
        `Expected '(' to start a rule or ')' to close the policy but found ${describeAt(text, i)}`,
        i,
      );
    }
    const { rule, end } = readRule(text, i);
    rules.push(rule);
    i = end;
  }
  const tail = skipSpace(text, i + 1);
  if (tail < text.length) throw new SyntaxFailure(`Unexpected ${describeAt(text, tail)} after the closing ')'`, tail);
  return rules;
}

/** Parse policy content into rules, or the first syntax error with its position. */
export function parsePolicyContent(content: string): PolicyParseResult {
  try {
    return { ok: true, rules: parseOrThrow(content) };
  } catch (e) {
    if (!(e instanceof SyntaxFailure)) throw e;
    return { ok: false, error: { message: e.message, offset: e.offset, ...positionAt(content, e.offset) } };
  }
}

const quote = (text: string): string => `"${text.replace(/["\\]/g, (c) => `\\${c}`)}"`;

/** Canonical text of one value: `i2` or `"text"`. */
export function printPolicyValue(value: PolicyValue): string {
  return value.type === 'int' ? `i${value.value}` : quote(value.value);
}

/**
 * Canonical content for rules, one space between items as `esxcli vsan policy getdefault` prints them.
 * @example printPolicyContent([{ key: 'stripeWidth', value: { type: 'int', value: 2 } }]) // '(("stripeWidth" i2))'
 */
export function printPolicyContent(rules: readonly PolicyRule[]): string {
  return `(${rules.map((r) => `(${quote(r.key)} ${printPolicyValue(r.value)})`).join(' ')})`;
}

/** Drop the spans, leaving plain rules (what the twin state keeps). */
export function toPlainRules(rules: readonly ParsedRule[]): PolicyRule[] {
  return rules.map(({ key, value }) => ({ key, value }));
}
