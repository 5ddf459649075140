import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { malformedCommand, plausibleCommand } from './__fixtures__/commands';
import { scenario, walkthroughReady } from './__fixtures__/drive';
import type { TwinState } from './state';
import { step } from './step';

// Issue point 10's properties. Facts: the twin is pure and deterministic (docs/architecture.md "The twin": "the same
// seed and commands give the same state and events"), state is plain JSON (TwinState), and a refused command changes
// nothing (result.ts). Inputs are deep-frozen, so any mutation of a state throws.

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

function replay(start: TwinState, commands: readonly unknown[]): { state: TwinState; events: unknown[] } {
  let state = start;
  const events: unknown[] = [];
  for (const command of commands) {
    const r = step(state, command);
    state = r.state;
    events.push(...r.events);
  }
  return { state, events };
}

// The walkthrough ready for its failover: volumes, Harbor on them, HA on, so commands meet real state.
const ready = walkthroughReady().state;
const commands = fc.array(
  fc.oneof({ weight: 4, arbitrary: plausibleCommand }, { weight: 1, arbitrary: malformedCommand }),
  {
    maxLength: 25,
  },
);

describe('engine properties', () => {
  it('when the same seed gets the same commands twice, then states and events are JSON-equal', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1000 }), commands, (seed, cmds) => {
        // Arrange
        const start = (): TwinState => walkthroughReady(scenario({ seed })).state;

        // Act
        const a = replay(start(), cmds);
        const b = replay(start(), cmds);

        // Assert
        expect(JSON.stringify(b)).toBe(JSON.stringify(a));
      }),
      { numRuns: 40 },
    );
  });

  it('when a state goes through JSON and back, then it is identical and steps on identically', () => {
    fc.assert(
      fc.property(commands, commands, (before, after) => {
        // Arrange
        const { state } = replay(ready, before);

        // Act
        const copy = JSON.parse(JSON.stringify(state)) as TwinState;
        const fromOriginal = replay(state, after);
        const fromCopy = replay(copy, after);

        // Assert
        expect(copy).toStrictEqual(state);
        expect(fromCopy).toStrictEqual(fromOriginal);
      }),
      { numRuns: 40 },
    );
  });

  it('when any command runs on a frozen state, then nothing is mutated and a refusal returns the very same state', () => {
    fc.assert(
      fc.property(commands, fc.oneof(plausibleCommand, malformedCommand), (before, command) => {
        // Arrange
        const state = deepFreeze(replay(ready, before).state);
        const snapshot = JSON.stringify(state);

        // Act
        const r = step(state, command);

        // Assert
        expect(JSON.stringify(state)).toBe(snapshot);
        if (!r.result.ok) {
          expect(r.state).toBe(state);
          expect(r.events).toStrictEqual([]);
          expect(['bad_request', 'not_found', 'conflict', 'unprocessable']).toContain(r.result.error.code);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('when malformed input arrives, then it is a bad_request and never a throw', () => {
    fc.assert(
      fc.property(malformedCommand, (command) => {
        // Act
        const r = step(ready, command);

        // Assert
        expect(r.state === ready || r.result.ok).toBe(true);
        if (!r.result.ok) expect(r.result.error.message.length).toBeGreaterThan(0);
      }),
      { numRuns: 200 },
    );
  });
});
