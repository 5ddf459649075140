import type { ReactNode } from 'react';

export type BadgeTone = 'ok' | 'warn' | 'error' | 'neutral';

const TONES: Record<BadgeTone, string> = {
  ok: 'bg-green-100 text-green-900 dark:bg-green-900/50 dark:text-green-100',
  warn: 'bg-yellow-100 text-yellow-900 dark:bg-yellow-900/50 dark:text-yellow-100',
  error: 'bg-red-100 text-red-900 dark:bg-red-900/50 dark:text-red-100',
  neutral: 'bg-slate-100 text-slate-800 dark:bg-slate-800 dark:text-slate-100',
};

/** A state pill; the text carries the meaning, colour only repeats it. */
export function StatusBadge({
  tone,
  children,
  testId,
}: {
  tone: BadgeTone;
  children: ReactNode;
  testId?: string;
}): ReactNode {
  return (
    <span data-testid={testId} className={`inline-block rounded px-1.5 py-0.5 text-xs font-medium ${TONES[tone]}`}>
      {children}
    </span>
  );
}

const POWER_LABEL = { poweredOn: 'Powered On', poweredOff: 'Powered Off' } as const;
const CONNECTION_LABEL = {
  connected: 'Connected',
  notResponding: 'Not Responding',
  disconnected: 'Disconnected',
} as const;

/** "Powered On" / "Powered Off" as the vSphere Client words it. */
export function PowerBadge({ state, testId }: { state: keyof typeof POWER_LABEL; testId?: string }): ReactNode {
  return (
    <StatusBadge tone={state === 'poweredOn' ? 'ok' : 'error'} testId={testId}>
      {POWER_LABEL[state]}
    </StatusBadge>
  );
}

export function ConnectionBadge({ state }: { state: keyof typeof CONNECTION_LABEL }): ReactNode {
  return (
    <StatusBadge tone={state === 'connected' ? 'ok' : state === 'notResponding' ? 'error' : 'warn'}>
      {CONNECTION_LABEL[state]}
    </StatusBadge>
  );
}
