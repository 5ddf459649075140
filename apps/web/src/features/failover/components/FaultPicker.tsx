import type { Host } from '@harborview/contracts/inventory';
import { TEST_IDS } from '@harborview/testids/testids';
import type { ReactNode } from 'react';
import { useId } from 'react';

import { fieldClass } from '../../../shared/ui/form-styles';
import type { FaultDraft } from '../fault-form';
import { disksOf, FAULT_HINTS, FAULT_LABELS, FAULT_TYPES, withHost } from '../fault-form';

export interface FaultPickerProps {
  draft: FaultDraft;
  hosts: readonly Host[];
  /** The host running the Harbor VM, marked in the host list. */
  harborHostId: string | null;
  onChange: (draft: FaultDraft) => void;
}

/** Which fault to inject: a radio group for the kind (arrow keys move), then the host and, for a disk, the disk. */
export function FaultPicker({ draft, hosts, harborHostId, onChange }: FaultPickerProps): ReactNode {
  const name = useId();
  const host = hosts.find((h) => h.id === draft.hostId);
  const disks = disksOf(host);
  return (
    <fieldset data-testid={TEST_IDS.faultPicker} className="space-y-3">
      <legend className="text-sm font-semibold">Fault</legend>
      <div role="radiogroup" aria-label="Fault type" className="flex flex-wrap gap-4">
        {FAULT_TYPES.map((type) => (
          <label key={type} className="flex max-w-xs items-start gap-2 text-sm">
            <input
              type="radio"
              name={name}
              value={type}
              checked={draft.type === type}
              onChange={() => onChange({ ...draft, type })}
              className="mt-1"
            />
            <span>
              <span className="font-medium">{FAULT_LABELS[type]}</span>
              <span className="block text-xs text-slate-600 dark:text-slate-300">{FAULT_HINTS[type]}</span>
            </span>
          </label>
        ))}
      </div>
      <div className="flex flex-wrap gap-4">
        <label className="flex flex-col gap-0.5 text-sm">
          <span className="text-xs text-slate-600 dark:text-slate-300">Host</span>
          <select
            className={fieldClass}
            value={draft.hostId}
            onChange={(e) =>
              onChange(
                withHost(
                  draft,
                  hosts.find((h) => h.id === e.target.value),
                ),
              )
            }
          >
            {hosts.map((h) => (
              <option key={h.id} value={h.id}>
                {h.name}
                {h.id === harborHostId ? ' (runs the Harbor VM)' : ''}
              </option>
            ))}
          </select>
        </label>
        {draft.type === 'disk-failure' && (
          <label className="flex flex-col gap-0.5 text-sm">
            <span className="text-xs text-slate-600 dark:text-slate-300">Disk</span>
            <select
              className={fieldClass}
              value={draft.diskId}
              onChange={(e) => onChange({ ...draft, diskId: e.target.value })}
            >
              {disks.map((d) => (
                <option key={d.id} value={d.id}>
                  {d.label}
                </option>
              ))}
            </select>
          </label>
        )}
      </div>
    </fieldset>
  );
}
