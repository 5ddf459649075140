import { API_ROUTES } from '@harborview/contracts/routes';
import { TEST_IDS } from '@harborview/testids/testids';
import { fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';

import { server } from '../../test/msw-server';
import { renderApp } from '../../test/render-app';
import { manyVolumeFiles, recordingGet } from '../../test/scenarios';
import { DEFAULT_VMGROUP_UUID } from '../../test/vdvs-fixtures';

const FILES = '/inventory/datastore/datastore-1/files';

describe('Datastore > Files', () => {
  it('when dockvols is opened, then the _DEFAULT link shows its target', async () => {
    const user = userEvent.setup();
    renderApp(FILES);

    await user.click(await screen.findByRole('link', { name: 'dockvols' }));

    const link = await screen.findByTestId(TEST_IDS.fileRow('_DEFAULT'));
    expect(
      within(link)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toStrictEqual(['—', 'Link', `→ ${DEFAULT_VMGROUP_UUID}`]);
  });

  it('when a vmgroup folder is open, then descriptors and sidecars are named for what they are', async () => {
    renderApp(`${FILES}?path=dockvols/_DEFAULT`);

    const descriptor = await screen.findByTestId(TEST_IDS.fileRow('vsanvol3.vmdk'));
    expect(within(descriptor).getByText('Virtual disk descriptor')).toBeInTheDocument();
    expect(screen.getByTestId(TEST_IDS.fileRow('vsanvol3-84b25ea7eb0f1f2f.vmfd'))).toHaveTextContent(
      'vDVS metadata sidecar (KV)',
    );
  });

  it('when a breadcrumb is followed, then the browser goes back up to that folder', async () => {
    const user = userEvent.setup();
    const { router } = renderApp(`${FILES}?path=dockvols/policies`);
    const crumbs = await screen.findByRole('navigation', { name: 'Folder path' });
    expect(within(crumbs).getByText('policies')).toHaveAttribute('aria-current', 'location');

    await user.click(within(crumbs).getByRole('link', { name: 'dockvols' }));

    expect(router.state.location.search).toBe('?path=dockvols');
    expect(await screen.findByTestId(TEST_IDS.fileRow('policies'))).toBeInTheDocument();
  });

  it('when _DEFAULT holds 1,206 files, then the first page is shown and scrolling down loads the page under view', async () => {
    const { handler, urls } = recordingGet(`${API_ROUTES.datastores}/:id/browse`);
    server.use(handler, ...manyVolumeFiles(600));
    renderApp(`${FILES}?path=dockvols/_DEFAULT`);
    const table = await screen.findByRole('table', { name: 'Contents of dockvols/_DEFAULT' });
    await screen.findByTestId(TEST_IDS.fileRow('vol00001.vmdk'));
    expect(table).toHaveAttribute('aria-rowcount', '1207');
    expect(within(table).getAllByRole('row').length).toBeLessThan(60);
    expect(urls.map((u) => u.searchParams.get('offset'))).toStrictEqual(['0']);

    const scroller = table.parentElement as HTMLElement;
    scroller.scrollTop = 1100 * 32;
    fireEvent.scroll(scroller);

    expect(await screen.findByTestId(TEST_IDS.fileRow('vol00550.vmdk'))).toBeInTheDocument();
    expect(urls.map((u) => u.searchParams.get('offset'))).toStrictEqual(['0', '1000']);
    expect(screen.queryByTestId(TEST_IDS.fileRow('vol00001.vmdk'))).toBeNull();
  });

  it('when the folder does not exist, then the API message is shown', async () => {
    renderApp(`${FILES}?path=nowhere`);

    expect(await screen.findByRole('alert')).toHaveTextContent('No such folder: nowhere');
  });
});
