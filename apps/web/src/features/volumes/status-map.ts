/** `docker volume inspect` Status values as text: strings verbatim, nested maps as JSON the way Docker prints them. */
export function statusValueText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'object' && !Array.isArray(value)) {
    const entries = Object.entries(value as Record<string, unknown>).map(
      ([k, v]) => `${JSON.stringify(k)}: ${JSON.stringify(v)}`,
    );
    return `{${entries.join(', ')}}`;
  }
  return JSON.stringify(value);
}

/** The Status map as rows with its exact keys, sorted as `docker volume inspect` prints them. */
export function statusMapRows(status: Record<string, unknown>): [key: string, value: string][] {
  return Object.keys(status)
    .sort()
    .map((key) => [key, statusValueText(status[key])]);
}
