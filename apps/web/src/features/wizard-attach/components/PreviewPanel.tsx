import type { ComposePreview } from '@harborview/contracts/harbor';
import { TEST_IDS } from '@harborview/testids/testids';
import type { ReactNode } from 'react';

import { DiffView } from './DiffView';

export interface PreviewPanelProps {
  preview: ComposePreview | null;
  loading: boolean;
  showOverride: boolean;
  onShowOverrideChange: (show: boolean) => void;
}

/** Step 3: the diff, the final YAML (or the override file instead) and the rewriter's warnings. */
export function PreviewPanel({ preview, loading, showOverride, onShowOverrideChange }: PreviewPanelProps): ReactNode {
  return (
    <fieldset className="space-y-2 rounded border border-slate-200 p-3 dark:border-slate-700">
      <legend className="px-1 text-sm font-semibold">3. Preview</legend>
      {!preview && (
        <p className="text-sm text-slate-500">
          {loading ? 'Checking the mappings…' : 'Map a mount to preview the edit.'}
        </p>
      )}
      {preview && (
        <>
          <ul data-testid={TEST_IDS.attachWarnings} aria-label="Warnings" className="list-disc space-y-1 pl-5 text-sm">
            {preview.warnings.map((w) => (
              <li key={`${w.code}:${w.message}`} className="text-amber-800 dark:text-amber-200">
                {w.message}
              </li>
            ))}
          </ul>
          <label className="flex items-center gap-2 text-sm">
            <input type="checkbox" checked={showOverride} onChange={(e) => onShowOverrideChange(e.target.checked)} />
            Show {preview.override.fileName} instead (prepare and install.sh leave it alone)
          </label>
          {showOverride ? (
            <pre
              aria-label={preview.override.fileName}
              className="overflow-auto rounded bg-slate-50 p-2 text-xs dark:bg-slate-900"
            >
              {preview.override.compose}
            </pre>
          ) : (
            <>
              <div className="overflow-auto rounded border border-slate-200 dark:border-slate-700">
                <DiffView diff={preview.diff} />
              </div>
              <details>
                <summary className="cursor-pointer text-sm">Final docker-compose.yml</summary>
                <pre
                  aria-label="Final compose file"
                  data-testid={TEST_IDS.attachFinalYaml}
                  className="overflow-auto rounded bg-slate-50 p-2 text-xs dark:bg-slate-900"
                >
                  {preview.compose}
                </pre>
              </details>
            </>
          )}
        </>
      )}
    </fieldset>
  );
}
