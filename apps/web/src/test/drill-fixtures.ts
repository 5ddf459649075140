import type {
  Drill,
  DrillFrame,
  DrillPreflight,
  DrillReplay,
  DrillSummary,
  DrillTimelineEntry,
  PreflightObject,
} from '@harborview/contracts/drills';

// The walkthrough's drill as the BFF reports it: host .130 (host-1, an HA secondary) powered off at 10:00:00 twin
// time, declared dead at T15, photon-harbor powered on on .131 at T18, Harbor healthy at T50, images intact
// (vsan-ha.md §3 Timelines; harbor.md §1 Restart policy).
const FAULT_AT = '2024-05-01T10:00:00.000Z';
const at = (t: number): string => new Date(Date.parse(FAULT_AT) + t * 1000).toISOString();
const HOST_1 = { type: 'HostSystem' as const, id: 'host-1', name: '10.162.102.130' };
const VM = { type: 'VirtualMachine' as const, id: 'vm-1', name: 'photon-harbor' };

function volumeObject(name: string, over: Partial<PreflightObject> = {}): PreflightObject {
  return {
    name: `${name}@vsanDatastore`,
    kind: 'volume',
    objectUuid: `uuid-${name}`,
    policy: 'vSAN Default Storage Policy',
    ftt: 1,
    componentsLost: 1,
    componentsTotal: 3,
    votesLost: 1,
    votesTotal: 3,
    accessibleAfter: true,
    dataAfter: 'intact',
    healthAfter: 'reducedavailabilitywithnorebuilddelaytimer',
    reason: '2 of 3 votes stay Active (RAID-1, FTT=1)',
    usedBy: [],
    ...over,
  };
}

/** Power off host-1: every volume stays accessible, HA restarts photon-harbor on .131, nothing to confirm. */
export function preflightFixture(over: Partial<DrillPreflight> = {}): DrillPreflight {
  return {
    fault: { type: 'host-power-off', hostId: 'host-1' },
    description: 'Power off host 10.162.102.130',
    hostName: '10.162.102.130',
    haEnabled: true,
    hostIsHaPrimary: false,
    expectedDetectionSeconds: 15,
    harborVm: {
      vmId: 'vm-1',
      name: 'photon-harbor',
      affected: true,
      restartHostId: 'host-2',
      restartHostName: '10.162.102.131',
      reason: 'its host fails; HA restarts it on the healthy host with the most unreserved capacity',
    },
    objects: [
      volumeObject('vsanvol1', { usedBy: ['registry'] }),
      volumeObject('vsanvol2', { usedBy: ['mysql'] }),
      volumeObject('vsanvol3', {
        policy: 'SW=2',
        componentsLost: 2,
        componentsTotal: 5,
        votesLost: 2,
        votesTotal: 5,
        usedBy: ['jobservice'],
      }),
    ],
    services: ['registry', 'mysql', 'jobservice'].map((name) => ({
      name,
      recovers: true,
      reason: 'its volume stays accessible; restart: always brings it back after the VM boots',
    })),
    goesDown: [],
    requiresConfirmation: false,
    repairOutlook: 'no spare fault domain: components stay Absent',
    ...over,
  };
}

/** An FTT=0 volume on the failed host: it goes down and must be confirmed. */
export function riskyPreflightFixture(): DrillPreflight {
  const lost = volumeObject('vsanvol4', {
    policy: 'FTT=0',
    ftt: 0,
    componentsLost: 1,
    componentsTotal: 1,
    votesLost: 1,
    votesTotal: 1,
    accessibleAfter: false,
    dataAfter: 'unavailable',
    healthAfter: 'inaccessible',
    reason: 'policy FTT=0: its only copy is on 10.162.102.130',
  });
  const base = preflightFixture();
  return {
    ...base,
    objects: [...base.objects, lost],
    goesDown: ['vsanvol4@vsanDatastore'],
    requiresConfirmation: true,
  };
}

const entry = (
  seq: number,
  t: number,
  lane: DrillTimelineEntry['lane'],
  message: string,
  severity: DrillTimelineEntry['severity'] = 'info',
): DrillTimelineEntry => ({
  seq,
  lane,
  time: at(t),
  tSeconds: t,
  severity,
  typeId: `test.${lane}.${seq}`,
  message,
  objects: lane === 'host' ? [HOST_1] : lane === 'vm' ? [VM] : [],
});

export const timelineFixture: DrillTimelineEntry[] = [
  entry(0, -1, 'registry', 'baseline recorded: 2 images, 6 blobs'),
  entry(1, 0, 'host', 'Host 10.162.102.130 powered off', 'error'),
  entry(2, 0, 'vsan', 'components on 10.162.102.130 are Absent', 'warning'),
  entry(3, 0, 'harbor', 'registry unhealthy', 'error'),
  entry(4, 15, 'ha', 'vSphere HA detected a possible host failure of host 10.162.102.130', 'error'),
  entry(5, 18, 'vm', 'vSphere HA restarted virtual machine photon-harbor on host 10.162.102.131', 'warning'),
  entry(6, 50, 'harbor', 'Harbor healthy'),
  entry(7, 52, 'registry', 'verified after the failover: 2 images, 6 blobs verified, nothing lost'),
];

