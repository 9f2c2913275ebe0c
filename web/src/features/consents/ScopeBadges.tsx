import { Badge, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { scopeStandings } from './consent-scopes';
import type { PatientConsent } from './consents-api';

/** What the consent holds: scopes in force as badges, withdrawn ones struck through, refused ones left out. */
export function ScopeBadges({ consent }: { consent: PatientConsent }) {
  const { t } = useTranslation();
  const shown = scopeStandings(consent).filter(({ standing }) => standing !== 'refused');
  return (
    <Group gap={6} data-testid="consent-scopes">
      {shown.map(({ scope, standing }) => {
        const withdrawn = standing === 'withdrawn';
        return (
          <Badge
            key={scope}
            variant={withdrawn ? 'outline' : 'light'}
            color={withdrawn ? 'gray' : 'clinic'}
            td={withdrawn ? 'line-through' : undefined}
            title={withdrawn ? t('consents.standing.withdrawn') : undefined}
            data-scope={scope}
            data-standing={standing}
          >
            {t(`consents.scopes.${scope}`)}
            {scope === 'cell_storage' && consent.cellStorageYears
              ? ` ${t('consents.storageYears', { years: consent.cellStorageYears })}`
              : ''}
          </Badge>
        );
      })}
    </Group>
  );
}
