import { once } from 'node:events';

import { AUDIT_EXPORT_CONTENT_TYPE } from '@harborview/contracts/audit';
import type { Router } from 'express';

import type { AppDeps } from '../deps';

import { route } from './define-route';

const LINES_PER_WRITE = 500;

// A client that goes away never drains; closing ends the wait too.
const drained = (res: NodeJS.EventEmitter): Promise<unknown> => Promise.race([once(res, 'drain'), once(res, 'close')]);

/** The audit log (admin role, see API_SPEC): paged, and exported whole as JSON lines. */
export function registerAuditRoutes(router: Router, { auth }: Pick<AppDeps, 'auth'>): void {
  route(router, 'audit.page', ({ query }) => auth.audit.page(query.after, query.limit));

  route(router, 'audit.export', async ({ res }) => {
    res.setHeader('Content-Type', `${AUDIT_EXPORT_CONTENT_TYPE}; charset=utf-8`);
    res.setHeader('Content-Disposition', 'attachment; filename="harborview-audit.ndjson"');
    // Written in batches, waiting when the client reads slowly, so a long log never sits in memory whole.
    let batch: string[] = [];
    for (const line of auth.audit.lines()) {
      batch.push(line);
      if (batch.length < LINES_PER_WRITE) continue;
      const text = `${batch.join('\n')}\n`;
      batch = [];
      if (!res.write(text)) await drained(res);
      if (res.destroyed) return undefined;
    }
    res.end(batch.length ? `${batch.join('\n')}\n` : undefined);
    return undefined;
  });
}
