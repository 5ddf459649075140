import type { Response } from 'express';

// How often open streams are checked against their sessions; a signed-out stream ends within this time.
const SWEEP_MS = 15_000;

/** Ends long-lived responses (the SSE stream) whose session is no longer live. */
export interface StreamReaper {
  track(res: Response, sessionId: string): void;
}

/** The timer runs only while streams are open, and never keeps the process alive. */
export function createStreamReaper(isLive: (sessionId: string) => boolean, sweepMs = SWEEP_MS): StreamReaper {
  const open = new Map<Response, string>();
  let timer: ReturnType<typeof setInterval> | undefined;
  const sweep = (): void => {
    for (const [res, id] of open) {
      if (!isLive(id)) res.destroy();
    }
  };
  return {
    track(res, sessionId) {
      open.set(res, sessionId);
      res.on('close', () => {
        open.delete(res);
        if (open.size === 0 && timer) {
          clearInterval(timer);
          timer = undefined;
        }
      });
      if (!timer) {
        timer = setInterval(sweep, sweepMs);
        timer.unref();
      }
    },
  };
}
