/**
 * Harbor on its Docker host as plain data: one container per compose service, the Docker daemon's restore after a
 * boot, and the cached health report. Container fields mirror `docker inspect` State (Status, ExitCode, Error,
 * RestartCount, StartedAt, FinishedAt), harbor.md §0 ("a dashboard can only use State.Status, RestartCount, ExitCode").
 */
import type { HarborComponentHealth } from '@harborview/contracts/harbor';
import type { ContainerState as ContainerStatusWord } from '@harborview/contracts/vocabulary';

import type { Seconds, TwinTime } from '../tasks/time';
import { seconds } from '../tasks/time';

import type { ComposeLayout } from './layout-types';
import { containerNameOf } from './layouts';

/** `State.Status` values the twin uses. */
export type ContainerStatus = ContainerStatusWord;

/** One container. */
export interface ContainerState {
  service: string;
  name: string;
  status: ContainerStatus;
  /** Last exit code; null while running or never run. */
  exitCode: number | null;
  /** `State.Error`: why the last start failed. */
  error: string | null;
  restartCount: number;
  startedAt: TwinTime | null;
  finishedAt: TwinTime | null;
  /** A start Docker or Compose has scheduled (restore after boot, `up -d`). */
  pendingStartAt: TwinTime | null;
  /** While restarting: when Docker's restart manager tries again, and its current back-off. */
  nextRestartAt: TwinTime | null;
  restartDelay: Seconds;
}

/** Timings of the Docker host; the defaults are twin choices [U], tuned so the 0.4.1 restore reproduces #1296. */
export interface DockerTimings {
  /** Guest booted → dockerd restores containers. */
  dockerdStart: Seconds;
  /** Gap between consecutive container starts in one restore or `up`. */
  startStagger: Seconds;
  /** log container started → rsyslog accepts on 1514. Set 0 for a clean restore without the Exit 128 race. */
  logListenDelay: Seconds;
}

/** One component of a health report (`ComponentHealthStatus`): the contract's type. */
export type ComponentHealth = HarborComponentHealth;

/** The whole Harbor state. */
export interface HarborState {
  layout: ComposeLayout;
  timings: DockerTimings;
  /** In layout (file) order. */
  containers: ContainerState[];
  /** When the log container's syslog listener accepts connections; null while log is down. */
  logListeningAt: TwinTime | null;
  /** Set by a power loss; cleared when the next boot's restore is scheduled. */
  awaitingBoot: boolean;
  lastPowerLossAt: TwinTime | null;
  /** The 2.x health checker's last results, or null before its first check since core started. */
  health: { checkedAt: TwinTime; components: ComponentHealth[] } | null;
}

/** Default Docker host timings [U]. */
export const DEFAULT_DOCKER_TIMINGS: DockerTimings = {
  dockerdStart: seconds(2),
  startStagger: seconds(0.5),
  logListenDelay: seconds(2),
};

// Docker's restart manager starts at 100 ms and doubles per restart up to 1 min [U: moby restartmanager].
/** First restart back-off. */
export const FIRST_RESTART_DELAY: Seconds = seconds(0.1);
/** Longest restart back-off. */
export const MAX_RESTART_DELAY: Seconds = seconds(60);

/** Harbor with every container running since `runningSince`, or created but never started when it is null. */
export function createHarborState(
  layout: ComposeLayout,
  runningSince: TwinTime | null,
  timings: Partial<DockerTimings> = {},
): HarborState {
  return {
    layout,
    timings: { ...DEFAULT_DOCKER_TIMINGS, ...timings },
    containers: layout.services.map((s) => ({
      service: s.name,
      name: containerNameOf(layout, s),
      status: runningSince === null ? 'created' : 'running',
      exitCode: null,
      error: null,
      restartCount: 0,
      startedAt: runningSince,
      finishedAt: null,
      pendingStartAt: null,
      nextRestartAt: null,
      restartDelay: FIRST_RESTART_DELAY,
    })),
    logListeningAt: runningSince,
    awaitingBoot: false,
    lastPowerLossAt: null,
    health: null,
  };
}

/** The container of a service. */
export function containerOf(state: HarborState, service: string): ContainerState | undefined {
  return state.containers.find((c) => c.service === service);
}

/** Replaces one container through `change`. */
export function updateContainer(
  state: HarborState,
  service: string,
  change: (c: ContainerState) => ContainerState,
): HarborState {
  return { ...state, containers: state.containers.map((c) => (c.service === service ? change(c) : c)) };
}
