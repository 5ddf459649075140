import type { ReactNode } from 'react';

/**
 * A console page: a section landmark named by its h1, so screen readers and tests find the page by its title.
 * `padded` for pages that sit straight in the console frame rather than inside a padded layout (Administration).
 */
export function PageSection({
  titleId,
  title,
  padded = false,
  testId,
  children,
}: {
  titleId: string;
  title: string;
  padded?: boolean;
  testId?: string;
  children: ReactNode;
}): ReactNode {
  return (
    <section aria-labelledby={titleId} data-testid={testId} className={padded ? 'space-y-3 p-4' : 'space-y-3'}>
      <h1 id={titleId} className="text-lg font-semibold">
        {title}
      </h1>
      {children}
    </section>
  );
}