type FrameHost = DrillFrame['hosts'][number];
const frameHost = (n: number, over: Partial<FrameHost> = {}): FrameHost => ({
  id: `host-${n}`,
  name: `10.162.102.${129 + n}`,
  powerState: 'poweredOn',
  connectionState: 'connected',
  haState: n === 3 ? 'Running (Primary)' : 'Connected (Secondary)',
  disks: [
    {
      id: `host-${n}-dg-1-cap-1`,
      role: 'capacity',
      failed: false,
      components: [{ uuid: `c-${n}`, object: 'vsanvol1', type: n === 3 ? 'Witness' : 'Component', state: 'ACTIVE' }],
    },
  ],
  ...over,
});

/** The cluster before the fault: photon-harbor on .130, every component Active, Harbor healthy. */
export function frameFixture(over: Partial<DrillFrame> = {}): DrillFrame {
  return {
    time: at(-1),
    tSeconds: -1,
    timelineCount: 1,
    hosts: [frameHost(1), frameHost(2), frameHost(3)],
    vm: { id: 'vm-1', name: 'photon-harbor', hostId: 'host-1', powerState: 'poweredOn' },
    harbor: ['registry', 'mysql', 'jobservice'].map((name) => ({ name, state: 'running', healthy: true })),
    ...over,
  };
}

/** After the failover: .130 off with its component Absent, photon-harbor running on .131. */
export function failedOverFrameFixture(): DrillFrame {
  const down = frameHost(1, { powerState: 'poweredOff', connectionState: 'notResponding', haState: 'Unreachable' });
  const absent = {
    ...down,
    disks: down.disks.map((d) => ({ ...d, components: d.components.map((c) => ({ ...c, state: 'ABSENT' as const })) })),
  };
  return frameFixture({
    time: at(60),
    tSeconds: 60,
    timelineCount: 8,
    hosts: [absent, frameHost(2), frameHost(3)],
    vm: { id: 'vm-1', name: 'photon-harbor', hostId: 'host-2', powerState: 'poweredOn' },
  });
}

/** The walkthrough drill, failed over and verified (`recovered`), the fault still in place. */
export function drillFixture(over: Partial<Drill> = {}): Drill {
  return {
    id: 'drill-1',
    fault: { type: 'host-power-off', hostId: 'host-1' },
    description: 'Power off host 10.162.102.130',
    status: 'recovered',
    failure: null,
    startedAt: at(-1),
    endedAt: null,
    initiator: 'administrator@vsphere.local',
    preflight: preflightFixture(),
    timeline: timelineFixture,
    rto: {
      faultAt: FAULT_AT,
      hostDeclaredDeadSeconds: 15,
      vmPoweredOnSeconds: 18,
      harborHealthySeconds: 50,
      resyncedSeconds: null,
    },
    integrity: {
      baseline: { recordedAt: at(-1), images: 2, blobs: 6 },
      verdict: 'intact',
      checkedAt: at(52),
      summary: '2 images, 6 blobs verified, nothing lost',
      images: [
        {
          ref: 'library/hello:1',
          manifestDigest: 'sha256:4f1d',
          blobs: 3,
          status: 'intact',
          detail: 'on vsanvol1@vsanDatastore',
        },
        {
          ref: 'library/hello:2',
          manifestDigest: 'sha256:5e2c',
          blobs: 3,
          status: 'intact',
          detail: 'on vsanvol1@vsanDatastore',
        },
      ],
      affectedVolumes: [],
    },
    samples: [0, 15, 18, 50].map((t) => ({
      tSeconds: t,
      time: at(t),
      objectHealth: { [t === 0 ? 'healthy' : 'reducedavailabilitywithnorebuilddelaytimer']: 6 },
      harborHealthy: t < 50 && t > 0 ? 0 : 3,
      harborUnhealthy: t < 50 && t > 0 ? 3 : 0,
      resyncBytesLeft: 0,
    })),
    repairTimer: { endsAt: at(3600), secondsLeft: 3540, outcome: 'no spare fault domain: components stay Absent' },
    resync: { bytesLeft: 0, bytesTotal: 0, progress: 0 },
    vmHostBefore: 'host-1',
    vmHostNow: 'host-2',
    recoverable: true,
    ...over,
  };
}

export function drillSummaryFixture(drill: Drill = drillFixture()): DrillSummary {
  const { id, fault, description, status, startedAt, endedAt, initiator, rto } = drill;
  return {
    id,
    fault,
    description,
    status,
    startedAt,
    endedAt,
    initiator,
    rto,
    verdict: drill.integrity?.verdict ?? null,
  };
}

/** The drill replayed: three frames (before, at the fault, after the failover) over the recorded timeline. */
export function replayFixture(): DrillReplay {
  const before = frameFixture();
  const atFault = {
    ...failedOverFrameFixture(),
    time: at(0),
    tSeconds: 0,
    timelineCount: 4,
    vm: { ...before.vm, powerState: 'poweredOff' },
  };
  return {
    drillId: 'drill-1',
    eventsHash: 'h1',
    recordedEventsHash: 'h1',
    durationSeconds: 60,
    timeline: timelineFixture,
    frames: [before, atFault, failedOverFrameFixture()],
  };
}
