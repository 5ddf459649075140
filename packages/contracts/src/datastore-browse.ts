import { z } from 'zod';

/** One entry of the datastore Files browser (folders and files as vDVS lays them out; vdvs.md §5). */
export type BrowseEntry = {
  name: string;
  kind: 'folder' | 'file' | 'link';
  sizeBytes: number | null;
  target: string | null;
  children?: BrowseEntry[];
};
export const BrowseEntrySchema: z.ZodType<BrowseEntry> = z.object({
  name: z.string(),
  kind: z.enum(['folder', 'file', 'link']),
  sizeBytes: z.number().nonnegative().nullable(),
  target: z.string().nullable(),
  get children() {
    return z.array(BrowseEntrySchema).optional();
  },
});

// Paths are relative to the datastore root, e.g. `dockvols/_DEFAULT`; no `..`, no absolute paths.
export const BrowseQuerySchema = z.strictObject({
  path: z
    .string()
    .max(1024)
    .regex(/^(?!\/)(?!.*(^|\/)\.\.(\/|$)).*$/, 'path must be relative to the datastore and may not contain ..')
    .default(''),
});
export type BrowseQuery = z.infer<typeof BrowseQuerySchema>;

/** `GET /api/datastores/:id/browse?path=…`: the folder and its direct entries. */
export const BrowseResultSchema = z.object({ path: z.string(), entries: z.array(BrowseEntrySchema) });
export type BrowseResult = z.infer<typeof BrowseResultSchema>;
