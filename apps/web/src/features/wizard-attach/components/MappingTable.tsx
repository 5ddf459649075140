import { TEST_IDS } from '@harborview/testids/testids';
import type { ReactNode } from 'react';

import { DataTable } from '../../../shared/ui/DataTable';
import type { TableColumn } from '../../../shared/ui/table-columns';
import type { MountChoice, MountRow } from '../mapping-state';

export interface VolumeOption {
  name: string;
  /** e.g. "detached" or "attached to other-vm". */
  note: string;
}

export interface MappingTableProps {
  rows: readonly MountRow[];
  choices: Readonly<Record<string, MountChoice>>;
  volumes: readonly VolumeOption[];
  /** The preview's refusal for a row (422 `mappings[i]: …`), by row key. */
  errors: Readonly<Record<string, string>>;
  onChoiceChange: (key: string, choice: MountChoice) => void;
}

const NEW = '__new__';

function selectValue(choice: MountChoice | undefined): string {
  if (choice?.mode === 'existing') return `v:${choice.volume}`;
  return choice?.mode === 'new' ? NEW : '';
}

type Choices = Omit<MappingTableProps, 'rows'>;

function VolumeCell({ row, choices, volumes, errors, onChoiceChange }: { row: MountRow } & Choices): ReactNode {
  const { service, target } = row.mount;
  const label = `${service} ${target}`;
  const choice = choices[row.key];
  const error = errors[row.key];
  const reasonId = `reason-${row.key}`;
  return (
    <>
      <select
        aria-label={`Volume for ${label}`}
        value={selectValue(choice)}
        disabled={row.blockedReason !== null}
        aria-describedby={row.blockedReason ? reasonId : undefined}
        aria-invalid={error !== undefined}
        onChange={(e) => {
          const value = e.target.value;
          if (value === '') onChoiceChange(row.key, { mode: 'keep' });
          else if (value === NEW) onChoiceChange(row.key, { mode: 'new', name: '' });
          else onChoiceChange(row.key, { mode: 'existing', volume: value.slice(2) });
        }}
        className="rounded border border-slate-300 px-1 py-0.5 disabled:opacity-60 dark:border-slate-600 dark:bg-slate-900"
      >
        <option value="">Keep as is</option>
        {volumes.map((v) => (
          <option key={v.name} value={`v:${v.name}`}>
            {v.name} ({v.note})
          </option>
        ))}
        <option value={NEW}>New volume…</option>
      </select>
      {choice?.mode === 'new' && (
        <input
          aria-label={`New volume name for ${label}`}
          value={choice.name}
          onChange={(e) => onChoiceChange(row.key, { mode: 'new', name: e.target.value })}
          className="ml-2 rounded border border-slate-300 px-1 py-0.5 dark:border-slate-600 dark:bg-slate-900"
        />
      )}
      {row.blockedReason && (
        <p id={reasonId} className="text-xs text-slate-500">
          {row.blockedReason}
        </p>
      )}
      {error && (
        <p
          role="alert"
          data-testid={TEST_IDS.attachMountError(service, target)}
          className="text-xs text-red-700 dark:text-red-300"
        >
          {error}
        </p>
      )}
    </>
  );
}

function columns(choices: Choices): TableColumn<MountRow>[] {
  return [
    { header: 'Service', pad: 'py-1', className: 'font-medium', cell: (row) => row.mount.service },
    { header: 'Source', className: 'font-mono text-xs', cell: (row) => row.mount.source ?? '(anonymous)' },
    { header: 'Container path', className: 'font-mono text-xs', cell: (row) => row.mount.target },
    { header: 'Volume', className: 'space-y-1', cell: (row) => <VolumeCell row={row} {...choices} /> },
  ];
}

/** Step 2: each service's data mount mapped to an existing vDVS volume or a new one. */
export function MappingTable({ rows, ...choices }: MappingTableProps): ReactNode {
  return (
    <fieldset className="rounded border border-slate-200 p-3 dark:border-slate-700">
      <legend className="px-1 text-sm font-semibold">2. Map data mounts to volumes</legend>
      <DataTable
        label="Data mounts"
        variant="plain"
        columns={columns(choices)}
        rows={rows}
        rowKey={(row) => row.key}
        rowProps={(row) => ({
          testId: TEST_IDS.attachMountRow(row.mount.service, row.mount.target),
          className: 'align-top',
        })}
      />
    </fieldset>
  );
}
