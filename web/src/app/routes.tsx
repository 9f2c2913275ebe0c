import type { ReactNode } from 'react';
import { Outlet, type RouteObject } from 'react-router';
import { AccountPage } from '../features/account/AccountPage';
import { AuditPage } from '../features/admin/audit/AuditPage';
import { FacilitiesPage } from '../features/admin/facilities/FacilitiesPage';
import { PlansPage } from '../features/admin/plans/PlansPage';
import { TokensPage } from '../features/admin/tokens/TokensPage';
import { UsersPage } from '../features/admin/users/UsersPage';
import { can, type Permission, useSession } from '../features/auth/session';
import { HomePage } from '../features/home/HomePage';
import { PatientPage } from '../features/patients/PatientPage';
import { PatientsPage } from '../features/patients/PatientsPage';
import { RegisterPatientPage } from '../features/patients/registration/RegisterPatientPage';
import { ComingSoonPage } from '../features/shell/ComingSoonPage';
import { NoPermissionPage } from '../features/shell/NoPermissionPage';
import { NotFoundPage } from '../features/shell/NotFoundPage';
import { AppLayout } from './AppLayout';
import { ADMIN_PAGES, type AdminPageKey, MODULES, type ModuleKey } from './modules';

const ADMIN_SCREENS: Record<AdminPageKey, () => ReactNode> = {
  users: () => <UsersPage />,
  tokens: () => <TokensPage />,
  facilities: () => <FacilitiesPage />,
  plans: () => <PlansPage />,
  audit: () => <AuditPage />,
};

function RequirePermission({ page }: { page: (typeof ADMIN_PAGES)[number] }) {
  const { me } = useSession();
  return can(me, page.permission) ? ADMIN_SCREENS[page.key]() : <NoPermissionPage />;
}

/** The screens of each built module, below its slug. */
const MODULE_ROUTES: Partial<Record<ModuleKey, RouteObject[]>> = {
  patients: [
    { index: true, element: <PatientsPage /> },
    { path: 'new', element: <RegisterPatientPage /> },
    { path: ':patientId/:tab?', element: <PatientPage /> },
  ],
};

function RequireModulePermission({ permission }: { permission: Permission }) {
  const { me } = useSession();
  return can(me, permission) ? <Outlet /> : <NoPermissionPage />;
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
      ...MODULES.map((module): RouteObject => {
        const children = MODULE_ROUTES[module.key];
        if (!module.permission || !children) {
          return { path: `${module.slug}/*`, element: <ComingSoonPage module={module.key} /> };
        }
        return {
          path: module.slug,
          element: <RequireModulePermission permission={module.permission} />,
          children: [...children, { path: '*', element: <NotFoundPage /> }],
        };
      }),
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];
