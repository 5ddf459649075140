/** How the twin's clock moves against wall time; the state lives in the store's meta table so it survives restarts. */
export interface ClockSettings {
  speed: number;
  paused: boolean;
}

export interface ClockDriver {
  settings(): ClockSettings;
  set(next: Partial<ClockSettings>): ClockSettings;
  stop(): void;
}

export interface ClockDriverOptions {
  initial: ClockSettings;
  save: (settings: ClockSettings) => void;
  /** Advances the twin; resolves when the step is logged. */
  advance: (seconds: number) => Promise<unknown>;
  wallNowMs: () => number;
  tickMs?: number;
}

// The twin's resolution is one second: advancing in whole seconds keeps the command log small at 1× speed.
const MIN_STEP_SECONDS = 1;

/**
 * Drives twin time from wall time at the chosen speed (1×, 10×, 60×…), or not at all while paused. Wall time is
 * read here, in the BFF, never inside the twin.
 */
export function startClockDriver(options: ClockDriverOptions): ClockDriver {
  let settings = options.initial;
  let owed = 0;
  let last = options.wallNowMs();
  let busy = false;

  const timer = setInterval(() => {
    const now = options.wallNowMs();
    const elapsed = (now - last) / 1000;
    last = now;
    if (settings.paused || busy) return;
    owed += elapsed * settings.speed;
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
    settings: () => settings,
    set(next) {
      settings = { ...settings, ...next };
      owed = 0;
      options.save(settings);
      return settings;
    },
    stop: () => clearInterval(timer),
  };
}
