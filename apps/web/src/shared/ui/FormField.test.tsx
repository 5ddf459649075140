import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';

import { DialogFooter } from './DialogFooter';
import { Field, FormError, invalidProps } from './FormField';

describe('shared form pieces', () => {
  it('when a field has an error, then the input is invalid and described by it', () => {
    render(
      <Field id="name" label="Name" error="Too long">
        <input {...invalidProps('name', 'Too long')} />
      </Field>,
    );

    const input = screen.getByRole('textbox', { name: 'Name' });
    expect(input).toBeInvalid();
    expect(input).toHaveAccessibleDescription('Too long');
  });

  it('when the action is busy, then its button is disabled and Cancel still cancels', async () => {
    const onCancel = vi.fn();
    render(<DialogFooter label="Delete" danger busy onConfirm={vi.fn()} onCancel={onCancel} />);

    expect(screen.getByRole('button', { name: 'Delete' })).toBeDisabled();
    await userEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(onCancel).toHaveBeenCalledOnce();
  });

  it('when there is no error, then nothing is announced', () => {
    const { rerender } = render(<FormError error={null} />);
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();

    rerender(<FormError error="Refused" />);
    expect(screen.getByRole('alert')).toHaveTextContent('Refused');
  });
});
