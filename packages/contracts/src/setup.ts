import { z } from 'zod';

import { INSTALL_STATES } from './vocabulary';

/** Install state of a vDVS piece (the VIB on an ESXi host, the plugin on the Docker VM). */
export const InstallStateSchema = z.object({
  state: z.enum(INSTALL_STATES),
  version: z.string().nullable(),
});
export type InstallState = z.infer<typeof InstallStateSchema>;

/** `GET /api/setup`: what the walkthrough's setup checklist reads from the twin. */
export const SetupSchema = z.object({
  hosts: z.array(z.object({ hostId: z.string(), name: z.string(), vib: InstallStateSchema })),
  vms: z.array(z.object({ vmId: z.string(), name: z.string(), plugin: InstallStateSchema })),
  haEnabled: z.boolean(),
  complete: z.boolean(),
});
export type Setup = z.infer<typeof SetupSchema>;

/** `POST /api/setup/vib`: `esxcli software vib install` on one host, or on every host when `hostId` is left out. */
export const InstallVibBodySchema = z.strictObject({ hostId: z.string().min(1).max(256).optional() });
export type InstallVibBody = z.infer<typeof InstallVibBodySchema>;

/** `POST /api/setup/plugin`: `docker plugin install` of the vDVS plugin on a Docker VM (Harbor's by default). */
export const InstallPluginBodySchema = z.strictObject({ vmId: z.string().min(1).max(256).optional() });
export type InstallPluginBody = z.infer<typeof InstallPluginBodySchema>;
