import { MantineProvider } from '@mantine/core';
import { DatesProvider } from '@mantine/dates';
import 'dayjs/locale/ja';
import { Notifications } from '@mantine/notifications';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { createBrowserRouter, RouterProvider } from 'react-router';
import { AuthGate } from '../features/auth/AuthGate';
import { useLanguage } from '../i18n';
import { ApiProblem } from '../lib/api-problem';
import { routes } from './routes';
import { cssVariablesResolver, theme } from './theme';

const MAX_RETRIES = 2;

const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      staleTime: 30_000,
      // A 4xx answer will not change by asking again; a network blip or a 5xx might.
      retry: (failureCount, error) =>
        failureCount < MAX_RETRIES &&
        !(error instanceof ApiProblem && error.status >= 400 && error.status < 500),
    },
  },
});

// Vite's `base` (/app/): every screen's address starts there, the public site owns the rest.
const router = createBrowserRouter(routes, { basename: import.meta.env.BASE_URL.replace(/\/$/, '') });

export function App() {
  // Calendars and date boxes follow the app's language, never the browser's (issue 20); weeks
  // start on Sunday as Japanese calendars print them.
  const language = useLanguage();
  return (
    <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver} defaultColorScheme="light">
      <DatesProvider settings={{ locale: language, firstDayOfWeek: 0 }}>
        {/* Bottom right: at the top they would cover the sign-out button and the page actions. */}
        <Notifications position="bottom-right" />
        <QueryClientProvider client={queryClient}>
          <AuthGate>
            <RouterProvider router={router} />
          </AuthGate>
        </QueryClientProvider>
      </DatesProvider>
    </MantineProvider>
  );
}
