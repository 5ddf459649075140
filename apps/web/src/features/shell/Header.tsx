import { TEST_IDS } from '@harborview/testids/testids';
import type { ReactNode } from 'react';

import type { Theme } from '../../shared/lib/theme';

import { GlobalSearch } from './GlobalSearch';
import type { SearchResult } from './search-inventory';
import { StreamIndicator } from './StreamIndicator';
import { UserMenu } from './UserMenu';

export interface HeaderProps {
  theme: Theme;
  onToggleTheme: () => void;
  onOpenResult: (result: SearchResult) => void;
}

/** The top bar in Clarity's header-7 colour (#314351; vsphere-client-ui.md, Clarity colors). */
export function Header({ theme, onToggleTheme, onOpenResult }: HeaderProps): ReactNode {
  return (
    <header
      data-testid={TEST_IDS.header}
      className="flex h-12 items-center gap-4 bg-[#314351] px-4 text-[#fafafa] dark:bg-[#0f171c]"
    >
      <a href="/" className="flex items-center gap-2 font-semibold tracking-wide">
        <img src="/favicon.svg" alt="" className="h-6 w-6" />
        <span>Harborview</span>
        <span className="hidden text-xs font-normal text-slate-300 sm:inline">Harbor on vSAN</span>
      </a>
      <div className="ml-4 flex-1">
        <GlobalSearch onOpen={onOpenResult} />
      </div>
      <StreamIndicator />
      <button
        type="button"
        data-testid={TEST_IDS.themeToggle}
        aria-pressed={theme === 'dark'}
        onClick={onToggleTheme}
        className="rounded px-2 py-1 text-sm hover:bg-white/10 focus-visible:outline focus-visible:outline-2 focus-visible:outline-sky-300"
      >
        Dark theme
      </button>
      <UserMenu />
    </header>
  );
}
