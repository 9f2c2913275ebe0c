import { Group, NumberInput, SegmentedControl, SimpleGrid, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Activation, PrpSession } from '../prp-api';
import { StepFrame } from './StepFrame';
import { numberOrUndefined, useStep } from './use-step';

const ACTIVATIONS: Activation[] = ['none', 'calcium_chloride', 'thrombin'];
const CELLS = ['plateletsPerUl', 'leukocytesPerUl', 'neutrophilsPerUl'] as const;
type Cell = (typeof CELLS)[number];
type Counts = Record<Cell, string | number>;
const LABELS: Record<
  Cell,
  'prp.preparation.platelets' | 'prp.preparation.leukocytes' | 'prp.preparation.neutrophils'
> = {
  plateletsPerUl: 'prp.preparation.platelets',
  leukocytesPerUl: 'prp.preparation.leukocytes',
  neutrophilsPerUl: 'prp.preparation.neutrophils',
};

const formOf = (counts: Partial<Record<Cell, number | null>> | null | undefined): Counts => ({
  plateletsPerUl: counts?.plateletsPerUl ?? '',
  leukocytesPerUl: counts?.leukocytesPerUl ?? '',
  neutrophilsPerUl: counts?.neutrophilsPerUl ?? '',
});
const bodyOf = (counts: Counts) => {
  const out = Object.fromEntries(CELLS.map((cell) => [cell, numberOrUndefined(counts[cell]) ?? null]));
  return Object.values(out).every((v) => v === null) ? null : out;
};

/** The PRP obtained, the optional counts (the server derives the factor and the PAW class) and the activation. */
export function PreparationStep({
  session,
  onSaved,
}: {
  session: PrpSession;
  onSaved: (s: PrpSession) => void;
}) {
  const { t } = useTranslation();
  const step = useStep(session, 'preparation', onSaved);
  const saved = session.preparation;
  const [volume, setVolume] = useState<string | number>(saved?.prpVolumeMl ?? '');
  const [activation, setActivation] = useState<Activation>(saved?.activation ?? 'none');
  const [wholeBlood, setWholeBlood] = useState(formOf(saved?.wholeBlood));
  const [prp, setPrp] = useState(formOf(saved?.prp));

  const onSave = () =>
    step.run({
      step: 'preparation',
      body: {
        ...step.common(),
        prpVolumeMl: numberOrUndefined(volume) as number,
        activation,
        wholeBlood: bodyOf(wholeBlood),
        prp: bodyOf(prp),
      },
    });

  const column = (title: string, counts: Counts, set: (c: Counts) => void, id: string) => (
    <Stack gap="xs">
      <Text fw={600}>{title}</Text>
      {CELLS.map((cell) => (
        <NumberInput
          key={cell}
          size="lg"
          label={t(LABELS[cell])}
          value={counts[cell]}
          onChange={(value) => set({ ...counts, [cell]: value })}
          min={0}
          thousandSeparator=","
          data-testid={`count-${id}-${cell}`}
        />
      ))}
    </Stack>
  );

  return (
    <StepFrame
      title={t('prp.steps.preparation')}
      stamp={saved?.recorded ?? null}
      step={step}
      onSave={onSave}
      testId="step-preparation"
    >
      <NumberInput
        size="lg"
        label={t('prp.preparation.volume')}
        value={volume}
        onChange={setVolume}
        min={0.1}
        max={100}
        decimalScale={1}
        data-testid="prp-volume"
      />
      <Stack gap={4}>
        <Text fz="sm" fw={500}>
          {t('prp.preparation.activation')}
        </Text>
        <SegmentedControl
          size="lg"
          fullWidth
          value={activation}
          onChange={(value) => setActivation(value as Activation)}
          data={ACTIVATIONS.map((a) => ({ value: a, label: t(`prp.preparation.activations.${a}`) }))}
          data-testid="prp-activation"
        />
      </Stack>
      <Text fz="sm" c="dimmed">
        {t('prp.preparation.counts')}
      </Text>
      <SimpleGrid cols={2}>
        {column(t('prp.preparation.wholeBlood'), wholeBlood, setWholeBlood, 'blood')}
        {column(t('prp.preparation.prp'), prp, setPrp, 'prp')}
      </SimpleGrid>
      {(session.derived.pawClass || session.derived.concentrationFactor) && (
        <Group gap="lg" data-testid="prp-derived">
          {session.derived.pawClass && (
            <Text fw={700}>{t('prp.figures.paw', { paw: session.derived.pawClass })}</Text>
          )}
          {session.derived.concentrationFactor !== null && (
            <Text>{t('prp.figures.factor', { factor: session.derived.concentrationFactor })}</Text>
          )}
        </Group>
      )}
    </StepFrame>
  );
}
