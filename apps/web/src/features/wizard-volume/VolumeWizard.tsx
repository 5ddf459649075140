import type { PlacementPreviewBody } from '@harborview/contracts/volume-placement';
import type { Volume } from '@harborview/contracts/volumes';
import { TEST_IDS } from '@harborview/testids/testids';
import { checkVolumeName } from '@harborview/twin/vdvs';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { FormEvent, ReactNode } from 'react';
import { useMemo, useState } from 'react';

import { Dialog } from '../../shared/ui/Dialog';
import { DialogFooter } from '../../shared/ui/DialogFooter';
import { FormError } from '../../shared/ui/FormField';
import { datastoresQueryOptions } from '../objects/api';
import { policiesQueryOptions, policyKeys } from '../policies/api';
import { volumeKeys, volumesQueryOptions } from '../volumes/api';
import { CommandBox } from '../wizard-policy/components/CommandBox';
import { useDebouncedValue } from '../wizard-policy/use-debounced-value';

import { createVolume, placementPreviewQueryOptions } from './api';
import { PlacementPreview } from './components/PlacementPreview';
import { VolumeFields } from './components/VolumeFields';
import type { VolumeForm } from './volume-form';
import {
  checkName,
  checkSize,
  DEFAULT_VOLUME_FORM,
  dockerVolumeCommand,
  toCreateVolumeBody,
  volumeFullName,
  volumeOpts,
} from './volume-form';

const PREVIEW_DEBOUNCE_MS = 300;

/** What the placement preview asks about, or null with nothing to place yet (not on vSAN, or a size vDVS refuses). */
function previewBody(form: VolumeForm, onVsan: boolean): PlacementPreviewBody | null {
  if (!onVsan || checkSize(form.size, form.cloneFrom !== '') !== null) return null;
  const name = volumeFullName(form);
  return checkName(name) === null ? { name, opts: volumeOpts(form) } : { opts: volumeOpts(form) };
}

/** Field errors: the name is checked as it is typed, the rest once Create was pressed. */
function formErrors(form: VolumeForm, submitted: boolean): Partial<Record<keyof VolumeForm, string>> {
  const errors: Partial<Record<keyof VolumeForm, string>> = {};
  const name = checkName(form.name.trim());
  if (name !== null && (form.name !== '' || submitted)) errors.name = name;
  const size = checkSize(form.size, form.cloneFrom !== '');
  if (size && submitted) errors.size = size;
  return errors;
}

/** New Volume: `docker volume create --driver=vmdk` as a form, with the twin's placement preview and the command. */
export function VolumeWizard({
  onClose,
  onDone,
}: {
  onClose: () => void;
  onDone: (volume: Volume) => void;
}): ReactNode {
  const queryClient = useQueryClient();
  const [form, setForm] = useState<VolumeForm>(DEFAULT_VOLUME_FORM);
  const [submitted, setSubmitted] = useState(false);
  const policies = useQuery(policiesQueryOptions());
  const datastores = useQuery(datastoresQueryOptions());
  const volumes = useQuery(volumesQueryOptions({ sort: 'name', order: 'asc' }, 1, 500));
  const create = useMutation({
    mutationFn: () => createVolume(toCreateVolumeBody(form)),
    onSuccess: async (volume) => {
      // vDVS answered success but changed nothing: say so and keep the dialog, as a real create would close it.
      if (volume.existed) return;
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: volumeKeys.all }),
        queryClient.invalidateQueries({ queryKey: policyKeys.all }),
      ]);
      onDone(volume);
    },
  });

  const errors = formErrors(form, submitted);
  const change = (patch: Partial<VolumeForm>): void => {
    // The "already exists" notice is about the name that was sent; an edit asks a new question.
    if (create.data?.existed) create.reset();
    setForm((f) => ({ ...f, ...patch }));
  };
  const submit = (event: FormEvent): void => {
    event.preventDefault();
    setSubmitted(true);
    if (Object.keys(formErrors(form, true)).length === 0) create.mutate();
  };

  const datastoreName = checkVolumeName(form.name.trim());
  const targetDs = (datastoreName.ok && datastoreName.datastore) || form.datastore;
  const onVsan =
    !targetDs || datastores.data?.find((d) => d.name.toLowerCase() === targetDs.toLowerCase())?.type === 'vsan';
  // Asked once typing pauses; the body goes through JSON so the debounce compares values, not objects.
  const bodyText = useDebouncedValue(JSON.stringify(previewBody(form, onVsan)), PREVIEW_DEBOUNCE_MS);
  const body = useMemo(() => JSON.parse(bodyText) as PlacementPreviewBody | null, [bodyText]);
  const preview = useQuery({
    ...placementPreviewQueryOptions(body ?? { opts: {} }),
    enabled: body !== null,
    placeholderData: keepPreviousData,
  });

  return (
    <Dialog
      title="New Volume"
      subtitle="docker volume create --driver=vmdk"
      onClose={onClose}
      testId={TEST_IDS.volumeWizard}
    >
      <form noValidate onSubmit={submit} className="grid gap-4 lg:grid-cols-[3fr_2fr]">
        <div className="space-y-3">
          <VolumeFields
            form={form}
            errors={errors}
            choices={{
              datastores: datastores.data ?? [],
              policies: policies.data?.filter((p) => !p.builtIn).map((p) => p.name) ?? [],
              volumes: volumes.data?.items.map((v) => v.name) ?? [],
            }}
            onChange={change}
          />
          <FormError error={create.error?.message} />
          {create.data?.existed && (
            <p role="status" className="text-sm text-amber-800 dark:text-amber-300">
              {create.data.name} already exists; nothing changed
            </p>
          )}
          <DialogFooter label="Create" busy={create.isPending} onCancel={onClose} />
        </div>
        <div className="space-y-4">
          <PlacementPreview preview={body === null ? null : (preview.data ?? null)} waiting={body !== null} />
          <CommandBox
            label="Equivalent command (in the Docker VM)"
            command={dockerVolumeCommand(form)}
            testId={TEST_IDS.volumeCommand}
          />
        </div>
      </form>
    </Dialog>
  );
}
