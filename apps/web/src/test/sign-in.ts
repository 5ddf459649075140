import { screen } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';

import { FIXTURE_PASSWORD } from './auth-fixtures';

/** Types into a field by pasting: one input event instead of one per key keeps busy CI machines under the timeout. */
export async function fillIn(user: UserEvent, field: HTMLElement, text: string): Promise<void> {
  await user.click(field);
  await user.paste(text);
}

/** Fills the sign-in form and presses LOGIN. */
export async function signInThroughForm(user: UserEvent, username: string, password = FIXTURE_PASSWORD): Promise<void> {
  await fillIn(user, screen.getByRole('textbox', { name: 'User name' }), username);
  await fillIn(user, screen.getByLabelText('Password'), password);
  await user.click(screen.getByRole('button', { name: 'LOGIN' }));
}
