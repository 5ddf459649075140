import { existsSync } from 'node:fs';
import path from 'node:path';

import type { Express } from 'express';
import express from 'express';

/**
 * Serves the built console and falls back to its index.html for every non-API GET, so a deep link
 * such as /inventory/host/host-1/summary reloads into the same view.
 */
export function mountSpa(app: Express, webDistDir: string): void {
  const indexHtml = path.join(webDistDir, 'index.html');
  if (!existsSync(indexHtml)) return;
  // Hashed assets can be cached for good; index.html must always be revalidated.
  app.use(
    '/assets',
    express.static(path.join(webDistDir, 'assets'), { immutable: true, maxAge: '1y', fallthrough: false }),
  );
  app.use(express.static(webDistDir, { index: false }));
  app.use((req, res, next) => {
    if ((req.method !== 'GET' && req.method !== 'HEAD') || req.path.startsWith('/api')) return next();
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(indexHtml);
  });
}
