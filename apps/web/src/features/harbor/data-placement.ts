import type { HarborService } from '@harborview/contracts/harbor';
import type { Volume } from '@harborview/contracts/volumes';
import type { ComponentState } from '@harborview/contracts/vsan';

export interface HostPlacement {
  hostName: string;
  /** Capacity disks holding the data (cache disk first), as the Physical Placement columns name them. */
  disks: string[];
  states: ComponentState[];
}

export interface DataPlacementRow {
  service: string;
  target: string;
  volume: string;
  /** Null while the volume has not loaded, or when it could not be (see `problem`). */
  placement: { healthLabel: string; health: Volume['object']['health']; hosts: HostPlacement[] } | null;
  /** Why there is no placement when loading gave up (the volume does not exist, or its GET failed), else null. */
  problem: string | null;
}

/** The volumes Harbor's mounts name, keyed by the mount's own reference (`vsanvol1@vsanDatastore`), and why any failed. */
export interface MountedVolumes {
  volumes: ReadonlyMap<string, Volume>;
  problems: ReadonlyMap<string, string>;
}

/**
 * Each mount's volume under the name the mount gives it, from the GETs asked by that name (`results[i]` answers
 * `names[i]`). The API answers `vsanvol1@vsanDatastore` with the volume named `vsanvol1`, so keying by the answer's
 * name would never match the mount and leave its placement loading forever.
 */
export function mountedVolumeLookup(
  names: readonly string[],
  results: readonly { data?: Volume | undefined; error: unknown }[],
): MountedVolumes {
  const volumes = new Map<string, Volume>();
  const problems = new Map<string, string>();
  names.forEach((name, i) => {
    const result = results[i];
    if (result?.data) volumes.set(name, result.data);
    else if (result?.error) problems.set(name, volumeProblem(name, result.error));
  });
  return { volumes, problems };
}

/** The sentence a mount's volume shows instead of its placement when its GET failed: a 404 means it does not exist. */
export function volumeProblem(name: string, error: unknown): string {
  if ((error as { status?: unknown } | null)?.status === 404) return `Volume ${name} not found`;
  const reason = error instanceof Error ? error.message : String(error);
  return `Volume ${name} could not be loaded: ${reason}`;
}

function hostsOf(volume: Volume): HostPlacement[] {
  const hosts = new Map<string, HostPlacement>();
  // Witnesses hold metadata only (vsan-ha.md §1): the data sits where the data components are.
  for (const c of volume.object.components.filter((x) => x.type === 'Component')) {
    const host = hosts.get(c.hostName) ?? { hostName: c.hostName, disks: [], states: [] };
    for (const disk of [c.cacheDisk, c.capacityDisk]) if (disk && !host.disks.includes(disk)) host.disks.push(disk);
    if (!host.states.includes(c.state)) host.states.push(c.state);
    hosts.set(c.hostName, host);
  }
  return [...hosts.values()].sort((a, b) => a.hostName.localeCompare(b.hostName));
}

/** Where each service's data sits: mount → vDVS volume → vSAN object → the hosts and disks of its data components. */
export function dataPlacement(services: HarborService[], { volumes, problems }: MountedVolumes): DataPlacementRow[] {
  return services.flatMap((service) =>
    service.mounts.flatMap((mount): DataPlacementRow[] => {
      if (!mount.volume) return [];
      const volume = volumes.get(mount.volume);
      return [
        {
          service: service.name,
          target: mount.target,
          volume: mount.volume,
          placement: volume
            ? { healthLabel: volume.object.healthLabel, health: volume.object.health, hosts: hostsOf(volume) }
            : null,
          problem: volume ? null : (problems.get(mount.volume) ?? null),
        },
      ];
    }),
  );
}

/** The vDVS volumes Harbor's services mount, once each. */
export function mountedVolumes(services: HarborService[]): string[] {
  return [...new Set(services.flatMap((s) => s.mounts.flatMap((m) => (m.volume ? [m.volume] : []))))].sort();
}
