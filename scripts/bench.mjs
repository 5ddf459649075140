// `npm run bench`: performance figures, never asserted in tests. Each workspace adds its own bench script.
import { ensureNpmDependencies, INSTALL_ENV, ROOT } from './lib/ensure.mjs';
import { run } from './lib/proc.mjs';

await ensureNpmDependencies();
process.exit(await run('npx', ['turbo', 'run', 'bench', '--concurrency=1'], { cwd: ROOT, env: INSTALL_ENV }));
