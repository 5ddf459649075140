import type { ReactNode } from 'react';

import { inputClass } from '../../../shared/ui/form-styles';
import { Field, TextField } from '../../../shared/ui/FormField';
import type { FieldErrors, PolicyForm } from '../policy-form';

/** Step 1: Name and description. vDVS stores content only, so the description stays in this wizard. */
export function NameStep({
  form,
  errors,
  nameLocked,
  onChange,
}: {
  form: PolicyForm;
  errors: FieldErrors;
  nameLocked: boolean;
  onChange: (change: Partial<PolicyForm>) => void;
}): ReactNode {
  return (
    <div className="space-y-3">
      <p className="text-sm">vCenter Server: vcenter (policies are vmdkops policy files on the vSAN datastore)</p>
      <TextField
        id="policy-name"
        label="Name"
        error={errors.name}
        value={form.name}
        readOnly={nameLocked}
        onChange={(name) => onChange({ name })}
      />
      <Field
        id="policy-description"
        label="Description"
        hint="Not stored by vDVS: vmdkops keeps only the policy content."
      >
        <textarea
          id="policy-description"
          value={form.description}
          rows={2}
          onChange={(e) => onChange({ description: e.target.value })}
          className={inputClass}
        />
      </Field>
    </div>
  );
}
