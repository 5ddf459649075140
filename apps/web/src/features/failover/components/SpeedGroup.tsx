import type { ReactNode } from 'react';

const pressedClass = (on: boolean): string =>
  on ? 'bg-sky-700 text-white dark:bg-sky-600' : 'bg-white text-slate-900 dark:bg-slate-800 dark:text-slate-100';

/** 1× / 10× / 60× as toggle buttons (aria-pressed), for the live clock and the replay alike. */
export function SpeedGroup<S extends number>({
  label,
  speeds,
  current,
  disabled = false,
  title,
  onSpeed,
}: {
  label: string;
  speeds: readonly S[];
  /** The speed in force, or null when none is (a paused clock). */
  current: number | null;
  disabled?: boolean;
  /** Why the buttons are disabled, on hover (e.g. the role they need). */
  title?: string;
  onSpeed: (speed: S) => void;
}): ReactNode {
  return (
    <div
      role="group"
      aria-label={label}
      className="flex overflow-hidden rounded border border-slate-400 dark:border-slate-500"
    >
      {speeds.map((speed) => (
        <button
          key={speed}
          type="button"
          aria-pressed={current === speed}
          disabled={disabled}
          title={title}
          onClick={() => onSpeed(speed)}
          className={`px-3 py-1 focus-visible:outline-2 focus-visible:outline-sky-500 ${pressedClass(current === speed)}`}
        >
          {speed}×
        </button>
      ))}
    </div>
  );
}
