import { Center, Loader } from '@mantine/core';
import { type ComponentType, lazy, type ReactNode, Suspense } from 'react';

/**
 * A screen whose code is fetched the first time it is shown, so the sign-in screen does not carry
 * every screen of the app (issue 20 item 16). `load` picks the named export out of its module.
 * Rendered below a ScreenSuspense boundary.
 */
export function lazyScreen<P extends object>(load: () => Promise<ComponentType<P>>) {
  return lazy(async () => ({ default: await load() }));
}

/** While a screen's code arrives on first load; later navigations keep the old screen meanwhile. */
export function ScreenSuspense({ children }: { children: ReactNode }) {
  return (
    <Suspense
      fallback={
        <Center py="xl" data-testid="screen-loading">
          <Loader size="sm" />
        </Center>
      }
    >
      {children}
    </Suspense>
  );
}
