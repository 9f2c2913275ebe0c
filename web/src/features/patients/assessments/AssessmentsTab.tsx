import { Button } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useConsultations } from '../consultations/consultations-api';
import type { PatientTabProps } from '../patient-tabs';
import { RecordList } from '../records/RecordList';
import { AssessmentCard } from './AssessmentCard';
import { AssessmentDialog } from './AssessmentDialog';
import { useAssessments, useScoreHistory } from './assessments-api';
import { ScoreChart } from './ScoreChart';

/** Scar assessments: the scores over time, each assessment, and the form for a new one. */
export function AssessmentsTab({ patient, writable }: PatientTabProps) {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const list = useAssessments(patient.id);
  const history = useScoreHistory(patient.id);
  const consultations = useConsultations(patient.id);
  // ?new=1&consultation=… opens the form, e.g. from a consultation just recorded.
  const creating = writable && params.get('new') === '1';
  const linkable = (consultations.data?.pages.flatMap((page) => page.items) ?? []).filter(
    (c) => c.status === 'recorded',
  );
  const assess = writable && (
    <Button onClick={() => setParams({ new: '1' })} data-testid="assess-new">
      {t('assessments.new')}
    </Button>
  );
  const chart = history.data && history.data.length > 0 && <ScoreChart items={history.data} />;

  return (
    <>
      <RecordList list={list} emptyText={t('assessments.empty')} actions={assess} header={chart}>
        {(assessment) => <AssessmentCard key={assessment.id} assessment={assessment} writable={writable} />}
      </RecordList>
      {creating && consultations.isSuccess && (
        <AssessmentDialog
          patientId={patient.id}
          consultations={linkable}
          consultationId={params.get('consultation') ?? undefined}
          onClose={() => setParams({}, { replace: true })}
        />
      )}
    </>
  );
}
