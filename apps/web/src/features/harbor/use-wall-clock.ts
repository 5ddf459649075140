import { useEffect, useState } from 'react';

/** The wall clock in ms, ticking every `intervalMs` while `running` (uptimes move; a paused twin needs no ticks). */
export function useWallClock(intervalMs: number, running: boolean): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!running) return;
    const timer = setInterval(() => setNow(Date.now()), intervalMs);
    return () => clearInterval(timer);
  }, [intervalMs, running]);
  return now;
}
