import { ComposeError } from '@harborview/compose/errors';
import { listDataMounts } from '@harborview/compose/inventory';
import type { ComposeMountList } from '@harborview/contracts/compose-mounts';

import { toComposeAppError } from '../harbor-runtime/compose-service';

/** Every service's mounts in a compose file, for the Attach to Harbor wizard's mapping table. */
export function listComposeMounts(text: string): ComposeMountList {
  try {
    const inventory = listDataMounts(text);
    return {
      layout: { family: inventory.layout.family, version: inventory.layout.version },
      services: [...inventory.services],
      mounts: inventory.mounts.map((m) => ({
        service: m.service,
        source: m.source,
        target: m.target,
        kind: m.kind,
        readOnly: m.readOnly,
        singleFile: m.looksLikeFile,
        role: m.role,
        startLine: m.span.startLine,
        endLine: m.span.endLine,
      })),
    };
  } catch (error) {
    if (error instanceof ComposeError) throw toComposeAppError(error);
    throw error;
  }
}
