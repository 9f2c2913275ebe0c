import { Alert, Anchor, Button, Card, EmptyState, Group, Skeleton, Stack, Tabs } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { ApiProblem } from '../../lib/api-problem';
import { problemMessage } from '../../lib/problems';
import { can, useSession } from '../auth/session';
import { AssessmentsTab } from './assessments/AssessmentsTab';
import { ConsultationsTab } from './consultations/ConsultationsTab';
import { PatientDetails } from './details/PatientDetails';
import { MergePatientDialog } from './MergePatientDialog';
import { PatientHeader } from './PatientHeader';
import { usePatient } from './patients-api';
import { PhotosTab } from './photos/PhotosTab';
import { PatientTimeline } from './timeline/PatientTimeline';

const TABS = ['timeline', 'details', 'consultations', 'assessments', 'photos'] as const;
type Tab = (typeof TABS)[number];
const CLINICAL_TABS: readonly Tab[] = ['consultations', 'assessments', 'photos'];

/** One patient: who they are on top, and their records by tab (the tab is in the address). */
export function PatientPage() {
  const { t } = useTranslation();
  const { me } = useSession();
  const navigate = useNavigate();
  const { patientId = '', tab } = useParams();
  const patient = usePatient(patientId);
  const clinical = can(me, 'clinical:read');
  const tabs = TABS.filter((name) => clinical || !CLINICAL_TABS.includes(name));
  const active: Tab = tabs.find((name) => name === tab) ?? 'timeline';
  const [merging, setMerging] = useState(false);

  if (patient.isPending) {
    return (
      <Stack gap="md" maw={1200}>
        <Skeleton h={120} />
        <Skeleton h={240} />
      </Stack>
    );
  }
  if (patient.error) {
    const missing = patient.error instanceof ApiProblem && patient.error.status === 404;
    return (
      <Card py="xl" maw={880} data-testid="patient-missing">
        {missing ? (
          <EmptyState title={t('patientPage.notFound')}>
            <EmptyState.Actions>
              <Anchor component={Link} to="/patients">
                {t('patientPage.backToSearch')}
              </Anchor>
            </EmptyState.Actions>
          </EmptyState>
        ) : (
          <Alert color="red" variant="light">
            {problemMessage(t, patient.error)}
          </Alert>
        )}
      </Card>
    );
  }

  const record = patient.data;
  const merged = record.status === 'merged';
  return (
    <Stack gap="md" maw={1200} data-testid="patient-page">
      <Group justify="space-between">
        <Anchor component={Link} to="/patients" fz="sm" w="fit-content">
          ← {t('patientPage.backToSearch')}
        </Anchor>
        {can(me, 'patients:write') && !merged && (
          <Button variant="default" size="xs" onClick={() => setMerging(true)} data-testid="patient-merge">
            {t('merge.action')}
          </Button>
        )}
      </Group>
      <PatientHeader patient={record} />
      {merging && <MergePatientDialog key={record.id} patient={record} onClose={() => setMerging(false)} />}
      {merged && record.mergedIntoId && (
        <Alert color="yellow" variant="light" data-testid="patient-merged">
          {t('patientPage.mergedBanner')}{' '}
          <Anchor component={Link} to={`/patients/${record.mergedIntoId}`} fw={600}>
            {t('patientPage.openKept')}
          </Anchor>
        </Alert>
      )}
      <Tabs
        value={active}
        onChange={(value) =>
          navigate(`/patients/${patientId}${value && value !== 'timeline' ? `/${value}` : ''}`)
        }
        keepMounted={false}
      >
        <Tabs.List>
          {tabs.map((name) => (
            <Tabs.Tab key={name} value={name} data-testid={`patient-tab-${name}`}>
              {t(`patientPage.tabs.${name}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        <Tabs.Panel value="timeline" pt="md">
          <PatientTimeline patientId={patientId} />
        </Tabs.Panel>
        <Tabs.Panel value="details" pt="md">
          <PatientDetails patient={record} />
        </Tabs.Panel>
        {clinical && (
          <>
            <Tabs.Panel value="consultations" pt="md">
              <ConsultationsTab patientId={patientId} writable={!merged} />
            </Tabs.Panel>
            <Tabs.Panel value="assessments" pt="md">
              <AssessmentsTab patientId={patientId} writable={!merged} />
            </Tabs.Panel>
            <Tabs.Panel value="photos" pt="md">
              <PhotosTab patientId={patientId} writable={!merged} />
            </Tabs.Panel>
          </>
        )}
      </Tabs>
    </Stack>
  );
}
