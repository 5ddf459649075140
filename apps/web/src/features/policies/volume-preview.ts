// One collator for every call: `localeCompare` builds one per comparison, which for a sort of 10,000 names is most of a
// second on a busy machine.
const byName = new Intl.Collator().compare;

/**
 * The first `max` volumes by name and how many more there are, so a policy used by 10,000 volumes stays one row.
 * One pass keeping the `max` smallest names, rather than sorting all of them.
 */
export function volumePreview(volumes: readonly string[], max = 8): { shown: string[]; more: number } {
  const shown: string[] = [];
  for (const name of volumes) {
    const last = shown.at(-1);
    if (shown.length === max && (last === undefined || byName(name, last) >= 0)) continue;
    let at = shown.length;
    while (at > 0 && byName(name, shown[at - 1] ?? name) < 0) at -= 1;
    shown.splice(at, 0, name);
    if (shown.length > max) shown.pop();
  }
  return { shown, more: Math.max(0, volumes.length - max) };
}
