import { Badge, Button, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../../i18n';
import { formatInstant } from '../../../lib/datetime';
import { RecordCard } from '../records/RecordCard';
import { ConsultationWarnings } from './ConsultationWarnings';
import { type Consultation, SCREENING_QUESTIONS } from './consultation-form';
import { useVoidConsultation } from './consultations-api';

interface ConsultationCardProps {
  consultation: Consultation;
  writable: boolean;
  onCorrect: () => void;
  /** Go on to assess the scars at this consultation. */
  onAssess: () => void;
}

const PLAN_COLOR: Record<Consultation['plan'], string> = {
  prp: 'red',
  fibroblast: 'grape',
  other: 'blue',
  none: 'gray',
};

/** A consultation's own content: the complaint, the screening answers, the notes and the next visit. */
export function ConsultationCard({ consultation: c, writable, ...actions }: ConsultationCardProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const voidConsultation = useVoidConsultation(c.patientId);
  const recorded = c.status !== 'voided';
  const answered = SCREENING_QUESTIONS.filter((question) => c[question] !== null);
  const concerning = c.pregnancy === 'yes' || c.pregnancy === 'possible';

  const section = (label: string, text: string | null) =>
    text ? (
      <Stack gap={0}>
        <Text fz="xs" c="dimmed" fw={600}>
          {label}
        </Text>
        <Text fz="sm" style={{ whiteSpace: 'pre-wrap' }}>
          {text}
        </Text>
      </Stack>
    ) : null;

  return (
    <RecordCard
      record={c}
      date={c.consultedOn}
      badges={
        <Badge color={PLAN_COLOR[c.plan]} variant="light">
          {t(`consultations.plans.${c.plan}`)}
        </Badge>
      }
      author={t('consultations.physicianLine', { name: c.physicianName })}
      tools={
        writable &&
        recorded && (
          <Button size="xs" variant="light" onClick={actions.onAssess} data-testid="cons-card-assess">
            {t('consultations.addAssessment')}
          </Button>
        )
      }
      writable={writable}
      onCorrect={actions.onCorrect}
      onVoid={voidConsultation.mutateAsync}
      voidSubject={c.chiefComplaint}
      testId="consultation-card"
      actionTestId="cons-card"
    >
      <Stack gap="xs">
        <Text fz="md" fw={600} style={{ whiteSpace: 'pre-wrap' }}>
          {c.chiefComplaint}
        </Text>
        {(answered.length > 0 || c.pregnancy) && (
          <Group gap={6}>
            {answered.map((question) => (
              <Badge
                key={question}
                size="sm"
                variant={c[question] ? 'filled' : 'light'}
                color={c[question] ? 'orange' : 'gray'}
                tt="none"
              >
                {t(`consultations.fields.${question}`)}:{' '}
                {t(`consultations.answers.${c[question] ? 'yes' : 'no'}`)}
              </Badge>
            ))}
            {c.pregnancy && (
              <Badge
                size="sm"
                tt="none"
                variant={concerning ? 'filled' : 'light'}
                color={concerning ? 'orange' : 'gray'}
              >
                {t('consultations.fields.pregnancy')}: {t(`consultations.pregnancy.${c.pregnancy}`)}
              </Badge>
            )}
          </Group>
        )}
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm" verticalSpacing="xs">
          {section(t('consultations.fields.acneHistory'), c.acneHistory)}
          {section(t('consultations.fields.priorTreatments'), c.priorTreatments)}
          {section(t('consultations.fields.findings'), c.findings)}
          {section(t('consultations.fields.planNotes'), c.planNotes)}
        </SimpleGrid>
        {c.nextAppointmentAt && (
          <Text fz="sm" fw={600} c="clinic.8">
            {t('consultations.next', { at: formatInstant(c.nextAppointmentAt, language) })}
          </Text>
        )}
        {recorded && c.warnings.length > 0 && <ConsultationWarnings warnings={c.warnings} compact />}
      </Stack>
    </RecordCard>
  );
}
