/** The part of a response (or any Writable) the writer uses. */
export interface FrameSink {
  write(chunk: string): boolean;
  once(event: 'drain' | 'close', listener: () => void): unknown;
  removeListener(event: 'drain' | 'close', listener: () => void): unknown;
  destroy(): unknown;
  readonly destroyed: boolean;
}

/** Why a client was cut off: its queue overflowed, or its stream failed (for example the store closed). */
export type DropReason = 'overflow' | 'error';

/** How much one client may have waiting before it is dropped. */
export interface WriterLimits {
  maxFrames: number;
  maxBytes: number;
}

/** 1000 frames or 1 MiB per client: a few seconds of a busy twin, and 200 stalled clients stay under 200 MiB. */
export const DEFAULT_WRITER_LIMITS: WriterLimits = { maxFrames: 1000, maxBytes: 1024 * 1024 };

/**
 * Writes frames to one client without ever blocking the caller: while the socket wants a 'drain', frames wait in a
 * queue bounded by count and bytes, and a client that overflows it is destroyed (it reconnects with Last-Event-ID).
 */
export class BoundedWriter {
  private readonly queue: { frame: string; bytes: number }[] = [];
  private queuedBytes = 0;
  private awaitingDrain = false;
  private closed = false;
  private readonly waiters: (() => void)[] = [];
  private readonly onDrain = (): void => this.flush();
  private readonly onClose = (): void => this.close();

  constructor(
    private readonly sink: FrameSink,
    private readonly limits: WriterLimits,
    private readonly onDrop: (reason: DropReason) => void = () => {},
  ) {
    sink.once('close', this.onClose);
  }

  /** True once the client was dropped or went away; nothing is written after that. */
  get isClosed(): boolean {
    return this.closed;
  }

  /** True while the socket is behind: new frames queue instead of being written. */
  get isBlocked(): boolean {
    return this.awaitingDrain;
  }

  /** Bytes waiting in this writer (not counting the one chunk Node holds after write() returned false). */
  get pendingBytes(): number {
    return this.queuedBytes;
  }

  /** Writes or queues one frame; false when the client is gone or was just dropped for overflowing. */
  send(frame: string, bytes: number = Buffer.byteLength(frame)): boolean {
    if (this.closed) return false;
    if (this.sink.destroyed) {
      this.close();
      return false;
    }
    if (!this.awaitingDrain) {
      this.writeNow(frame);
      return true;
    }
    if (this.queue.length + 1 > this.limits.maxFrames || this.queuedBytes + bytes > this.limits.maxBytes) {
      this.drop('overflow');
      return false;
    }
    this.queue.push({ frame, bytes });
    this.queuedBytes += bytes;
    return true;
  }

  /** Resolves once the socket has caught up (or the client is gone); replay awaits it between events. */
  whenWritable(): Promise<void> {
    if (!this.awaitingDrain || this.closed) return Promise.resolve();
    return new Promise((resolve) => this.waiters.push(resolve));
  }

  /** Drops the client: destroys the socket so neither Node nor the kernel keeps buffering for it. */
  drop(reason: DropReason): void {
    if (this.closed) return;
    this.close();
    this.sink.destroy();
    this.onDrop(reason);
  }

  /** Forgets queued frames and wakes anyone waiting; idempotent. */
  close(): void {
    if (this.closed) return;
    this.closed = true;
    this.queue.length = 0;
    this.queuedBytes = 0;
    this.sink.removeListener('drain', this.onDrain);
    this.sink.removeListener('close', this.onClose);
    this.wake();
  }

  private writeNow(frame: string): void {
    if (!this.sink.write(frame)) {
      this.awaitingDrain = true;
      this.sink.once('drain', this.onDrain);
    }
  }

  private flush(): void {
    this.awaitingDrain = false;
    while (!this.closed && !this.awaitingDrain && this.queue.length > 0) {
      const next = this.queue.shift() as { frame: string; bytes: number };
      this.queuedBytes -= next.bytes;
      this.writeNow(next.frame);
    }
    if (!this.awaitingDrain) this.wake();
  }

  private wake(): void {
    this.waiters.splice(0).forEach((resolve) => resolve());
  }
}
