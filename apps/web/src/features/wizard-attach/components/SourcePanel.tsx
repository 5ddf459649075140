import { TEST_IDS } from '@harborview/testids/testids';
import type { ChangeEvent, ReactNode } from 'react';

/** Where the wizard reads the compose file from. */
export type SourceMode = 'harbor' | 'pasted';

export interface SourcePanelProps {
  mode: SourceMode;
  draft: string;
  /** The reader's (or the size check's) message for the pasted file; the text stays as typed. */
  error: string | null;
  onModeChange: (mode: SourceMode) => void;
  onDraftChange: (text: string) => void;
  onFileChosen: (file: File) => void;
  onUseDraft: () => void;
}

/** Step 1: Harbor's own compose file, or a pasted or uploaded Harbor compose file (0.4 to 2.x, up to 256 KiB). */
export function SourcePanel(props: SourcePanelProps): ReactNode {
  const { mode, draft, error } = props;
  const onFile = (event: ChangeEvent<HTMLInputElement>): void => {
    const file = event.target.files?.[0];
    if (file) props.onFileChosen(file);
  };
  return (
    <fieldset className="space-y-2 rounded border border-slate-200 p-3 dark:border-slate-700">
      <legend className="px-1 text-sm font-semibold">1. Source</legend>
      <label className="flex items-center gap-2 text-sm">
        <input type="radio" name="source" checked={mode === 'harbor'} onChange={() => props.onModeChange('harbor')} />
        The compose file Harbor runs with
      </label>
      <label className="flex items-center gap-2 text-sm">
        <input type="radio" name="source" checked={mode === 'pasted'} onChange={() => props.onModeChange('pasted')} />A
        pasted or uploaded Harbor compose file (0.4 to 2.x)
      </label>
      {mode === 'pasted' && (
        <div className="space-y-2">
          <label className="block text-sm">
            Upload compose file
            <input type="file" accept=".yml,.yaml,text/yaml" onChange={onFile} className="ml-2 text-sm" />
          </label>
          <label className="block text-sm">
            Compose file
            <textarea
              value={draft}
              onChange={(e) => props.onDraftChange(e.target.value)}
              rows={10}
              spellCheck={false}
              aria-invalid={error !== null}
              aria-describedby={error ? 'attach-source-error' : undefined}
              className="mt-1 block w-full rounded border border-slate-300 p-2 font-mono text-xs dark:border-slate-600 dark:bg-slate-900"
            />
          </label>
          <p className="text-xs text-slate-500">At most 256 KiB.</p>
          <button
            type="button"
            onClick={props.onUseDraft}
            className="rounded bg-sky-700 px-3 py-1 text-sm text-white hover:bg-sky-800"
          >
            Read mounts
          </button>
        </div>
      )}
      {error && (
        <p
          id="attach-source-error"
          role="alert"
          data-testid={TEST_IDS.attachSourceError}
          className="text-sm text-red-700 dark:text-red-300"
        >
          {error}
        </p>
      )}
    </fieldset>
  );
}
