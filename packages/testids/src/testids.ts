/**
 * Test ids the console renders and the Playwright specs look up. Specs prefer roles; these cover
 * what has no unique role (the shell's regions, per-object rows).
 */
export const TEST_IDS = {
  header: 'header',
  themeToggle: 'theme-toggle',
  globalSearch: 'global-search',
  navigator: 'navigator',
  navigatorViewTab: (view: string): string => `navigator-view-${view}`,
  treeItem: (id: string): string => `tree-item-${id}`,
  treeToggle: (id: string): string => `tree-toggle-${id}`,
  objectView: 'object-view',
  objectTitle: 'object-title',
  objectTab: (tab: string): string => `object-tab-${tab}`,
  hostSummary: 'host-summary',
  hostAddress: 'host-address',
  hostPowerState: 'host-power-state',
  vmSummary: 'vm-summary',
  bottomPane: 'bottom-pane',
  recentTasks: 'recent-tasks',
  alarms: 'alarms',
} as const;
