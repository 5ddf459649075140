import { screen, within } from '@testing-library/react';

/** The link texts of the navigation landmark named `name`, in order, once it has rendered. */
export async function navLinkTexts(name: string): Promise<(string | null)[]> {
  const nav = await screen.findByRole('navigation', { name });
  return within(nav)
    .getAllByRole('link')
    .map((link) => link.textContent);
}
