import { Alert, Card, Group, NumberInput, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../auth/session';
import { useStaff } from '../../consents/consents-api';
import type { FaceRegion, PrpSession, Technique } from '../prp-api';
import { FACE_REGIONS, FaceMap } from './FaceMap';
import { StepFrame } from './StepFrame';
import { instantOn, tokyoTime } from './time';
import { numberOrUndefined, useStep } from './use-step';

const TECHNIQUES: Technique[] = ['needle', 'cannula', 'needle_with_microneedling'];
type SiteForm = { volume: string | number; technique: Technique };

/** The injection: sites tapped on the face map, each with its volume and technique, by a physician. */
export function InjectionStep({
  session,
  onSaved,
}: {
  session: PrpSession;
  onSaved: (s: PrpSession) => void;
}) {
  const { t } = useTranslation();
  const { me } = useSession();
  const step = useStep(session, 'injection', onSaved);
  const saved = session.injection;
  const physicians = useStaff('physician');
  const [time, setTime] = useState(saved ? tokyoTime(new Date(saved.injectedAt)) : tokyoTime());
  const [injectedBy, setInjectedBy] = useState<string | null>(
    saved?.injectedBy ?? (me.roles.includes('physician') ? me.id : null),
  );
  const [sites, setSites] = useState<Partial<Record<FaceRegion, SiteForm>>>(
    Object.fromEntries(
      (saved?.sites ?? []).map((s) => [s.region, { volume: s.volumeMl, technique: s.technique }]),
    ),
  );
  const chosen = FACE_REGIONS.filter((region) => sites[region]);
  const toggle = (region: FaceRegion) =>
    setSites((all) => {
      const next = { ...all };
      if (next[region]) delete next[region];
      else next[region] = { volume: 0.5, technique: 'needle' };
      return next;
    });
  const change = (region: FaceRegion, patch: Partial<SiteForm>) =>
    setSites((all) => ({ ...all, [region]: { ...(all[region] as SiteForm), ...patch } }));

  const prepared = session.preparation?.prpVolumeMl ?? 0;
  const total =
    Math.round(chosen.reduce((sum, r) => sum + (numberOrUndefined(sites[r]?.volume ?? '') ?? 0), 0) * 100) /
    100;
  const drawnAt = session.draw ? new Date(session.draw.drawnAt) : null;
  const minutes = drawnAt
    ? Math.floor((new Date(instantOn(session.sessionOn, time)).getTime() - drawnAt.getTime()) / 60_000)
    : null;
  const limit = session.derived.drawToInjectionLimitMinutes;

  const onSave = () =>
    step.run({
      step: 'injection',
      body: {
        ...step.common(),
        injectedAt: instantOn(session.sessionOn, time),
        ...(injectedBy ? { injectedBy } : {}),
        sites: chosen.map((region) => ({
          region,
          volumeMl: numberOrUndefined(sites[region]?.volume ?? '') as number,
          technique: (sites[region] as SiteForm).technique,
        })),
      },
    });

  return (
    <StepFrame
      title={t('prp.steps.injection')}
      stamp={saved?.recorded ?? null}
      step={step}
      onSave={onSave}
      testId="step-injection"
    >
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput
          size="lg"
          type="time"
          label={t('prp.injection.time')}
          value={time}
          onChange={(e) => setTime(e.currentTarget.value)}
          data-testid="injection-time"
        />
        <Select
          size="lg"
          label={t('prp.injection.injectedBy')}
          data={(physicians.data ?? []).map((p) => ({ value: p.id, label: p.displayName }))}
          value={injectedBy}
          onChange={setInjectedBy}
          data-testid="injection-by"
        />
      </SimpleGrid>
      {minutes !== null &&
        (minutes > limit ? (
          <Alert color="orange" data-testid="injection-over-limit">
            {t('prp.injection.overLimit', { minutes, limit })}
          </Alert>
        ) : (
          <Text fz="sm" c="dimmed" data-testid="injection-minutes">
            {t('prp.injection.minutes', { minutes })}
          </Text>
        ))}
      <Text fz="sm" fw={500}>
        {t('prp.injection.map')}
      </Text>
      <FaceMap chosen={chosen} onToggle={toggle} />
      <Stack gap="xs">
        {chosen.map((region) => (
          <Card key={region} withBorder padding="sm" data-testid={`site-${region}`}>
            <Text fw={600} mb={4}>
              {t(`prp.regions.${region}`)}
            </Text>
            <SimpleGrid cols={2}>
              <NumberInput
                size="lg"
                label={t('prp.injection.volume')}
                value={sites[region]?.volume ?? ''}
                onChange={(value) => change(region, { volume: value })}
                min={0.1}
                max={20}
                step={0.1}
                decimalScale={2}
                data-testid={`site-${region}-volume`}
              />
              <Select
                size="lg"
                label={t('prp.injection.technique')}
                data={TECHNIQUES.map((tech) => ({
                  value: tech,
                  label: t(`prp.injection.techniques.${tech}`),
                }))}
                value={sites[region]?.technique ?? 'needle'}
                onChange={(value) => value && change(region, { technique: value as Technique })}
                allowDeselect={false}
                data-testid={`site-${region}-technique`}
              />
            </SimpleGrid>
          </Card>
        ))}
      </Stack>
      <Group>
        <Text fw={700} c={total > prepared ? 'red' : undefined} data-testid="injection-total">
          {t('prp.injection.total', { total, prepared })}
        </Text>
      </Group>
    </StepFrame>
  );
}
