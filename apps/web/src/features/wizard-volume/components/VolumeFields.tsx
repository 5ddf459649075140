import type { ReactNode } from 'react';

import type { SelectFieldProps } from '../../../shared/ui/FormField';
import { SelectField, TextField } from '../../../shared/ui/FormField';
import type { VolumeForm } from '../volume-form';
import { ACCESS_CHOICES, ATTACH_AS_CHOICES, DISK_FORMAT_CHOICES, FSTYPE_CHOICES } from '../volume-form';

/** Options the form offers, from the live API. */
export interface VolumeChoices {
  datastores: readonly { name: string; type: string }[];
  /** vDVS policy names; the built-in default is the '' option. */
  policies: readonly string[];
  volumes: readonly string[];
}

type Errors = Partial<Record<keyof VolumeForm, string>>;

/** One option select of the form, with the field of VolumeForm it sets. */
type SelectSpec = Omit<SelectFieldProps, 'value' | 'onChange'> & { key: Exclude<keyof VolumeForm, 'name' | 'size'> };

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
  // The option selects in the order of the form, each with the vDVS default or "none" first.
  const selects: SelectSpec[] = [
    {
      key: 'datastore',
      id: 'volume-datastore',
      label: 'Datastore',
      options: [{ value: '', label: 'Default (vmgroup default datastore)' }, ...choices.datastores.map((d) => d.name)],
    },
    {
      key: 'policy',
      id: 'volume-policy',
      label: 'VM storage policy',
      options: [{ value: '', label: '[VSAN default]' }, ...choices.policies],
    },
    { key: 'diskformat', id: 'volume-diskformat', label: 'Disk format', options: DISK_FORMAT_CHOICES },
    { key: 'attachAs', id: 'volume-attach-as', label: 'Attach as', options: ATTACH_AS_CHOICES },
    { key: 'access', id: 'volume-access', label: 'Access', options: ACCESS_CHOICES },
    { key: 'fstype', id: 'volume-fstype', label: 'File system', options: FSTYPE_CHOICES, disabled: cloning },
    {
      key: 'cloneFrom',
      id: 'volume-clone-from',
      label: 'Clone from',
      options: [{ value: '', label: 'None' }, ...choices.volumes],
    },
  ];
  return (
    <div className="grid gap-3 md:grid-cols-2">
      <TextField
        id="volume-name"
        label="Name"
        error={errors.name}
        hint="name or name@datastore"
        value={form.name}
        onChange={(name) => onChange({ name })}
      />
      <TextField
        id="volume-size"
        label="Size"
        error={errors.size}
        hint={cloning ? 'A clone takes the size of its source' : 'Integer with mb, gb or tb, e.g. 20gb; empty = 100mb'}
        value={form.size}
        disabled={cloning}
        placeholder="100mb"
        onChange={(size) => onChange({ size })}
      />
      {selects.map(({ key, ...select }) => (
        <SelectField key={key} {...select} value={form[key]} onChange={(value) => onChange({ [key]: value })} />
      ))}
    </div>
  );
}
