/** A form's text input or select, full width, red-bordered while `aria-invalid` (wizards, dialogs, Add user). */
export const inputClass =
  'w-full rounded border border-slate-300 bg-white px-2 py-1 text-sm aria-[invalid=true]:border-red-600 dark:border-slate-600 dark:bg-slate-800';

/** A filter's or a setting's input or select, as wide as its content (filter bars, the repair timer, fault picker). */
export const fieldClass =
  'rounded border border-slate-300 bg-white px-2 py-1 text-sm text-slate-900 focus-visible:outline-2 focus-visible:outline-sky-500 dark:border-slate-600 dark:bg-slate-800 dark:text-slate-100';

/** Button styles of the Configure forms and panels (EDIT / SAVE / CANCEL as in the vSphere Client). */
export const primaryButton =
  'rounded bg-sky-700 px-3 py-1 text-sm font-medium text-white hover:bg-sky-800 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-sky-500 disabled:opacity-60 dark:bg-sky-600';
export const secondaryButton =
  'rounded border border-slate-400 px-3 py-1 text-sm hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-sky-500 disabled:opacity-60 dark:border-slate-500 dark:hover:bg-slate-800';

/** A dialog's buttons: Cancel is quiet, the action is filled (red for what cannot be undone). */
export const dialogCancelButton = 'rounded px-3 py-1 text-sm';
export const dialogActionButton = 'rounded bg-sky-700 px-3 py-1 text-sm text-white disabled:opacity-50';
export const dialogDangerButton = 'rounded bg-red-700 px-3 py-1 text-sm text-white disabled:opacity-50';
