/** The first `max` volumes by name and how many more there are, so a policy used by 10,000 volumes stays one row. */
export function volumePreview(volumes: string[], max = 8): { shown: string[]; more: number } {
  const sorted = [...volumes].sort((a, b) => a.localeCompare(b));
  return { shown: sorted.slice(0, max), more: Math.max(0, sorted.length - max) };
}
