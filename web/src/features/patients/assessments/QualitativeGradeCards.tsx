import { Button, Group, Radio, SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { type AssessmentForm, QUALITATIVE_GRADES } from './assessment-form';
import { ScaleSection } from './ScaleSection';

interface QualitativeGradeCardsProps {
  value: AssessmentForm['qualitative'];
  onChange: (value: AssessmentForm['qualitative']) => void;
  error?: string | undefined;
}

/** Goodman & Baron's four global grades as cards with their definitions, one to pick. */
export function QualitativeGradeCards({ value, onChange, error }: QualitativeGradeCardsProps) {
  const { t } = useTranslation();
  return (
    <ScaleSection
      title={t('assessments.sections.qualitative')}
      hint={t('assessments.hints.qualitative')}
      entered={value !== null}
      testId="assess-qualitative"
      action={
        value !== null && (
          <Button size="compact-xs" variant="subtle" onClick={() => onChange(null)}>
            {t('assessments.clear')}
          </Button>
        )
      }
    >
      <Radio.Group
        value={value === null ? null : String(value)}
        onChange={(v) => onChange(Number(v) as 1 | 2 | 3 | 4)}
        error={error}
      >
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }} spacing="sm">
          {QUALITATIVE_GRADES.map((grade) => (
            <Radio.Card
              key={grade.grade}
              value={String(grade.grade)}
              p="sm"
              radius="md"
              data-testid={`assess-qualitative-${grade.grade}`}
              style={{ height: '100%' }}
            >
              <Group wrap="nowrap" align="flex-start" gap="sm">
                <Radio.Indicator mt={2} />
                <Stack gap={2}>
                  <Text fw={700} fz="sm">
                    {grade.grade}. {t(`scales.qualitative.${grade.key}.name`)}
                  </Text>
                  <Text fz="xs" c="dimmed">
                    {t(`scales.qualitative.${grade.key}.description`)}
                  </Text>
                </Stack>
              </Group>
            </Radio.Card>
          ))}
        </SimpleGrid>
      </Radio.Group>
    </ScaleSection>
  );
}
