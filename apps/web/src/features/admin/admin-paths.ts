/** URLs of Administration (admins only): the section list on the left, one page per section. */
export const ADMIN_PATHS = {
  root: '/admin',
  users: '/admin/users',
  audit: '/admin/audit',
} as const;

export const ADMIN_SECTIONS = [
  { id: 'users', label: 'Users', group: 'Access Control' },
  { id: 'audit', label: 'Audit log', group: 'Access Control' },
] as const;
