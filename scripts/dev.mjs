// `npm run dev`: the BFF in watch mode on BFF_PORT (8081) and Vite with HMR on WEB_PORT (5173), /api proxied.
import { spawn } from 'node:child_process';

import { ensureNpmDependencies, INSTALL_ENV, ROOT } from './lib/ensure.mjs';
import { step } from './lib/proc.mjs';

await ensureNpmDependencies();
const BFF_PORT = process.env.BFF_PORT ?? '8081';
const env = { ...process.env, ...INSTALL_ENV, BFF_PORT, PORT: BFF_PORT };

step(`BFF on http://127.0.0.1:${BFF_PORT}, console with HMR on http://127.0.0.1:${process.env.WEB_PORT ?? 5173}`);
const children = [
  spawn('npm', ['run', 'dev', '-w', '@harborview/bff'], { cwd: ROOT, stdio: 'inherit', env }),
  spawn('npm', ['run', 'dev', '-w', '@harborview/web'], { cwd: ROOT, stdio: 'inherit', env }),
];
const stopAll = (signal) => children.forEach((c) => c.kill(signal));
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => stopAll(signal));
for (const child of children)
  child.on('exit', (code) => {
    stopAll('SIGTERM');
    process.exitCode = code ?? 0;
  });
