import { describe, expect, it } from 'vitest';

import { drive, scenario } from './__fixtures__/drive';
import { harborView } from './queries';
import { step } from './step';

// A container whose real process dies on its own (the BFF's docker-registry). Facts: harbor.md §0 (for 0.x containers
// a dashboard has only State.Status, RestartCount and ExitCode; 0.x health is derived from them) and §1 Restart policy
// (every Harbor service has `restart: always`, so Docker restarts it). Exit 137 is Docker's code for SIGKILL [U].

const registryOf = (state: Parameters<typeof harborView>[0]) =>
  harborView(state).services.find((s) => s.name === 'registry')!;

describe('containerExited and containerStarted', () => {
  it('when the registry process is killed, then it shows Restarting (137), Harbor is unhealthy, and one warning is logged', () => {
    // Arrange
    const start = scenario();

    // Act
    const r = drive(start, { type: 'containerExited', service: 'registry', exitCode: 137 });

    // Assert
    expect(registryOf(r.state)).toMatchObject({ state: 'restarting', exitCode: 137, restarts: 0, healthy: false });
    expect(harborView(r.state).status).toBe('unhealthy');
    expect(r.events.map((e) => [e.severity, e.typeId, e.message])).toStrictEqual([
      [
        'warning',
        'com.harborview.harbor.ContainerRestarting',
        'Container deploy_registry_1 exited (Exit 137) and is restarting',
      ],
    ]);
  });

  it('when its restart manager starts it again, then it runs with RestartCount 1 and Harbor is healthy', () => {
    // Arrange
    const exited = drive(scenario(), { type: 'containerExited', service: 'registry', exitCode: 137 });

    // Act
    const r = drive(exited, { type: 'advance', seconds: 1 }, { type: 'containerStarted', service: 'registry' });

    // Assert
    expect(registryOf(r.state)).toMatchObject({ state: 'running', exitCode: null, restarts: 1, healthy: true });
    expect(harborView(r.state).status).toBe('healthy');
    expect(r.events.at(-1)?.typeId).toBe('com.harborview.harbor.ContainerStarted');
  });

  it('when the twin is left to wait, then time passing does not restart a process only the BFF can start', () => {
    // Arrange
    const exited = drive(scenario(), { type: 'containerExited', service: 'registry', exitCode: 137 });

    // Act
    const later = drive(exited, { type: 'advance', seconds: 600 });

    // Assert
    expect(registryOf(later.state)).toMatchObject({ state: 'restarting', restarts: 0 });
  });

  it.each([
    [
      'a container that is not running',
      [{ type: 'containerExited', service: 'registry', exitCode: 1 }],
      'containerExited',
      'conflict',
    ],
    ['a start nobody waits for', [], 'containerStarted', 'conflict'],
    ['an unknown service', [], 'containerExited', 'not_found'],
  ])('when the report is about %s, then it is refused and changes nothing', (_label, before, type, code) => {
    // Arrange
    const state = drive(scenario(), ...before).state;
    const service = code === 'not_found' ? 'nope' : 'registry';

    // Act
    const r = step(state, { type, service, exitCode: 137 });

    // Assert
    expect(r.result).toMatchObject({ ok: false, error: { code } });
    expect(r.state).toBe(state);
  });

  it('when the exit code is out of range, then it is a bad request', () => {
    // Act
    const r = step(scenario(), { type: 'containerExited', service: 'registry', exitCode: 300 });

    // Assert
    expect(r.result).toMatchObject({ ok: false, error: { code: 'bad_request' } });
  });
});
