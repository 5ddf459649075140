import type { ReactNode } from 'react';
import { Outlet, useLocation } from 'react-router';

import { SectionNav } from '../../shared/ui/SectionNav';
import { RequireRole } from '../auth/RequireRole';

import { ADMIN_PATHS, ADMIN_SECTIONS } from './admin-paths';

/** Administration, as in the vSphere Client: sections on the left, the chosen one beside them; admins only. */
export function AdminLayout(): ReactNode {
  const { pathname } = useLocation();
  const selected = ADMIN_SECTIONS.find((s) => pathname.startsWith(`${ADMIN_PATHS.root}/${s.id}`))?.id ?? 'users';
  return (
    <div className="p-4">
      <RequireRole role="admin">
        <SectionNav
          label="Administration"
          sections={[...ADMIN_SECTIONS]}
          selected={selected}
          hrefFor={(id) => `${ADMIN_PATHS.root}/${id}`}
        >
          <Outlet />
        </SectionNav>
      </RequireRole>
    </div>
  );
}
