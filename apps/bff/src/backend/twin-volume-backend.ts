import { placementPreviewView } from '@harborview/twin/queries';

import { AppError } from '../errors/app-error';

import type { TwinRuntime } from './twin-command';
import { runCommand } from './twin-command';
import * as read from './twin-reads';
import type { VolumeBackend } from './volume-backend';

/** The volume area over the twin: pages of the volume index, and create/remove as vDVS commands. */
export function createTwinVolumes(runtime: TwinRuntime): VolumeBackend {
  const s = () => runtime.state();
  return {
    listVolumes: async (query) => read.readVolumes(s(), query),
    getVolume: async (name) => read.readVolume(s(), name),
    async createVolume(name, opts, caller) {
      const { volume, existed } = await runCommand(runtime, { type: 'createVolume', name, opts }, caller);
      const created = read.readVolume(s(), volume ?? name);
      if (!created) throw new AppError('internal', `The twin created ${name} but cannot show it`);
      return existed === true ? { ...created, existed } : created;
    },
    async removeVolume(name, caller) {
      await runCommand(runtime, { type: 'removeVolume', name }, caller);
    },
    // Decided on the current state as a create would be, without logging or running a command.
    previewPlacement: async (body) => placementPreviewView(s(), body),
  };
}
