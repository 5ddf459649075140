import { describe, expect, it } from 'vitest';

import { twinTime } from '../tasks/time';

import { withServiceOnVolume } from './__fixtures__/on-volume';
import { runHarbor } from './__fixtures__/run';
import { composeUp } from './compose-up';
import type { FindingContext } from './findings';
import { harborFindings } from './findings';
import type { HarborState } from './harbor-state';
import { createHarborState, updateContainer } from './harbor-state';
import { HARBOR_041_LAYOUT } from './layout-0x';
import { HARBOR_2X_LAYOUT } from './layout-2x';

// Faults: harbor.md §1 Known failure mode (log-first Exit 128 and its workaround); vdvs.md §7 (volumes left attached
// after an ESX host failure + HA restart, issue #1675, fixed by PR #1710 in 0.17).
const VM = 'photon-harbor';
const DETACHED: FindingContext = { vmName: VM, volumeAttachedTo: () => null };
const OUTAGE = { vmDown: [100, 140] as [number, number], bootedAt: 163 };

function raced041(): HarborState {
  return runHarbor(createHarborState(HARBOR_041_LAYOUT, twinTime(0)), { from: 100, until: 200, step: 1, ...OUTAGE })
    .state;
}

// Harbor 2.x with its database on the vDVS volume `harbor-db@vsanDatastore`, running since 0.
function onVolumes(): HarborState {
  const layout = withServiceOnVolume(
    HARBOR_2X_LAYOUT,
    'postgresql',
    'harbor-db@vsanDatastore',
    '/var/lib/postgresql/data',
  );
  return createHarborState(layout, twinTime(0));
}

describe('harborFindings: log-first Exit 128', () => {
  it('when the restore raced the log container, then one error finding names the stuck containers and the fix', () => {
    // Arrange
    const state = raced041();

    // Act
    const findings = harborFindings(state, DETACHED);

    // Assert
    expect(findings).toStrictEqual([
      {
        id: 'harbor-log-first-exit-128',
        severity: 'error',
        title: 'Harbor containers stuck in Exit 128: the log container was not listening',
        detail:
          'deploy_registry_1, deploy_mysql_1, deploy_ui_1 failed to start: failed to initialize logging driver: dial tcp ' +
          '127.0.0.1:1514: connect: connection refused. Every Harbor service logs through syslog to the log container on ' +
          '127.0.0.1:1514; Docker started them before log was listening, and restart: always does not retry a failed ' +
          'start (goharbor/harbor#129, #1296).',
        fix: 'Start log first, then the rest: `docker-compose up -d log && docker-compose up -d` (or `docker-compose start`).',
      },
    ]);
  });

  it('when the fix has been applied, then the finding is gone', () => {
    // Arrange
    const logUp = composeUp(raced041(), twinTime(200), { services: ['log'] }).state;
    const rest = composeUp(
      runHarbor(logUp, { from: 200, until: 205, step: 1, bootedAt: 163 }).state,
      twinTime(205),
    ).state;

    // Act
    const fixed = runHarbor(rest, { from: 205, until: 260, step: 1, bootedAt: 163 }).state;

    // Assert
    expect(harborFindings(fixed, DETACHED)).toStrictEqual([]);
  });
});

describe('harborFindings: vDVS volume left attached', () => {
  it.each<[string, boolean, string | null, string[]]>([
    ['detached and unused', false, null, []],
    ['attached and in use', true, VM, []],
    ['attached to this VM, unused', false, VM, ['warning']],
    ['attached to another VM, unused', false, 'photon-harbor-old', ['error']],
  ])('when the volume is %s, then the findings are %j', (_case, dbRunning, attachedTo, severities) => {
    // Arrange
    const base = onVolumes();
    const state = dbRunning
      ? base
      : updateContainer(base, 'postgresql', (c) => ({ ...c, status: 'exited', exitCode: 128 }));

    // Act
    const findings = harborFindings(state, { vmName: VM, volumeAttachedTo: () => attachedTo });

    // Assert
    expect(findings.map((f) => f.severity)).toStrictEqual(severities);
  });

  it('when the volume is left attached to this VM, then the finding cites vDVS #1675 and gives the 0.17 fix', () => {
    // Arrange
    const state = updateContainer(onVolumes(), 'postgresql', (c) => ({ ...c, status: 'exited', exitCode: 128 }));

    // Act
    const [finding] = harborFindings(state, { vmName: VM, volumeAttachedTo: () => VM });

    // Assert
    expect(finding?.id).toBe('vdvs-volume-left-attached:harbor-db@vsanDatastore');
    expect(finding?.detail).toContain('issue #1675, fixed in 0.17 by PR #1710');
    expect(finding?.fix).toContain('Upgrade the vSphere Docker Volume Service plugin to 0.17 or later');
  });
});
