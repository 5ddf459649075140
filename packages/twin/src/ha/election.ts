/**
 * Primary election (vsan-ha.md §3 Basics): the host with the most connected datastores wins, ties broken by the
 * highest MoID compared lexically (so `host-9` beats `host-10`, as in FDM).
 */

/** A host taking part in an election. */
export interface ElectionCandidate {
  id: string;
  connectedDatastores: number;
}

/** The winner's id, or null when nobody can stand. */
export function electPrimary(candidates: readonly ElectionCandidate[]): string | null {
  let best: ElectionCandidate | null = null;
  for (const c of candidates) {
    const wins =
      best === null ||
      c.connectedDatastores > best.connectedDatastores ||
      (c.connectedDatastores === best.connectedDatastores && c.id > best.id);
    if (wins) best = c;
  }
  return best?.id ?? null;
}
