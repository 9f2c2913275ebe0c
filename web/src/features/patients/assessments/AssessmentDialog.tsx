import { Alert, Button, Group, Modal, Select, SimpleGrid, Stack, Text, Textarea } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../../i18n';
import { formatDate, todayInTokyo } from '../../../lib/datetime';
import { placeFieldErrors } from '../../../lib/problems';
import { FormActions } from '../../shell/FormActions';
import { ProblemAlert } from '../../shell/ProblemAlert';
import type { Consultation } from '../consultations/consultation-form';
import { RecordDayInput } from '../records/RecordDayInput';
import {
  type Assessment,
  type AssessmentForm,
  assessmentBody,
  assessmentPathOf,
  emptyAssessmentForm,
  isEmptyAssessment,
  REGIONS,
  type Region,
} from './assessment-form';
import { useRecordAssessment } from './assessments-api';
import { EccaGradesFields } from './EccaGradesFields';
import { GoodmanCountsFields } from './GoodmanCountsFields';
import { MorphologyFields } from './MorphologyFields';
import { PatientRatingFields } from './PatientRatingFields';
import { QualitativeGradeCards } from './QualitativeGradeCards';
import { ScoreBreakdown } from './ScoreBreakdown';
import { ScoreSummary } from './ScoreSummary';

interface AssessmentDialogProps {
  patientId: string;
  /** The patient's consultations to link to (recorded ones only). */
  consultations: Consultation[];
  /** Preselected, e.g. when coming from a consultation. */
  consultationId?: string | undefined;
  onClose: () => void;
}

const COMPLAINT_LENGTH = 24;
const shorten = (text: string) =>
  [...text].length > COMPLAINT_LENGTH ? `${[...text].slice(0, COMPLAINT_LENGTH).join('')}…` : text;

/**
 * Records a scar assessment. Scores are never computed here: after saving, the server's scores
 * are shown with each line of the sum, so the physician sees how the number was reached.
 */
export function AssessmentDialog({
  patientId,
  consultations,
  consultationId,
  onClose,
}: AssessmentDialogProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const narrow = useMediaQuery('(max-width: 62em)');
  const today = todayInTokyo();
  const [form, setForm] = useState<AssessmentForm>(() => {
    const sameDay = consultations.find((c) => c.consultedOn === today)?.id;
    return emptyAssessmentForm(today, consultationId ?? sameDay ?? '');
  });
  const [submitted, setSubmitted] = useState(false);
  const [saved, setSaved] = useState<Assessment | null>(null);
  const update = (change: (form: AssessmentForm) => AssessmentForm) => setForm((current) => change(current));

  const save = useRecordAssessment(patientId);
  const recorded = (assessment: Assessment) => {
    notifications.show({ color: 'green', message: t('assessments.saved') });
    setSaved(assessment);
  };
  const server = placeFieldErrors(t, save.error, assessmentPathOf);
  const errors = { ...server.byField } as Record<string, string>;
  if (submitted && form.assessedOn === '') errors.assessedOn = t('problem.fields.REQUIRED');
  if (submitted && form.assessedOn > today) errors.assessedOn = t('problem.fields.IN_FUTURE');
  const empty = isEmptyAssessment(form);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    if (!empty && form.assessedOn !== '' && form.assessedOn <= today) {
      save.mutate(assessmentBody(form), { onSuccess: recorded });
    }
  };

  return (
    <Modal
      opened
      onClose={onClose}
      title={t('assessments.newTitle')}
      size={1080}
      fullScreen={narrow}
      closeOnClickOutside={false}
      closeOnEscape={false}
      data-testid="assessment-dialog"
    >
      {saved ? (
        <Stack gap="md" data-testid="assessment-result">
          <div>
            <Text fw={700}>{t('assessments.result.title')}</Text>
            <Text fz="sm" c="dimmed">
              {t('assessments.result.intro')}
            </Text>
          </div>
          <ScoreSummary assessment={saved} />
          <ScoreBreakdown scores={saved.scores} />
          <Group justify="flex-end">
            <Button onClick={onClose} data-testid="assess-done">
              {t('assessments.result.done')}
            </Button>
          </Group>
        </Stack>
      ) : (
        <form onSubmit={submit} noValidate>
          <Stack gap="md">
            <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
              <RecordDayInput
                label={t('assessments.fields.assessedOn')}
                value={form.assessedOn}
                today={today}
                onChange={(assessedOn) => update((f) => ({ ...f, assessedOn }))}
                error={errors.assessedOn}
                testId="assess-date"
              />
              <Select
                label={t('assessments.fields.region')}
                data={REGIONS.map((region) => ({ value: region, label: t(`assessments.regions.${region}`) }))}
                value={form.region}
                onChange={(value) => value && update((f) => ({ ...f, region: value as Region }))}
                allowDeselect={false}
                error={errors.region}
                data-testid="assess-region"
              />
              <Select
                label={t('assessments.fields.consultation')}
                data={[
                  { value: '', label: t('assessments.noConsultation') },
                  ...consultations.map((c) => ({
                    value: c.id,
                    label: t('assessments.consultationOption', {
                      date: formatDate(c.consultedOn, language),
                      complaint: shorten(c.chiefComplaint),
                    }),
                  })),
                ]}
                value={form.consultationId}
                onChange={(value) => update((f) => ({ ...f, consultationId: value ?? '' }))}
                allowDeselect={false}
                error={errors.consultationId}
                data-testid="assess-consultation"
              />
            </SimpleGrid>

            <QualitativeGradeCards
              value={form.qualitative}
              onChange={(qualitative) => update((f) => ({ ...f, qualitative }))}
              error={errors.goodmanQualitative}
            />
            <GoodmanCountsFields
              form={form}
              onCount={(key, value) => update((f) => ({ ...f, counts: { ...f.counts, [key]: value } }))}
              onArea={(keloidAreaCm2) => update((f) => ({ ...f, keloidAreaCm2 }))}
              errors={errors}
            />
            <EccaGradesFields
              form={form}
              onGrade={(key, grade) => update((f) => ({ ...f, ecca: { ...f.ecca, [key]: grade } }))}
              errors={errors}
            />
            <MorphologyFields
              form={form}
              onCount={(key, value) =>
                update((f) => ({ ...f, morphology: { ...f.morphology, [key]: value } }))
              }
              errors={errors}
            />
            <PatientRatingFields
              rating={form.rating}
              onChange={(rating) => update((f) => ({ ...f, rating }))}
              errors={errors}
            />
            <Textarea
              label={t('assessments.fields.notes')}
              value={form.notes}
              onChange={(event) => {
                const notes = event.currentTarget.value;
                update((f) => ({ ...f, notes }));
              }}
              autosize
              minRows={2}
              error={errors.notes}
              data-testid="assess-notes"
            />

            {submitted && empty && (
              <Alert color="red" variant="light" data-testid="assess-empty">
                {t('assessments.emptyForm')}
              </Alert>
            )}
            <ProblemAlert error={save.error} unplaced={server.unplaced} testId="assess-error" />
            <FormActions
              onCancel={onClose}
              submitLabel={t('assessments.submit')}
              pending={save.isPending}
              testId="assess-submit"
            />
          </Stack>
        </form>
      )}
    </Modal>
  );
}
