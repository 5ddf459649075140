import { API_ROUTES } from '@harborview/contracts/routes';
import { VolumeSchema } from '@harborview/contracts/volumes';
import type { CreateVolumeBody, Volume } from '@harborview/contracts/volumes';

import { request } from '../../shared/lib/http';

/** `POST /api/volumes`: `docker volume create`; vDVS refusals come back verbatim in the ApiError message. */
export function createVolume(body: CreateVolumeBody): Promise<Volume> {
  return request(VolumeSchema, API_ROUTES.volumes, { method: 'POST', body: JSON.stringify(body) });
}
