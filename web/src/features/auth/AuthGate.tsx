import { Button, Center, Loader, Stack, Text } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { type ReactNode, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { lazyScreen, ScreenSuspense } from '../../app/lazy-screen';
import { onApiProblem } from '../../lib/api-problem';
import { setCsrfToken } from '../../lib/csrf';
import { problemMessage } from '../../lib/problems';
import { TABLET_KEY } from '../questionnaires/tablet-key';
import { SetupPage } from '../setup/SetupPage';
import { AuthLayout } from './AuthLayout';
import { ME_KEY, SETUP_KEY, useMe, useSetupStatus, useSignOut } from './auth-api';
import { ChangePasswordForm } from './ChangePasswordForm';
import { type LoginNotice, LoginPage } from './LoginPage';
import { type Me, type Session, SessionContext } from './session';
import { TotpEnrolment } from './TotpEnrolment';
import { useIdleSessionCheck } from './useIdleSessionCheck';

// Only tablets handed to a patient load it.
const TabletScreen = lazyScreen(() =>
  import('../questionnaires/tablet/TabletScreen').then((m) => m.TabletScreen),
);

/**
 * Decides what the screen may show: first-run setup, sign-in, a step the server still requires
 * (two-factor enrolment, a new password), or the app. Whatever ends the session — sign-out, the
 * idle timeout noticed on any call — clears every cached answer so nothing of the last person's
 * work stays on screen.
 */
export function AuthGate({ children }: { children: ReactNode }) {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const [notice, setNotice] = useState<LoginNotice | null>(null);
  const [loginHint, setLoginHint] = useState('');
  // Once enrolment starts it stays on screen until the recovery codes are acknowledged, even if a
  // refetch of Me (window focus) already reports the second factor as set up.
  const [enrolling, setEnrolling] = useState(false);

  const setup = useSetupStatus();
  const me = useMe(setup.data?.needed === false);
  const { mutateAsync: signOutOnServer } = useSignOut();

  const endLocally = useCallback(
    (reason: LoginNotice) => {
      setCsrfToken(null);
      void queryClient.cancelQueries();
      queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== SETUP_KEY[0] });
      queryClient.setQueryData<Me | null>(ME_KEY, null);
      setNotice(reason);
    },
    [queryClient],
  );

  useEffect(
    () =>
      onApiProblem((problem) => {
        if (problem.code === 'UNAUTHENTICATED') {
          if (queryClient.getQueryData<Me | null>(ME_KEY)) endLocally('sessionEnded');
        } else if (
          problem.code === 'TOTP_ENROLMENT_REQUIRED' ||
          problem.code === 'PASSWORD_CHANGE_REQUIRED' ||
          problem.code === 'CSRF_TOKEN_INVALID' ||
          // The session was handed to a patient (another tab, or this one before a reload): show the tablet.
          problem.code === 'PATIENT_MODE'
        ) {
          void queryClient.invalidateQueries({ queryKey: ME_KEY });
        }
      }),
    [queryClient, endLocally],
  );

  // The person's own language follows them from one computer to the next. Applied when Me brings
  // a new one, not on every render: react-i18next hands out a new `i18n` after each change, and a
  // choice just made on the switch must not be undone while its save is on the way.
  const language = me.data?.language;
  const appliedLanguage = useRef<string | undefined>(undefined);
  useEffect(() => {
    if (language === appliedLanguage.current) return;
    appliedLanguage.current = language;
    if (language && language !== i18n.resolvedLanguage) void i18n.changeLanguage(language);
  }, [language, i18n]);

  const signedIn = me.data ?? null;
  // Someone else signed in from another tab of this browser: nothing cached for the previous
  // person may be shown to the new one.
  // Nor anything of the facility one worked in before switching to another, nor, on a tablet
  // handed to a patient, anything of the staff's screens (and back).
  const signedInId = signedIn
    ? `${signedIn.id}@${signedIn.facilityId ?? ''}@${signedIn.patientMode?.questionnaireId ?? ''}`
    : null;
  const shownFor = useRef<string | null>(null);
  useEffect(() => {
    if (signedInId === null) return;
    if (shownFor.current !== null && shownFor.current !== signedInId) {
      const keep: readonly unknown[] = [SETUP_KEY[0], ME_KEY[0], TABLET_KEY[0]];
      queryClient.removeQueries({ predicate: (query) => !keep.includes(query.queryKey[0]) });
    }
    shownFor.current = signedInId;
  }, [signedInId, queryClient]);
  if (signedIn?.pending === 'totp_enrolment' && !enrolling) setEnrolling(true);
  if (!signedIn && enrolling) setEnrolling(false);
  useIdleSessionCheck(signedIn !== null, () => void queryClient.invalidateQueries({ queryKey: ME_KEY }));

  const session = useMemo<Session | null>(() => {
    if (!signedIn) return null;
    return {
      me: signedIn,
      signOut: async () => {
        try {
          await signOutOnServer();
        } catch {
          // The screen is cleared regardless: leaving someone's work on it is the worse failure.
        }
        endLocally('signedOut');
      },
      refresh: () => queryClient.invalidateQueries({ queryKey: ME_KEY }),
    };
  }, [signedIn, endLocally, queryClient, signOutOnServer]);

  if (setup.isPending || (setup.data?.needed === false && me.isPending)) {
    return (
      <Center h="100vh" data-testid="auth-loading">
        <Loader aria-label={t('gate.loading')} />
      </Center>
    );
  }

  // Only when there is nothing to show: a failed background refetch keeps the screen as it is.
  const failed = (!setup.data && setup.error) || (me.data === undefined && me.error) || null;
  if (failed) {
    return (
      <AuthLayout>
        <Stack gap="sm" data-testid="auth-unreachable">
          <Text fw={600}>{t('gate.unreachable')}</Text>
          <Text fz="sm" c="dimmed">
            {problemMessage(t, failed)}
          </Text>
          <Button
            variant="light"
            onClick={() => void (setup.error ? setup.refetch() : me.refetch())}
            data-testid="auth-retry"
          >
            {t('common.retry')}
          </Button>
        </Stack>
      </AuthLayout>
    );
  }

  if (setup.data?.needed) {
    return (
      <SetupPage
        onDone={(adminLogin) => {
          setLoginHint(adminLogin);
          setNotice('setupDone');
          queryClient.setQueryData(SETUP_KEY, { needed: false });
        }}
        onAlreadyDone={() => {
          setNotice('setupAlreadyDone');
          queryClient.setQueryData(SETUP_KEY, { needed: false });
        }}
      />
    );
  }

  if (!session) {
    return (
      <LoginPage
        notice={notice}
        initialLogin={loginHint}
        onSignedIn={(signedInMe) => {
          setNotice(null);
          queryClient.setQueryData(ME_KEY, signedInMe);
        }}
      />
    );
  }

  if (enrolling) {
    return (
      <AuthLayout width={560} onSignOut={session.signOut} signedInAs={session.me.displayName}>
        <TotpEnrolment
          required
          login={session.me.login}
          onDone={async () => {
            await session.refresh();
            setEnrolling(false);
          }}
        />
      </AuthLayout>
    );
  }

  if (session.me.pending === 'password_change') {
    return (
      <AuthLayout width={480} onSignOut={session.signOut} signedInAs={session.me.displayName}>
        <ChangePasswordForm mode="required" login={session.me.login} onDone={session.refresh} />
      </AuthLayout>
    );
  }

  if (session.me.patientMode) {
    return (
      <ScreenSuspense>
        <TabletScreen />
      </ScreenSuspense>
    );
  }

  return <SessionContext.Provider value={session}>{children}</SessionContext.Provider>;
}
