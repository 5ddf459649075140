import type { DrillIntegrity } from '@harborview/contracts/drills';
import type { Harbor, HarborImage } from '@harborview/contracts/harbor';
import type { ReactNode } from 'react';

import { DiffView } from '../../wizard-attach/components/DiffView';

import { Card, Cards } from './Big';

/** Beat 5: the compose edit as a diff, or the volume mounts once Harbor already runs on them. */
export function ComposeVisual({ diff, harbor }: { diff: string | null; harbor: Harbor }): ReactNode {
  if (diff) return <div className="overflow-auto text-base [&_table]:text-base">{<DiffView diff={diff} />}</div>;
  const mounts = harbor.services.flatMap((s) =>
    s.mounts.filter((m) => m.kind === 'volume').map((m) => `${s.name}: ${m.volume ?? m.source} → ${m.target}`),
  );
  return (
    <ul aria-label="Volume mounts" className="list-inside list-disc font-mono text-xl">
      {mounts.map((m) => (
        <li key={m}>{m}</li>
      ))}
    </ul>
  );
}

/** Beats 6 and 12: every Harbor service, running and healthy or not, with the volume it mounts. */
export function HarborServicesVisual({ harbor }: { harbor: Harbor }): ReactNode {
  return (
    <div className="space-y-3">
      <p className="text-2xl font-semibold">Harbor is {harbor.status}</p>
      <Cards label="Harbor services">
        {harbor.services.map((s) => {
          const volumes = s.mounts.filter((m) => m.kind === 'volume').map((m) => m.volume ?? m.source);
          return (
            <Card key={s.name} title={s.name} tone={s.healthy ? 'ok' : 'error'}>
              {s.state}, {s.healthy ? 'healthy' : 'unhealthy'}
              {volumes.length > 0 && <span className="block text-sm">on {volumes.join(', ')}</span>}
            </Card>
          );
        })}
      </Cards>
    </div>
  );
}

/** Beat 7: the images with their manifest digests. */
export function ImagesVisual({ images }: { images: readonly HarborImage[] }): ReactNode {
  return (
    <Cards label="Images">
      {images.map((image) => (
        <Card key={image.ref} title={image.ref}>
          <span className="block break-all font-mono text-sm">{image.manifestDigest}</span>
          <span className="block">{image.blobs.length} blobs</span>
        </Card>
      ))}
    </Cards>
  );
}

/** Beat 13: the verdict from the real registry, image by image. */
export function IntegrityVisual({ integrity }: { integrity: DrillIntegrity | null | undefined }): ReactNode {
  if (!integrity?.verdict) return <p className="text-2xl">Checking the registry…</p>;
  return (
    <div className="space-y-3">
      <p
        className={`text-4xl font-bold ${integrity.verdict === 'intact' ? 'text-green-700 dark:text-green-400' : 'text-red-700 dark:text-red-400'}`}
      >
        {integrity.verdict === 'intact' ? 'Intact' : integrity.verdict === 'lost' ? 'Data lost' : 'Unavailable'}
      </p>
      <p className="text-xl">{integrity.summary}</p>
      <Cards label="Images checked">
        {integrity.images.map((image) => (
          <Card key={image.ref} title={image.ref} tone={image.status === 'intact' ? 'ok' : 'error'}>
            <span className="block break-all font-mono text-sm">{image.manifestDigest}</span>
            <span className="block">
              {image.status}, {image.blobs} blobs
            </span>
          </Card>
        ))}
      </Cards>
    </div>
  );
}
