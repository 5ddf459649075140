import type { PolicyValidation } from '@harborview/contracts/policies';
import type { ReactNode } from 'react';

import { inputClass } from '../../../shared/ui/form-styles';
import { Field, SelectField, TextField } from '../../../shared/ui/FormField';
import type { FieldErrors, PolicyForm } from '../policy-form';
import { FTT_OPTIONS, OSR_OPTIONS } from '../policy-form';

import { RawContentEditor } from './RawContentEditor';

type Change = (change: Partial<PolicyForm>) => void;

/** The rules typed as numbers (policy-form checks them); each field's error comes from the same key. */
const NUMBER_RULES = {
  stripes: { id: 'policy-stripes', label: 'Number of disk stripes per object', hint: '1 to 12', inputMode: 'numeric' },
  iopsLimit: { id: 'policy-iops', label: 'IOPS limit for object', hint: '0 = no limit', inputMode: 'numeric' },
  cacheReservation: {
    id: 'policy-cache',
    label: 'Flash read cache reservation (%)',
    hint: 'Hybrid clusters only',
    inputMode: 'decimal',
  },
} as const;

function RuleField({
  rule,
  form,
  errors,
  onChange,
}: {
  rule: keyof typeof NUMBER_RULES;
  form: PolicyForm;
  errors: FieldErrors;
  onChange: Change;
}): ReactNode {
  return (
    <TextField
      {...NUMBER_RULES[rule]}
      error={errors[rule]}
      value={form[rule]}
      onChange={(value) => onChange({ [rule]: value })}
    />
  );
}

function RuleForm({ form, errors, onChange }: { form: PolicyForm; errors: FieldErrors; onChange: Change }): ReactNode {
  return (
    <div className="grid gap-4 md:grid-cols-2">
      <fieldset className="space-y-3">
        <legend className="text-sm font-semibold">Availability</legend>
        <Field id="policy-site" label="Site disaster tolerance">
          <select id="policy-site" disabled className={inputClass}>
            <option>None - standard cluster</option>
          </select>
        </Field>
        <SelectField
          id="policy-ftt"
          label="Failures to tolerate"
          value={form.fttId}
          options={FTT_OPTIONS.map((o) => ({ value: o.id, label: o.label }))}
          onChange={(fttId) => onChange({ fttId })}
        />
      </fieldset>
      <fieldset className="space-y-3">
        <legend className="text-sm font-semibold">Advanced Policy Rules</legend>
        <RuleField rule="stripes" form={form} errors={errors} onChange={onChange} />
        <RuleField rule="iopsLimit" form={form} errors={errors} onChange={onChange} />
        <SelectField
          id="policy-osr"
          label="Object space reservation"
          value={String(form.proportionalCapacity)}
          options={OSR_OPTIONS.map((o) => ({ value: String(o.value), label: o.label }))}
          onChange={(value) => onChange({ proportionalCapacity: Number(value) })}
        />
        <RuleField rule="cacheReservation" form={form} errors={errors} onChange={onChange} />
        <label className="flex items-center gap-2 text-sm">
          <input
            type="checkbox"
            checked={form.checksumDisabled}
            onChange={(e) => onChange({ checksumDisabled: e.target.checked })}
          />
          Disable object checksum
        </label>
        <label className="flex items-center gap-2 text-sm">
          <input
            type="checkbox"
            checked={form.forceProvisioning}
            onChange={(e) => onChange({ forceProvisioning: e.target.checked })}
          />
          Force provisioning
        </label>
      </fieldset>
    </div>
  );
}

/** Step 3: vSAN rules, through the form or as raw content. */
export function VsanStep({
  form,
  errors,
  validation,
  checking,
  onChange,
}: {
  form: PolicyForm;
  errors: FieldErrors;
  validation: PolicyValidation | null;
  checking: boolean;
  onChange: Change;
}): ReactNode {
  if (form.mode === 'raw') {
    return (
      <RawContentEditor
        content={form.rawContent}
        validation={validation}
        checking={checking}
        onChange={(rawContent) => onChange({ rawContent })}
      />
    );
  }
  return <RuleForm form={form} errors={errors} onChange={onChange} />;
}
