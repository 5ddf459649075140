import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import type { AlarmBoard, AlarmIntent } from './alarms';
import {
  acknowledgeAlarm,
  applyAlarmIntent,
  clearAlarm,
  createAlarmBoard,
  entityAlarmStatus,
  triggerAlarm,
} from './alarms';
import type { EntityRef } from './entity';
import { twinTime } from './time';

// Alarm names and colours: vsan-ha.md §3 Events and alarms.
const HOST: EntityRef = { type: 'HostSystem', id: 'host-1', name: '10.162.102.130' };
const CONNECTION = 'Host connection and power state';
const HA_STATUS = 'vSphere HA host status';
const T = twinTime;

function boardWithRedConnection(): AlarmBoard {
  return triggerAlarm(createAlarmBoard(), T(60), { name: CONNECTION, entity: HOST, status: 'red' }).state;
}

describe('triggerAlarm', () => {
  it('when an alarm triggers, then it is added unacknowledged and a status change Green to Red is logged', () => {
    // Arrange
    const board = createAlarmBoard();

    // Act
    const result = triggerAlarm(board, T(60), { name: CONNECTION, entity: HOST, status: 'red' });

    // Assert
    expect(result).toStrictEqual({
      state: {
        nextId: 2,
        alarms: [
          {
            id: 1,
            name: CONNECTION,
            entity: HOST,
            status: 'red',
            triggeredAt: T(60),
            acknowledged: false,
            acknowledgedAt: null,
            acknowledgedBy: null,
          },
        ],
      },
      events: [
        {
          time: T(60),
          severity: 'error',
          typeId: 'vim.event.AlarmStatusChangedEvent',
          message: "Alarm 'Host connection and power state' on 10.162.102.130 changed from Green to Red",
          objects: [HOST],
        },
      ],
    });
  });

  it('when the same alarm triggers again with the same status, then nothing changes', () => {
    // Arrange
    const board = boardWithRedConnection();

    // Act
    const result = triggerAlarm(board, T(70), { name: CONNECTION, entity: HOST, status: 'red' });

    // Assert
    expect(result).toStrictEqual({ state: board, events: [] });
  });

  it('when an acknowledged yellow alarm escalates to red, then it is unacknowledged again', () => {
    // Arrange
    const yellow = triggerAlarm(createAlarmBoard(), T(1), { name: HA_STATUS, entity: HOST, status: 'yellow' }).state;
    const acked = acknowledgeAlarm(yellow, T(2), { alarmId: 1, user: 'root' }).state;

    // Act
    const red = triggerAlarm(acked, T(3), { name: HA_STATUS, entity: HOST, status: 'red' }).state;

    // Assert
    expect(red.alarms).toStrictEqual([
      {
        id: 1,
        name: HA_STATUS,
        entity: HOST,
        status: 'red',
        triggeredAt: T(3),
        acknowledged: false,
        acknowledgedAt: null,
        acknowledgedBy: null,
      },
    ]);
  });
});

describe('clearAlarm and acknowledgeAlarm', () => {
  it('when a red alarm is cleared, then it leaves the board and a change Red to Green is logged', () => {
    // Arrange
    const board = boardWithRedConnection();

    // Act
    const result = clearAlarm(board, T(90), { name: CONNECTION, entity: HOST });

    // Assert
    expect(result.state).toStrictEqual({ nextId: 2, alarms: [] });
    expect(result.events.map((e) => [e.severity, e.message])).toStrictEqual([
      ['info', "Alarm 'Host connection and power state' on 10.162.102.130 changed from Red to Green"],
    ]);
  });

  it('when an alarm that is not triggered is cleared, then nothing changes', () => {
    // Arrange
    const board = createAlarmBoard();

    // Act
    const result = clearAlarm(board, T(90), { name: CONNECTION, entity: HOST });

    // Assert
    expect(result).toStrictEqual({ state: board, events: [] });
  });

  it('when an alarm is acknowledged, then who and when are recorded and an AlarmAcknowledgedEvent is logged', () => {
    // Arrange
    const board = boardWithRedConnection();

    // Act
    const result = acknowledgeAlarm(board, T(65), { alarmId: 1, user: 'root' });

    // Assert
    const { acknowledged, acknowledgedAt, acknowledgedBy } = result.state.alarms[0] ?? {};
    expect({ acknowledged, acknowledgedAt, acknowledgedBy }).toStrictEqual({
      acknowledged: true,
      acknowledgedAt: T(65),
      acknowledgedBy: 'root',
    });
    expect(result.events.map((e) => e.typeId)).toStrictEqual(['vim.event.AlarmAcknowledgedEvent']);
  });
});

describe('entityAlarmStatus', () => {
  it.each<[string, AlarmIntent[], string]>([
    ['no alarms', [], 'green'],
    ['one yellow', [{ type: 'triggerAlarm', name: HA_STATUS, entity: HOST, status: 'yellow' }], 'yellow'],
    [
      'yellow and red',
      [
        { type: 'triggerAlarm', name: HA_STATUS, entity: HOST, status: 'yellow' },
        { type: 'triggerAlarm', name: CONNECTION, entity: HOST, status: 'red' },
      ],
      'red',
    ],
    [
      'red then cleared',
      [
        { type: 'triggerAlarm', name: CONNECTION, entity: HOST, status: 'red' },
        { type: 'clearAlarm', name: CONNECTION, entity: HOST },
      ],
      'green',
    ],
  ])('when the host has %s, then its status is %s', (_case, intents, expected) => {
    // Arrange
    const board = intents.reduce((b, intent) => applyAlarmIntent(b, T(1), intent).state, createAlarmBoard());

    // Act
    const status = entityAlarmStatus(board, HOST.id);

    // Assert
    expect(status).toBe(expected);
  });

  it('when any sequence of intents is applied, then each alarm name appears at most once per entity', () => {
    const intent = fc.oneof(
      fc.record({
        type: fc.constant('triggerAlarm' as const),
        name: fc.constantFrom(CONNECTION, HA_STATUS),
        entity: fc.constant(HOST),
        status: fc.constantFrom('yellow' as const, 'red' as const),
      }),
      fc.record({
        type: fc.constant('clearAlarm' as const),
        name: fc.constantFrom(CONNECTION, HA_STATUS),
        entity: fc.constant(HOST),
      }),
    );
    fc.assert(
      fc.property(fc.array(intent, { maxLength: 30 }), (intents) => {
        // Arrange / Act
        const board = intents.reduce((b, i) => applyAlarmIntent(b, T(1), i).state, createAlarmBoard());

        // Assert
        const names = board.alarms.map((a) => a.name);
        expect(new Set(names).size).toBe(names.length);
      }),
    );
  });
});
