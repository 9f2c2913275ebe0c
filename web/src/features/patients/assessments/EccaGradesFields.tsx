import { Button, Group, Input, SegmentedControl, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import {
  type AssessmentForm,
  ECCA_GRADES,
  ECCA_TYPES,
  type EccaGrade,
  type EccaKey,
  eccaEntered,
} from './assessment-form';
import { ScaleSection } from './ScaleSection';

interface EccaGradesFieldsProps {
  form: AssessmentForm;
  onGrade: (key: EccaKey, grade: EccaGrade | null) => void;
  errors: Record<string, string>;
}

/** ECCA: for each of the six types, a count grade 0–3, with what each grade means. */
export function EccaGradesFields({ form, onGrade, errors }: EccaGradesFieldsProps) {
  const { t } = useTranslation();
  const entered = eccaEntered(form);
  return (
    <ScaleSection
      title={t('assessments.sections.ecca')}
      hint={t('assessments.hints.ecca')}
      entered={entered}
      testId="assess-ecca"
      action={
        entered && (
          <Button
            size="compact-xs"
            variant="subtle"
            onClick={() => {
              for (const row of ECCA_TYPES) onGrade(row.key, null);
            }}
          >
            {t('assessments.clear')}
          </Button>
        )
      }
    >
      <Stack gap="xs">
        {ECCA_TYPES.map((row) => {
          const grade = form.ecca[row.key];
          return (
            <Input.Wrapper key={row.key} error={errors[`ecca.grades.${row.key}`]}>
              <Group justify="space-between" gap="xs" wrap="wrap">
                <Text fz="sm">
                  {t(`scales.ecca.${row.key}`)}
                  <Text span fz="xs" c="dimmed" ml={6}>
                    ×{row.weight}
                  </Text>
                </Text>
                <SegmentedControl
                  size="sm"
                  value={grade === null ? '' : String(grade)}
                  onChange={(value) => onGrade(row.key, Number(value) as EccaGrade)}
                  color={grade !== null && grade > 0 ? 'clinic' : 'gray'}
                  data={ECCA_GRADES.map((g) => ({
                    value: String(g),
                    label: (
                      <span data-testid={`assess-ecca-${row.key}-${g}`} style={{ whiteSpace: 'nowrap' }}>
                        <Text span fw={800} fz="sm">
                          {g}
                        </Text>
                        <Text span fz="xs" fw={500} ml={6} opacity={0.85}>
                          {t(`scales.eccaGrades.g${g}`)}
                        </Text>
                      </span>
                    ),
                  }))}
                  aria-label={t(`scales.ecca.${row.key}`)}
                  data-testid={`assess-ecca-${row.key}`}
                />
              </Group>
            </Input.Wrapper>
          );
        })}
      </Stack>
    </ScaleSection>
  );
}
