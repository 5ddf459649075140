import type { PolicyIssue, PolicyValidation } from '@harborview/contracts/policies';
import { TEST_IDS } from '@harborview/testids/testids';
import type { ReactNode } from 'react';
import { useRef } from 'react';

import { inputClass } from '../../../shared/ui/form-styles';

/** The content with the issue's range marked; a range past the end (a missing paren) marks the end itself. */
function Highlighted({ content, issue }: { content: string; issue: PolicyIssue }): ReactNode {
  const start = Math.min(issue.offset, content.length);
  const end = Math.min(content.length, start + Math.max(issue.length, 1));
  const marked = content.slice(start, end);
  return (
    <pre
      aria-hidden="true"
      className="rounded bg-slate-50 px-2 py-1 font-mono text-xs whitespace-pre-wrap dark:bg-slate-800"
    >
      {content.slice(0, start)}
      <mark className="rounded-sm bg-red-200 text-red-950 underline decoration-red-600 decoration-wavy">
        {marked === '' ? '\u2038' : marked}
      </mark>
      {content.slice(end)}
    </pre>
  );
}

/**
 * vmdkops content typed by hand, checked as you type (the container debounces `POST /api/policies/validate`):
 * the first issue is shown as line:column and message, and its range is marked in a copy of the text.
 */
export function RawContentEditor({
  content,
  validation,
  checking,
  onChange,
}: {
  content: string;
  /** The check of exactly `content`, or null while it is pending. */
  validation: PolicyValidation | null;
  checking: boolean;
  onChange: (content: string) => void;
}): ReactNode {
  const ref = useRef<HTMLTextAreaElement>(null);
  const issue = validation?.issues.find((i) => i.severity === 'error') ?? validation?.issues[0] ?? null;
  const select = (i: PolicyIssue): void => {
    ref.current?.focus();
    ref.current?.setSelectionRange(i.offset, i.offset + Math.max(i.length, 1));
  };
  return (
    <div className="space-y-2">
      <label htmlFor="policy-raw-content" className="block text-sm font-medium">
        Policy content
      </label>
      <textarea
        ref={ref}
        id="policy-raw-content"
        value={content}
        rows={4}
        spellCheck={false}
        onChange={(e) => onChange(e.target.value)}
        aria-invalid={issue?.severity === 'error' ? true : undefined}
        aria-describedby="policy-raw-content-status"
        placeholder={'(("hostFailuresToTolerate" i1) ("stripeWidth" i2))'}
        className={`${inputClass} font-mono`}
      />
      <div id="policy-raw-content-status" aria-live="polite" className="text-xs">
        {checking && <p className="text-slate-500">Checking…</p>}
        {!checking && issue && (
          <div data-testid={TEST_IDS.policyContentError} className="space-y-1">
            <p className={issue.severity === 'error' ? 'text-red-700 dark:text-red-300' : 'text-yellow-800'}>
              Line {issue.line}, column {issue.column}: {issue.message}{' '}
              <button type="button" onClick={() => select(issue)} className="underline">
                Select in content
              </button>
            </p>
            <Highlighted content={content} issue={issue} />
          </div>
        )}
        {!checking && validation && !issue && <p className="text-green-800 dark:text-green-300">No problems found.</p>}
      </div>
    </div>
  );
}
