import type { ReactNode } from 'react';

import { inputClass } from '../../../shared/ui/form-styles';
import { Field, invalidProps } from '../../../shared/ui/FormField';
import { ACCESS_CHOICES, ATTACH_AS_CHOICES, DISK_FORMAT_CHOICES, FSTYPE_CHOICES } from '../volume-form';
import type { VolumeForm } from '../volume-form';

/** Options the form offers, from the live API. */
export interface VolumeChoices {
  datastores: readonly { name: string; type: string }[];
  /** vDVS policy names; the built-in default is the '' option. */
  policies: readonly string[];
  volumes: readonly string[];
}

type Errors = Partial<Record<keyof VolumeForm, string>>;

function Select({
  id,
  label,
  value,
  options,
  disabled,
  onChange,
}: {
  id: string;
  label: string;
  value: string;
  options: readonly (string | { value: string; label: string })[];
  disabled?: boolean;
  onChange: (value: string) => void;
}): ReactNode {
  return (
    <Field id={id} label={label}>
      <select
        id={id}
        value={value}
        disabled={disabled}
        onChange={(e) => onChange(e.target.value)}
        className={inputClass}
      >
        {options.map((o) => {
          const { value: v, label: l } = typeof o === 'string' ? { value: o, label: o } : o;
          return (
            <option key={v} value={v}>
              {l}
            </option>
          );
        })}
      </select>
    </Field>
  );
}

/** The New Volume fields: every `docker volume create -o` option of vdvs.md §1, with vDVS defaults preselected. */
export function VolumeFields({
  form,
  errors,
  choices,
  onChange,
}: {
  form: VolumeForm;
  errors: Errors;
  choices: VolumeChoices;
  onChange: (change: Partial<VolumeForm>) => void;
}): ReactNode {
  const cloning = form.cloneFrom !== '';
  return (
    <div className="grid gap-3 md:grid-cols-2">
      <Field id="volume-name" label="Name" error={errors.name} hint="name or name@datastore">
        <input
          {...invalidProps('volume-name', errors.name)}
          value={form.name}
          onChange={(e) => onChange({ name: e.target.value })}
          className={inputClass}
        />
      </Field>
      <Field
        id="volume-size"
        label="Size"
        error={errors.size}
        hint={cloning ? 'A clone takes the size of its source' : 'Integer with mb, gb or tb, e.g. 20gb; empty = 100mb'}
      >
        <input
          {...invalidProps('volume-size', errors.size)}
          value={form.size}
          disabled={cloning}
          placeholder="100mb"
          onChange={(e) => onChange({ size: e.target.value })}
          className={inputClass}
        />
      </Field>
      <Select
        id="volume-datastore"
        label="Datastore"
        value={form.datastore}
        options={[
          { value: '', label: 'Default (vmgroup default datastore)' },
          ...choices.datastores.map((d) => d.name),
        ]}
        onChange={(datastore) => onChange({ datastore })}
      />
      <Select
        id="volume-policy"
        label="VM storage policy"
        value={form.policy}
        options={[{ value: '', label: '[VSAN default]' }, ...choices.policies]}
        onChange={(policy) => onChange({ policy })}
      />
      <Select
        id="volume-diskformat"
        label="Disk format"
        value={form.diskformat}
        options={DISK_FORMAT_CHOICES}
        onChange={(diskformat) => onChange({ diskformat })}
      />
      <Select
        id="volume-attach-as"
        label="Attach as"
        value={form.attachAs}
        options={ATTACH_AS_CHOICES}
        onChange={(attachAs) => onChange({ attachAs })}
      />
      <Select
        id="volume-access"
        label="Access"
        value={form.access}
        options={ACCESS_CHOICES}
        onChange={(access) => onChange({ access })}
      />
      <Select
        id="volume-fstype"
        label="File system"
        value={form.fstype}
        options={FSTYPE_CHOICES}
        disabled={cloning}
        onChange={(fstype) => onChange({ fstype })}
      />
      <Select
        id="volume-clone-from"
        label="Clone from"
        value={form.cloneFrom}
        options={[{ value: '', label: 'None' }, ...choices.volumes]}
        onChange={(cloneFrom) => onChange({ cloneFrom })}
      />
    </div>
  );
}
