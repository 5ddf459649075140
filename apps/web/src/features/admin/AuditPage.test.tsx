import { API_ROUTES } from '@harborview/contracts/routes';
import { TEST_IDS } from '@harborview/testids/testids';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';

import { renderApp } from '../../test/render-app';
import { fillIn } from '../../test/sign-in';

describe('Administration > Audit log', () => {
  it('when it opens, then the newest entry is first with time, user, action, target and result', async () => {
    renderApp('/admin/audit');

    const table = await screen.findByTestId(TEST_IDS.auditTable);
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((r) => r.getAttribute('data-testid'))).toStrictEqual([
      TEST_IDS.auditRow(3),
      TEST_IDS.auditRow(2),
      TEST_IDS.auditRow(1),
    ]);
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toStrictEqual(['Time', 'User', 'Action', 'Target', 'Result']);
    expect(rows[0]).toHaveTextContent('victor (viewer)');
    expect(rows[0]).toHaveTextContent('name=vsanvol9');
    expect(rows[0]).toHaveTextContent('Refused: forbidden (403)');
    expect(screen.getByRole('link', { name: 'Export JSON lines' })).toHaveAttribute('href', API_ROUTES.auditExport);
  });

  it('when filtered by user and action, then only matching entries stay and the URL keeps the filters', async () => {
    const user = userEvent.setup();
    const { router } = renderApp('/admin/audit');
    await screen.findByTestId(TEST_IDS.auditTable);

    await user.selectOptions(screen.getByRole('combobox', { name: 'User' }), 'olivia');
    await fillIn(user, screen.getByRole('searchbox', { name: 'Action' }), 'volumes');

    expect(screen.getByTestId(TEST_IDS.auditRow(2))).toBeInTheDocument();
    expect(screen.queryByTestId(TEST_IDS.auditRow(3))).not.toBeInTheDocument();
    expect(router.state.location.search).toBe('?user=olivia&action=volumes');
  });
});
