import type { PolicyValidation } from '@harborview/contracts/policies';
import type { ReactNode } from 'react';

import { FTT_OPTIONS, OSR_OPTIONS } from '../policy-form';
import type { FieldErrors, PolicyForm } from '../policy-form';

import { inputClass } from '../../../shared/ui/form-styles';
import { Field, invalidProps } from '../../../shared/ui/FormField';
import { RawContentEditor } from './RawContentEditor';

type Change = (change: Partial<PolicyForm>) => void;

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
        <Field id="policy-ftt" label="Failures to tolerate">
          <select
            id="policy-ftt"
            value={form.fttId}
            onChange={(e) => onChange({ fttId: e.target.value })}
            className={inputClass}
          >
            {FTT_OPTIONS.map((o) => (
              <option key={o.id} value={o.id}>
                {o.label}
              </option>
            ))}
          </select>
        </Field>
      </fieldset>
      <fieldset className="space-y-3">
        <legend className="text-sm font-semibold">Advanced Policy Rules</legend>
        <Field id="policy-stripes" label="Number of disk stripes per object" error={errors.stripes} hint="1 to 12">
          <input
            {...invalidProps('policy-stripes', errors.stripes)}
            inputMode="numeric"
            value={form.stripes}
            onChange={(e) => onChange({ stripes: e.target.value })}
            className={inputClass}
          />
        </Field>
        <Field id="policy-iops" label="IOPS limit for object" error={errors.iopsLimit} hint="0 = no limit">
          <input
            {...invalidProps('policy-iops', errors.iopsLimit)}
            inputMode="numeric"
            value={form.iopsLimit}
            onChange={(e) => onChange({ iopsLimit: e.target.value })}
            className={inputClass}
          />
        </Field>
        <Field id="policy-osr" label="Object space reservation">
          <select
            id="policy-osr"
            value={form.proportionalCapacity}
            onChange={(e) => onChange({ proportionalCapacity: Number(e.target.value) })}
            className={inputClass}
          >
            {OSR_OPTIONS.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </select>
        </Field>
        <Field
          id="policy-cache"
          label="Flash read cache reservation (%)"
          error={errors.cacheReservation}
          hint="Hybrid clusters only"
        >
          <input
            {...invalidProps('policy-cache', errors.cacheReservation)}
            inputMode="decimal"
            value={form.cacheReservation}
            onChange={(e) => onChange({ cacheReservation: e.target.value })}
            className={inputClass}
          />
        </Field>
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
