import {
  Button,
  Card,
  Group,
  NumberInput,
  SegmentedControl,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PrpSession } from '../prp-api';
import { StepFrame } from './StepFrame';
import { numberOrUndefined, useStep } from './use-step';

type SpinForm = {
  as: 'rpm' | 'rcfG';
  speed: string | number;
  minutes: string | number;
  temperature: string | number;
};

const SOFT: SpinForm = { as: 'rcfG', speed: 300, minutes: 10, temperature: '' };
const HARD: SpinForm = { as: 'rcfG', speed: 700, minutes: 15, temperature: '' };

/** Centrifugation: the device, its rotor radius and one or two spins, each at rpm or g (the server computes the other). */
export function SpinStep({ session, onSaved }: { session: PrpSession; onSaved: (s: PrpSession) => void }) {
  const { t } = useTranslation();
  const step = useStep(session, 'centrifugation', onSaved);
  const saved = session.centrifugation;
  const [device, setDevice] = useState(saved?.device ?? '');
  const [radius, setRadius] = useState<string | number>(saved?.rotorRadiusCm ?? 10);
  const [spins, setSpins] = useState<SpinForm[]>(
    saved?.spins.map((s) => ({
      as: s.entered,
      speed: s.entered === 'rpm' ? s.rpm : s.rcfG,
      minutes: s.minutes,
      temperature: s.temperatureC ?? '',
    })) ?? [SOFT],
  );
  const change = (index: number, patch: Partial<SpinForm>) =>
    setSpins((all) => all.map((spin, i) => (i === index ? { ...spin, ...patch } : spin)));

  const onSave = () =>
    step.run({
      step: 'centrifugation',
      body: {
        ...step.common(),
        device: device.trim(),
        rotorRadiusCm: numberOrUndefined(radius) as number,
        spins: spins.map((spin) => ({
          [spin.as]: numberOrUndefined(spin.speed),
          minutes: numberOrUndefined(spin.minutes) as number,
          temperatureC: numberOrUndefined(spin.temperature) ?? null,
        })),
      },
    });

  return (
    <StepFrame
      title={t('prp.steps.centrifugation')}
      stamp={saved?.recorded ?? null}
      step={step}
      onSave={onSave}
      testId="step-centrifugation"
    >
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput
          size="lg"
          label={t('prp.spin.device')}
          value={device}
          onChange={(e) => setDevice(e.currentTarget.value)}
          data-testid="spin-device"
        />
        <NumberInput
          size="lg"
          label={t('prp.spin.radius')}
          value={radius}
          onChange={setRadius}
          min={1}
          max={50}
          decimalScale={1}
          data-testid="spin-radius"
        />
      </SimpleGrid>
      {spins.map((spin, index) => {
        const computed = saved?.spins[index];
        return (
          // biome-ignore lint/suspicious/noArrayIndexKey: a spin is its place in the order (first, second).
          <Card key={index} withBorder data-testid={`spin-${index + 1}`}>
            <Stack gap="sm">
              <Text fw={600}>{t('prp.spin.spinN', { n: index + 1 })}</Text>
              <SegmentedControl
                size="md"
                fullWidth
                value={spin.as}
                onChange={(value) => change(index, { as: value as SpinForm['as'] })}
                data={[
                  { value: 'rcfG', label: t('prp.spin.g') },
                  { value: 'rpm', label: t('prp.spin.rpm') },
                ]}
                aria-label={t('prp.spin.speedAs')}
              />
              <SimpleGrid cols={3}>
                <NumberInput
                  size="lg"
                  label={t('prp.spin.speed')}
                  value={spin.speed}
                  onChange={(v) => change(index, { speed: v })}
                  min={1}
                  data-testid={`spin-${index + 1}-speed`}
                />
                <NumberInput
                  size="lg"
                  label={t('prp.spin.minutes')}
                  value={spin.minutes}
                  onChange={(v) => change(index, { minutes: v })}
                  min={1}
                  max={60}
                  data-testid={`spin-${index + 1}-minutes`}
                />
                <NumberInput
                  size="lg"
                  label={t('prp.spin.temperature')}
                  value={spin.temperature}
                  onChange={(v) => change(index, { temperature: v })}
                  min={0}
                  max={40}
                />
              </SimpleGrid>
              {computed && (
                <Text fz="sm" c="dimmed" data-testid={`spin-${index + 1}-computed`}>
                  {computed.entered === 'rpm'
                    ? t('prp.spin.computedG', { g: computed.rcfG })
                    : t('prp.spin.computedRpm', { rpm: computed.rpm })}
                </Text>
              )}
            </Stack>
          </Card>
        );
      })}
      <Group>
        {spins.length === 1 ? (
          <Button
            variant="light"
            size="md"
            onClick={() => setSpins((all) => [...all, HARD])}
            data-testid="spin-add"
          >
            {t('prp.spin.addSpin')}
          </Button>
        ) : (
          <Button variant="subtle" color="red" size="md" onClick={() => setSpins((all) => all.slice(0, 1))}>
            {t('prp.spin.removeSpin')}
          </Button>
        )}
      </Group>
    </StepFrame>
  );
}
