import tailwindcss from '@tailwindcss/vite';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// `npm run dev` runs the BFF on BFF_PORT (8081 by default) and proxies /api to it, SSE included.
const bffTarget = `http://127.0.0.1:${process.env.BFF_PORT ?? '8081'}`;

export default defineConfig({
  plugins: [react(), tailwindcss()],
  server: {
    host: '127.0.0.1',
    port: Number(process.env.WEB_PORT ?? 5173),
    proxy: { '/api': { target: bffTarget, changeOrigin: false } },
  },
  build: { outDir: 'dist', sourcemap: true },
});
