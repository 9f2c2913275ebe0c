import type { ReactNode } from 'react';
import type { RouteObject } from 'react-router';
import { AccountPage } from '../features/account/AccountPage';
import { AuditPage } from '../features/admin/audit/AuditPage';
import { FacilitiesPage } from '../features/admin/facilities/FacilitiesPage';
import { TokensPage } from '../features/admin/tokens/TokensPage';
import { UsersPage } from '../features/admin/users/UsersPage';
import { can, useSession } from '../features/auth/session';
import { HomePage } from '../features/home/HomePage';
import { ComingSoonPage } from '../features/shell/ComingSoonPage';
import { NoPermissionPage } from '../features/shell/NoPermissionPage';
import { NotFoundPage } from '../features/shell/NotFoundPage';
import { AppLayout } from './AppLayout';
import { ADMIN_PAGES, type AdminPageKey, MODULES } from './modules';

const ADMIN_SCREENS: Record<AdminPageKey, () => ReactNode> = {
  users: () => <UsersPage />,
  tokens: () => <TokensPage />,
  facilities: () => <FacilitiesPage />,
  audit: () => <AuditPage />,
};

function RequirePermission({ page }: { page: (typeof ADMIN_PAGES)[number] }) {
  const { me } = useSession();
  return can(me, page.permission) ? ADMIN_SCREENS[page.key]() : <NoPermissionPage />;
}

export const routes: RouteObject[] = [
  {
    path: '/',
    element: <AppLayout />,
    children: [
      { index: true, element: <HomePage /> },
      { path: 'account', element: <AccountPage /> },
      ...ADMIN_PAGES.map((page) => ({
        path: `admin/${page.slug}`,
        element: <RequirePermission page={page} />,
      })),
      ...MODULES.map((module) => ({
        path: `${module.slug}/*`,
        element: <ComingSoonPage module={module.key} />,
      })),
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];
