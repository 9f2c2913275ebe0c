import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useChange } from '../../lib/api-hooks';
import { localProblem } from '../../lib/api-problem';
import { type Answer, api, type Body, data } from '../../lib/client';
import { setCsrfToken } from '../../lib/csrf';
import type { Me } from './session';

export const SETUP_KEY = ['setup'] as const;
export const ME_KEY = ['me'] as const;
const ME_STALE_MS = 60_000;

export type LoginBody = Body<'/api/v1/auth/login'>;
export type TotpEnrolmentAnswer = Answer<'/api/v1/auth/totp/enrol', 'post'>;

/** Whether the clinic still needs its first-run setup; asked once per page load. */
export function useSetupStatus() {
  return useQuery({
    queryKey: SETUP_KEY,
    queryFn: ({ signal }) => data(api.GET('/api/v1/setup', { signal })),
    staleTime: Number.POSITIVE_INFINITY,
  });
}

/**
 * The person signed in, or null when nobody is. Asked of /auth/session, which answers 200 either
 * way: /auth/me's 401 for a signed-out visitor showed as a console error on every load (issue 20).
 */
export function useMe(enabled: boolean) {
  return useQuery({
    queryKey: ME_KEY,
    queryFn: async ({ signal }): Promise<Me | null> => {
      const state = await data(api.GET('/api/v1/auth/session', { signal }));
      // The token sits inside `me` here, where the client does not pick it up by itself.
      setCsrfToken(state.me?.csrfToken ?? null);
      return state.me;
    },
    enabled,
    staleTime: ME_STALE_MS,
  });
}

/**
 * A browser drops a Secure session cookie set over plain HTTP from another machine (a clinic LAN
 * address, not localhost): sign-in seems to work and the next click ends "for inactivity". Asking
 * once whether the session came back tells it at sign-in, with what to do (issue 20).
 */
async function confirmSessionKept(): Promise<void> {
  const state = await data(api.GET('/api/v1/auth/session'));
  if (!state.signedIn) {
    throw localProblem(401, 'SESSION_NOT_KEPT', 'The browser did not keep the session cookie.');
  }
}

export function useSignIn(onSignedIn: (me: Me) => void) {
  return useMutation({
    mutationFn: async (body: LoginBody) => {
      const me = await data(api.POST('/api/v1/auth/login', { body }));
      await confirmSessionKept();
      return me;
    },
    onSuccess: onSignedIn,
  });
}

export function useSignOut() {
  return useMutation({ mutationFn: () => data(api.POST('/api/v1/auth/logout')) });
}

/** The language follows the person: saved to their account, and the new Me kept. */
export function useSaveLanguage() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (language: Me['language']) => data(api.PATCH('/api/v1/auth/me', { body: { language } })),
    onSuccess: (me) => queryClient.setQueryData(ME_KEY, me),
  });
}

export function useChangePassword() {
  return useMutation({
    mutationFn: (body: Body<'/api/v1/auth/password'>) => data(api.POST('/api/v1/auth/password', { body })),
  });
}

/**
 * Each start of enrolment issues a new secret, so it is asked for once and never refetched behind
 * the person's back.
 */
export function useTotpEnrolment() {
  return useQuery({
    queryKey: ['totp-enrolment'],
    queryFn: () => data(api.POST('/api/v1/auth/totp/enrol')),
    staleTime: Number.POSITIVE_INFINITY,
    gcTime: 0,
    retry: false,
    refetchOnWindowFocus: false,
    refetchOnReconnect: false,
  });
}

export function useConfirmTotp() {
  return useMutation({
    mutationFn: (code: string) => data(api.POST('/api/v1/auth/totp/confirm', { body: { code } })),
  });
}

/** Turns the second factor off, then asks again who is signed in (Me says whether it is on). */
export const useDisableTotp = () =>
  useChange([ME_KEY], (password: string) =>
    data(api.POST('/api/v1/auth/totp/disable', { body: { password } })),
  );

/** Work in another of one's facilities: the new Me is kept, and the screens of the old one cleared (AuthGate). */
export function useSwitchFacility() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (facilityId: string) =>
      data(api.POST('/api/v1/auth/session/facility', { body: { facilityId } })),
    onSuccess: (me) => queryClient.setQueryData(ME_KEY, me),
  });
}
