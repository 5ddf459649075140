import { COMPONENT_STATES, OBJECT_HEALTH_STATES } from '@harborview/contracts/vocabulary';
import { describe, expect, it } from 'vitest';

import { COMPONENT_STATE_LABELS, COMPONENT_STATE_TONES, OBJECT_HEALTH_LABELS, objectHealthTone } from './state-labels';

describe('object health labels and tones', () => {
  it('when the labels are listed, then every contract state has one, in the contract order', () => {
    expect(Object.keys(OBJECT_HEALTH_LABELS)).toStrictEqual([...OBJECT_HEALTH_STATES]);
  });

  it.each([
    // vsan-ha.md §2: the delay-timer label is quoted there.
    ['reducedavailabilitywithnorebuilddelaytimer', 'Reduced availability with no rebuild - delay timer', 'warn'],
    ['healthy', 'Healthy', 'ok'],
    ['datamove', 'Data move', 'ok'],
    ['remoteAccessible', 'Remote accessible', 'ok'],
    ['inaccessible', 'Inaccessible', 'error'],
    ['nonavailabilityrelatedincompliance', 'Non-availability related incompliance', 'warn'],
  ] as const)('when the state is %s, then it reads %j with tone %s', (state, label, tone) => {
    expect(OBJECT_HEALTH_LABELS[state]).toBe(label);
    expect(objectHealthTone(state)).toBe(tone);
  });
});

describe('component state labels and tones', () => {
  it('when the labels are listed, then every contract state has a label and a tone', () => {
    expect(Object.keys(COMPONENT_STATE_LABELS).sort()).toStrictEqual([...COMPONENT_STATES].sort());
    expect(Object.keys(COMPONENT_STATE_TONES).sort()).toStrictEqual([...COMPONENT_STATES].sort());
  });

  it('when a component is Active-Stale, then it reads as the Physical Placement view writes it, as a warning', () => {
    // vsan-ha.md §2: "Active", "Absent", "Degraded", "Active-Stale".
    expect(COMPONENT_STATE_LABELS.ACTIVE_STALE).toBe('Active-Stale');
    expect(COMPONENT_STATE_TONES.ACTIVE_STALE).toBe('warn');
    expect(COMPONENT_STATE_TONES.DEGRADED).toBe('error');
  });
});
