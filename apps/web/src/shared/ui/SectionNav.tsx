import { TEST_IDS } from '@harborview/testids/testids';
import type { ReactNode } from 'react';
import { Link } from 'react-router';

export interface SectionItem {
  id: string;
  label: string;
  /** A heading the item sits under, e.g. "vSAN" for Virtual Objects. */
  group?: string;
}

export interface SectionNavProps {
  label: string;
  sections: SectionItem[];
  selected: string;
  hrefFor: (id: string) => string;
  children: ReactNode;
}

const linkClass = (current: boolean): string =>
  `block rounded px-2 py-1 text-sm outline-none focus-visible:ring-2 focus-visible:ring-sky-500 ${
    current
      ? 'bg-sky-100 font-semibold text-sky-900 dark:bg-sky-900/60 dark:text-sky-100'
      : 'text-slate-700 hover:bg-slate-100 dark:text-slate-300 dark:hover:bg-slate-800'
  }`;

function groupSections(sections: SectionItem[]): { group: string | undefined; items: SectionItem[] }[] {
  const groups: { group: string | undefined; items: SectionItem[] }[] = [];
  for (const section of sections) {
    const last = groups.at(-1);
    if (last && last.group === section.group) last.items.push(section);
    else groups.push({ group: section.group, items: [section] });
  }
  return groups;
}

/**
 * The vSphere Client's left list inside Monitor and Configure: links (so each section has a URL),
 * grouped under headings, with the chosen one marked aria-current.
 */
export function SectionNav({ label, sections, selected, hrefFor, children }: SectionNavProps): ReactNode {
  const current = sections.find((s) => s.id === selected);
  return (
    <div className="grid gap-3 md:grid-cols-[13rem_minmax(0,1fr)]">
      <nav aria-label={label} data-testid={TEST_IDS.sectionNav}>
        {groupSections(sections).map(({ group, items }) => (
          <div key={group ?? items[0]?.id} className="mb-1">
            {group && (
              <div className="px-2 pt-2 text-xs font-semibold uppercase tracking-wide text-slate-500 dark:text-slate-400">
                {group}
              </div>
            )}
            <ul className={group ? 'pl-2' : ''}>
              {items.map((s) => (
                <li key={s.id}>
                  <Link
                    to={hrefFor(s.id)}
                    aria-current={s.id === selected ? 'page' : undefined}
                    data-testid={TEST_IDS.sectionLink(s.id)}
                    className={linkClass(s.id === selected)}
                  >
                    {s.label}
                  </Link>
                </li>
              ))}
            </ul>
          </div>
        ))}
      </nav>
      <section aria-label={current ? [current.group, current.label].filter(Boolean).join(' › ') : label}>
        {children}
      </section>
    </div>
  );
}
