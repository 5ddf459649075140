import { QueryClient } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';

import { auditEntryFixture } from '../../test/auth-fixtures';
import { authHandlers } from '../../test/auth-handlers';
import { server } from '../../test/msw-server';

import { auditQueryOptions } from './api';

describe('auditQueryOptions', () => {
  it('when the log is longer than one page, then every page is read and the newest comes first', async () => {
    server.use(...authHandlers({ audit: Array.from({ length: 1005 }, (_, i) => auditEntryFixture(i + 1)) }));

    const entries = await new QueryClient().fetchQuery(auditQueryOptions());

    expect(entries).toHaveLength(1005);
    expect([entries[0]?.id, entries.at(-1)?.id]).toStrictEqual([1005, 1]);
  });
});
