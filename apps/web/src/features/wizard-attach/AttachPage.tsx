import type { Task } from '@harborview/contracts/tasks';
import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useState } from 'react';

import { ErrorState, LoadingState } from '../../shared/ui/QueryState';
import { harborQueryOptions } from '../harbor/api';
import { recentTasksQueryOptions } from '../tasks/api';
import { volumesQueryOptions } from '../volumes/api';

import { attachHarbor, composeMountsQueryOptions, composePreviewQueryOptions, createVolume } from './api';
import { AttachView } from './AttachView';
import type { SourceMode } from './components/SourcePanel';
import type { MountChoice } from './mapping-state';
import {
  errorRow,
  MAX_COMPOSE_BYTES,
  mountRows,
  newVolumeNames,
  sizeMessage,
  sizeProblem,
  toMappings,
} from './mapping-state';

const messageOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/** Route entry for `/harbor/attach`. */
export function AttachPage(): ReactNode {
  const [mode, setMode] = useState<SourceMode>('harbor');
  const [draft, setDraft] = useState('');
  const [pasted, setPasted] = useState<string | null>(null);
  const [sizeError, setSizeError] = useState<string | null>(null);
  const [choices, setChoices] = useState<Record<string, MountChoice>>({});
  const [showOverride, setShowOverride] = useState(false);
  const [copyData, setCopyData] = useState(false);
  const [applying, setApplying] = useState(false);
  const [applyError, setApplyError] = useState<string | null>(null);
  const [submitted, setSubmitted] = useState<Task | null>(null);

  const compose = mode === 'harbor' ? null : pasted;
  const waitingForPaste = mode === 'pasted' && pasted === null;
  const mounts = useQuery({ ...composeMountsQueryOptions(compose), enabled: !waitingForPaste });
  const volumes = useQuery(volumesQueryOptions({ sort: 'name', order: 'asc' }, 1, 500));
  const rows = mounts.data ? mountRows(mounts.data) : [];
  const { mappings, keys } = toMappings(rows, choices);
  const preview = useQuery({
    ...composePreviewQueryOptions(compose, mappings),
    enabled: mounts.isSuccess && mappings.length > 0,
  });
  const tasks = useQuery({ ...recentTasksQueryOptions(), enabled: submitted !== null });
  const harbor = useQuery({ ...harborQueryOptions(), enabled: submitted !== null });

  const previewError = preview.isError ? messageOf(preview.error) : null;
  const rowError = previewError ? errorRow(previewError, keys) : null;
  const task = submitted ? (tasks.data?.find((t) => t.id === submitted.id) ?? submitted) : null;

  const reset = (): void => {
    setChoices({});
    setSubmitted(null);
    setApplyError(null);
  };
  const readText = (text: string): void => {
    const problem = sizeProblem(text);
    setSizeError(problem);
    if (problem) return;
    setPasted(text);
    reset();
  };
  const apply = async (): Promise<void> => {
    setApplying(true);
    setApplyError(null);
    try {
      const existing = new Set(volumes.data?.items.map((v) => v.name));
      for (const name of newVolumeNames(rows, choices)) if (!existing.has(name)) await createVolume(name);
      setSubmitted(await attachHarbor(compose, mappings, copyData));
    } catch (error) {
      setApplyError(messageOf(error));
    } finally {
      setApplying(false);
    }
  };

  const sourceError = sizeError ?? (mode === 'pasted' && mounts.isError ? messageOf(mounts.error) : null);
  const mapping = waitingForPaste ? null : mounts.isPending ? (
    <LoadingState label="compose mounts" />
  ) : mounts.isError ? (
    mode === 'harbor' ? (
      <ErrorState error={mounts.error} onRetry={() => void mounts.refetch()} />
    ) : null
  ) : (
    {
      rows,
      choices,
      volumes: (volumes.data?.items ?? []).map((v) => ({ name: v.name, note: v.status })),
      errors: rowError ? { [rowError.key]: rowError.message } : {},
      onChoiceChange: (key: string, choice: MountChoice) => setChoices((c) => ({ ...c, [key]: choice })),
    }
  );

  return (
    <AttachView
      source={{
        mode,
        draft,
        error: sourceError,
        onModeChange: (next) => {
          setMode(next);
          reset();
        },
        onDraftChange: setDraft,
        onFileChosen: (file) => {
          if (file.size > MAX_COMPOSE_BYTES) {
            setSizeError(sizeMessage(file.size));
            return;
          }
          void file.text().then((text) => {
            setDraft(text);
            readText(text);
          });
        },
        onUseDraft: () => readText(draft),
      }}
      mapping={mapping}
      preview={{
        preview: preview.isError || mappings.length === 0 ? null : (preview.data ?? null),
        loading: preview.isFetching,
        showOverride,
        onShowOverrideChange: setShowOverride,
      }}
      apply={{
        canApply: mappings.length > 0 && preview.isSuccess && !preview.isFetching,
        applying,
        copyData,
        toCreate: newVolumeNames(rows, choices).filter((n) => !volumes.data?.items.some((v) => v.name === n)),
        error: applyError ?? (previewError && !rowError ? previewError : null),
        task,
        harbor: harbor.data ?? null,
        onCopyDataChange: setCopyData,
        onApply: () => void apply(),
      }}
    />
  );
}
