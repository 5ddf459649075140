import { useSyncExternalStore } from 'react';

import type { StreamStatus } from './sse';

let current: StreamStatus | 'off' = 'off';
const listeners = new Set<() => void>();

/** Records the live stream's state for the header's indicator. */
export function setStreamStatus(status: StreamStatus): void {
  if (status === current) return;
  current = status;
  listeners.forEach((l) => l());
}

/** The live stream's state: 'off' until the console opens it. */
export function useStreamStatus(): StreamStatus | 'off' {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => current,
  );
}
