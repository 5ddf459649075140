import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import type { EntityRef } from './entity';
import type { EventDraft } from './events';
import { appendEvents, createEventLog, eventsFor } from './events';
import { twinTime } from './time';

const HOST: EntityRef = { type: 'HostSystem', id: 'host-1', name: '10.162.102.130' };
const VM: EntityRef = { type: 'VirtualMachine', id: 'vm-1', name: 'photon-harbor' };

function draft(message: string, objects: EntityRef[] = [HOST]): EventDraft {
  return { time: twinTime(1), severity: 'info', typeId: 'vim.event.TestEvent', message, objects };
}

describe('appendEvents', () => {
  it('when drafts are appended to an empty log, then they get ids 1, 2, ... in order', () => {
    // Arrange
    const log = createEventLog();

    // Act
    const next = appendEvents(log, [draft('a'), draft('b')]);

    // Assert
    expect(next).toStrictEqual({
      nextId: 3,
      events: [
        { id: 1, ...draft('a') },
        { id: 2, ...draft('b') },
      ],
    });
  });

  it('when the log is over capacity, then the oldest are dropped and ids are not reused', () => {
    // Arrange
    const log = appendEvents(createEventLog(), [draft('a'), draft('b')], 2);

    // Act
    const next = appendEvents(log, [draft('c')], 2);

    // Assert
    expect(next.events.map((e) => [e.id, e.message])).toStrictEqual([
      [2, 'b'],
      [3, 'c'],
    ]);
    expect(next.nextId).toBe(4);
  });

  it('when nothing is appended, then the same log comes back', () => {
    // Arrange
    const log = appendEvents(createEventLog(), [draft('a')]);

    // Act
    const next = appendEvents(log, []);

    // Assert
    expect(next).toBe(log);
  });

  it('when batches of any size are appended, then ids stay strictly increasing and unique', () => {
    fc.assert(
      fc.property(fc.array(fc.nat({ max: 5 }), { maxLength: 20 }), (sizes) => {
        // Arrange
        let log = createEventLog();

        // Act
        for (const size of sizes)
          log = appendEvents(
            log,
            Array.from({ length: size }, (_, i) => draft(`m${i}`)),
            30,
          );

        // Assert
        const ids = log.events.map((e) => e.id);
        expect(ids.every((id, i) => i === 0 || id > (ids[i - 1] ?? 0))).toBe(true);
        expect(log.nextId).toBe(1 + sizes.reduce((a, b) => a + b, 0));
      }),
    );
  });
});

describe('eventsFor', () => {
  it('when events name different objects, then only those naming the object are returned, newest first', () => {
    // Arrange
    const log = appendEvents(createEventLog(), [draft('host only'), draft('vm', [VM, HOST]), draft('vm only', [VM])]);

    // Act
    const forVm = eventsFor(log, 'vm-1');

    // Assert
    expect(forVm.map((e) => e.message)).toStrictEqual(['vm only', 'vm']);
  });
});
