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
  /** Null while the volume has not loaded (or does not exist). */
  placement: { healthLabel: string; health: Volume['object']['health']; hosts: HostPlacement[] } | null;
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
export function dataPlacement(services: HarborService[], volumes: ReadonlyMap<string, Volume>): DataPlacementRow[] {
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
        },
      ];
    }),
  );
}

/** The vDVS volumes Harbor's services mount, once each. */
export function mountedVolumes(services: HarborService[]): string[] {
  return [...new Set(services.flatMap((s) => s.mounts.flatMap((m) => (m.volume ? [m.volume] : []))))].sort();
}
