import { Button } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PatientTabProps } from '../patients/patient-tabs';
import { RecordList } from '../patients/records/RecordList';
import { HandOverDialog } from './HandOverDialog';
import { QuestionnaireCard } from './QuestionnaireCard';
import { useQuestionnaires } from './questionnaires-api';
import { StartQuestionnaireDialog } from './StartQuestionnaireDialog';

/**
 * The patient's intake questionnaires (問診票): reception starts one and hands the tablet over; the
 * physician reads the answers and the warnings once the patient has signed.
 */
export function QuestionnairesTab({ patient, writable }: PatientTabProps) {
  const { t } = useTranslation();
  const list = useQuestionnaires(patient.id);
  const [starting, setStarting] = useState(false);
  const [handingOver, setHandingOver] = useState<string | null>(null);

  return (
    <>
      <RecordList
        list={list}
        emptyText={t('questionnaires.empty')}
        actions={
          writable && (
            <Button onClick={() => setStarting(true)} data-testid="quest-start">
              {t('questionnaires.start')}
            </Button>
          )
        }
      >
        {(questionnaire) => (
          <QuestionnaireCard
            key={questionnaire.id}
            questionnaire={questionnaire}
            writable={writable}
            onHandOver={() => setHandingOver(questionnaire.id)}
          />
        )}
      </RecordList>
      {starting && (
        <StartQuestionnaireDialog
          patientId={patient.id}
          onStarted={(id) => {
            setStarting(false);
            setHandingOver(id);
          }}
          onClose={() => setStarting(false)}
        />
      )}
      {handingOver && <HandOverDialog questionnaireId={handingOver} onClose={() => setHandingOver(null)} />}
    </>
  );
}
