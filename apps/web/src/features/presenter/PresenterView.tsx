import type { DrillFrame } from '@harborview/contracts/drills';
import { TEST_IDS } from '@harborview/testids/testids';
import type { ReactNode, Ref } from 'react';
import { Link } from 'react-router';

import { CONSOLE_PATHS } from '../../shared/ui/console-paths';
import { ErrorState, LoadingState } from '../../shared/ui/QueryState';
import { useCan } from '../auth/use-can';
import type { Loadable } from '../failover/loadable';

import { beatAt, BEATS } from './beats';
import { BeatVisual } from './components/BeatVisual';
import type { PresenterSnapshot } from './walkthrough-progress';
import { isBeatDone } from './walkthrough-progress';

export interface PresenterViewProps {
  containerRef: Ref<HTMLDivElement>;
  index: number;
  snapshot: PresenterSnapshot | null;
  loadError: unknown;
  topology: Loadable<DrillFrame> | null;
  busy: string | null;
  working: boolean;
  error: string | null;
  fullscreen: { active: boolean; supported: boolean; onToggle: () => void };
  theme: { dark: boolean; onToggle: () => void };
  onGo: (index: number) => void;
  onStartFresh: () => void;
}

const barButton =
  'rounded px-2 py-1 text-sm hover:bg-white/10 focus-visible:outline focus-visible:outline-2 focus-visible:outline-sky-300 disabled:opacity-50';
const stepButton =
  'rounded-lg border-2 border-slate-400 px-5 py-2 text-xl font-semibold hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-sky-500 disabled:opacity-40 dark:border-slate-500 dark:hover:bg-slate-800';

/** Presenter mode: one beat at a time in large type, with its caption and a focused live visual. */
export function PresenterView(props: PresenterViewProps): ReactNode {
  const {
    containerRef,
    index,
    snapshot,
    busy,
    working,
    error,
    loadError,
    topology,
    fullscreen,
    theme,
    onGo,
    onStartFresh,
  } = props;
  const beat = beatAt(index);
  const can = useCan('operator');
  return (
    <div
      ref={containerRef}
      data-testid={TEST_IDS.presenter}
      className="flex h-screen flex-col bg-slate-50 text-slate-900 dark:bg-slate-950 dark:text-slate-100"
    >
      <header className="flex items-center gap-3 bg-[#314351] px-4 py-2 text-[#fafafa] dark:bg-[#0f171c]">
        <h1 className="font-semibold">Harbor on vSAN: surviving a host failure</h1>
        <span className="text-sm text-slate-300">
          Beat {index + 1} of {BEATS.length}
        </span>
        <span className="flex-1" />
        <button
          type="button"
          className={barButton}
          disabled={working || !can.allowed}
          title={can.title}
          onClick={onStartFresh}
        >
          {index === BEATS.length - 1 ? 'Reset the twin' : 'Start from a fresh twin'}
        </button>
        <button type="button" className={barButton} aria-pressed={theme.dark} onClick={theme.onToggle}>
          Dark theme
        </button>
        <button
          type="button"
          className={barButton}
          aria-pressed={fullscreen.active}
          disabled={!fullscreen.supported}
          onClick={fullscreen.onToggle}
        >
          Full screen
        </button>
        <Link to={CONSOLE_PATHS.failover} className={barButton}>
          Exit to the console
        </Link>
      </header>
      <nav aria-label="Beats" className="border-b border-slate-200 px-4 py-1 dark:border-slate-700">
        <ol className="flex flex-wrap gap-1">
          {BEATS.map((b, i) => {
            const done = snapshot ? isBeatDone(b.id, snapshot) : false;
            return (
              <li key={b.id}>
                <button
                  type="button"
                  data-testid={TEST_IDS.presenterStep(b.id)}
                  aria-current={i === index ? 'step' : undefined}
                  disabled={working}
                  onClick={() => onGo(i)}
                  className={`rounded px-2 py-0.5 text-xs focus-visible:outline-2 focus-visible:outline-sky-500 ${
                    i === index ? 'bg-sky-700 text-white dark:bg-sky-600' : 'hover:bg-slate-200 dark:hover:bg-slate-800'
                  }`}
                >
                  {i + 1}. {b.short}
                  {done && <span aria-label=", done"> ✓</span>}
                </button>
              </li>
            );
          })}
        </ol>
      </nav>
      <main className="min-h-0 flex-1 overflow-auto px-8 py-4">
        <section
          aria-labelledby="beat-title"
          data-testid={TEST_IDS.presenterBeat(beat.id)}
          aria-busy={working}
          className="space-y-4"
        >
          <div aria-live="polite" className="space-y-2">
            <h2 id="beat-title" className="text-4xl font-bold">
              {index + 1}. {beat.title}
            </h2>
            <p data-testid={TEST_IDS.presenterCaption} className="max-w-5xl text-2xl leading-snug">
              {beat.caption}
            </p>
          </div>
          {busy && (
            <p role="status" data-testid={TEST_IDS.presenterBusy} className="text-xl text-sky-800 dark:text-sky-300">
              {busy}
            </p>
          )}
          {error && (
            <div role="alert" className="rounded border-2 border-red-500 p-3 text-xl text-red-800 dark:text-red-200">
              {error} Press → to try again.
            </div>
          )}
          <div data-testid={TEST_IDS.presenterVisual(beat.id)}>
            {loadError ? (
              <ErrorState error={loadError} />
            ) : snapshot ? (
              <BeatVisual id={beat.id} snapshot={snapshot} topology={topology} />
            ) : (
              <LoadingState label="the walkthrough" />
            )}
          </div>
        </section>
      </main>
      <footer className="flex items-center justify-between px-8 py-2">
        <button type="button" className={stepButton} disabled={working || index === 0} onClick={() => onGo(index - 1)}>
          ← Previous
        </button>
        <span className="text-sm text-slate-600 dark:text-slate-300">← → or Space to step</span>
        <button
          type="button"
          className={stepButton}
          disabled={working || index === BEATS.length - 1}
          onClick={() => onGo(index + 1)}
        >
          Next →
        </button>
      </footer>
    </div>
  );
}
