import { Group, NumberInput, SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { type AssessmentForm, type Entry, type MorphologyKey, morphologyEntered } from './assessment-form';
import { ScaleSection } from './ScaleSection';

interface MorphologyFieldsProps {
  form: AssessmentForm;
  onCount: (key: MorphologyKey, value: Entry) => void;
  errors: Record<string, string>;
}

const GROUPS: { key: 'atrophic' | 'raised'; types: MorphologyKey[] }[] = [
  { key: 'atrophic', types: ['icepick', 'boxcar', 'rolling'] },
  { key: 'raised', types: ['hypertrophic'] },
];

/** Scar counts by Jacob's morphology: depressed (icepick, boxcar, rolling) and raised. */
export function MorphologyFields({ form, onCount, errors }: MorphologyFieldsProps) {
  const { t } = useTranslation();
  return (
    <ScaleSection
      title={t('assessments.sections.morphology')}
      hint={t('assessments.hints.morphology')}
      entered={morphologyEntered(form)}
      testId="assess-morphology"
    >
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
        {GROUPS.map((group) => (
          <Stack key={group.key} gap={6}>
            <Text fz="sm" fw={700} c="clinic.8">
              {t(`scales.morphologyGroups.${group.key}`)}
            </Text>
            <Group gap="sm" align="flex-start">
              {group.types.map((type) => (
                <NumberInput
                  key={type}
                  label={t(`scales.morphology.${type}`)}
                  value={form.morphology[type]}
                  onChange={(value) => onCount(type, value === '' ? '' : Number(value))}
                  min={0}
                  allowNegative={false}
                  allowDecimal={false}
                  clampBehavior="none"
                  error={errors[`morphology.${type}`]}
                  w={150}
                  data-testid={`assess-morphology-${type}`}
                />
              ))}
            </Group>
          </Stack>
        ))}
      </SimpleGrid>
    </ScaleSection>
  );
}
