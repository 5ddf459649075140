import type { KeyboardEvent, ReactNode } from 'react';
import { useRef } from 'react';

export interface TabItem<T extends string> {
  id: T;
  label: string;
  testId?: string;
}

export interface TabListProps<T extends string> {
  label: string;
  idPrefix: string;
  tabs: TabItem<T>[];
  selected: T;
  onSelect: (id: T) => void;
  className?: string;
  tabClassName?: (selected: boolean) => string;
}

/** The DOM id of a tab's panel, for aria-controls / aria-labelledby pairs. */
export const tabPanelId = (idPrefix: string, id: string): string => `${idPrefix}-panel-${id}`;
export const tabId = (idPrefix: string, id: string): string => `${idPrefix}-tab-${id}`;

const defaultTabClass = (selected: boolean): string =>
  `px-3 py-1.5 text-sm outline-none focus-visible:ring-2 focus-visible:ring-sky-500 ${
    selected
      ? 'border-b-2 border-sky-600 font-semibold text-sky-800 dark:border-sky-400 dark:text-sky-200'
      : 'text-slate-600 hover:text-slate-900 dark:text-slate-300 dark:hover:text-white'
  }`;

/** A WAI-ARIA tablist with automatic activation: arrows, Home and End move between tabs. */
export function TabList<T extends string>(props: TabListProps<T>): ReactNode {
  const { label, idPrefix, tabs, selected, onSelect, className = '', tabClassName = defaultTabClass } = props;
  const refs = useRef(new Map<string, HTMLButtonElement>());

  const onKeyDown = (event: KeyboardEvent): void => {
    const index = tabs.findIndex((t) => t.id === selected);
    const last = tabs.length - 1;
    const next =
      event.key === 'ArrowRight'
        ? (index + 1) % tabs.length
        : event.key === 'ArrowLeft'
          ? (index - 1 + tabs.length) % tabs.length
          : event.key === 'Home'
            ? 0
            : event.key === 'End'
              ? last
              : -1;
    const tab = tabs[next];
    if (!tab) return;
    event.preventDefault();
    onSelect(tab.id);
    refs.current.get(tab.id)?.focus();
  };

  return (
    <div role="tablist" aria-label={label} onKeyDown={onKeyDown} className={`flex ${className}`}>
      {tabs.map((tab) => {
        const isSelected = tab.id === selected;
        return (
          <button
            key={tab.id}
            ref={(el) => {
              if (el) refs.current.set(tab.id, el);
            }}
            type="button"
            role="tab"
            id={tabId(idPrefix, tab.id)}
            aria-selected={isSelected}
            aria-controls={tabPanelId(idPrefix, tab.id)}
            tabIndex={isSelected ? 0 : -1}
            data-testid={tab.testId}
            onClick={() => onSelect(tab.id)}
            className={tabClassName(isSelected)}
          >
            {tab.label}
          </button>
        );
      })}
    </div>
  );
}
