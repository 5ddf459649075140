/**
 * Step benchmark (issue point 11; figures, never a test): 64 hosts and 10,000 generated volumes, one host powered off,
 * then time advanced past HA's detection and restart the way the BFF drives it at 1× (1 s per step), then past the
 * repair timer (rebuilds on spare fault domains) and through the resync. Prints ms per step and heap used.
 * Run: `node --import tsx packages/twin/bench/step-bench.ts` (add `--expose-gc` for a settled heap figure).
 */
import { clusterSummary, harborView, hostsView, resyncView, volumesView } from '../src/engine/queries';
import { createScenario } from '../src/engine/scenario';
import type { TwinState } from '../src/engine/state';
import { step } from '../src/engine/step';

const HOSTS = 64;
const VOLUMES = 10_000;
const TARGET_MS = 50;
const TARGET_HEAP_MB = 300;

interface Row {
  phase: string;
  samples: number[];
  /** CPU ms (user + system) per step: what the step costs when other processes compete for the 2 cores. */
  cpu: number[];
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

function timed<T>(fn: () => T): [T, number, number] {
  const cpuStart = process.cpuUsage();
  const start = performance.now();
  const value = fn();
  const wall = performance.now() - start;
  const cpu = process.cpuUsage(cpuStart);
  return [value, wall, (cpu.user + cpu.system) / 1000];
}

function sample(phase: string, fn: () => unknown): Row {
  const [, wall, cpu] = timed(fn);
  return { phase, samples: [wall], cpu: [cpu] };
}

function heapMb(): number {
  const gc = (globalThis as { gc?: () => void }).gc;
  gc?.();
  return process.memoryUsage().heapUsed / 1024 ** 2;
}

let state: TwinState;
const rows: Row[] = [];

function run(phase: string, commands: readonly unknown[]): void {
  const samples: number[] = [];
  const cpu: number[] = [];
  for (const command of commands) {
    const [r, ms, cpuMs] = timed(() => step(state, command));
    if (!r.result.ok) throw new Error(`${phase}: ${JSON.stringify(r.result.error)}`);
    state = r.state;
    samples.push(ms);
    cpu.push(cpuMs);
  }
  rows.push({ phase, samples, cpu });
}

const [created, createMs] = timed(() =>
  createScenario({
    scenario: 'walkthrough',
    seed: 1,
    hosts: HOSTS,
    volumes: VOLUMES,
    startEpochMs: Date.UTC(2017, 2, 1),
  }),
);
state = created;
run('setHaEnabled + 30 s election', [
  { type: 'setHaEnabled', enabled: true },
  { type: 'advance', seconds: 30 },
]);
run('powerHost host-1 off', [{ type: 'powerHost', hostId: 'host-1', state: 'off' }]);
run(
  'advance 1 s × 120 (detection, restart, Harbor)',
  Array.from({ length: 120 }, () => ({ type: 'advance', seconds: 1 })),
);
const restartedOn = state.topology.vms[0]?.hostId;
run('advance 3600 s (repair timer → rebuilds)', [{ type: 'advance', seconds: 3600 }]);
run(
  'advance 60 s × 60 (resync)',
  Array.from({ length: 60 }, () => ({ type: 'advance', seconds: 60 })),
);
const queries: Row[] = [
  sample('query clusterSummary', () => clusterSummary(state)),
  sample('query volumesView page 1 (100)', () => volumesView(state, { pageSize: 100 })),
  sample('query volumesView sort=health', () => volumesView(state, { sort: 'health' })),
  sample('query hostsView', () => hostsView(state)),
  sample('query harborView', () => harborView(state)),
  sample('query resyncView', () => resyncView(state)),
];
const heap = heapMb();

const fmt = (n: number): string => n.toFixed(1).padStart(8);
const stats = (values: readonly number[]): string => {
  const sorted = [...values].sort((a, b) => a - b);
  return `${fmt(percentile(sorted, 50))} ${fmt(percentile(sorted, 99))} ${fmt(sorted.at(-1) ?? 0)}`;
};
console.log(
  `createScenario(${HOSTS} hosts, ${VOLUMES} volumes): ${createMs.toFixed(0)} ms, ${state.vsan.objects.length} objects`,
);
console.log(`Harbor VM restarted on ${restartedOn}; resync left: ${resyncView(state).bytesLeft} bytes`);
console.log(
  `${'phase'.padEnd(48)} ${'steps'.padStart(5)} ${'wall p50'.padStart(8)} ${'p99'.padStart(8)} ${'max'.padStart(8)} ${'cpu p50'.padStart(8)} ${'p99'.padStart(8)} ${'max'.padStart(8)}`,
);
for (const row of [...rows, ...queries]) {
  console.log(
    `${row.phase.padEnd(48)} ${String(row.samples.length).padStart(5)} ${stats(row.samples)} ${stats(row.cpu)}`,
  );
}
const interactive = rows.filter((r) => !r.phase.startsWith('advance 3600'));
const worstWall = Math.max(...interactive.flatMap((r) => r.samples));
const worstCpu = Math.max(...interactive.flatMap((r) => r.cpu));
console.log(`heap used: ${heap.toFixed(0)} MB (target < ${TARGET_HEAP_MB} MB)`);
console.log(
  `worst interactive step: ${worstWall.toFixed(1)} ms wall, ${worstCpu.toFixed(1)} ms cpu (target < ${TARGET_MS} ms)`,
);
