import { API_ROUTES } from '@harborview/contracts/routes';
import { TEST_IDS } from '@harborview/testids/testids';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';

import { failingWith } from '../../test/handlers';
import { server } from '../../test/msw-server';
import { renderApp } from '../../test/render-app';
import { hostPoweredOff, recordingGet, withState } from '../../test/scenarios';
import { vsanUuid } from '../../test/vsan-fixtures';

const URL = '/inventory/cluster/cluster-1/monitor/vsan-virtual-objects';

async function getTestContext() {
  const user = userEvent.setup();
  const view = renderApp(URL);
  const table = await screen.findByRole('table', { name: 'Virtual objects' });
  const openPlacement = async (objectName: string) => {
    await user.click(within(table).getByRole('checkbox', { name: `Select ${objectName}` }));
    await user.click(screen.getByRole('button', { name: 'View Placement Details' }));
    return screen.getByRole('dialog', { name: 'Physical Placement' });
  };
  return { user, table, openPlacement, ...view };
}

describe('Monitor > vSAN > Virtual Objects', () => {
  it('when the view opens, then objects are grouped under their VM and volumes', async () => {
    const { table } = await getTestContext();

    const owners = within(table).getAllByRole('link');
    expect(owners.map((link) => [link.textContent, link.getAttribute('href')])).toStrictEqual([
      ['photon-harbor', '/inventory/vm/vm-1/summary'],
      ['vsanvol1', '/volumes/vsanvol1'],
      ['vsanvol2', '/volumes/vsanvol2'],
      ['vsanvol3', '/volumes/vsanvol3'],
    ]);
  });

  it('when no object is selected, then View Placement Details is disabled', async () => {
    await getTestContext();

    expect(screen.getByRole('button', { name: 'View Placement Details' })).toBeDisabled();
  });

  it('when vsanvol3 is opened, then the dialog shows RAID 1 over two RAID 0 stripes and the witness beside', async () => {
    const { openPlacement } = await getTestContext();

    const dialog = await openPlacement('vsanvol3.vmdk');

    const types = within(dialog)
      .getAllByRole('rowheader')
      .map((cell) => cell.textContent);
    expect(types).toStrictEqual([
      'RAID 1',
      'RAID 0',
      'Component',
      'Component',
      'RAID 0',
      'Component',
      'Component',
      'Witness',
    ]);
    const row = within(dialog).getByTestId(TEST_IDS.placementComponentRow(vsanUuid('13', 1)));
    expect(
      within(row)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toStrictEqual([
      'Active',
      '10.162.102.130',
      '10.162.102.130',
      'mpx.vmhba1:C0:T0:L0',
      'mpx.vmhba1:C0:T1:L0',
      '1',
      vsanUuid('13', 1),
    ]);
  });

  it('when components are grouped by host, then each host heads its own components', async () => {
    const { user, openPlacement } = await getTestContext();
    const dialog = await openPlacement('vsanvol3.vmdk');

    await user.click(within(dialog).getByRole('checkbox', { name: 'Group components by host placement' }));

    expect(
      within(dialog)
        .getAllByRole('rowheader')
        .map((c) => c.textContent),
    ).toStrictEqual([
      '10.162.102.130',
      'Component',
      'Component',
      '10.162.102.131',
      'Component',
      'Component',
      '10.162.102.132',
      'Witness',
    ]);
  });

  it('when Escape is pressed in the dialog, then it closes and focus returns to the button', async () => {
    const { user, openPlacement } = await getTestContext();
    await openPlacement('vsanvol1.vmdk');

    await user.keyboard('{Escape}');

    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'View Placement Details' })).toHaveFocus();
  });

  it('when host .131 is powered off, then its components read Absent in the placement', async () => {
    server.use(...hostPoweredOff('host-2'));
    const { openPlacement } = await getTestContext();

    const dialog = await openPlacement('vsanvol1.vmdk');

    expect(within(dialog).getByText('Reduced availability with no rebuild - delay timer')).toBeInTheDocument();
    expect(within(dialog).getByTestId(TEST_IDS.componentState(vsanUuid('11', 2)))).toHaveTextContent('Absent');
    expect(within(dialog).getByTestId(TEST_IDS.componentState(vsanUuid('11', 1)))).toHaveTextContent('Active');
  });

  it('when the type filter is set to Virtual disk, then the server is asked for kind=vdisk', async () => {
    const { handler, urls } = recordingGet(API_ROUTES.vsanObjects);
    server.use(handler);
    const { user } = await getTestContext();

    await user.selectOptions(screen.getByRole('combobox', { name: 'Type' }), 'Virtual disk');

    await waitFor(() => expect(urls.at(-1)?.searchParams.get('kind')).toBe('vdisk'));
    await waitFor(() => expect(screen.queryByRole('checkbox', { name: 'Select photon-harbor.vswp' })).toBeNull());
    expect(screen.getByRole('checkbox', { name: 'Select photon-harbor.vmdk' })).toBeInTheDocument();
  });

  it('when a page holds 200 objects, then the list knows every row but renders only a window of them', async () => {
    server.use(
      ...withState((state) => {
        const template = state.objects[3]!;
        const generated = Array.from({ length: 400 }, (_, i) => ({
          ...template,
          uuid: vsanUuid('99', i + 1),
          name: `gen-${i}.vmdk`,
          owner: { kind: 'volume' as const, id: `gen-${i}@vsanDatastore`, name: `gen-${i}` },
        }));
        return { ...state, objects: [...state.objects, ...generated] };
      }),
    );
    const { table } = await getTestContext();

    // 200 objects of the first page under their owners: the VM with its 3 objects, then one volume per object.
    expect(table).toHaveAttribute('aria-rowcount', String(1 + (1 + 3) + (200 - 3) * 2));
    expect(within(table).getAllByRole('row').length).toBeLessThan(60);
  });

  it('when the objects request fails, then the API message is shown', async () => {
    server.use(failingWith(API_ROUTES.vsanObjects, 500, { error: { code: 'internal', message: 'vSAN is down' } }));
    renderApp(URL);

    expect(await screen.findByRole('alert')).toHaveTextContent('vSAN is down');
  });
});
