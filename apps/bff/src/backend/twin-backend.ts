import type { Clock, ResetTwinBody } from '@harborview/contracts/clock';
import type { ComposePreviewBody } from '@harborview/contracts/harbor';
import { clockView } from '@harborview/twin/engine/queries/time';
import { validatePolicyView } from '@harborview/twin/engine/queries/policies';
import { PolicyValidationSchema } from '@harborview/contracts/policies';
import { SetupSchema } from '@harborview/contracts/setup';
import { setupView } from '@harborview/twin/engine/queries/setup';

import { AppError } from '../errors/app-error';
import { previewCompose } from '../harbor-runtime/compose-service';
import type { ImageService } from '../harbor-runtime/image-service';
import type { ClockDriver } from '../twin-runtime/clock-driver';

import type { Caller, ConsoleBackend } from './backend';
import { runCommand, runTask } from './twin-command';
import type { TwinRuntime } from './twin-command';
import type { HarborDataLayout, RegistryFacts } from './twin-harbor';
import { readHarbor, volumesInUseElsewhere } from './twin-harbor';
import * as read from './twin-reads';

export interface TwinBackendDeps {
  runtime: TwinRuntime;
  clock: ClockDriver;
  images: ImageService;
  layout: HarborDataLayout;
  registry: () => RegistryFacts;
  /** Copies the registry's data to the folder it will use after an attach, verified by digest. */
  copyRegistryData: (body: ComposePreviewBody) => Promise<void>;
  /** Starts a fresh scenario: the BFF wipes the real data behind the old one first. */
  reset: (options: Omit<ResetTwinBody, 'scenario'>) => Promise<void>;
  wallNow: () => Date;
}

const ADMIN: Caller = { user: 'VSPHERE.LOCAL\\Administrator' };

