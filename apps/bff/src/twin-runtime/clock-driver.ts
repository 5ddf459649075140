export interface ClockDriver {
  paused(): boolean;
  setPaused(paused: boolean): void;
  stop(): void;
}

export interface ClockDriverOptions {
  paused: boolean;
  /** Called when pause changes, to persist it. */
  savePaused: (paused: boolean) => void;
  /** Twin seconds per wall second, read from the twin's state each tick. */
  speed: () => number;
  /** Advances the twin; resolves when the step is logged. */
  advance: (seconds: number) => Promise<unknown>;
  wallNowMs: () => number;
  tickMs?: number;
}

// The twin's resolution is one second: advancing in whole seconds keeps the command log small at 1× speed.
const MIN_STEP_SECONDS = 1;

/**
 * Drives twin time from wall time at the twin's speed (1×, 10×, 60×…), or not at all while paused. Wall time is
 * read here, in the BFF, never inside the twin.
 */
export function startClockDriver(options: ClockDriverOptions): ClockDriver {
  let paused = options.paused;
  let owed = 0;
  let last = options.wallNowMs();
  let busy = false;

  const timer = setInterval(() => {
    const now = options.wallNowMs();
    const elapsed = (now - last) / 1000;
    last = now;
    if (paused || busy) return;
    owed += elapsed * options.speed();
    if (owed < MIN_STEP_SECONDS) return;
    const seconds = Math.floor(owed);
    owed -= seconds;
    busy = true;
    options
      .advance(seconds)
      .catch(() => undefined)
      .finally(() => {
        busy = false;
      });
  }, options.tickMs ?? 250);
  timer.unref();

  return {
    paused: () => paused,
    setPaused(next) {
      paused = next;
      owed = 0;
      options.savePaused(next);
    },
    stop: () => clearInterval(timer),
  };
}
