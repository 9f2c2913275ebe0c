import { SegmentedControl } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { isLanguage, LANGUAGES, useLanguage } from '../i18n';

export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const language = useLanguage();

  return (
    <SegmentedControl
      size="xs"
      value={language}
      onChange={(value) => {
        if (isLanguage(value)) void i18n.changeLanguage(value);
      }}
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
