import { z } from 'zod';

/** `{ items }`: a whole list, as the list routes answer it. */
export const listOf = <T extends z.ZodType>(item: T) => z.object({ items: z.array(item) });

/** `{ items, total, page, pageSize }`: one page of a sorted, filtered list (`page` counts from 1). */
export const pageOf = <T extends z.ZodType>(item: T) =>
  z.object({
    items: z.array(item),
    total: z.number().int().nonnegative(),
    page: z.number().int().positive(),
    pageSize: z.number().int().positive(),
  });
