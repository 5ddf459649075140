import type { ReactNode } from 'react';
import { useRef } from 'react';

import { useTheme } from '../../shared/lib/theme';
import { usePresenterSession } from '../auth/use-presenter-session';
import { loadable } from '../failover/loadable';

import { PresenterView } from './PresenterView';
import { useBeatKeys, useFullscreen } from './use-fullscreen';
import { usePresenter, usePresenterTopology } from './use-presenter';

/** Route entry for `/present`: the walkthrough on stage, outside the console's chrome. */
export function PresenterPage(): ReactNode {
  usePresenterSession();
  const container = useRef<HTMLDivElement>(null);
  const presenter = usePresenter();
  const topology = usePresenterTopology(presenter.drillId);
  const fullscreen = useFullscreen(container);
  const { theme, toggleTheme } = useTheme();
  const { goTo, index, working } = presenter;
  useBeatKeys(
    () => !working && goTo(index - 1),
    () => !working && goTo(index + 1),
  );

  return (
    <PresenterView
      containerRef={container}
      index={presenter.index}
      snapshot={presenter.snapshot}
      loadError={presenter.loadError}
      topology={presenter.drillId ? loadable(topology, 'topology') : null}
      busy={presenter.busy}
      working={presenter.working}
      error={presenter.error}
      fullscreen={{ ...fullscreen, onToggle: fullscreen.toggle }}
      theme={{ dark: theme === 'dark', onToggle: toggleTheme }}
      onGo={presenter.goTo}
      onStartFresh={presenter.startFresh}
    />
  );
}
