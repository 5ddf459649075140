import type { ErrorCode } from '@harborview/contracts/errors';
import { API_ROUTES } from '@harborview/contracts/routes';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';

import { clusterTaskFixture } from '../../test/handlers';
import { server } from '../../test/msw-server';
import { findNavLink } from '../../test/queries';
import { renderApp } from '../../test/render-app';
import { putFailing, recordingPut } from '../../test/scenarios';

const EDIT_BUTTON = {
  'vsan-services': 'Edit Object Repair Timer',
  'vsphere-availability': 'Edit vSphere Availability',
} as const;

function getTestContext(section: keyof typeof EDIT_BUTTON) {
  const user = userEvent.setup();
  const view = renderApp(`/inventory/cluster/cluster-1/configure/${section}`);
  /** Presses the section's EDIT once the page has loaded. */
  const edit = async () => user.click(await screen.findByRole('button', { name: EDIT_BUTTON[section] }));
  /** Types `minutes` into the Object Repair Timer being edited and saves; gives the input back. */
  const saveMinutes = async (minutes: string) => {
    const input = screen.getByRole('spinbutton', { name: 'Object Repair Timer (minutes)' });
    await user.clear(input);
    await user.type(input, minutes);
    await user.click(screen.getByRole('button', { name: 'Save' }));
    return input;
  };
  return { user, edit, saveMinutes, ...view };
}

/** The save route refuses with this status and API error. */
function refuseSave(route: string, status: number, code: ErrorCode, message: string): void {
  server.use(putFailing(route, status, { error: { code, message } }));
}

describe('Configure > vSAN > Services', () => {
  it('when the Object Repair Timer is set to 30 minutes, then 1800 seconds are sent and the task is named', async () => {
    const { handler, bodies } = recordingPut(
      API_ROUTES.clusterVsan,
      clusterTaskFixture('Edit vSAN cluster configuration'),
    );
    server.use(handler);
    const { edit, saveMinutes } = getTestContext('vsan-services');

    await edit();
    await saveMinutes('30');

    expect(await screen.findByRole('button', { name: 'Edit Object Repair Timer' })).toBeInTheDocument();
    expect(bodies).toStrictEqual([{ repairDelaySeconds: 1800 }]);
    expect(screen.getByText(/Task “Edit vSAN cluster configuration”: Queued/)).toHaveAttribute('role', 'status');
  });

  it('when the API refuses the value, then its message shows and what was typed stays', async () => {
    refuseSave(API_ROUTES.clusterVsan, 400, 'validation_failed', 'repairDelaySeconds must be at most 604800');
    const { edit, saveMinutes } = getTestContext('vsan-services');

    await edit();
    const input = await saveMinutes('99999');

    expect(await screen.findByRole('alert')).toHaveTextContent('repairDelaySeconds must be at most 604800');
    expect(input).toHaveValue(99999);
  });

  it('when the field is emptied, then Save is disabled and the hint says why', async () => {
    const { user, edit } = getTestContext('vsan-services');

    await edit();
    await user.clear(screen.getByRole('spinbutton', { name: 'Object Repair Timer (minutes)' }));

    expect(screen.getByRole('button', { name: 'Save' })).toBeDisabled();
    expect(screen.getByText('Enter a number of minutes, 0 or more.')).toBeInTheDocument();
  });
});

describe('Configure > Services > vSphere Availability', () => {
  it('when HA is turned on, then {enabled: true} is sent', async () => {
    const { handler, bodies } = recordingPut(API_ROUTES.clusterHa, clusterTaskFixture('Configuring vSphere HA'));
    server.use(handler);
    const { user, edit } = getTestContext('vsphere-availability');

    await edit();
    await user.click(screen.getByRole('checkbox', { name: 'Turn on vSphere HA' }));
    await user.click(screen.getByRole('button', { name: 'Save' }));

    expect(await screen.findByRole('button', { name: 'Edit vSphere Availability' })).toBeInTheDocument();
    expect(bodies).toStrictEqual([{ enabled: true }]);
  });

  it('when turning HA on fails, then the API message shows and the box stays ticked', async () => {
    refuseSave(API_ROUTES.clusterHa, 409, 'conflict', 'HA must be disabled while vSAN is being enabled');
    const { user, edit } = getTestContext('vsphere-availability');

    await edit();
    await user.click(screen.getByRole('checkbox', { name: 'Turn on vSphere HA' }));
    await user.click(screen.getByRole('button', { name: 'Save' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('HA must be disabled while vSAN is being enabled');
    expect(screen.getByRole('checkbox', { name: 'Turn on vSphere HA' })).toBeChecked();
  });

  it('when Configure opens, then its left list marks vSphere Availability as the current section', async () => {
    getTestContext('vsphere-availability');

    expect(await findNavLink('Configure', 'vSphere Availability')).toHaveAttribute('aria-current', 'page');
  });
});
