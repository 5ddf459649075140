import type { Clock, PutClockBody, ResetTwinBody } from '@harborview/contracts/clock';

/** The simulated clock (speed, pause, advance) and starting a fresh scenario. */
export interface ClockBackend {
  clock(): Promise<Clock>;
  setClock(body: PutClockBody): Promise<Clock>;
  advanceClock(seconds: number): Promise<Clock>;
  reset(body: ResetTwinBody): Promise<Clock>;
}
