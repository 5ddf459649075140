/**
 * vSAN 6 vote assignment (vsan-ha.md §1 Quorum and votes). The doc gives the goal, not the algorithm, so this is
 * the twin's model of it:
 * 1. every data component starts with 1 vote;
 * 2. the object must keep >50% of its votes after losing any `ftt` fault domains, i.e. total > 2 x (votes of the
 *    `ftt` heaviest fault domains). While that fails, a witness is added on the next free fault domain with the
 *    fewest votes (1..heaviest) that fixes it, or with the heaviest count if none does;
 * 3. if the total is even, one data component in the lightest fault domain gets one more vote, so no partition can
 *    ever split the votes 50/50 (the gist's RAID-6 component with `votes: 2`).
 * Results: FTT=1 SW=1 on 3 hosts gives 1+1+1 (the Hogan example); RAID-5/6 need no witness; stripes spread over
 * more fault domains than replicas (4 hosts, SW=6) need none either (cormachogan 2015 "new quorum mechanism").
 */

/** A data component and the fault domain it sits in, in layout order. */
export interface VoteInput {
  uuid: string;
  faultDomain: string;
}

/** Votes per data component plus the witnesses to create, one per listed fault domain. */
export interface VotePlan {
  votes: Record<string, number>;
  witnesses: { faultDomain: string; votes: number }[];
}

function heaviestSum(totals: ReadonlyMap<string, number>, ftt: number): number {
  return [...totals.values()]
    .sort((a, b) => b - a)
    .slice(0, ftt)
    .reduce((sum, v) => sum + v, 0);
}

/** Whether losing any `ftt` fault domains still leaves strictly more than half of the votes. */
export function survivesFaultDomainLoss(totals: ReadonlyMap<string, number>, ftt: number): boolean {
  const total = [...totals.values()].reduce((sum, v) => sum + v, 0);
  return total > 2 * heaviestSum(totals, ftt);
}

/**
 * Plans votes and witnesses; `witnessFaultDomains` are free fault domains in order of preference.
 * Returns null when more witnesses are needed than free fault domains exist.
 */
export function planVotes(
  components: readonly VoteInput[],
  ftt: number,
  witnessFaultDomains: readonly string[],
): VotePlan | null {
  const votes: Record<string, number> = {};
  const totals = new Map<string, number>();
  for (const component of components) {
    votes[component.uuid] = 1;
    totals.set(component.faultDomain, (totals.get(component.faultDomain) ?? 0) + 1);
  }
  const witnesses: VotePlan['witnesses'] = [];
  const free = witnessFaultDomains.filter((fd) => !totals.has(fd));
  while (!survivesFaultDomainLoss(totals, ftt)) {
    const faultDomain = free.shift();
    if (faultDomain === undefined) {
      return null;
    }
    const heaviest = Math.max(...totals.values());
    let chosen = heaviest;
    for (let v = 1; v < heaviest; v += 1) {
      if (survivesFaultDomainLoss(new Map([...totals, [faultDomain, v]]), ftt)) {
        chosen = v;
        break;
      }
    }
    totals.set(faultDomain, chosen);
    witnesses.push({ faultDomain, votes: chosen });
  }
  const total = [...totals.values()].reduce((sum, v) => sum + v, 0);
  if (total % 2 === 0) {
    // Lightest data fault domain first; ties keep layout order. Safe: an even total > 2L is >= 2L + 2.
    const dataDomains = [...new Set(components.map((c) => c.faultDomain))];
    const lightest = dataDomains.reduce((best, fd) => ((totals.get(fd) ?? 0) < (totals.get(best) ?? 0) ? fd : best));
    const target = components.find((c) => c.faultDomain === lightest);
    if (target !== undefined) {
      votes[target.uuid] = (votes[target.uuid] ?? 1) + 1;
    }
  }
  return { votes, witnesses };
}
