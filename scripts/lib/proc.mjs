// Small process helpers shared by start, test and dev: run a command with inherited output, and say what ran.
import { spawn } from 'node:child_process';

/** Runs a command with inherited stdio; resolves to its exit code (never rejects). */
export function run(command, args, options = {}) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: 'inherit', ...options, env: { ...process.env, ...options.env } });
    child.on('error', (error) => {
      process.stderr.write(`could not run ${command}: ${error.message}\n`);
      resolve(127);
    });
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 128 : 1)));
  });
}

/** Prints a step header so long logs stay readable. */
export function step(title) {
  process.stdout.write(`\n\u001b[1m▶ ${title}\u001b[0m\n`);
}
