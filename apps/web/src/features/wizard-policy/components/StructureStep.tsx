import type { ReactNode } from 'react';

import type { PolicyForm } from '../policy-form';

/** How the vSAN rules are entered, in the order offered. */
const RULE_MODES: readonly (readonly [PolicyForm['mode'], string])[] = [
  ['form', 'The vSAN rule form'],
  ['raw', 'Raw vmdkops policy content'],
];

/** Step 2: Policy structure. Datastore specific rules for vSAN, entered with the form or as raw content. */
export function StructureStep({
  form,
  onChange,
}: {
  form: PolicyForm;
  onChange: (change: Partial<PolicyForm>) => void;
}): ReactNode {
  return (
    <div className="space-y-3 text-sm">
      <fieldset className="space-y-1">
        <legend className="font-semibold">Datastore specific rules</legend>
        <label className="flex items-center gap-2">
          <input type="checkbox" checked={form.vsanRules} onChange={(e) => onChange({ vsanRules: e.target.checked })} />
          Enable rules for &quot;vSAN&quot; storage
        </label>
        {!form.vsanRules && (
          <p className="text-slate-600 dark:text-slate-300">
            Without vSAN rules the content is () and the vSAN defaults apply.
          </p>
        )}
      </fieldset>
      {form.vsanRules && (
        <fieldset className="space-y-1">
          <legend className="font-semibold">Enter the rules with</legend>
          {RULE_MODES.map(([mode, label]) => (
            <label key={mode} className="flex items-center gap-2">
              <input type="radio" name="policy-mode" checked={form.mode === mode} onChange={() => onChange({ mode })} />
              {label}
            </label>
          ))}
        </fieldset>
      )}
    </div>
  );
}
