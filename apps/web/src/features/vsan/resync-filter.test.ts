import { describe, expect, it } from 'vitest';

import type { ResyncObject } from './resync-filter';
import { filterResync, intentsOf } from './resync-filter';

const object = (name: string, over: Partial<ResyncObject>): ResyncObject => ({
  uuid: name,
  name,
  bytesLeft: 0,
  etaSeconds: null,
  intent: 'Repair',
  status: 'active',
  ...over,
});
const objects = [
  object('a', { bytesLeft: 10 }),
  object('b', { bytesLeft: 30, intent: 'Policy change' }),
  object('c', { bytesLeft: 20, status: 'scheduled' }),
];

describe('filterResync', () => {
  it('when no filter is set, then every object is listed, most bytes left first', () => {
    expect(filterResync(objects, {}).map((o) => o.name)).toStrictEqual(['b', 'c', 'a']);
  });

  it('when filtered by intent and status, then only objects matching both remain', () => {
    expect(filterResync(objects, { intent: 'Repair', status: 'active' }).map((o) => o.name)).toStrictEqual(['a']);
  });
});

describe('intentsOf', () => {
  it('when objects share intents, then each intent is offered once, sorted', () => {
    expect(intentsOf(objects)).toStrictEqual(['Policy change', 'Repair']);
  });
});
