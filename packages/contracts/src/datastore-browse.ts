import { z } from 'zod';

import type { BrowseEntryKind } from './vocabulary';
import { BROWSE_ENTRY_KINDS } from './vocabulary';

/** One entry of the datastore Files browser (folders and files as vDVS lays them out; vdvs.md §5). */
export type BrowseEntry = {
  name: string;
  kind: BrowseEntryKind;
  sizeBytes: number | null;
  target: string | null;
  children?: BrowseEntry[];
};
export const BrowseEntrySchema: z.ZodType<BrowseEntry> = z.object({
  name: z.string(),
  kind: z.enum(BROWSE_ENTRY_KINDS),
  sizeBytes: z.number().nonnegative().nullable(),
  target: z.string().nullable(),
  get children() {
    return z.array(BrowseEntrySchema).optional();
  },
});

/** Entries per page of the Files browser unless `limit` says otherwise; `_DEFAULT` holds two files per volume. */
export const BROWSE_PAGE_SIZE = 500;
export const BROWSE_MAX_PAGE_SIZE = 2000;

// Paths are relative to the datastore root, e.g. `dockvols/_DEFAULT`; no `..`, no absolute paths.
export const BrowseQuerySchema = z.strictObject({
  path: z
    .string()
    .max(1024)
    .regex(/^(?!\/)(?!.*(^|\/)\.\.(\/|$)).*$/, 'path must be relative to the datastore and may not contain ..')
    .default(''),
  /** Index of the first entry to return, in the listing's order. */
  offset: z.coerce.number().int().min(0).default(0),
  limit: z.coerce.number().int().min(1).max(BROWSE_MAX_PAGE_SIZE).default(BROWSE_PAGE_SIZE),
});
export type BrowseQuery = z.infer<typeof BrowseQuerySchema>;

/** `GET /api/datastores/:id/browse?path=…&offset=…&limit=…`: one page of the folder's direct entries. */
export const BrowseResultSchema = z.object({
  path: z.string(),
  entries: z.array(BrowseEntrySchema),
  /** Entries in the whole folder; `offset + entries.length < total` means there are more pages. */
  total: z.number().int().nonnegative(),
  offset: z.number().int().nonnegative(),
});
export type BrowseResult = z.infer<typeof BrowseResultSchema>;