/** The embedded default backend: the deterministic twin behind the command log, plus Harbor's real registry. */
export function createTwinBackend(deps: TwinBackendDeps): ConsoleBackend {
  const { runtime } = deps;
  const s = () => runtime.state();
  const clock = (): Clock => ({
    ...clockView(s()),
    paused: deps.clock.paused(),
    wallTime: deps.wallNow().toISOString(),
  });
  const composeText = (body: ComposePreviewBody): string => body.compose ?? s().harbor.composeText;

  return {
    kind: 'twin',
    inventory: async () => read.readInventory(s()),
    listHosts: async () => read.readHosts(s()),
    getHost: async (id) => read.readHosts(s()).find((h) => h.id === id),
    listVms: async () => read.readVms(s()),
    getVm: async (id) => read.readVms(s()).find((vm) => vm.id === id),
    listClusters: async () => read.readClusters(s()),
    getCluster: async (id) => read.readClusters(s()).find((c) => c.id === id),
    listDatastores: async () => read.readDatastores(s()),
    getDatastore: async (id) => read.readDatastores(s()).find((d) => d.id === id),
    browseDatastore: async (id, query) => read.readBrowse(s(), id, query),
    listTasks: async () => read.readTasks(s()),
    listAlarms: async () => read.readAlarms(s()),
    async acknowledgeAlarm(id, caller) {
      const alarmId = Number(id);
      if (!Number.isInteger(alarmId) || alarmId < 1)
        throw new AppError('bad_request', `Alarm id must be a positive integer, got '${id}'`);
      await runCommand(runtime, { type: 'acknowledgeAlarm', alarmId }, caller);
      return read.readAlarms(s()).find((a) => a.id === id)!;
    },

    clusterSummary: async () => read.readClusterSummary(s()),
    resyncSummary: async () => read.readResync(s()),
    setHaEnabled: (enabled, caller) => runTask(runtime, { type: 'setHaEnabled', enabled }, caller),
    setRepairDelay: (seconds, caller) => runTask(runtime, { type: 'setRepairDelay', seconds }, caller),
    powerHost: (hostId, state, caller) => runTask(runtime, { type: 'powerHost', hostId, state }, caller),
    failDisk: (hostId, diskId, caller) => runTask(runtime, { type: 'failDisk', hostId, diskId }, caller),
    listVsanObjects: async (query) => read.readVsanObjects(s(), query),

    listPolicies: async () => read.readPolicies(s()),
    async createPolicy(name, content, caller) {
      await runCommand(runtime, { type: 'createPolicy', name, content }, caller);
      return read.readPolicies(s()).find((p) => p.name === name)!;
    },
    async updatePolicy(name, content, caller) {
      await runCommand(runtime, { type: 'updatePolicy', name, content }, caller);
      return read.readPolicies(s()).find((p) => p.name === name)!;
    },
    async removePolicy(name, caller) {
      await runCommand(runtime, { type: 'removePolicy', name }, caller);
    },
    validatePolicy: async (content, sizeBytes) =>
      PolicyValidationSchema.parse(
        validatePolicyView(s(), sizeBytes === undefined ? { content } : { content, sizeBytes }),
      ),

    listVolumes: async (query) => read.readVolumes(s(), query),
    getVolume: async (name) => read.readVolume(s(), name),
    async createVolume(name, opts, caller) {
      const { volume } = await runCommand(runtime, { type: 'createVolume', name, opts }, caller);
      const created = read.readVolume(s(), volume ?? name);
      if (!created) throw new AppError('internal', `The twin created ${name} but cannot show it`);
      return created;
    },
    async removeVolume(name, caller) {
      await runCommand(runtime, { type: 'removeVolume', name }, caller);
    },

    harbor: async () => readHarbor(s(), deps.layout, deps.registry()),
    composeFile: async () => ({
      fileName: 'docker-compose.yml',
      compose: s().harbor.composeText,
      layout: read.readHarborLayout(s()),
    }),
    previewCompose: async (body) =>
      previewCompose(composeText(body), body.mappings, { volumesInUseElsewhere: volumesInUseElsewhere(s()) }),
    async attachHarbor(body, caller) {
      const preview = previewCompose(composeText(body), body.mappings, {
        volumesInUseElsewhere: volumesInUseElsewhere(s()),
      });
      for (const mapping of body.mappings) {
        if (!read.readVolume(s(), mapping.volume)) {
          throw new AppError(
            'unprocessable',
            `mappings[${body.mappings.indexOf(mapping)}]: volume ${mapping.volume} does not exist: create it first`,
          );
        }
      }
      if (body.copyData) await deps.copyRegistryData(body);
      return runTask(
        runtime,
        { type: 'harborApplyCompose', composeText: preview.compose, mappings: body.mappings },
        caller,
      );
    },
    listImages: () => deps.images.list(),
    pushImages: (count) => deps.images.push(count),
    verifyImages: () => deps.images.verify(),

    setup: async () => SetupSchema.parse(setupView(s())),
    async installVib(hostId, caller) {
      // "Every host" means every host still without it: hosts already installing or installed are left as they are.
      const hostIds =
        hostId !== undefined
          ? [hostId]
          : s()
              .topology.hosts.filter((h) => h.vib.state === 'notInstalled')
              .map((h) => h.id);
      if (hostIds.length === 0)
        throw new AppError('conflict', 'The vDVS VIB is already installed or installing on every host');
      const tasks = [];
      for (const id of hostIds) tasks.push(await runTask(runtime, { type: 'installVib', hostId: id }, caller));
      return tasks;
    },
    installPlugin: (vmId, caller) => runTask(runtime, { type: 'installPlugin', vmId: vmId ?? s().harbor.vmId }, caller),

    clock: async () => clock(),
    async setClock(body) {
      if (body.speed !== undefined) await runCommand(runtime, { type: 'setSpeed', speed: body.speed }, ADMIN);
      if (body.paused !== undefined) deps.clock.setPaused(body.paused);
      return clock();
    },
    async advanceClock(seconds) {
      await runCommand(runtime, { type: 'advance', seconds }, ADMIN);
      return clock();
    },
    async reset(body) {
      await deps.reset(body);
      return clock();
    },
  };
}
