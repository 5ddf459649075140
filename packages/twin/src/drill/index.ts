/**
 * `@harborview/twin/drill`: the pure drill logic the BFF runs — faults and their recovery, the preflight, the
 * observation folded from committed states, the rules and stopwatch, the timeline, frames and what is watched.
 */
export { DRILL_ENTRY } from './drill-entries';
export { faultCommand, recoverCommand } from './drill-fault';
export { harborVolumeOutages, whyHarborIsDown } from './drill-outage';
export { FAILOVER_DEADLINE_SECONDS, nextStep } from './drill-rules';
export type { DrillStep } from './drill-rules';
export { frameOf, sameFrame } from './frames';
export type { Observation, ObservedEntry, ServiceEntry } from './observation';
export { observe, startObservation } from './observe';
export type { ObserveContext, RegistryStanding } from './observe-entries';
export { preflightFault } from './preflight';
export { rtoFromTimeline } from './rto';
export { buildTimeline, secondsBetween } from './timeline';
export { isoOf } from '../engine/queries/time';
export { volumePlacement } from './volume-placement';
export { harborWatched, watchedOf } from './watched';
