import type { ReactNode } from 'react';
import { Outlet, type RouteObject } from 'react-router';
import { can, type Permission, useSession } from '../features/auth/session';
import { HomePage } from '../features/home/HomePage';
import { ComingSoonPage } from '../features/shell/ComingSoonPage';
import { NoPermissionPage } from '../features/shell/NoPermissionPage';
import { NotFoundPage } from '../features/shell/NotFoundPage';
import { AppLayout } from './AppLayout';
import { lazyScreen, ScreenSuspense } from './lazy-screen';
import { ADMIN_PAGES, type AdminPageKey, MODULES, type ModuleKey } from './modules';

// Fetched when first opened: most people use one or two of these a day (issue 20 item 16).
const AccountPage = lazyScreen(() => import('../features/account/AccountPage').then((m) => m.AccountPage));
const AuditPage = lazyScreen(() => import('../features/admin/audit/AuditPage').then((m) => m.AuditPage));
const FacilitiesPage = lazyScreen(() =>
  import('../features/admin/facilities/FacilitiesPage').then((m) => m.FacilitiesPage),
);
const PlansPage = lazyScreen(() => import('../features/admin/plans/PlansPage').then((m) => m.PlansPage));
const QuestionnaireTemplatesPage = lazyScreen(() =>
  import('../features/admin/questionnaires/QuestionnaireTemplatesPage').then(
    (m) => m.QuestionnaireTemplatesPage,
  ),
);
const TokensPage = lazyScreen(() => import('../features/admin/tokens/TokensPage').then((m) => m.TokensPage));
const UsersPage = lazyScreen(() => import('../features/admin/users/UsersPage').then((m) => m.UsersPage));
const PatientPage = lazyScreen(() => import('../features/patients/PatientPage').then((m) => m.PatientPage));
const PatientsPage = lazyScreen(() =>
  import('../features/patients/PatientsPage').then((m) => m.PatientsPage),
);
const PrintPage = lazyScreen(() => import('../features/print/PrintPage').then((m) => m.PrintPage));
const ConsentPrintPage = lazyScreen(() =>
  import('../features/consents/print/ConsentPrintPage').then((m) => m.ConsentPrintPage),
);
const ConsentWalkPage = lazyScreen(() =>
  import('../features/consents/walk/ConsentWalkPage').then((m) => m.ConsentWalkPage),
);
const AftercarePrintPage = lazyScreen(() =>
  import('../features/prp/print/AftercarePrintPage').then((m) => m.AftercarePrintPage),
);
const PrpSessionPage = lazyScreen(() =>
  import('../features/prp/session/PrpSessionPage').then((m) => m.PrpSessionPage),
);
const SuppliesPage = lazyScreen(() =>
  import('../features/supplies/SuppliesPage').then((m) => m.SuppliesPage),
);
const LotDetailPage = lazyScreen(() =>
  import('../features/supplies/LotDetailPage').then((m) => m.LotDetailPage),
);
const RegisterPatientPage = lazyScreen(() =>
  import('../features/patients/registration/RegisterPatientPage').then((m) => m.RegisterPatientPage),
);

const SiteContentPage = lazyScreen(() =>
  import('../features/site/SiteContentPage').then((m) => m.SiteContentPage),
);
const InquiriesPage = lazyScreen(() => import('../features/site/InquiriesPage').then((m) => m.InquiriesPage));
const CommentsPage = lazyScreen(() => import('../features/site/CommentsPage').then((m) => m.CommentsPage));

const ADMIN_SCREENS: Record<AdminPageKey, () => ReactNode> = {
  users: () => <UsersPage />,
  tokens: () => <TokensPage />,
  facilities: () => <FacilitiesPage />,
  plans: () => <PlansPage />,
  questionnaires: () => <QuestionnaireTemplatesPage />,
  site: () => <SiteContentPage />,
  comments: () => <CommentsPage />,
  audit: () => <AuditPage />,
};

function RequirePermission({ page }: { page: (typeof ADMIN_PAGES)[number] }) {
  const { me } = useSession();
  return can(me, page.permission) ? ADMIN_SCREENS[page.key]() : <NoPermissionPage />;
}

/** The screens of each built module, below its slug. */
const MODULE_ROUTES: Partial<Record<ModuleKey, RouteObject[]>> = {
  inquiries: [{ index: true, element: <InquiriesPage /> }],
  patients: [
    { index: true, element: <PatientsPage /> },
    { path: 'new', element: <RegisterPatientPage /> },
    { path: ':patientId/print', element: <PrintPage /> },
    { path: ':patientId/consents/:consentId/print', element: <ConsentPrintPage /> },
    { path: ':patientId/prp-sessions/:sessionId/aftercare', element: <AftercarePrintPage /> },
    { path: ':patientId/:tab?', element: <PatientPage /> },
  ],
  supplies: [
    { index: true, element: <SuppliesPage /> },
    { path: 'lots/:lotId', element: <LotDetailPage /> },
    { path: ':tab', element: <SuppliesPage /> },
  ],
};

function RequireModulePermission({ permission }: { permission: Permission }) {
  const { me } = useSession();
  return can(me, permission) ? <Outlet /> : <NoPermissionPage />;
}

export const routes: RouteObject[] = [
  // The consent walk fills the tablet: no header or navigation to wander off through mid-consent.
  {
    path: '/patients/:patientId/consents/new',
    element: (
      <ScreenSuspense>
        <RequireModulePermission permission="consents:write" />
      </ScreenSuspense>
    ),
    children: [{ index: true, element: <ConsentWalkPage /> }],
  },
  // The PRP session at the chair fills the tablet too: one step per screen, big targets.
  {
    path: '/patients/:patientId/prp-sessions/:sessionId',
    element: (
      <ScreenSuspense>
        <RequireModulePermission permission="clinical:write" />
      </ScreenSuspense>
    ),
    children: [{ index: true, element: <PrpSessionPage /> }],
  },
  {
    path: '/',
    element: <AppLayout />,
    children: [
      {
        element: (
          <ScreenSuspense>
            <Outlet />
          </ScreenSuspense>
        ),
        children: screens(),
      },
    ],
  },
];

function screens(): RouteObject[] {
  return [
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
  ];
}
