import { SegmentedControl } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { useSaveLanguage } from '../features/auth/auth-api';
import { useOptionalSession } from '../features/auth/session';
import { isLanguage, LANGUAGES, useLanguage } from '../i18n';
import { problemMessage } from '../lib/problems';

/**
 * Signed in, the choice is saved to the person's account so it follows them; signed out (or on a
 * step the server still requires) it is kept in this browser only.
 */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const language = useLanguage();
  const session = useOptionalSession();
  const save = useSaveLanguage();

  const choose = (value: string) => {
    if (!isLanguage(value)) return;
    void i18n.changeLanguage(value);
    if (!session || session.me.pending) return;
    save.mutate(value, {
      onError: (error) =>
        notifications.show({
          color: 'red',
          title: t('shell.languageNotSaved'),
          message: problemMessage(t, error),
        }),
    });
  };

  return (
    <SegmentedControl
      size="xs"
      value={language}
      onChange={choose}
      aria-label={t('shell.language')}
      data-testid="lang-switch"
      data={LANGUAGES.map(({ code, nativeName }) => ({
        value: code,
        label: (
          <span lang={code} data-testid={`lang-${code}`}>
            {nativeName}
          </span>
        ),
      }))}
    />
  );
}
