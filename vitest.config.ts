import { defineConfig } from 'vitest/config';

// One Vitest run covers every workspace; each project may carry its own vitest.config.ts
// (apps/web uses jsdom, the rest run in node).
export default defineConfig({
  test: {
    projects: [
      'packages/*',
      'apps/bff',
      'apps/web',
      { test: { name: 'repo', include: ['tests/**/*.test.ts'], environment: 'node' } },
    ],
  },
});
