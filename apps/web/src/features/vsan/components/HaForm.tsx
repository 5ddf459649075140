import { TEST_IDS } from '@harborview/testids/testids';
import type { ReactNode } from 'react';
import { useId } from 'react';

import { PropertyList } from '../../../shared/ui/Portlet';
import { StatusBadge } from '../../../shared/ui/StatusBadge';

import { EditSettingButton, SettingFormFooter, useSettingDraft } from './SettingForm';

export interface HaFormProps {
  enabled: boolean;
  saving: boolean;
  error: unknown;
  /** Resolves when saved; rejects with the API error, which the form shows while keeping the choice. */
  onSave: (enabled: boolean) => Promise<unknown>;
  onReset: () => void;
}

/** Services > vSphere Availability: vSphere HA on or off. */
export function HaForm({ enabled, saving, error, onSave, onReset }: HaFormProps): ReactNode {
  const { draft, setDraft, edit, cancel, submit } = useSettingDraft<boolean>(onReset);
  const checkboxId = useId();

  if (draft === null)
    return (
      <div data-testid={TEST_IDS.haForm} className="space-y-2">
        <PropertyList
          items={[
            [
              'vSphere HA',
              <StatusBadge key="ha" tone={enabled ? 'ok' : 'neutral'}>
                {enabled ? 'Turned ON' : 'Turned OFF'}
              </StatusBadge>,
            ],
          ]}
        />
        <EditSettingButton label="Edit vSphere Availability" onEdit={() => edit(enabled)} />
      </div>
    );

  return (
    <form data-testid={TEST_IDS.haForm} onSubmit={(e) => void submit(e, () => onSave(draft))} className="space-y-2">
      <div className="flex items-center gap-2 text-sm">
        <input
          id={checkboxId}
          type="checkbox"
          checked={draft}
          onChange={(e) => setDraft(e.target.checked)}
          className="h-4 w-4 focus-visible:outline-2 focus-visible:outline-sky-500"
        />
        <label htmlFor={checkboxId}>Turn on vSphere HA</label>
      </div>
      <SettingFormFooter error={error} saving={saving} onCancel={cancel} />
    </form>
  );
}
