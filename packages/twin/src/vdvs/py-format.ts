/**
 * The few Python formatting behaviours vDVS messages and files depend on: vmdk_ops.py is Python, so its
 * messages embed `repr()` of lists, `time.asctime(gmtime())` dates and `json.dumps` output.
 */

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'] as const;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;

const two = (n: number): string => String(n).padStart(2, '0');

/** `time.asctime(time.gmtime(s))` for an epoch-ms clock value, e.g. `Wed Mar  1 20:06:02 2017` (vdvs.md §2). */
export function asctimeUtc(epochMs: number): string {
  const d = new Date(epochMs);
  const weekday = WEEKDAYS[d.getUTCDay()] ?? '???';
  const month = MONTHS[d.getUTCMonth()] ?? '???';
  // C asctime pads the day to width 2 with a space ("%3d" after the month), not a zero.
  const day = String(d.getUTCDate()).padStart(2, ' ');
  const time = `${two(d.getUTCHours())}:${two(d.getUTCMinutes())}:${two(d.getUTCSeconds())}`;
  return `${weekday} ${month} ${day} ${time} ${d.getUTCFullYear()}`;
}

function escapeControl(ch: string): string {
  if (ch === '\n') return '\\n';
  if (ch === '\r') return '\\r';
  if (ch === '\t') return '\\t';
  return `\\x${(ch.codePointAt(0) ?? 0).toString(16).padStart(2, '0')}`;
}

/** Python 3 `repr(str)`: single quotes unless the text holds `'` and no `"`. */
export function pyStrRepr(text: string): string {
  const quote = text.includes("'") && !text.includes('"') ? '"' : "'";
  let out = '';
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    if (ch === '\\' || ch === quote) out += `\\${ch}`;
    else if (code < 0x20 || code === 0x7f) out += escapeControl(ch);
    else out += ch;
  }
  return `${quote}${out}${quote}`;
}

/** Python 3 `repr(list_of_str)`, e.g. `['silver', 'gold']`, as embedded in vDVS error messages. */
export function pyListRepr(items: readonly string[]): string {
  return `[${items.map(pyStrRepr).join(', ')}]`;
}

/** A JSON value as `json.dumps` sees it. */
export type PyJson = string | number | boolean | null | readonly PyJson[] | { readonly [key: string]: PyJson };

function jsonString(text: string): string {
  let out = '"';
  for (let i = 0; i < text.length; i += 1) {
    const ch = text.charAt(i);
    const code = text.charCodeAt(i);
    if (ch === '"' || ch === '\\') out += `\\${ch}`;
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\t') out += '\\t';
    else if (ch === '\b') out += '\\b';
    else if (ch === '\f') out += '\\f';
    // ensure_ascii=True: everything outside printable ASCII becomes \uXXXX (UTF-16 units, like Python).
    else if (code < 0x20 || code > 0x7e) out += `\\u${code.toString(16).padStart(4, '0')}`;
    else out += ch;
  }
  return `${out}"`;
}

/** Python `json.dumps(value)` with default separators `, ` and `: ` and `ensure_ascii=True` (KV sidecar text). */
export function pyJsonDumps(value: PyJson): string {
  if (value === null) return 'null';
  if (typeof value === 'string') return jsonString(value);
  if (typeof value === 'number') return String(value);
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (Array.isArray(value)) return `[${value.map((v: PyJson) => pyJsonDumps(v)).join(', ')}]`;
  const entries = Object.entries(value as { readonly [key: string]: PyJson });
  return `{${entries.map(([k, v]) => `${jsonString(k)}: ${pyJsonDumps(v)}`).join(', ')}}`;
}
