import { urlOf } from '@harborview/contracts/api-routes';
import { API_ROUTES } from '@harborview/contracts/routes';
import type { PlacementPreview } from '@harborview/contracts/volume-placement';
import { TEST_IDS } from '@harborview/testids/testids';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';

import { server } from '../../test/msw-server';
import { renderApp } from '../../test/render-app';
import { walkthroughState } from '../../test/walkthrough';

const GIB = 1024 ** 3;

// The twin's answer for 20gb on the vSAN default over the walkthrough's 3 hosts (the twin's own placement is tested
// in packages/twin/src/engine/queries/placement-preview.test.ts).
const TWO_REPLICAS_AND_A_WITNESS: PlacementPreview = {
  ok: true,
  problem: null,
  layout: { raid: 'RAID-1', ftt: 1, stripeWidth: 1 },
  sizeBytes: 20 * GIB,
  consumedBytes: 40 * GIB,
  reservedBytes: 0,
  components: [
    { kind: 'Component', group: 1, hostName: '10.162.102.132', diskName: 'mpx.vmhba1:C0:T1:L0', bytes: 20 * GIB },
    { kind: 'Component', group: 2, hostName: '10.162.102.131', diskName: 'mpx.vmhba1:C0:T1:L0', bytes: 20 * GIB },
    { kind: 'Witness', group: 0, hostName: '10.162.102.130', diskName: 'mpx.vmhba1:C0:T2:L0', bytes: 0 },
  ],
};

function getTestContext(answer?: { status: number; message: string }, existed = false) {
  const bodies: unknown[] = [];
  const previewBodies: unknown[] = [];
  server.use(
    http.post(urlOf('volumes.placementPreview'), async ({ request }) => {
      previewBodies.push(await request.json());
      return HttpResponse.json(TWO_REPLICAS_AND_A_WITNESS);
    }),
    http.post(API_ROUTES.volumes, async ({ request }) => {
      bodies.push(await request.json());
      if (answer)
        return HttpResponse.json(
          { error: { code: 'unprocessable', message: answer.message } },
          { status: answer.status },
        );
      const volume = walkthroughState().volumes[0];
      return HttpResponse.json(existed ? { ...volume, existed: true } : volume, { status: 201 });
    }),
  );
  const user = userEvent.setup();
  renderApp('/volumes');
  const open = async () => {
    await user.click(await screen.findByRole('button', { name: 'New Volume' }));
    return screen.getByRole('dialog', { name: 'New Volume' });
  };
  return { user, open, bodies, previewBodies };
}

