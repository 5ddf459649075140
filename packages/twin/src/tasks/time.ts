/**
 * Twin time for tasks, events, alarms, HA and Harbor: **seconds since the scenario started** (fractions allowed).
 * Seconds, not epoch ms, because every timeline in the domain facts is in seconds (vsan-ha.md §3 Timelines, §6) and a
 * scenario must replay identically whatever day it runs; the UI adds the scenario's start epoch when it prints a clock.
 * The brands are type-only: at runtime and in JSON they are plain numbers.
 */

import type { Brand } from '../brand';

/** An instant: seconds since the scenario started. */
export type TwinTime = Brand<number, 'TwinTime'>;
/** A duration in seconds. */
export type Seconds = Brand<number, 'Seconds'>;
/** A percentage 0–100 (never a 0–1 ratio). */
export type Percent = Brand<number, 'Percent'>;

/** Tags an instant given in seconds since the scenario started. */
export function twinTime(value: number): TwinTime {
  return value as TwinTime;
}

/** Tags a duration in seconds. */
export function seconds(value: number): Seconds {
  return value as Seconds;
}

/** A duration of whole or fractional minutes, in seconds. */
export function minutes(value: number): Seconds {
  return (value * 60) as Seconds;
}

/** Tags a percentage, clamped to 0–100. */
export function percent(value: number): Percent {
  return Math.min(100, Math.max(0, value)) as Percent;
}

/** The instant `duration` after `t`. */
export function after(t: TwinTime, duration: Seconds): TwinTime {
  return (t + duration) as TwinTime;
}

/** The later of two instants. */
export function laterOf(a: TwinTime, b: TwinTime): TwinTime {
  return (a >= b ? a : b) as TwinTime;
}

/** The instant `t` as seconds since the scenario started: vsan/ timers take instants as `Seconds`. */
export function sinceStart(t: TwinTime): Seconds {
  return t as number as Seconds;
}
