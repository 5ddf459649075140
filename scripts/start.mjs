// `npm start`: install what is missing, build, and serve the console with the embedded twin on one port.
import { spawn } from 'node:child_process';
import path from 'node:path';

import { ensureDebianPackages, ensureNpmDependencies, INSTALL_ENV, ROOT } from './lib/ensure.mjs';
import { run, step } from './lib/proc.mjs';

await ensureNpmDependencies();
// Harbor's registry service runs as the real distribution registry; without it the console runs without images.
await ensureDebianPackages(['docker-registry'], "Harbor's registry (pushing and verifying real images)");

step('Building the console and the BFF');
const built = await run('npx', ['turbo', 'run', 'build', '--output-logs=errors-only'], { cwd: ROOT, env: INSTALL_ENV });
if (built !== 0) {
  process.stderr.write('Build failed: see the errors above.\n');
  process.exit(built);
}

step('Starting Harborview');
const server = spawn(process.execPath, ['--enable-source-maps', path.join(ROOT, 'apps/bff/dist/server.js')], {
  cwd: ROOT,
  stdio: 'inherit',
  env: process.env,
});
// Ctrl-C reaches the whole foreground process group; forward other stops so nothing is left running.
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, () => server.kill(signal));
}
server.on('exit', (code, signal) => process.exit(code ?? (signal === 'SIGINT' || signal === 'SIGTERM' ? 0 : 1)));
