import {
  Fieldset,
  Group,
  Input,
  SegmentedControl,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { DayInput } from '../../../lib/DayInput';
import { typedTime } from '../../../lib/digits';
import { RecordDayInput } from '../records/RecordDayInput';
import {
  ANSWERS,
  type Answer,
  type ConsultationField,
  type ConsultationForm,
  PREGNANCY_STATUSES,
  SCREENING_QUESTIONS,
  TREATMENT_PLANS,
} from './consultation-form';

interface ConsultationFieldsProps {
  form: ConsultationForm;
  onChange: <F extends ConsultationField>(field: F, value: ConsultationForm[F]) => void;
  errors: Partial<Record<ConsultationField, string>>;
  today: string;
  /** Who the physician is, as a line of text (never an id). */
  physician: ReactNode;
}

const SCREENING_TEST_IDS: Record<(typeof SCREENING_QUESTIONS)[number], string> = {
  isotretinoinWithin6Months: 'cons-isotretinoin',
  keloidTendency: 'cons-keloid',
  anticoagulants: 'cons-anticoagulants',
};

/** The consultation as the physician writes it: history, screening, findings and the plan. */
export function ConsultationFields({ form, onChange, errors, today, physician }: ConsultationFieldsProps) {
  const { t } = useTranslation();
  const area = (
    field: 'chiefComplaint' | 'acneHistory' | 'priorTreatments' | 'findings' | 'planNotes',
    testId: string,
  ) => ({
    label: t(`consultations.fields.${field}`),
    value: form[field],
    onChange: (event: { currentTarget: { value: string } }) => onChange(field, event.currentTarget.value),
    error: errors[field],
    autosize: true,
    minRows: 2,
    maxRows: 8,
    'data-testid': testId,
  });

  return (
    <Stack gap="md">
      <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
        <RecordDayInput
          label={t('consultations.fields.consultedOn')}
          value={form.consultedOn}
          today={today}
          onChange={(day) => onChange('consultedOn', day)}
          error={errors.consultedOn}
          testId="cons-date"
        />
        <Input.Wrapper label={t('consultations.fields.physician')}>
          <Text fz="sm" mt={6} data-testid="cons-physician">
            {physician}
          </Text>
        </Input.Wrapper>
      </SimpleGrid>

      <Textarea
        {...area('chiefComplaint', 'cons-complaint')}
        required
        placeholder={t('consultations.hints.chiefComplaint')}
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <Textarea {...area('acneHistory', 'cons-acne-history')} />
        <Textarea {...area('priorTreatments', 'cons-prior-treatments')} />
      </SimpleGrid>

      <Fieldset legend={t('consultations.fields.screening')}>
        <Stack gap="xs">
          {SCREENING_QUESTIONS.map((question) => (
            <Group key={question} justify="space-between" gap="xs" wrap="wrap">
              <Text fz="sm">{t(`consultations.fields.${question}`)}</Text>
              <SegmentedControl<Answer>
                size="sm"
                value={form[question]}
                onChange={(value) => onChange(question, value)}
                color={form[question] === 'yes' ? 'orange' : undefined}
                data={ANSWERS.map((answer) => ({
                  value: answer,
                  label: (
                    <span data-testid={`${SCREENING_TEST_IDS[question]}-${answer}`}>
                      {t(`consultations.answers.${answer}`)}
                    </span>
                  ),
                }))}
                aria-label={t(`consultations.fields.${question}`)}
              />
            </Group>
          ))}
          <Group justify="space-between" gap="xs" wrap="wrap">
            <Text fz="sm">{t('consultations.fields.pregnancy')}</Text>
            <SegmentedControl
              size="sm"
              value={form.pregnancy}
              onChange={(value) => onChange('pregnancy', value as ConsultationForm['pregnancy'])}
              color={form.pregnancy === 'yes' || form.pregnancy === 'possible' ? 'orange' : undefined}
              data={[...PREGNANCY_STATUSES, 'unknown' as const].map((status) => ({
                value: status,
                label: (
                  <span data-testid={`cons-pregnancy-${status}`}>
                    {t(`consultations.pregnancy.${status}`)}
                  </span>
                ),
              }))}
              aria-label={t('consultations.fields.pregnancy')}
            />
          </Group>
        </Stack>
      </Fieldset>

      <Textarea {...area('findings', 'cons-findings')} />

      <Input.Wrapper label={t('consultations.fields.plan')} required error={errors.plan}>
        <SegmentedControl
          fullWidth
          mt={4}
          value={form.plan}
          onChange={(value) => onChange('plan', value as ConsultationForm['plan'])}
          data={TREATMENT_PLANS.map((plan) => ({
            value: plan,
            label: <span data-testid={`cons-plan-${plan}`}>{t(`consultations.plans.${plan}`)}</span>,
          }))}
          data-testid="cons-plan"
        />
      </Input.Wrapper>
      <Textarea {...area('planNotes', 'cons-plan-notes')} />

      <Input.Wrapper
        label={t('consultations.fields.nextAppointment')}
        description={t('consultations.hints.nextAppointment')}
      >
        <Group gap="sm" mt={4} align="flex-start">
          <DayInput
            aria-label={t('consultations.fields.nextDate')}
            value={form.nextDate}
            minDate={form.consultedOn}
            onChange={(day) => onChange('nextDate', day)}
            error={errors.nextDate}
            clearable
            w={180}
            testId="cons-next-date"
          />
          {/* Text, not type=time: an English browser would show 02:30 PM (issue 20). */}
          <TextInput
            aria-label={t('consultations.fields.nextTime')}
            placeholder="14:30"
            inputMode="numeric"
            value={form.nextTime}
            onChange={(event) => onChange('nextTime', typedTime(event.currentTarget.value))}
            error={errors.nextTime}
            w={130}
            data-testid="cons-next-time"
          />
        </Group>
      </Input.Wrapper>
    </Stack>
  );
}
