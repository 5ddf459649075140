/**
 * vSphere HA (FDM) timings and limits, each from vsan-ha.md §3 (Timelines, Restart behaviour) and §6 (simulator
 * constants). All durations are seconds of twin time.
 */
import type { Seconds } from '../tasks/time';
import { minutes, seconds } from '../tasks/time';

/** A failed secondary is declared "unreachable" and pinged (§3 Timelines, slave failure T10s). */
export const UNREACHABLE_AFTER: Seconds = seconds(10);
/** A failed secondary is declared dead, with no heartbeat datastores on vSAN (§3 Timelines T15s; §6). */
export const DEAD_AFTER: Seconds = seconds(15);
/** Secondaries start an election after losing the primary (§3 Timelines, master failure T10s). */
export const ELECTION_START_AFTER: Seconds = seconds(10);
/** How long an election takes (§3 Basics "about 15 s"). */
export const ELECTION_DURATION: Seconds = seconds(15);
// Master failure: elected at T25, restarts at T35 (§3 Timelines), so a new primary needs 10 s before it acts [D].
/** Time a new primary spends reading the protectedlist before it declares hosts dead or restarts VMs. */
export const PROTECTED_LIST_READ: Seconds = seconds(10);
/** A secondary declares itself isolated (§3 Timelines, slave isolation T30s; KB 322784). */
export const ISOLATION_DECLARED_SECONDARY: Seconds = seconds(30);
/** A primary declares itself isolated (§3 Timelines, KB 322784: 5 s on a primary). */
export const ISOLATION_DECLARED_PRIMARY: Seconds = seconds(5);
/** `das.config.fdm.isolationPolicyDelaySec`: isolation declared → isolation response (§3 Timelines T30s → T60s). */
export const ISOLATION_POLICY_DELAY: Seconds = seconds(30);
/** vCenter marks a host Not Responding without vpxa heartbeats (§3 Basics, KB 435077; §6). */
export const NOT_RESPONDING_AFTER: Seconds = seconds(60);
/** `das.maxvmrestartcount` attempts, first included, at these offsets from the first (§3 Restart behaviour; §6). */
export const RESTART_ATTEMPT_OFFSETS: readonly Seconds[] = [0, 2, 6, 14, 30].map(minutes);
/** HA issues at most this many concurrent power-ons per host (§3 Restart behaviour). */
export const MAX_CONCURRENT_POWER_ONS_PER_HOST = 32;
/** HA on a vSAN cluster needs this many hosts, 2-node clusters aside (§3 Basics). */
export const MIN_HOSTS_WITH_VSAN = 3;
// §3 says only "a power-on task of a few seconds" and "guest boot": the twin picks 3 s, and 20 s for Photon OS.
/** Length of the HA power-on task (twin choice). */
export const POWER_ON_DURATION: Seconds = seconds(3);
/** Photon OS boot to a running Docker daemon's host, after power-on (twin choice). */
export const GUEST_BOOT_DURATION: Seconds = seconds(20);
