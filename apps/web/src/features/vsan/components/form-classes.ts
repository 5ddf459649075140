/** Button styles of the Configure forms (EDIT / SAVE / CANCEL as in the vSphere Client). */
export const primaryButton =
  'rounded bg-sky-700 px-3 py-1 text-sm font-medium text-white hover:bg-sky-800 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-sky-500 disabled:opacity-60 dark:bg-sky-600';
export const secondaryButton =
  'rounded border border-slate-400 px-3 py-1 text-sm hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-sky-500 disabled:opacity-60 dark:border-slate-500 dark:hover:bg-slate-800';
