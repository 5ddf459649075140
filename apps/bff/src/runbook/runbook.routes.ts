import type { Runbook } from '@harborview/contracts/runbook';
import { RunbookSchema } from '@harborview/contracts/runbook';
import { HARBOR_041_COMPOSE_TEXT } from '@harborview/twin/harbor';
import type { Router } from 'express';

import type { HarborBackend } from '../backend/harbor-backend';
import type { InventoryBackend } from '../backend/inventory-backend';
import type { AppDeps } from '../deps';
import { AppError } from '../errors/app-error';
import { route } from '../routes/define-route';

import { listComposeMounts } from './compose-mounts';
import { deriveRunbook } from './derive-runbook';
import { runbookMarkdown, runbookShellScript } from './render-runbook';

// The runbook reads hosts and VMs (to name them) and Harbor (the Docker VM), besides the command log.
type RunbookDeps = Pick<AppDeps, 'commandLog'> & { backend: InventoryBackend & HarborBackend };

function commandLogOf(deps: RunbookDeps): NonNullable<AppDeps['commandLog']> {
  if (!deps.commandLog)
    throw new AppError('service_unavailable', 'This backend keeps no command log, so there is no runbook');
  return deps.commandLog;
}

async function buildRunbook(deps: RunbookDeps): Promise<Runbook> {
  const log = commandLogOf(deps).commandsAfter(0);
  const [hosts, vms, harbor] = await Promise.all([
    deps.backend.listHosts(),
    deps.backend.listVms(),
    deps.backend.harbor(),
  ]);
  const vmName = (id: string): string => vms.find((vm) => vm.id === id)?.name ?? id;
  return RunbookSchema.parse(
    deriveRunbook(log, {
      hostAddress: (id) => hosts.find((h) => h.id === id)?.address ?? id,
      hostAddresses: hosts.map((h) => h.address),
      vmName,
      dockerVm: vmName(harbor.vmId),
      initialCompose: HARBOR_041_COMPOSE_TEXT,
    }),
  );
}

/** `GET /api/runbook`: the command log as manual steps, as JSON, Markdown or a shell script. */
export function registerRunbookRoutes(router: Router, deps: RunbookDeps): void {
  route(router, 'runbook.get', async ({ query: { format = 'json' }, res }) => {
    const runbook = await buildRunbook(deps);
    if (format === 'json') return runbook;
    if (format === 'md') {
      // attachment() sets a type from the extension, so the type comes after it.
      res.attachment('harborview-runbook.md').type('text/markdown; charset=utf-8').send(runbookMarkdown(runbook));
    } else {
      res
        .attachment('harborview-runbook.sh')
        .type('text/x-shellscript; charset=utf-8')
        .send(runbookShellScript(runbook));
    }
    return undefined;
  });
}

/** `POST /api/harbor/compose/mounts`: the Attach to Harbor wizard's list of data mounts. */
export function registerComposeMountRoutes(router: Router, { backend }: { backend: HarborBackend }): void {
  route(router, 'harbor.composeMounts', async ({ body: { compose } }) =>
    listComposeMounts(compose ?? (await backend.composeFile()).compose),
  );
}
