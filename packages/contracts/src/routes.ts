/** API paths shared by the BFF router and the web client, so neither spells a URL by hand. */
export const API_ROUTES = {
  health: '/api/health',
  inventory: '/api/inventory',
  hosts: '/api/hosts',
  host: (id: string): string => `/api/hosts/${encodeURIComponent(id)}`,
  vms: '/api/vms',
  vm: (id: string): string => `/api/vms/${encodeURIComponent(id)}`,
  clusters: '/api/clusters',
  cluster: (id: string): string => `/api/clusters/${encodeURIComponent(id)}`,
  datastores: '/api/datastores',
  datastore: (id: string): string => `/api/datastores/${encodeURIComponent(id)}`,
  tasks: '/api/tasks',
  alarms: '/api/alarms',
} as const;
