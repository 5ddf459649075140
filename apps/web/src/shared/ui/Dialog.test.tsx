import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';

import { Dialog } from './Dialog';

function Harness(): ReactNode {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" onClick={() => setOpen(true)}>
        Open
      </button>
      {open && (
        <Dialog title="Physical Placement" onClose={() => setOpen(false)}>
          <label>
            <input type="checkbox" /> Group components by host placement
          </label>
        </Dialog>
      )}
    </>
  );
}

async function getTestContext() {
  const user = userEvent.setup();
  render(<Harness />);
  await user.click(screen.getByRole('button', { name: 'Open' }));
  return { user, dialog: screen.getByRole('dialog', { name: 'Physical Placement' }) };
}

describe('Dialog', () => {
  it('when opened, then it is modal and focus moves into it', async () => {
    const { dialog } = await getTestContext();

    expect(dialog).toHaveAttribute('aria-modal', 'true');
    expect(dialog).toContainElement(document.activeElement as HTMLElement);
  });

  it('when Tab passes the last control, then focus wraps to the first', async () => {
    const { user } = await getTestContext();

    await user.tab();
    await user.tab();

    expect(screen.getByRole('button', { name: 'Close' })).toHaveFocus();
  });

  it('when Shift+Tab leaves the first control, then focus wraps to the last', async () => {
    const { user } = await getTestContext();

    await user.tab({ shift: true });

    expect(screen.getByRole('checkbox', { name: /Group components/ })).toHaveFocus();
  });

  it('when Escape is pressed, then it closes and focus returns to the opener', async () => {
    const { user } = await getTestContext();

    await user.keyboard('{Escape}');

    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Open' })).toHaveFocus();
  });
});
