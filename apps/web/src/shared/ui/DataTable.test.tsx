import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';

import { DataTable } from './DataTable';
import type { TableColumn } from './table-columns';

interface Host {
  name: string;
  state: string;
  group?: string;
}

const COLUMNS: TableColumn<Host, 'name'>[] = [
  { header: 'Name', rowHeader: true, sortKey: 'name', cell: (h) => h.name },
  { header: 'State', cell: (h) => h.state },
  { header: 'Actions', hideHeader: true, cell: (h) => <button type="button">Edit {h.name}</button> },
];

function getTestContext(rows: Host[] = [{ name: 'esx-1', state: 'Connected' }]) {
  const onSort = vi.fn();
  const view = render(
    <DataTable
      caption="Hosts"
      columns={COLUMNS}
      rows={rows}
      rowKey={(h) => h.name}
      rowProps={(h) => ({ testId: `row-${h.name}`, data: { state: h.state } })}
      groupRow={(h) => h.group}
      isCurrent={(h) => h.name === 'esx-2'}
      sort={{ key: 'name', order: 'desc' }}
      onSort={onSort}
      empty={<p>No hosts.</p>}
    />,
  );
  return { onSort, view };
}

describe('DataTable', () => {
  it('when rows are given, then it is a named table with column headers, a row header per row and cells', () => {
    getTestContext();

    const table = screen.getByRole('table', { name: 'Hosts' });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((c) => c.textContent),
    ).toStrictEqual(['Name▼', 'State', 'Actions']);
    const row = screen.getByTestId('row-esx-1');
    expect(within(row).getByRole('rowheader')).toHaveTextContent('esx-1');
    expect(
      within(row)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toStrictEqual(['Connected', 'Edit esx-1']);
    expect(row).toHaveAttribute('data-state', 'Connected');
  });

  it('when a column sorts, then its header says which way and its button asks for the sort', async () => {
    const { onSort } = getTestContext();

    const header = screen.getByRole('columnheader', { name: 'Name' });
    expect(header).toHaveAttribute('aria-sort', 'descending');
    await userEvent.click(within(header).getByRole('button', { name: 'Name' }));

    expect(onSort).toHaveBeenCalledWith('name');
  });

  it('when a row heads a group or is current, then it spans the columns or is marked current', () => {
    getTestContext([
      { name: 'g', state: '', group: 'Fault domain A' },
      { name: 'esx-2', state: 'Connected' },
    ]);

    expect(screen.getByRole('rowheader', { name: 'Fault domain A' })).toHaveAttribute('colspan', '3');
    expect(screen.getByTestId('row-esx-2')).toHaveAttribute('aria-current', 'true');
  });

  it('when there are no rows, then the empty state shows instead of the table', () => {
    getTestContext([]);

    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    expect(screen.getByText('No hosts.')).toBeInTheDocument();
  });
});
