import type { ComposeMapping, ComposePreview, ComposePreviewBody } from '@harborview/contracts/harbor';
import type { Task } from '@harborview/contracts/tasks';
import type { Volume } from '@harborview/contracts/volumes';
import { queryOptions } from '@tanstack/react-query';

import { callApi } from '../../shared/lib/api-client';
import { createVolume as createVolumeWith } from '../wizard-volume/api';

/** Query keys of the Attach to Harbor wizard; `compose` null means Harbor's own file. */
export const attachKeys = {
  all: ['wizard-attach'] as const,
  compose: () => [...attachKeys.all, 'compose'] as const,
  mounts: (compose: string | null) => [...attachKeys.all, 'mounts', compose] as const,
  preview: (compose: string | null, mappings: ComposeMapping[]) =>
    [...attachKeys.all, 'preview', compose, mappings] as const,
};

const withCompose = (compose: string | null) => (compose === null ? {} : { compose });

/** `GET /api/harbor/compose`: the file Harbor runs with. */
export const harborComposeQueryOptions = () =>
  queryOptions({
    queryKey: attachKeys.compose(),
    queryFn: ({ signal }) => callApi('harbor.compose', { signal }),
  });

/** `POST /api/harbor/compose/mounts`: every service's mounts in the chosen file. */
export const composeMountsQueryOptions = (compose: string | null) =>
  queryOptions({
    queryKey: attachKeys.mounts(compose),
    queryFn: ({ signal }) => callApi('harbor.composeMounts', { body: withCompose(compose), signal }),
    retry: false,
  });

/** `POST /api/harbor/compose/preview`: the rewrite, checked as the user maps (422 names the mapping). */
export function previewCompose(body: ComposePreviewBody, signal?: AbortSignal): Promise<ComposePreview> {
  return callApi('harbor.composePreview', { body, signal });
}

/** The wizard's preview of the chosen file and mappings, by `previewCompose`. */
export const composePreviewQueryOptions = (compose: string | null, mappings: ComposeMapping[]) =>
  queryOptions({
    queryKey: attachKeys.preview(compose, mappings),
    queryFn: ({ signal }) => previewCompose({ ...withCompose(compose), mappings }, signal),
    enabled: mappings.length > 0,
    retry: false,
  });

/** A volume the wizard names but that does not exist yet, with default options (the volume wizard's call). */
export function createVolume(name: string): Promise<Volume> {
  return createVolumeWith({ name, opts: {} });
}

/** `POST /api/harbor/attach`: Harbor recreated on the volumes (202 with the task). */
export function sendAttach(body: ComposePreviewBody): Promise<Task> {
  return callApi('harbor.attach', { body });
}

/** The wizard's attach of the chosen file and mappings, by `sendAttach`. */
export function attachHarbor(compose: string | null, mappings: ComposeMapping[], copyData: boolean): Promise<Task> {
  return sendAttach({ ...withCompose(compose), mappings, copyData });
}
