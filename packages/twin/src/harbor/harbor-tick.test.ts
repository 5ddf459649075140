import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { seconds, twinTime } from '../tasks/time';

import { withServiceOnVolume } from './__fixtures__/on-volume';
import { LOG_FIRST_RACE_PS, ps, runHarbor } from './__fixtures__/run';
import { composeUp } from './compose-up';
import { LOGGING_DRIVER_ERROR } from './container-start';
import { createHarborState } from './harbor-state';
import { harborTick, POWER_LOSS_EXIT_CODE } from './harbor-tick';
import { HARBOR_041_LAYOUT } from './layout-0x';

// harbor.md §1 Restart policy and Known failure mode; timings are DEFAULT_DOCKER_TIMINGS (dockerd 2 s after boot,
// starts 0.5 s apart, rsyslog listening 2 s after log starts) [U]. The VM is off 100–140 and the guest up at 163
// (HA: power-on 3 s + Photon boot 20 s, ha/constants.ts).
const OUTAGE = { vmDown: [100, 140] as [number, number], bootedAt: 163 };
const running041 = (): ReturnType<typeof createHarborState> => createHarborState(HARBOR_041_LAYOUT, twinTime(0));

describe('harborTick power loss', () => {
  it('when the VM powers off, then every running container exits as a power loss and one event is logged', () => {
    // Arrange
    const state = running041();

    // Act
    const result = harborTick(state, {
      now: twinTime(100),
      vmRunning: false,
      guestBootedAt: null,
      volumeAccessible: () => true,
    });

    // Assert
    expect(ps(result.state)).toStrictEqual(
      HARBOR_041_LAYOUT.services.map((s) => [s.name, 'exited', POWER_LOSS_EXIT_CODE]),
    );
    expect(result.events.map((e) => [e.time, e.typeId, e.message])).toStrictEqual([
      [100, 'com.harborview.harbor.ContainersStopped', '6 Harbor containers stopped: the Docker host powered off'],
    ]);
  });

  it('when containers of any state meet a VM that stays off, then none runs', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 60 }), fc.integer({ min: 1, max: 10 }), (downFor, step) => {
        // Arrange
        const state = running041();

        // Act
        const after = runHarbor(state, { from: 100, until: 100 + downFor, step, vmDown: [100, 1000] });

        // Assert
        expect(after.state.containers.some((c) => c.status === 'running' || c.status === 'restarting')).toBe(false);
      }),
    );
  });
});

describe('harborTick restore after an HA restart', () => {
  it('when the guest boots with the default timings, then the log-first race leaves registry, mysql and ui in Exit 128 and nginx restarting (#1296)', () => {
    // Arrange
    const state = running041();

    // Act
    const after = runHarbor(state, { from: 100, until: 200, step: 1, ...OUTAGE });

    // Assert
    expect(ps(after.state)).toStrictEqual(LOG_FIRST_RACE_PS);
    expect(after.state.containers.find((c) => c.service === 'registry')?.error).toBe(LOGGING_DRIVER_ERROR);
  });

  it('when rsyslog listens at once, then every container starts in depends_on order', () => {
    // Arrange
    const state = createHarborState(HARBOR_041_LAYOUT, twinTime(0), { logListenDelay: seconds(0) });

    // Act
    const after = runHarbor(state, { from: 100, until: 200, step: 1, ...OUTAGE });

    // Assert
    const starts = after.events
      .filter((e) => e.typeId === 'com.harborview.harbor.ContainerStarted')
      .map((e) => [e.time, e.objects[0]?.name]);
    expect(starts).toStrictEqual([
      [165, 'deploy_log_1'],
      [165.5, 'deploy_registry_1'],
      [166, 'deploy_mysql_1'],
      [166.5, 'deploy_ui_1'],
      [167, 'deploy_jobservice_1'],
      [167.5, 'deploy_proxy_1'],
    ]);
  });

  it('when the operator runs `up -d log` and then `up -d`, then everything runs and nginx leaves its crash loop', () => {
    // Arrange
    const raced = runHarbor(running041(), { from: 100, until: 200, step: 1, ...OUTAGE }).state;

    // Act
    const logUp = composeUp(raced, twinTime(200), { services: ['log'] }).state;
    const rest = composeUp(
      runHarbor(logUp, { from: 200, until: 210, step: 1, bootedAt: 163 }).state,
      twinTime(210),
    ).state;
    const fixed = runHarbor(rest, { from: 210, until: 300, step: 1, bootedAt: 163 }).state;

    // Assert
    expect(ps(fixed).map(([service, status]) => [service, status])).toStrictEqual(
      HARBOR_041_LAYOUT.services.map((s) => [s.name, 'running']),
    );
  });

  it('when nginx crash-loops, then its restart count grows with a doubling back-off capped at 60 s', () => {
    // Arrange
    const state = running041();

    // Act
    const after = runHarbor(state, { from: 100, until: 400, step: 1, ...OUTAGE });

    // Assert
    const proxy = after.state.containers.find((c) => c.service === 'proxy');
    // Back-offs 0.1 s doubling: restarts at +0.1 … +51.2 (10 of them, 102.3 s in all), then every 60 s.
    expect(proxy?.restartCount).toBe(10 + Math.floor((400 - (167.5 + 102.3)) / 60));
    expect(proxy?.restartDelay).toBe(60);
  });

  it('when the VM ticks every second or in coarse steps, then the container events are the same', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 30 }), (step) => {
        // Arrange
        const state = running041();

        // Act
        const fine = runHarbor(state, { from: 100, until: 260, step: 0.5, ...OUTAGE });
        const coarse = runHarbor(state, { from: 100, until: 260, step, ...OUTAGE });

        // Assert
        expect(coarse.events.filter((e) => e.time >= 140)).toStrictEqual(fine.events.filter((e) => e.time >= 140));
      }),
      { numRuns: 30 },
    );
  });

  it('when a named volume is inaccessible at restore, then that container fails with Exit 128 and the mount error', () => {
    // Arrange
    const volume = 'harbor-db@vsanDatastore';
    const layout = withServiceOnVolume(HARBOR_041_LAYOUT, 'mysql', volume, '/var/lib/mysql');
    const state = createHarborState(layout, twinTime(0), { logListenDelay: seconds(0) });

    // Act
    const after = runHarbor(state, {
      from: 100,
      until: 200,
      step: 1,
      ...OUTAGE,
      volumeAccessible: (name) => name !== volume,
    });

    // Assert
    const mysql = after.state.containers.find((c) => c.service === 'mysql');
    expect({ status: mysql?.status, exitCode: mysql?.exitCode, error: mysql?.error }).toStrictEqual({
      status: 'exited',
      exitCode: 128,
      error: `error while mounting volume '/mnt/vmdk/${volume}/': VolumeDriver.Mount: volume ${volume} is not accessible`,
    });
  });
});
