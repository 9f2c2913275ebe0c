import { Input, SimpleGrid, Slider, Switch } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { type AssessmentForm, RATING_MAX } from './assessment-form';
import { ScaleSection } from './ScaleSection';

interface PatientRatingFieldsProps {
  rating: AssessmentForm['rating'];
  onChange: (rating: AssessmentForm['rating']) => void;
  errors: Record<string, string>;
}

const MIDDLE = RATING_MAX / 2;
const MARKS = Array.from({ length: RATING_MAX + 1 }, (_, value) => ({ value, label: String(value) }));

/**
 * The patient's own view beside the physician's: satisfaction and how much the scars bother
 * them, 0–10. Switched on deliberately, so an untouched slider is never saved as an answer.
 */
export function PatientRatingFields({ rating, onChange, errors }: PatientRatingFieldsProps) {
  const { t } = useTranslation();
  const slider = (key: 'satisfaction' | 'bother', ends: string) => (
    <Input.Wrapper label={t(`assessments.${key}`)} description={ends} error={errors[`patientRating.${key}`]}>
      <Slider
        mt="sm"
        mb="lg"
        min={0}
        max={RATING_MAX}
        step={1}
        marks={MARKS}
        value={rating?.[key] ?? MIDDLE}
        onChange={(value) => onChange({ satisfaction: MIDDLE, bother: MIDDLE, ...rating, [key]: value })}
        disabled={rating === null}
        label={(value) => value}
        thumbLabel={t(`assessments.${key}`)}
        data-testid={`assess-${key}`}
      />
    </Input.Wrapper>
  );

  return (
    <ScaleSection
      title={t('assessments.sections.rating')}
      hint={t('assessments.hints.rating')}
      entered={rating !== null}
      testId="assess-rating"
    >
      <Switch
        label={t('assessments.ratingToggle')}
        checked={rating !== null}
        onChange={(event) =>
          onChange(event.currentTarget.checked ? { satisfaction: MIDDLE, bother: MIDDLE } : null)
        }
        mb="sm"
        data-testid="assess-rating-toggle"
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xl">
        {slider('satisfaction', t('assessments.satisfactionEnds'))}
        {slider('bother', t('assessments.botherEnds'))}
      </SimpleGrid>
    </ScaleSection>
  );
}
