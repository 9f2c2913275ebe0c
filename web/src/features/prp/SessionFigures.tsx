import { Badge, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PrpSession } from './prp-api';

/** What the server derived: PRP obtained and injected, the PAW class and factor, minutes from draw to injection. */
export function SessionFigures({ session }: { session: PrpSession }) {
  const { t } = useTranslation();
  const { derived, preparation } = session;
  return (
    <Group gap="xs" data-testid="session-figures">
      {preparation && (
        <Badge tt="none" variant="light">
          {t('prp.figures.prpVolume', { ml: preparation.prpVolumeMl })}
        </Badge>
      )}
      {derived.injectedTotalMl !== null && (
        <Badge tt="none" variant="light">
          {t('prp.figures.injected', { ml: derived.injectedTotalMl })}
        </Badge>
      )}
      {derived.pawClass && (
        <Badge tt="none" variant="light" color="grape" data-testid="session-paw">
          {t('prp.figures.paw', { paw: derived.pawClass })}
        </Badge>
      )}
      {derived.concentrationFactor !== null && (
        <Badge tt="none" variant="light" color="gray">
          {t('prp.figures.factor', { factor: derived.concentrationFactor })}
        </Badge>
      )}
      {derived.drawToInjectionMinutes !== null && (
        <Badge tt="none" variant="light" color={derived.drawToInjectionOverLimit ? 'orange' : 'gray'}>
          {t('prp.figures.minutes', { minutes: derived.drawToInjectionMinutes })}
        </Badge>
      )}
    </Group>
  );
}
