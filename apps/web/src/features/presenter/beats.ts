/** The walkthrough's 13 beats, in order: what the audience sees and what to notice. */
export const BEAT_IDS = [
  'cluster',
  'plugin',
  'policy',
  'volumes',
  'compose',
  'harbor-up',
  'images',
  'ha',
  'host-off',
  'vm-restarted',
  'components-absent',
  'harbor-healthy',
  'images-intact',
] as const;
export type BeatId = (typeof BEAT_IDS)[number];

export interface Beat {
  id: BeatId;
  /** Short name for the progress strip. */
  short: string;
  title: string;
  /** What to tell the audience to notice. */
  caption: string;
  /** What advancing to the beat does when it is not done yet (shown while it runs). */
  doing: string | null;
}

// Facts in the captions: vsan-ha.md §1 Quorum and votes (3 hosts, FTT=1), §2 Absent vs Degraded and Repair delay
// timer, §3 Timelines (secondary T15 / primary T35); vdvs.md §1 (create), §3 (policy), §7 (attach, HA restart);
// harbor.md §1 Restart policy.
export const BEATS: readonly Beat[] = [
  {
    id: 'cluster',
    short: 'Cluster',
    title: 'A three-host vSAN cluster',
    caption:
      'Three ESXi hosts pool their disks into one vSAN datastore. With the default policy every object keeps two copies and a witness on three different hosts.',
    doing: null,
  },
  {
    id: 'plugin',
    short: 'vDVS',
    title: 'vDVS installed: the VIB on every host, the plugin in the Docker VM',
    caption:
      'The VIB serves volume requests on each ESXi host; the Docker plugin in photon-harbor asks it for VMDKs. Docker volumes become vSAN objects.',
    doing: 'Installing the VIB on every host and the plugin on the Docker VM…',
  },
  {
    id: 'policy',
    short: 'SW=2',
    title: 'A storage policy: SW=2',
    caption:
      'vmdkops_admin policy create --name SW=2: each copy is striped over two disks. Failures to tolerate stay at the default, 1.',
    doing: 'Creating the policy SW=2…',
  },
  {
    id: 'volumes',
    short: 'Volumes',
    title: 'Three volumes for Harbor',
    caption:
      'docker volume create --driver=vmdk: vsanvol1 (50 GB) for the registry, vsanvol2 (20 GB) for the database, vsanvol3 (20 GB, SW=2) for the job logs. Each is a vSAN object spread over the hosts.',
    doing: 'Creating vsanvol1, vsanvol2 and vsanvol3…',
  },
  {
    id: 'compose',
    short: 'Compose',
    title: 'docker-compose.yml edited',
    caption:
      "The registry's /storage, MySQL's data and the job logs move from /data on the VM disk to the three named volumes, declared external so docker-compose down -v never deletes them.",
    doing: 'Rewriting the compose file…',
  },
  {
    id: 'harbor-up',
    short: 'Harbor up',
    title: 'Harbor up on the volumes',
    caption:
      'docker-compose down && up -d: every service is running and its data now lives on vSAN, not inside the VM.',
    doing: 'Recreating Harbor on the volumes…',
  },
  {
    id: 'images',
    short: 'Images',
    title: 'Two images pushed',
    caption:
      'Two real images go into the registry. Note their digests: at the end we fetch every manifest and blob back and hash them again.',
    doing: 'Pushing two images…',
  },
  {
    id: 'ha',
    short: 'HA',
    title: 'vSphere HA on',
    caption:
      'HA elects a primary (the host with the most datastores, then the highest id) and watches the others through heartbeats on the vSAN network.',
    doing: 'Turning on vSphere HA…',
  },
  {
    id: 'host-off',
    short: 'Power off',
    title: 'Host .130 powered off',
    caption:
      'The host running Harbor loses power. The VM stops with it, and every component on that host becomes Absent.',
    doing: 'Powering off the host that runs Harbor…',
  },
  {
    id: 'vm-restarted',
    short: 'VM restarted',
    title: 'The VM restarted on a healthy host',
    caption:
      'HA declares the host dead 15 s after the failure (35 s had it been the primary) and powers the VM on elsewhere, with its volumes still attached.',
    doing: 'Letting twin time run until HA restarts the VM…',
  },
  {
    id: 'components-absent',
    short: 'Absent',
    title: 'Components Absent, objects still accessible',
    caption:
      'Each object lost the components on .130, yet more than half its votes and a full copy remain, so it stays accessible. vSAN waits 60 minutes before rebuilding, in case the host comes back.',
    doing: null,
  },
  {
    id: 'harbor-healthy',
    short: 'Harbor healthy',
    title: 'Harbor healthy again',
    caption:
      'restart: always brings every container back once the VM has booted, on the same volumes. No one touched Harbor.',
    doing: 'Waiting for Harbor to report healthy…',
  },
  {
    id: 'images-intact',
    short: 'Intact',
    title: 'The images are intact',
    caption:
      'Every manifest and blob is fetched back from the real registry and hashed again: the same digests as before the failure.',
    doing: 'Checking every image against its digests…',
  },
];

export function beatAt(index: number): Beat {
  const beat = BEATS[Math.max(0, Math.min(BEATS.length - 1, index))];
  if (!beat) throw new Error('no beats');
  return beat;
}
