const UNITS = ['B', 'KB', 'MB', 'GB', 'TB', 'PB'] as const;

/** Bytes in binary units with vSphere's style of two decimals at most: "1.46 TB", "500 GB". */
export function formatBytes(bytes: number): string {
  if (!Number.isFinite(bytes) || bytes < 0) return '—';
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < UNITS.length - 1) {
    value /= 1024;
    unit += 1;
  }
  const rounded = Math.round(value * 100) / 100;
  return `${rounded} ${UNITS[unit]}`;
}

/** MHz as the host Summary shows CPU: "2.6 GHz". */
export function formatMhz(mhz: number): string {
  return mhz >= 1000 ? `${Math.round(mhz / 100) / 10} GHz` : `${mhz} MHz`;
}

/** A twin timestamp (ISO) in the user's locale, or an em dash when absent. */
export function formatTime(iso: string | null): string {
  if (!iso) return '—';
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? '—' : date.toLocaleString();
}
