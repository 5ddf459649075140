import type { ReactNode } from 'react';
import { useState } from 'react';

/** The equivalent CLI command with a Copy button; "Copied" is announced to screen readers. */
export function CommandBox({ label, command, testId }: { label: string; command: string; testId: string }): ReactNode {
  const [status, setStatus] = useState('');
  const copy = (): void => {
    navigator.clipboard.writeText(command).then(
      () => setStatus('Copied'),
      () => setStatus('Copy failed: select the text and copy it by hand'),
    );
  };
  return (
    <figure className="space-y-1">
      <figcaption className="text-xs font-semibold text-slate-600 dark:text-slate-300">{label}</figcaption>
      <div className="flex items-start gap-2">
        <code
          data-testid={testId}
          className="block flex-1 rounded bg-slate-900 px-2 py-1 font-mono text-xs break-all whitespace-pre-wrap text-slate-100"
        >
          {command}
        </code>
        <button
          type="button"
          onClick={copy}
          className="rounded border border-slate-300 px-2 py-0.5 text-xs dark:border-slate-600"
        >
          Copy
        </button>
      </div>
      <p role="status" aria-live="polite" className="text-xs text-green-800 dark:text-green-300">
        {status}
      </p>
    </figure>
  );
}
