import type { ObjectKind } from '@harborview/contracts/inventory';
import type { ReactNode } from 'react';

// Simple glyphs in the spirit of the vSphere Client's object icons; decorative, so hidden from AT.
const PATHS: Record<ObjectKind, string> = {
  vcenter: 'M2 3h12v8H2z M5 13h6',
  datacenter: 'M2 14V5l6-3 6 3v9z M6 14V9h4v5',
  cluster: 'M2 2h5v5H2z M9 2h5v5H9z M2 9h5v5H2z M9 9h5v5H9z',
  host: 'M2 3h12v4H2z M2 9h12v4H2z M4 5h1 M4 11h1',
  vm: 'M2 3h12v9H2z M2 5h12 M6 14h4',
  datastore: 'M3 3c0-1 10-1 10 0v10c0 1-10 1-10 0z M3 3c0 1 10 1 10 0',
  network: 'M8 2v4 M3 10V8h10v2 M2 10h3v3H2z M6.5 10h3v3h-3z M11 10h3v3h-3z',
};

/** A 16×16 outline glyph drawn in the text colour; decorative (hidden from AT), so a label must say the same. */
export function OutlineGlyph({
  path,
  className,
  strokeWidth,
}: {
  path: string;
  className: string;
  strokeWidth: number;
}): ReactNode {
  return (
    <svg
      viewBox="0 0 16 16"
      className={className}
      fill="none"
      stroke="currentColor"
      strokeWidth={strokeWidth}
      aria-hidden="true"
    >
      <path d={path} />
    </svg>
  );
}

/** The object kind's icon, as in the navigator and object titles. */
export function KindIcon({ kind, className = 'h-4 w-4' }: { kind: ObjectKind; className?: string }): ReactNode {
  return <OutlineGlyph path={PATHS[kind]} className={className} strokeWidth={1.3} />;
}
