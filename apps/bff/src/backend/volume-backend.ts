import type { PlacementPreview, PlacementPreviewBody } from '@harborview/contracts/volume-placement';
import type { CreatedVolume, Volume, VolumeList, VolumeListQuery } from '@harborview/contracts/volumes';

import type { Caller } from './caller';

/** vDVS Docker volumes (`docker volume create/rm/inspect -d vsphere`). */
export interface VolumeBackend {
  listVolumes(query: VolumeListQuery): Promise<VolumeList>;
  getVolume(name: string): Promise<Volume | undefined>;
  /** The volume; `existed: true` when it was already there and nothing changed (vDVS answers success). */
  createVolume(name: string, opts: Record<string, string>, caller: Caller): Promise<CreatedVolume>;
  removeVolume(name: string, caller: Caller): Promise<void>;
  /** Where `createVolume` would place the volume now and what it would take; nothing is created. */
  previewPlacement(body: PlacementPreviewBody): Promise<PlacementPreview>;
}
