import { ComposeMountListSchema } from '@harborview/contracts/compose-mounts';
import { ComposeFileSchema, ComposePreviewSchema } from '@harborview/contracts/harbor';
import type { ComposeMapping } from '@harborview/contracts/harbor';
import { API_ROUTES } from '@harborview/contracts/routes';
import { TaskSchema } from '@harborview/contracts/tasks';
import type { Task } from '@harborview/contracts/tasks';
import { VolumeSchema } from '@harborview/contracts/volumes';
import type { Volume } from '@harborview/contracts/volumes';
import { queryOptions } from '@tanstack/react-query';

import { request } from '../../shared/lib/http';

/** Query keys of the Attach to Harbor wizard; `compose` null means Harbor's own file. */
export const attachKeys = {
  all: ['wizard-attach'] as const,
  compose: () => [...attachKeys.all, 'compose'] as const,
  mounts: (compose: string | null) => [...attachKeys.all, 'mounts', compose] as const,
  preview: (compose: string | null, mappings: ComposeMapping[]) =>
    [...attachKeys.all, 'preview', compose, mappings] as const,
};

const json = (body: unknown): RequestInit => ({ method: 'POST', body: JSON.stringify(body) });
const withCompose = (compose: string | null) => (compose === null ? {} : { compose });

/** `GET /api/harbor/compose`: the file Harbor runs with. */
export const harborComposeQueryOptions = () =>
  queryOptions({
    queryKey: attachKeys.compose(),
    queryFn: ({ signal }) => request(ComposeFileSchema, API_ROUTES.harborCompose, { signal }),
  });

/** `POST /api/harbor/compose/mounts`: every service's mounts in the chosen file. */
export const composeMountsQueryOptions = (compose: string | null) =>
  queryOptions({
    queryKey: attachKeys.mounts(compose),
    queryFn: ({ signal }) =>
      request(ComposeMountListSchema, API_ROUTES.harborComposeMounts, { ...json(withCompose(compose)), signal }),
    retry: false,
  });

/** `POST /api/harbor/compose/preview`: the rewrite, checked as the user maps (422 names the mapping). */
export const composePreviewQueryOptions = (compose: string | null, mappings: ComposeMapping[]) =>
  queryOptions({
    queryKey: attachKeys.preview(compose, mappings),
    queryFn: ({ signal }) =>
      request(ComposePreviewSchema, API_ROUTES.harborComposePreview, {
        ...json({ ...withCompose(compose), mappings }),
        signal,
      }),
    enabled: mappings.length > 0,
    retry: false,
  });

/** `POST /api/volumes` for a volume the wizard names but that does not exist yet. */
export function createVolume(name: string): Promise<Volume> {
  return request(VolumeSchema, API_ROUTES.volumes, json({ name, opts: {} }));
}

/** `POST /api/harbor/attach`: Harbor recreated on the volumes (202 with the task). */
export function attachHarbor(compose: string | null, mappings: ComposeMapping[], copyData: boolean): Promise<Task> {
  return request(TaskSchema, API_ROUTES.harborAttach, json({ ...withCompose(compose), mappings, copyData }));
}
