import { useEffect, useState } from 'react';

/** The replay's speeds, as the live clock offers them. */
export const REPLAY_SPEEDS = [1, 10, 60] as const;
export type ReplaySpeed = (typeof REPLAY_SPEEDS)[number];

const TICK_MS = 100;

/** The frame on screen at replay time `tSeconds`: the last frame at or before it (the first before any). */
export function frameIndexAt(frames: readonly { tSeconds: number }[], tSeconds: number): number {
  let index = 0;
  for (let i = 0; i < frames.length; i += 1) {
    if ((frames[i]?.tSeconds ?? Infinity) <= tSeconds) index = i;
    else break;
  }
  return index;
}

/** Replay time after `wallMs` of playing at `speed`, stopped at the last frame. */
export function stepCursor(cursor: number, wallMs: number, speed: number, endSeconds: number): number {
  return Math.min(endSeconds, cursor + (wallMs / 1000) * speed);
}

const PAGE_FRAMES = 10;

/**
 * The frame a scrubber key moves to (arrows one frame, Page keys ten, Home/End the ends), or null for other keys.
 * Handled by the page so every browser steps the same way.
 */
export function frameAfterKey(key: string, index: number, count: number): number | null {
  const last = Math.max(0, count - 1);
  const clamp = (i: number): number => Math.max(0, Math.min(last, i));
  switch (key) {
    case 'ArrowRight':
    case 'ArrowUp':
      return clamp(index + 1);
    case 'ArrowLeft':
    case 'ArrowDown':
      return clamp(index - 1);
    case 'PageUp':
      return clamp(index + PAGE_FRAMES);
    case 'PageDown':
      return clamp(index - PAGE_FRAMES);
    case 'Home':
      return 0;
    case 'End':
      return last;
    default:
      return null;
  }
}

export interface ReplayPlayer {
  index: number;
  cursorSeconds: number;
  playing: boolean;
  speed: ReplaySpeed;
  /** Jump to a frame (the scrubber). */
  seek: (index: number) => void;
  togglePlay: () => void;
  setSpeed: (speed: ReplaySpeed) => void;
}

/**
 * Plays recorded frames in the browser: a cursor in replay seconds moves at the chosen speed and picks the frame.
 * Nothing here talks to the twin; scrubbing and playing only move the cursor.
 */
export function useReplayPlayer(frames: readonly { tSeconds: number }[]): ReplayPlayer {
  const start = frames[0]?.tSeconds ?? 0;
  const end = frames.at(-1)?.tSeconds ?? 0;
  const [cursorSeconds, setCursor] = useState(start);
  const [playing, setPlaying] = useState(false);
  const [speed, setSpeed] = useState<ReplaySpeed>(10);

  useEffect(() => {
    if (!playing) return;
    const timer = setInterval(() => {
      setCursor((c) => {
        const next = stepCursor(c, TICK_MS, speed, end);
        if (next >= end) setPlaying(false);
        return next;
      });
    }, TICK_MS);
    return () => clearInterval(timer);
  }, [playing, speed, end]);

  return {
    index: frameIndexAt(frames, cursorSeconds),
    cursorSeconds,
    playing,
    speed,
    seek: (index) => setCursor(frames[Math.max(0, Math.min(frames.length - 1, index))]?.tSeconds ?? start),
    togglePlay: () => {
      // Play from the start again once the end is reached.
      if (!playing && cursorSeconds >= end) setCursor(start);
      setPlaying(!playing);
    },
    setSpeed,
  };
}
