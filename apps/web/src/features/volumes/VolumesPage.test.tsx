import { API_ROUTES } from '@harborview/contracts/routes';
import { TEST_IDS } from '@harborview/testids/testids';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';

import { failingWith } from '../../test/handlers';
import { server } from '../../test/msw-server';
import { renderApp } from '../../test/render-app';
import { manyVolumes, recordingGet } from '../../test/scenarios';

describe('Volumes', () => {
  it('when the page opens, then each volume shows the volume ls columns and its object health', async () => {
    renderApp('/volumes');

    const row = await screen.findByTestId(TEST_IDS.volumeRow('vsanvol3'));
    const table = screen.getByRole('table', { name: 'Volumes' });
    const headers = within(table)
      .getAllByRole('columnheader')
      .map((h) => h.textContent?.replace(/[▲▼]/, ''));
    expect(headers).toStrictEqual([
      'Volume',
      'Datastore',
      'VMGroup',
      'Capacity',
      'Used',
      'Filesystem',
      'Policy',
      'Disk Format',
      'Attached-to',
      'Access',
      'Attach-as',
      'Created By',
      'Created Date',
      'Object Health',
    ]);
    expect(
      within(row)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toStrictEqual([
      'vsanvol3',
      'vsanDatastore',
      '_DEFAULT',
      '10 GB',
      '80 MB',
      'ext4',
      'stripe-2',
      'thin',
      'photon-harbor',
      'read-write',
      'independent_persistent',
      'photon-harbor',
      'Mon Aug 21 04:36:08 2017',
      'Healthy',
    ]);
  });

  it('when Capacity is clicked twice, then the server sorts by capacity descending and the header says so', async () => {
    const { handler, urls } = recordingGet(API_ROUTES.volumes);
    server.use(handler);
    const user = userEvent.setup();
    const { router } = renderApp('/volumes');
    await screen.findByTestId(TEST_IDS.volumeRow('vsanvol1'));

    await user.click(screen.getByRole('button', { name: /Capacity/ }));
    await user.click(screen.getByRole('button', { name: /Capacity/ }));

    await waitFor(() => expect(urls.at(-1)?.searchParams.get('order')).toBe('desc'));
    expect(urls.at(-1)?.searchParams.get('sort')).toBe('capacity');
    expect(router.state.location.search).toBe('?sort=capacity&order=desc');
    expect(screen.getByRole('columnheader', { name: /Capacity/ })).toHaveAttribute('aria-sort', 'descending');
  });

  it('when a policy filter is in the URL, then only that policy’s volumes are listed', async () => {
    renderApp('/volumes?policy=stripe-2');

    await screen.findByTestId(TEST_IDS.volumeRow('vsanvol3'));
    expect(screen.queryByTestId(TEST_IDS.volumeRow('vsanvol1'))).toBeNull();
    expect(screen.getByRole('combobox', { name: 'Policy' })).toHaveValue('stripe-2');
  });

  it('when there are 10,000 volumes, then the table knows them all but renders only a window of rows', async () => {
    server.use(...manyVolumes(10_000));
    renderApp('/volumes');

    const table = await screen.findByRole('table', { name: 'Volumes' });
    await screen.findByTestId(TEST_IDS.volumeRow('vol00001'));
    expect(table).toHaveAttribute('aria-rowcount', '10004');
    expect(within(table).getAllByRole('row').length).toBeLessThan(60);
  });

  it('when nothing matches the filter, then it says so', async () => {
    renderApp('/volumes?filter=nothing-like-this');

    expect(await screen.findByText('No volumes match the filters.')).toBeInTheDocument();
  });

  it('when the volumes request fails, then the API message is shown', async () => {
    server.use(failingWith(API_ROUTES.volumes, 500, { error: { code: 'internal', message: 'vmdkops is down' } }));
    renderApp('/volumes');

    expect(await screen.findByRole('alert')).toHaveTextContent('vmdkops is down');
  });
});
