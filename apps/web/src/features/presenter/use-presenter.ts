import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { useSearchParams } from 'react-router';

import { drillQueryOptions, topologyQueryOptions } from '../failover/api';
import { harborImagesQueryOptions, harborQueryOptions } from '../harbor/api';
import { hostsQueryOptions } from '../objects/api';
import { policiesQueryOptions } from '../policies/api';
import { setupQueryOptions } from '../setup/api';
import { volumesQueryOptions } from '../volumes/api';
import { clusterSummaryQueryOptions } from '../vsan/api';

import { freshTwin } from './api';
import { performBeat } from './beat-actions';
import { beatAt, BEATS } from './beats';
import type { PresenterSnapshot } from './walkthrough-progress';
import { isBeatDone } from './walkthrough-progress';

const WALKTHROUGH_VOLUMES_QUERY = volumesQueryOptions({ filter: 'vsanvol', sort: 'name', order: 'asc' }, 1, 50);

export interface Presenter {
  index: number;
  snapshot: PresenterSnapshot | null;
  loadError: unknown;
  drillId: string | null;
  /** What is being done right now, or null. */
  busy: string | null;
  /** A move is in progress (performing a beat, or reading the twin to decide); keys and buttons wait for it. */
  working: boolean;
  error: string | null;
  goTo: (index: number) => void;
  startFresh: () => void;
}

/**
 * The presenter's state: the beat (in the URL, `?beat=1..13`, so a reload stays put), the live data every beat
 * reads, and moving to a beat, which first performs every earlier beat's action that is not done yet, in order.
 */
export function usePresenter(): Presenter {
  const queryClient = useQueryClient();
  const [params, setParams] = useSearchParams();
  const index = Math.max(0, Math.min(BEATS.length - 1, Number(params.get('beat') ?? '1') - 1 || 0));
  const drillId = params.get('drill');
  const [composeDiff, setComposeDiff] = useState<string | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [working, setWorking] = useState(false);
  // Actions run across several renders; the refs hold what the next step needs before React re-renders.
  const running = useRef(false);
  const diffRef = useRef<string | null>(null);
  const drillRef = useRef<string | null>(drillId);

  const setup = useQuery(setupQueryOptions());
  const hosts = useQuery(hostsQueryOptions());
  const policies = useQuery(policiesQueryOptions());
  const volumes = useQuery(WALKTHROUGH_VOLUMES_QUERY);
  const harbor = useQuery(harborQueryOptions());
  const images = useQuery(harborImagesQueryOptions());
  const cluster = useQuery(clusterSummaryQueryOptions());
  const drill = useQuery({ ...drillQueryOptions(drillId ?? ''), enabled: drillId !== null });

  const queries = [setup, hosts, policies, volumes, harbor, images, cluster];
  const loadError = queries.find((q) => q.isError)?.error ?? null;
  const snapshot: PresenterSnapshot | null =
    setup.data && hosts.data && policies.data && volumes.data && harbor.data && images.data && cluster.data
      ? {
          setup: setup.data,
          hosts: hosts.data,
          policies: policies.data,
          volumes: volumes.data.items,
          harbor: harbor.data,
          images: images.data,
          cluster: cluster.data,
          drill: drillId ? (drill.data ?? null) : null,
          composeDiff,
        }
      : null;

  /** Everything read afresh from the API (the cache is updated too), so a beat decides on current state. */
  const refresh = async (): Promise<PresenterSnapshot> => {
    const id = drillRef.current;
    const fresh = { staleTime: 0 } as const;
    const [s, h, p, v, hb, im, c, d] = await Promise.all([
      queryClient.fetchQuery({ ...setupQueryOptions(), ...fresh }),
      queryClient.fetchQuery({ ...hostsQueryOptions(), ...fresh }),
      queryClient.fetchQuery({ ...policiesQueryOptions(), ...fresh }),
      queryClient.fetchQuery({ ...WALKTHROUGH_VOLUMES_QUERY, ...fresh }),
      queryClient.fetchQuery({ ...harborQueryOptions(), ...fresh }),
      queryClient.fetchQuery({ ...harborImagesQueryOptions(), ...fresh }),
      queryClient.fetchQuery({ ...clusterSummaryQueryOptions(), ...fresh }),
      id ? queryClient.fetchQuery({ ...drillQueryOptions(id), ...fresh }) : Promise.resolve(null),
    ]);
    return {
      setup: s,
      hosts: h.items,
      policies: p.items,
      volumes: v.items,
      harbor: hb,
      images: im.items,
      cluster: c,
      drill: d,
      composeDiff: diffRef.current,
    };
  };

  const show = (i: number): void =>
    setParams(
      (prev) => {
        const next = new URLSearchParams(prev);
        next.set('beat', String(i + 1));
        if (drillRef.current) next.set('drill', drillRef.current);
        else next.delete('drill');
        return next;
      },
      { replace: true },
    );

  const run = async (work: () => Promise<void>): Promise<void> => {
    if (running.current) return;
    running.current = true;
    setWorking(true);
    setError(null);
    try {
      await work();
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      running.current = false;
      setWorking(false);
      setBusy(null);
    }
  };

  const goTo = (target: number): void => {
    const to = Math.max(0, Math.min(BEATS.length - 1, target));
    // Going back only shows an earlier beat: nothing to perform, so it never waits behind a refresh.
    if (to < index) {
      if (!running.current) show(to);
      return;
    }
    void run(async () => {
      // From the beat on screen: if its own action failed, moving on tries it again first.
      for (let i = index; i <= to; i += 1) {
        const beat = beatAt(i);
        const state = await refresh();
        if (isBeatDone(beat.id, state)) continue;
        show(i);
        setBusy(beat.doing);
        await performBeat(beat.id, state, {
          onComposeDiff: (diff) => {
            diffRef.current = diff;
            setComposeDiff(diff);
          },
          onDrill: (id) => {
            drillRef.current = id;
          },
        });
      }
      show(to);
      await refresh();
    });
  };

  const startFresh = (): void =>
    void run(async () => {
      setBusy('Starting from a fresh twin…');
      await freshTwin();
      diffRef.current = null;
      drillRef.current = null;
      setComposeDiff(null);
      show(0);
      await queryClient.invalidateQueries();
    });

  return { index, snapshot, loadError, drillId, busy, working, error, goTo, startFresh };
}

/** The live topology for the failover beats, once a drill exists. */
export function usePresenterTopology(drillId: string | null) {
  return useQuery({ ...topologyQueryOptions(drillId), enabled: drillId !== null });
}
