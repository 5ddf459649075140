/** Failed sign-ins counted per user name and per client address within a sliding window. */
export interface LoginThrottle {
  /** Seconds until another try is allowed, or 0 when the name and the address may try now. */
  retryAfterSeconds(username: string, address: string): number;
  recordFailure(username: string, address: string): void;
  /** A success forgives the name's failures (not the address's, or one good account would unlock guessing). */
  recordSuccess(username: string): void;
}

export interface ThrottleOptions {
  maxFailures: number;
  windowMs: number;
  nowMs: () => number;
}

export const LOGIN_THROTTLE = { maxFailures: 5, windowMs: 15 * 60_000 } as const;
// Keys are bounded so a flood of made-up names cannot grow memory without end; the oldest are forgotten first.
const MAX_KEYS = 10_000;

/**
 * In memory on purpose: a restart forgives failures, and nothing hot writes to disk.
 *
 * @example
 * const throttle = createLoginThrottle({ ...LOGIN_THROTTLE, nowMs: Date.now });
 * if (throttle.retryAfterSeconds(name, ip) > 0) throw rateLimited;
 */
export function createLoginThrottle(options: ThrottleOptions): LoginThrottle {
  const { maxFailures, windowMs, nowMs } = options;
  const failures = new Map<string, number[]>();

  const recent = (key: string, now: number): number[] => {
    const times = (failures.get(key) ?? []).filter((t) => now - t < windowMs);
    if (times.length === 0) failures.delete(key);
    else failures.set(key, times);
    return times;
  };
  // The earliest moment the key falls under the limit again.
  const waitFor = (key: string, now: number): number => {
    const times = recent(key, now);
    if (times.length < maxFailures) return 0;
    return times[times.length - maxFailures]! + windowMs - now;
  };
  const add = (key: string, now: number): void => {
    const times = recent(key, now);
    times.push(now);
    failures.delete(key);
    failures.set(key, times.slice(-maxFailures));
    while (failures.size > MAX_KEYS) failures.delete(failures.keys().next().value!);
  };
  const userKey = (username: string): string => `user:${username.toLowerCase()}`;
  const addressKey = (address: string): string => `addr:${address}`;

  return {
    retryAfterSeconds(username, address) {
      const now = nowMs();
      const ms = Math.max(waitFor(userKey(username), now), waitFor(addressKey(address), now));
      return Math.ceil(ms / 1000);
    },
    recordFailure(username, address) {
      const now = nowMs();
      add(userKey(username), now);
      add(addressKey(address), now);
    },
    recordSuccess(username) {
      failures.delete(userKey(username));
    },
  };
}
