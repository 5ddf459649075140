import { describe, expect, it } from 'vitest';

import { createLoginThrottle, LOGIN_THROTTLE } from './login-throttle';

function getTestContext(): { throttle: ReturnType<typeof createLoginThrottle>; advance: (ms: number) => void } {
  let now = 1_000_000;
  const throttle = createLoginThrottle({ ...LOGIN_THROTTLE, nowMs: () => now });
  return { throttle, advance: (ms) => void (now += ms) };
}

const failTimes = (t: ReturnType<typeof createLoginThrottle>, n: number, user: string, address: string): void => {
  for (let i = 0; i < n; i++) t.recordFailure(user, address);
};

describe('the sign-in throttle', () => {
  it('when a name failed 4 times, then it may still try', () => {
    const { throttle } = getTestContext();

    failTimes(throttle, 4, 'admin', '10.0.0.1');

    expect(throttle.retryAfterSeconds('admin', '10.0.0.1')).toBe(0);
  });

  it('when a name failed 5 times from different addresses, then it must wait the window out, from any address', () => {
    const { throttle, advance } = getTestContext();
    for (let i = 0; i < 5; i++) throttle.recordFailure('Admin', `10.0.0.${i}`);
    advance(60_000);

    expect(throttle.retryAfterSeconds('admin', '10.9.9.9')).toBe(14 * 60);
  });

  it('when an address failed 5 times with different names, then it must wait, whatever name it tries', () => {
    const { throttle } = getTestContext();
    for (let i = 0; i < 5; i++) throttle.recordFailure(`user${i}`, '10.0.0.1');

    expect(throttle.retryAfterSeconds('someone-else', '10.0.0.1')).toBe(15 * 60);
    expect(throttle.retryAfterSeconds('someone-else', '10.0.0.2')).toBe(0);
  });

  it('when the window has passed since the oldest failure, then trying is allowed again', () => {
    const { throttle, advance } = getTestContext();
    failTimes(throttle, 5, 'admin', '10.0.0.1');

    advance(15 * 60_000);

    expect(throttle.retryAfterSeconds('admin', '10.0.0.1')).toBe(0);
  });

  it("when a sign-in succeeds, then the name's failures are forgiven but the address's are not", () => {
    const { throttle } = getTestContext();
    failTimes(throttle, 5, 'admin', '10.0.0.1');

    throttle.recordSuccess('admin');

    expect(throttle.retryAfterSeconds('admin', '10.0.0.2')).toBe(0);
    expect(throttle.retryAfterSeconds('admin', '10.0.0.1')).toBe(15 * 60);
  });
});
