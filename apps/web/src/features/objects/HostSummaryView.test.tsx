import { render, screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';

import { hostFixture, vmFixture } from '../../test/fixtures';

import { HostSummaryView } from './HostSummaryView';

function getTestContext(over: Parameters<typeof hostFixture>[0] = {}) {
  const host = hostFixture(over);
  render(
    <MemoryRouter>
      <HostSummaryView host={host} vms={[vmFixture()]} />
    </MemoryRouter>,
  );
  return { host };
}

describe('HostSummaryView', () => {
  it('when a host is shown, then its address, power state and VMs are listed', () => {
    getTestContext();

    expect(screen.getByText('10.162.102.130')).toBeInTheDocument();
    expect(screen.getByText('Powered On')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'photon-harbor' })).toHaveAttribute('href', '/inventory/vm/vm-1/summary');
  });

  it('when the host has a disk group, then the cache and capacity disks appear in its table', () => {
    getTestContext();

    const table = screen.getByRole('table', { name: /Disk groups of/ });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((row) => within(row).getAllByRole('cell')[2]?.textContent)).toStrictEqual([
      'Cache (flash)',
      'Capacity',
    ]);
  });

  it('when the host is powered off and not responding, then both states read as the vSphere Client words them', () => {
    getTestContext({ powerState: 'poweredOff', connectionState: 'notResponding' });

    expect(screen.getByText('Powered Off')).toBeInTheDocument();
    expect(screen.getByText('Not Responding')).toBeInTheDocument();
  });

  it('when memory is half used, then the meter says so', () => {
    getTestContext({ memory: { totalBytes: 8, usedBytes: 4 } });

    expect(screen.getByRole('meter', { name: 'Memory used' })).toHaveAttribute('aria-valuenow', '50');
  });
});
