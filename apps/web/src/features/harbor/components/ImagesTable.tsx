import type { HarborImage } from '@harborview/contracts/harbor';
import { TEST_IDS } from '@harborview/testids/testids';
import type { ReactNode } from 'react';

import { formatBytes, formatTime } from '../../../shared/lib/format';
import { EmptyState } from '../../../shared/ui/QueryState';

const COLUMNS = ['Image', 'Manifest digest', 'Blobs', 'Size', 'Pushed'] as const;

/** The images in the registry with their manifest digests, as the ledger recorded them at push time. */
export function ImagesTable({ images }: { images: HarborImage[] }): ReactNode {
  if (images.length === 0) return <EmptyState>No images pushed yet.</EmptyState>;
  return (
    <table className="w-full text-left text-sm">
      <caption className="sr-only">Registry images</caption>
      <thead className="bg-slate-50 text-xs text-slate-600 dark:bg-slate-800 dark:text-slate-300">
        <tr>
          {COLUMNS.map((c) => (
            <th key={c} scope="col" className="px-2 py-1 font-semibold">
              {c}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {images.map((image) => (
          <tr
            key={image.ref}
            data-testid={TEST_IDS.harborImageRow(image.ref)}
            className="border-t border-slate-100 dark:border-slate-800"
          >
            <th scope="row" className="px-2 py-1 text-left font-normal">
              {image.ref}
            </th>
            <td className="px-2 py-1 font-mono text-xs break-all">{image.manifestDigest}</td>
            <td className="px-2 py-1">{image.blobs.length}</td>
            <td className="px-2 py-1">{formatBytes(image.blobs.reduce((sum, b) => sum + b.size, 0))}</td>
            <td className="px-2 py-1">{formatTime(image.pushedAt)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
