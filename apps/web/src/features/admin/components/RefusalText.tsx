import type { ReactNode } from 'react';

/** The API's reason for refusing (a 409, a 400), announced where the user acted; nothing when there is none. */
export function RefusalText({ error }: { error: string | null }): ReactNode {
  if (!error) return null;
  return (
    <p role="alert" className="text-sm text-red-700 dark:text-red-300">
      {error}
    </p>
  );
}
