import type { RouteObject } from 'react-router';
import { HomePage } from '../features/home/HomePage';
import { ComingSoonPage } from '../features/shell/ComingSoonPage';
import { NotFoundPage } from '../features/shell/NotFoundPage';
import { AppLayout } from './AppLayout';
import { MODULES } from './modules';

export const routes: RouteObject[] = [
  {
    path: '/',
    element: <AppLayout />,
    children: [
      { index: true, element: <HomePage /> },
      ...MODULES.map((module) => ({
        path: `${module.slug}/*`,
        element: <ComingSoonPage module={module.key} />,
      })),
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];