describe('New Volume wizard', () => {
  it('when a 20gb volume uses a named policy, then only those options are sent and the command shows them', async () => {
    const { user, open, bodies } = getTestContext();
    const dialog = await open();

    await user.type(within(dialog).getByRole('textbox', { name: 'Name' }), 'vsanvol9');
    await user.type(within(dialog).getByRole('textbox', { name: 'Size' }), '20gb');
    await user.selectOptions(within(dialog).getByRole('combobox', { name: 'VM storage policy' }), 'stripe-2');

    expect(within(dialog).getByTestId(TEST_IDS.volumeCommand)).toHaveTextContent(
      'docker volume create --driver=vmdk --name=vsanvol9 -o size=20gb -o vsan-policy-name=stripe-2',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Create' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(bodies).toEqual([{ name: 'vsanvol9', opts: { size: '20gb', 'vsan-policy-name': 'stripe-2' } }]);
  });

  it('when the volume already exists, then the dialog stays open and says nothing changed', async () => {
    const { user, open, bodies } = getTestContext(undefined, true);
    const dialog = await open();
    await user.type(within(dialog).getByRole('textbox', { name: 'Name' }), 'vsanvol1');
    await user.click(within(dialog).getByRole('button', { name: 'Create' }));

    const notice = await within(dialog).findByText('vsanvol1 already exists; nothing changed');
    expect(notice).toHaveAttribute('role', 'status');
    expect(bodies).toHaveLength(1);
    expect(screen.getByRole('dialog', { name: 'New Volume' })).toBeInTheDocument();
  });

  it('when the size has surrounding spaces, then it is accepted and sent trimmed', async () => {
    const { user, open, bodies } = getTestContext();
    const dialog = await open();
    await user.type(within(dialog).getByRole('textbox', { name: 'Name' }), 'vsanvol9');
    await user.type(within(dialog).getByRole('textbox', { name: 'Size' }), ' 20gb ');
    await user.click(within(dialog).getByRole('button', { name: 'Create' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(bodies).toEqual([{ name: 'vsanvol9', opts: { size: '20gb' } }]);
  });

  it('when the name ends in -NNNNNN, then vDVS’s message shows as it is typed and the name is kept', async () => {
    const { user, open } = getTestContext();
    const dialog = await open();

    const name = within(dialog).getByRole('textbox', { name: 'Name' });
    await user.type(name, 'db-000001');

    expect(name).toHaveAccessibleDescription(
      "Volume names ending with '-NNNNNN' (where N is a digit) are not supported",
    );
    expect(name).toHaveValue('db-000001');
  });

  it('when the size is 20 without a unit, then vDVS’s size message is shown, nothing is sent and 20 is kept', async () => {
    const { user, open, bodies } = getTestContext();
    const dialog = await open();
    await user.type(within(dialog).getByRole('textbox', { name: 'Name' }), 'vsanvol2');
    const size = within(dialog).getByRole('textbox', { name: 'Size' });
    await user.type(size, '20');
    await user.click(within(dialog).getByRole('button', { name: 'Create' }));

    expect(within(dialog).getByText(/Invalid format for size\./)).toHaveTextContent(
      'Valid sizes must be of form X[mMgGtT]b where X is an integer. Default = 100mb',
    );
    expect(size).toHaveValue('20');
    expect(bodies).toEqual([]);
  });

  it('when the twin refuses the create, then its message is shown verbatim and the form keeps what was typed', async () => {
    const message = "Policy gold2 does not exist. Available policies are: ['stripe-2', 'gold']";
    const { user, open } = getTestContext({ status: 422, message });
    const dialog = await open();
    await user.type(within(dialog).getByRole('textbox', { name: 'Name' }), 'v1');
    await user.type(within(dialog).getByRole('textbox', { name: 'Size' }), '1gb');
    await user.click(within(dialog).getByRole('button', { name: 'Create' }));

    expect(await within(dialog).findByRole('alert')).toHaveTextContent(message);
    expect(within(dialog).getByRole('textbox', { name: 'Size' })).toHaveValue('1gb');
  });

  it('when cloning, then size and file system are disabled and only clone-from is sent', async () => {
    const { user, open } = getTestContext();
    const dialog = await open();
    await user.type(within(dialog).getByRole('textbox', { name: 'Name' }), 'copy');
    await user.selectOptions(within(dialog).getByRole('combobox', { name: 'Clone from' }), 'vsanvol1');

    expect(within(dialog).getByRole('textbox', { name: 'Size' })).toBeDisabled();
    expect(within(dialog).getByRole('combobox', { name: 'File system' })).toBeDisabled();
    expect(within(dialog).getByTestId(TEST_IDS.volumeCommand)).toHaveTextContent(
      'docker volume create --driver=vmdk --name=copy -o clone-from=vsanvol1',
    );
  });

  it('when a size and the default policy are chosen, then the twin’s preview of 2 replicas and a witness is shown as an estimate', async () => {
    const { user, open, previewBodies } = getTestContext();
    const dialog = await open();
    await user.type(within(dialog).getByRole('textbox', { name: 'Size' }), '20gb');

    // Asked once typing paused, with the options a create would send and no name yet.
    await waitFor(() => expect(previewBodies.at(-1)).toEqual({ opts: { size: '20gb' } }));
    const preview = within(dialog).getByTestId(TEST_IDS.volumePlacementPreview);
    await waitFor(() => expect(within(preview).getAllByRole('row')).toHaveLength(4));
    expect(preview).toHaveTextContent('estimate');
    expect(preview).toHaveTextContent('RAID-1, 1 failures to tolerate, 1 stripe: 20 GB consumes about 40 GB');
    expect(within(preview).getAllByRole('cell', { name: 'Witness' })).toHaveLength(1);
  });
});
