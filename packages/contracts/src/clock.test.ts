import { describe, expect, it } from 'vitest';

import { AdvanceClockBodySchema } from './clock';

describe('AdvanceClockBodySchema', () => {
  it.each([
    [{ seconds: 120 }, true],
    [{ to: 'repair-timer-end' }, true],
    [{}, false],
    [{ seconds: 120, to: 'repair-timer-end' }, false],
    [{ to: 'the-end' }, false],
    [{ seconds: 0 }, false],
  ])('when the body is %j, then it parses: %s', (body, ok) => {
    expect(AdvanceClockBodySchema.safeParse(body).success).toBe(ok);
  });
});
