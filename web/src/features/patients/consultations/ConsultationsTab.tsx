import { Alert, Button } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { can, useSession } from '../../auth/session';
import { LatestQuestionnaireWarnings } from '../../questionnaires/LatestQuestionnaireWarnings';
import type { PatientTabProps } from '../patient-tabs';
import { RecordList } from '../records/RecordList';
import { ConsultationCard } from './ConsultationCard';
import { ConsultationDialog } from './ConsultationDialog';
import type { Consultation } from './consultation-form';
import { useConsultations } from './consultations-api';

/** The patient's consultations, newest first, and the physician's way to record one. */
export function ConsultationsTab({ patient, writable, tabFor }: PatientTabProps) {
  const { t } = useTranslation();
  const { me } = useSession();
  const navigate = useNavigate();
  const list = useConsultations(patient.id);
  // Open: 'new', or the consultation being corrected.
  const [open, setOpen] = useState<Consultation | 'new' | null>(null);
  // A consultation is the physician's own record; no one can yet record it in a physician's name.
  const canRecord = writable && me.roles.includes('physician');
  const assess = (consultationId: string) =>
    navigate(`/patients/${patient.id}/assessments?new=1&consultation=${consultationId}`);
  const record = canRecord && (
    <Button onClick={() => setOpen('new')} data-testid="cons-new">
      {t('consultations.new')}
    </Button>
  );
  const physicianNeeded = writable && !canRecord && (
    <Alert color="gray" variant="light" data-testid="cons-physician-needed">
      {t('consultations.physicianNeeded')}
    </Alert>
  );

  // The intake questionnaire's cautions, beside the consultation where the physician decides.
  const intake = can(me, 'questionnaires:read') && (
    <LatestQuestionnaireWarnings patientId={patient.id} answersAt={tabFor('questionnaire')} />
  );

  return (
    <>
      <RecordList
        list={list}
        emptyText={t('consultations.empty')}
        actions={record}
        header={
          <>
            {intake}
            {physicianNeeded}
          </>
        }
      >
        {(consultation) => (
          <ConsultationCard
            key={consultation.id}
            consultation={consultation}
            writable={writable}
            onCorrect={() => setOpen(consultation)}
            onAssess={() => assess(consultation.id)}
          />
        )}
      </RecordList>
      {open && (
        <ConsultationDialog
          patientId={patient.id}
          consultation={open === 'new' ? null : open}
          onClose={() => setOpen(null)}
          onAssess={assess}
        />
      )}
    </>
  );
}
