import type { RefObject } from 'react';
import { useCallback, useEffect, useState } from 'react';

/** The Fullscreen API on one element: whether it is full screen, whether the browser allows it, and a toggle. */
export function useFullscreen(ref: RefObject<HTMLElement | null>): {
  active: boolean;
  supported: boolean;
  toggle: () => void;
} {
  const [active, setActive] = useState(false);
  useEffect(() => {
    const onChange = (): void =>
      setActive(document.fullscreenElement !== null && document.fullscreenElement !== undefined);
    document.addEventListener('fullscreenchange', onChange);
    return () => document.removeEventListener('fullscreenchange', onChange);
  }, []);
  const toggle = useCallback(() => {
    if (document.fullscreenElement) void document.exitFullscreen();
    else void ref.current?.requestFullscreen?.();
  }, [ref]);
  return { active, supported: document.fullscreenEnabled === true, toggle };
}

/** ←/→ and Space step through the beats, except while typing in a field or pressing a focused control's own keys. */
export function useBeatKeys(onPrevious: () => void, onNext: () => void): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent): void => {
      if (event.altKey || event.ctrlKey || event.metaKey) return;
      const target = event.target as HTMLElement | null;
      if (target?.closest('input, select, textarea, [contenteditable="true"]')) return;
      // A focused button or link already acts on Space (and Enter); arrows still step.
      const onControl = target?.closest('button, a[href]') !== null && target?.closest('button, a[href]') !== undefined;
      if (event.key === 'ArrowRight' || (event.key === ' ' && !onControl)) {
        event.preventDefault();
        onNext();
      } else if (event.key === 'ArrowLeft') {
        event.preventDefault();
        onPrevious();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onPrevious, onNext]);
}
