import { API_ROUTES } from '@harborview/contracts/routes';
import { TEST_IDS } from '@harborview/testids/testids';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';

import { server } from '../../test/msw-server';
import { renderApp } from '../../test/render-app';

const bind = (service: string, source: string, target: string, singleFile = false) => ({
  service,
  source,
  target,
  kind: 'bind',
  readOnly: false,
  singleFile,
  role: 'other',
  startLine: 1,
  endLine: 1,
});
const MOUNTS = {
  layout: { family: '0.4', version: '0.4.1' },
  services: ['registry', 'mysql', 'ui'],
  mounts: [
    bind('registry', '/data/registry', '/storage'),
    bind('mysql', '/data/database', '/var/lib/mysql'),
    bind('ui', './config/ui/app.conf', '/etc/ui/app.conf', true),
  ],
};
const DIFF =
  '--- a/docker-compose.yml\n+++ b/docker-compose.yml\n@@ -1 +1 @@\n-      - /data/registry:/storage\n+      - vsanvol1:/storage\n';

/** The wizard against MSW: mounts, and a preview that refuses vsanvol2 as attached elsewhere. */
function getTestContext() {
  const previews: unknown[] = [];
  server.use(
    http.post(API_ROUTES.harborComposeMounts, async ({ request }) => {
      const body = (await request.json()) as { compose?: string };
      if (body.compose?.includes('[unclosed'))
        return HttpResponse.json({ error: { code: 'bad_request', message: 'Not YAML: line 1' } }, { status: 400 });
      return HttpResponse.json(MOUNTS);
    }),
    http.post(API_ROUTES.harborComposePreview, async ({ request }) => {
      const body = (await request.json()) as { mappings: { volume: string }[] };
      previews.push(body);
      const bad = body.mappings.findIndex((m) => m.volume === 'vsanvol2');
      if (bad >= 0)
        return HttpResponse.json(
          { error: { code: 'unprocessable', message: `mappings[${bad}]: vsanvol2 is attached to other-vm` } },
          { status: 422 },
        );
      return HttpResponse.json({
        compose: 'services: {}\n',
        diff: DIFF,
        warnings: [{ code: 'regenerated-by-prepare', message: "Harbor's prepare regenerates docker-compose.yml" }],
        override: { fileName: 'docker-compose.override.yml', compose: 'services: {}\n' },
      });
    }),
  );
  return { user: userEvent.setup(), previews };
}

describe('Attach to Harbor', () => {
  it('when a mount is mapped, then the diff shows marked lines and the warnings', async () => {
    const { user } = getTestContext();
    renderApp('/harbor/attach');

    await user.selectOptions(await screen.findByLabelText('Volume for registry /storage'), 'v:vsanvol1');

    const diff = await screen.findByRole('table', { name: 'Compose diff' });
    const removed = within(diff).getByTestId(TEST_IDS.attachDiffLine('removed'));
    const added = within(diff).getByTestId(TEST_IDS.attachDiffLine('added'));
    expect(
      within(removed)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toStrictEqual(['−', '      - /data/registry:/storage']);
    expect(
      within(added)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toStrictEqual(['+', '      - vsanvol1:/storage']);
    expect(screen.getByTestId(TEST_IDS.attachWarnings)).toHaveTextContent('prepare regenerates');
    await user.click(screen.getByRole('checkbox', { name: /docker-compose.override.yml/ }));
    expect(screen.getByLabelText('docker-compose.override.yml')).toBeInTheDocument();
  });

  it('when a single-file bind is listed, then its selector is disabled with the reason', async () => {
    getTestContext();
    renderApp('/harbor/attach');

    const select = await screen.findByLabelText('Volume for ui /etc/ui/app.conf');

    expect(select).toBeDisabled();
    expect(select).toHaveAccessibleDescription(/single-file bind cannot become a volume/);
  });

  it('when the preview refuses a mapping, then the message is next to that row and the other selection stays', async () => {
    const { user } = getTestContext();
    renderApp('/harbor/attach');

    await user.selectOptions(await screen.findByLabelText('Volume for registry /storage'), 'v:vsanvol1');
    await user.selectOptions(screen.getByLabelText('Volume for mysql /var/lib/mysql'), 'v:vsanvol2');

    expect(await screen.findByTestId(TEST_IDS.attachMountError('mysql', '/var/lib/mysql'))).toHaveTextContent(
      'vsanvol2 is attached to other-vm',
    );
    expect(screen.getByLabelText('Volume for registry /storage')).toHaveValue('v:vsanvol1');
    expect(screen.getByRole('button', { name: 'Apply' })).toBeDisabled();
  });

  it('when pasted text is not YAML, then the error shows and the text stays', async () => {
    const { user } = getTestContext();
    renderApp('/harbor/attach');

    await user.click(await screen.findByRole('radio', { name: /pasted or uploaded/ }));
    await user.click(screen.getByRole('textbox', { name: 'Compose file' }));
    await user.paste('services: [unclosed');
    await user.click(screen.getByRole('button', { name: 'Read mounts' }));

    expect(await screen.findByTestId(TEST_IDS.attachSourceError)).toHaveTextContent('Not YAML');
    expect(screen.getByRole('textbox', { name: 'Compose file' })).toHaveValue('services: [unclosed');
  });

  it('when mappings are applied with a new volume, then it is created first and the task shows', async () => {
    const { user } = getTestContext();
    const created: unknown[] = [];
    const attached: unknown[] = [];
    server.use(
      http.post(API_ROUTES.volumes, async ({ request }) => {
        created.push(await request.json());
        return HttpResponse.json({}, { status: 500 });
      }),
      http.post(API_ROUTES.harborAttach, async ({ request }) => {
        attached.push(await request.json());
        return HttpResponse.json({}, { status: 500 });
      }),
    );
    renderApp('/harbor/attach');

    await user.selectOptions(await screen.findByLabelText('Volume for registry /storage'), '__new__');
    await user.type(screen.getByLabelText('New volume name for registry /storage'), 'harborreg');
    await screen.findByRole('table', { name: 'Compose diff' });
    await waitFor(() => expect(screen.getByRole('button', { name: 'Apply' })).toBeEnabled());
    await user.click(screen.getByRole('button', { name: 'Apply' }));

    await waitFor(() => expect(created).toStrictEqual([{ name: 'harborreg', opts: {} }]));
    expect(attached).toStrictEqual([]);
  });
});
