import { Alert, Button, Card, Group, Modal, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { placeFieldErrors, topLevelField } from '../../lib/problems';
import { FormActions } from '../shell/FormActions';
import { ProblemAlert } from '../shell/ProblemAlert';
import { ReasonField } from '../shell/ReasonField';
import { BirthDateText } from './BirthDateText';
import { PatientSearchTable } from './PatientSearchTable';
import { fullName, kanaName, type Patient, useMergePatient, usePatientSearch } from './patients-api';

const SEARCH_DEBOUNCE_MS = 250;

interface MergePatientDialogProps {
  /** The duplicate: this record is marked merged into the one chosen. */
  patient: Patient;
  onClose: () => void;
}

/** One record's identifying facts, for comparing the two side by side. */
function RecordCard({ label, patient, testId }: { label: string; patient: Patient; testId: string }) {
  const { t } = useTranslation();
  return (
    <Card withBorder padding="sm" data-testid={testId}>
      <Text fz="xs" fw={600} c="dimmed" mb={4}>
        {label}
      </Text>
      <Text ff="monospace" fz="sm">
        {patient.patientNumber}
      </Text>
      <Text fz="md" fw={600} lang="ja">
        {fullName(patient)}
      </Text>
      <Text fz="sm" c="dimmed" lang="ja">
        {kanaName(patient)}
      </Text>
      <Text fz="sm">
        <BirthDateText date={patient.birthDate} inline />
      </Text>
      <Text fz="sm" ff="monospace">
        {patient.phone ?? t('common.none')}
      </Text>
    </Card>
  );
}

/**
 * Merges this (duplicate) record into the one kept: the person chooses the kept record with the
 * usual search, compares the two, and gives a reason. Nothing is deleted; both histories stay.
 */
export function MergePatientDialog({ patient, onClose }: MergePatientDialogProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [text, setText] = useState('');
  const [q] = useDebouncedValue(text.trim(), SEARCH_DEBOUNCE_MS);
  const search = usePatientSearch(q);
  const candidates = (search.data?.pages.flatMap((page) => page.items) ?? []).filter(
    (p) => p.id !== patient.id && p.status !== 'merged',
  );
  const [kept, setKept] = useState<Patient | null>(null);
  const [reason, setReason] = useState('');
  const [submitted, setSubmitted] = useState(false);

  const merge = useMergePatient(patient.id);
  const merged = (into: Patient) => {
    notifications.show({
      color: 'green',
      message: t('merge.done', { from: patient.patientNumber, into: into.patientNumber }),
    });
    onClose();
    void navigate(`/patients/${into.id}`);
  };
  const { byField, unplaced } = placeFieldErrors(t, merge.error, topLevelField(['reason'] as const));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    if (kept && reason.trim())
      merge.mutate({ into: kept, reason: reason.trim() }, { onSuccess: () => merged(kept) });
  };

  return (
    <Modal opened onClose={onClose} title={t('merge.title')} size="xl" data-testid="merge-dialog">
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          {kept ? (
            <>
              <SimpleGrid cols={{ base: 1, sm: 2 }}>
                <RecordCard label={t('merge.thisRecord')} patient={patient} testId="merge-this" />
                <RecordCard label={t('merge.keptRecord')} patient={kept} testId="merge-kept" />
              </SimpleGrid>
              <Alert color="yellow" variant="light" data-testid="merge-explain">
                {t('merge.explain', { from: patient.patientNumber, into: kept.patientNumber })}
              </Alert>
              <Group justify="flex-start">
                <Button variant="subtle" size="xs" onClick={() => setKept(null)} data-testid="merge-rechoose">
                  {t('merge.chooseAnother')}
                </Button>
              </Group>
              <ReasonField
                value={reason}
                onChange={setReason}
                error={
                  byField.reason ?? (submitted && !reason.trim() ? t('problem.fields.REQUIRED') : undefined)
                }
                testId="merge-reason"
              />
            </>
          ) : (
            <>
              <Text fz="sm">{t('merge.chooseIntro')}</Text>
              <TextInput
                type="search"
                aria-label={t('patients.searchLabel')}
                placeholder={t('patients.searchPlaceholder')}
                value={text}
                onChange={(event) => setText(event.currentTarget.value)}
                autoComplete="off"
                spellCheck={false}
                data-autofocus
                data-testid="merge-search"
              />
              {q !== '' && search.isSuccess && candidates.length === 0 && (
                <Text fz="sm" c="dimmed" data-testid="merge-search-empty">
                  {t('patients.noResults', { q })}
                </Text>
              )}
              {candidates.length > 0 && (
                <PatientSearchTable
                  patients={candidates}
                  onOpen={(id) => setKept(candidates.find((c) => c.id === id) ?? null)}
                  linkRows={false}
                />
              )}
            </>
          )}
          <ProblemAlert error={merge.error} unplaced={unplaced} testId="merge-error" />
          <FormActions
            onCancel={onClose}
            submitLabel={t('merge.submit')}
            pending={merge.isPending}
            disabled={!kept}
            color="orange"
            testId="merge-submit"
          />
        </Stack>
      </form>
    </Modal>
  );
}
