/** Who asked: recorded as the task's Initiator. */
export interface Caller {
  user: string;
}
