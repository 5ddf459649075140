import type { PolicyValidation } from '@harborview/contracts/policies';
import { TEST_IDS } from '@harborview/testids/testids';
import type { ReactNode } from 'react';

import type { PolicyForm } from '../policy-form';

import { CommandBox } from './CommandBox';

/** Step 5: Review and finish, with the equivalent vmdkops_admin command. */
export function ReviewStep({
  form,
  content,
  command,
  validation,
}: {
  form: PolicyForm;
  content: string;
  command: string;
  validation: PolicyValidation | null;
}): ReactNode {
  const rows: [string, ReactNode][] = [
    ['Name', form.name],
    ['Description', form.description || '—'],
    ['Policy content', <code className="font-mono text-xs">{content}</code>],
    [
      'Rules',
      validation && validation.rules.length > 0
        ? validation.rules.map((r) => r.description).join('; ')
        : 'vSAN defaults',
    ],
    ['Storage compatibility', validation ? (validation.ok ? 'COMPATIBLE' : 'INCOMPATIBLE') : 'Checking…'],
  ];
  return (
    <div className="space-y-3 text-sm">
      <dl className="grid grid-cols-[12rem_1fr] gap-x-3 gap-y-1">
        {rows.map(([term, value]) => (
          <div key={term} className="contents">
            <dt className="font-medium text-slate-600 dark:text-slate-300">{term}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      <CommandBox label="Equivalent command (on the ESXi host)" command={command} testId={TEST_IDS.policyCommand} />
    </div>
  );
}
