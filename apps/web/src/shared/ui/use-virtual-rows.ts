import type { VirtualItem, Virtualizer } from '@tanstack/react-virtual';
import { observeElementRect, useVirtualizer } from '@tanstack/react-virtual';
import type { RefObject } from 'react';
import { useEffect, useRef } from 'react';

// jsdom and hidden containers measure 0×0; assume a viewport-sized window so rows still render.
const FALLBACK_RECT = { width: 1280, height: 640 };

function observeRect(
  instance: Virtualizer<HTMLDivElement, Element>,
  cb: (rect: { width: number; height: number }) => void,
) {
  return observeElementRect(instance, (rect) => cb(rect.height > 0 ? rect : FALLBACK_RECT));
}

export interface VirtualRows {
  /** Goes on the element that scrolls. */
  scrollRef: RefObject<HTMLDivElement | null>;
  /** The rows to render, each with its index and its offset from the top. */
  items: VirtualItem[];
  /** Height of all rows together, for the element that holds them. */
  totalSize: number;
}

/**
 * Fixed-height rows in a scroll container, virtualized: only the rows in view (and a few beyond) are rendered, and
 * `onRangeChange`, if given, hears which rows those are (0-based, inclusive) so the caller can load just their pages.
 * @example const { scrollRef, items, totalSize } = useVirtualRows({ count: 10_000, rowHeight: 32, onRangeChange });
 */
export function useVirtualRows({
  count,
  rowHeight,
  onRangeChange,
}: {
  count: number;
  rowHeight: number;
  onRangeChange?: (first: number, last: number) => void;
}): VirtualRows {
  const scrollRef = useRef<HTMLDivElement>(null);
  // The console does not run the React Compiler; the virtualizer's unmemoizable API is fine here.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => rowHeight,
    // A few rows beyond the window: a fling or a scrollbar drag replaces every row each frame, so each extra row costs.
    overscan: 5,
    observeElementRect: observeRect,
  });
  const items = virtualizer.getVirtualItems();
  const first = items[0]?.index ?? 0;
  const last = items.at(-1)?.index ?? -1;
  useEffect(() => onRangeChange?.(first, last), [first, last, onRangeChange]);
  return { scrollRef, items, totalSize: virtualizer.getTotalSize() };
}
