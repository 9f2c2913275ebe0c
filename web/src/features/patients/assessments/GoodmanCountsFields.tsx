import { Group, NumberInput, SimpleGrid, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import {
  type AssessmentForm,
  type Entry,
  GOODMAN_COUNTED_LESIONS,
  GOODMAN_GROUPS,
  goodmanEntered,
  type LesionKey,
} from './assessment-form';
import { ScaleSection } from './ScaleSection';

interface GoodmanCountsFieldsProps {
  form: AssessmentForm;
  onCount: (key: LesionKey, value: Entry) => void;
  onArea: (value: Entry) => void;
  /** Server errors by path (`goodmanQuantitative.counts.papular`). */
  errors: Record<string, string>;
}

const entryOf = (value: string | number): Entry => (value === '' ? '' : Number(value));

/** A label, its input, and the server's message about it on a line of its own (the input is narrow). */
function CountRow({
  label,
  error,
  children,
}: {
  label: string;
  error?: string | undefined;
  children: ReactNode;
}) {
  return (
    <Stack gap={2}>
      <Group justify="space-between" wrap="nowrap" gap="sm" align="center">
        <Text fz="sm">{label}</Text>
        {children}
      </Group>
      {error && (
        <Text fz="xs" c="red.8" ta="right" role="alert">
          {error}
        </Text>
      )}
    </Stack>
  );
}

/** Counts per lesion type, grouped A to D as the published table is, and the keloid area. */
export function GoodmanCountsFields({ form, onCount, onArea, errors }: GoodmanCountsFieldsProps) {
  const { t } = useTranslation();
  return (
    <ScaleSection
      title={t('assessments.sections.quantitative')}
      hint={t('assessments.hints.quantitative')}
      entered={goodmanEntered(form)}
      testId="assess-quantitative"
    >
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg" verticalSpacing="md">
        {GOODMAN_GROUPS.map((group) => (
          <Stack key={group} gap={6}>
            <Text fz="sm" fw={700} c="clinic.8">
              {t(`scales.groups.${group}`)}
            </Text>
            {GOODMAN_COUNTED_LESIONS.filter((row) => row.group === group).map((row) => (
              <CountRow
                key={row.key}
                label={t(`scales.lesions.${row.key}`)}
                error={errors[`goodmanQuantitative.counts.${row.key}`]}
              >
                <NumberInput
                  aria-label={t(`scales.lesions.${row.key}`)}
                  value={form.counts[row.key]}
                  onChange={(value) => onCount(row.key, entryOf(value))}
                  placeholder="0"
                  min={0}
                  allowNegative={false}
                  allowDecimal={false}
                  clampBehavior="none"
                  w={96}
                  miw={96}
                  error={Boolean(errors[`goodmanQuantitative.counts.${row.key}`])}
                  data-testid={`assess-count-${row.key}`}
                />
              </CountRow>
            ))}
            {group === 'D' && (
              <Stack gap={2}>
                <CountRow
                  label={t('scales.keloidArea')}
                  error={errors['goodmanQuantitative.hypertrophicKeloidAreaCm2']}
                >
                  <NumberInput
                    aria-label={t('scales.keloidArea')}
                    value={form.keloidAreaCm2}
                    onChange={(value) => onArea(entryOf(value))}
                    placeholder="0"
                    min={0}
                    allowNegative={false}
                    decimalScale={2}
                    clampBehavior="none"
                    w={96}
                    miw={96}
                    error={Boolean(errors['goodmanQuantitative.hypertrophicKeloidAreaCm2'])}
                    data-testid="assess-keloid-area"
                  />
                </CountRow>
                <Text fz="xs" c="dimmed">
                  {t('assessments.hints.area')}
                </Text>
              </Stack>
            )}
          </Stack>
        ))}
      </SimpleGrid>
    </ScaleSection>
  );
}
