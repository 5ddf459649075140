import type { ResyncSummary } from '@harborview/contracts/cluster';
import { TEST_IDS } from '@harborview/testids/testids';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';

import { idleResyncFixture } from '../../test/vsan-fixtures';

import { ResyncView } from './ResyncView';

const GIB = 1024 ** 3;
const resyncing: ResyncSummary = {
  totalObjects: 2,
  bytesLeft: 3 * GIB,
  etaSeconds: 312,
  scheduled: 4,
  pending: 1,
  objects: [
    { uuid: 'u1', name: 'vsanvol1.vmdk', bytesLeft: 2 * GIB, etaSeconds: 200, intent: 'Repair', status: 'active' },
    { uuid: 'u2', name: 'vsanvol2.vmdk', bytesLeft: GIB, etaSeconds: 312, intent: 'Repair', status: 'queued' },
  ],
};

function getTestContext(resync: ResyncSummary = resyncing) {
  const user = userEvent.setup();
  render(<ResyncView resync={resync} />);
  return { user };
}

describe('ResyncView', () => {
  it('when objects resync, then totals, bytes left, ETA and scheduled vs pending are given', () => {
    getTestContext();

    const summary = screen.getByTestId(TEST_IDS.resyncSummary);
    expect(within(summary).getByText('3 GB')).toBeInTheDocument();
    expect(within(summary).getByText('5 min 12 s')).toBeInTheDocument();
    expect(within(summary).getByText(/^4 scheduled/)).toBeInTheDocument();
    expect(within(summary).getByText(/^1 pending/)).toBeInTheDocument();
  });

  it('when the Status filter is Queued, then only queued objects are listed', async () => {
    const { user } = getTestContext();

    await user.selectOptions(screen.getByRole('combobox', { name: 'Status' }), 'Queued');

    const rows = within(screen.getByRole('table', { name: 'Resyncing objects' })).getAllByRole('rowheader');
    expect(rows.map((r) => r.textContent)).toStrictEqual(['vsanvol2.vmdk']);
  });

  it('when nothing resyncs, then it says so and the ETA is a dash', () => {
    getTestContext(idleResyncFixture);

    expect(screen.getByText('No objects are resyncing.')).toBeInTheDocument();
    expect(within(screen.getByTestId(TEST_IDS.resyncSummary)).getByText('—')).toBeInTheDocument();
  });
});
