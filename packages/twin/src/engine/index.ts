/**
 * `@harborview/twin/engine`: what code outside the twin needs to run it — the state, its commands and their
 * results, building a scenario and stepping it, and the defaults the BFF shares. Reads are in `@harborview/twin/queries`.
 */
export type { CommandOf, TwinCommand } from './commands';
export { DEFAULT_INITIATOR, DEFAULT_VDVS_VERSION } from './constants';
export type { CommandResult, CommandValue } from './result';
export { createScenario } from './scenario';
export type { ScenarioOptions } from './scenario';
export type { TwinState } from './state';
export { step } from './step';
