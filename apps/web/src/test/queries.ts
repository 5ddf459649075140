import { screen, within } from '@testing-library/react';

/** The link named `link` in the navigation landmark named `nav`, once the landmark has rendered. */
export async function findNavLink(nav: string, link: string): Promise<HTMLElement> {
  const landmark = await screen.findByRole('navigation', { name: nav });
  return within(landmark).getByRole('link', { name: link });
}

/** The link texts of the navigation landmark named `name`, in order, once it has rendered. */
export async function navLinkTexts(name: string): Promise<(string | null)[]> {
  const nav = await screen.findByRole('navigation', { name });
  return within(nav)
    .getAllByRole('link')
    .map((link) => link.textContent);
}
