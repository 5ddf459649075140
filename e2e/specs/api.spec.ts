import { expect, test } from '@playwright/test';

test('GET /api/health answers ok from the twin', async ({ request }) => {
  const res = await request.get('/api/health');

  expect(res.status()).toBe(200);
  expect(await res.json()).toMatchObject({ status: 'ok', backend: 'twin' });
});

test('an unknown /api path is a 404 in the error shape, not the SPA', async ({ request }) => {
  const res = await request.get('/api/does-not-exist');

  expect(res.status()).toBe(404);
  expect(await res.json()).toStrictEqual({
    error: { code: 'not_found', message: 'No API route for GET /api/does-not-exist' },
  });
});
