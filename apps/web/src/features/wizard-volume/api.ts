import type { PlacementPreviewBody } from '@harborview/contracts/volume-placement';
import type { CreatedVolume, CreateVolumeBody } from '@harborview/contracts/volumes';
import { queryOptions } from '@tanstack/react-query';

import { callApi } from '../../shared/lib/api-client';
import { volumeKeys } from '../volumes/api';

/** Keys of the wizard's placement preview, under the volumes slice so a volume change refreshes it. */
export const volumeWizardKeys = {
  placementPreview: (body: PlacementPreviewBody) => [...volumeKeys.all, 'placement-preview', body] as const,
};

/** `POST /api/volumes/placement-preview`: where the twin would place the volume now, and the capacity it takes. */
export const placementPreviewQueryOptions = (body: PlacementPreviewBody) =>
  queryOptions({
    queryKey: volumeWizardKeys.placementPreview(body),
    queryFn: ({ signal }) => callApi('volumes.placementPreview', { body, signal }),
  });

/**
 * `POST /api/volumes`: `docker volume create`; vDVS refusals come back verbatim in the ApiError message, and a volume
 * that was already there comes back with `existed: true` (vDVS answers success and changes nothing).
 */
export function createVolume(body: CreateVolumeBody): Promise<CreatedVolume> {
  return callApi('volumes.create', { body });
}
