import type { ComposePreviewBody } from '@harborview/contracts/harbor';

import { AppError } from '../errors/app-error';
import { previewCompose } from '../harbor-runtime/compose-service';
import type { ImageService } from '../harbor-runtime/image-service';

import type { HarborBackend } from './harbor-backend';
import type { TwinRuntime } from './twin-command';
import { runTask } from './twin-command';
import type { HarborDataLayout, RegistryFacts } from './twin-harbor';
import { readHarbor, volumesInUseElsewhere } from './twin-harbor';
import * as read from './twin-reads';

/** What Harbor's area needs besides the twin: the real registry, its images and where its data lives. */
export interface TwinHarborDeps {
  images: ImageService;
  layout: HarborDataLayout;
  registry: () => RegistryFacts;
  /** Copies the registry's data to the folder it will use after an attach, verified by digest. */
  copyRegistryData: (body: ComposePreviewBody) => Promise<void>;
}

/** The Harbor area: the twin's Harbor (compose, services, volume mappings) plus the real registry's images. */
export function createTwinHarbor(runtime: TwinRuntime, deps: TwinHarborDeps): HarborBackend {
  const s = () => runtime.state();
  const composeText = (body: ComposePreviewBody): string => body.compose ?? s().harbor.composeText;
  return {
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
  };
}
