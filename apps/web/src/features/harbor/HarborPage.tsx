import { useQueries, useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { Link, useSearchParams } from 'react-router';

import { CONSOLE_PATHS } from '../../shared/ui/console-paths';
import { PageSection } from '../../shared/ui/PageSection';
import { ErrorState, LoadingState, QueryResult } from '../../shared/ui/QueryState';
import { useCan } from '../auth/use-can';
import { vmsQueryOptions } from '../objects/api';
import { volumeQueryOptions } from '../volumes/api';

import { harborImagesQueryOptions, harborQueryOptions, twinClockQueryOptions } from './api';
import { mountedVolumeLookup, mountedVolumes } from './data-placement';
import { HarborView } from './HarborView';
import { twinNowMs } from './twin-time';
import { useWallClock } from './use-wall-clock';

/** Route entry for `/harbor` (`?service=<name>` highlights a service, as search results link to it). */
export function HarborPage(): ReactNode {
  const [params] = useSearchParams();
  const harbor = useQuery(harborQueryOptions());
  const images = useQuery(harborImagesQueryOptions());
  const clock = useQuery(twinClockQueryOptions());
  const vms = useQuery(vmsQueryOptions());
  const can = useCan('operator');
  const names = harbor.data ? mountedVolumes(harbor.data.services) : [];
  const volumes = useQueries({ queries: names.map((name) => volumeQueryOptions(name)) });
  const wallNow = useWallClock(1000, clock.data ? !clock.data.paused : false);

  const mounted = mountedVolumeLookup(names, volumes);
  const nowMs = clock.data ? twinNowMs(clock.data, clock.dataUpdatedAt, wallNow) : null;
  const imageList = images.isPending ? (
    <LoadingState label="images" />
  ) : images.isError ? (
    <ErrorState error={images.error} onRetry={() => void images.refetch()} />
  ) : (
    images.data
  );

  return (
    <PageSection titleId="harbor-title" title="Harbor" padded>
      {can.allowed ? (
        <Link to={`${CONSOLE_PATHS.harbor}/attach`} className="text-sm text-sky-700 underline dark:text-sky-300">
          Attach to Harbor: move its data onto vDVS volumes
        </Link>
      ) : (
        <span aria-disabled="true" title={can.title} className="text-sm text-slate-500 dark:text-slate-400">
          Attach to Harbor: move its data onto vDVS volumes
        </span>
      )}
      <QueryResult query={harbor} label="Harbor">
        {(overview) => (
          <HarborView
            harbor={overview}
            images={imageList}
            volumes={mounted}
            nowMs={nowMs}
            selectedService={params.get('service')}
            vmName={vms.data?.find((vm) => vm.id === overview.vmId)?.name ?? null}
          />
        )}
      </QueryResult>
    </PageSection>
  );
}
