import { Alert, Anchor, Button, Card, EmptyState, Group, Skeleton, Stack, Tabs } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { ApiProblem } from '../../lib/api-problem';
import { problemMessage } from '../../lib/problems';
import { can, useSession } from '../auth/session';
import { MergePatientDialog } from './MergePatientDialog';
import { PatientHeader } from './PatientHeader';
import { PATIENT_TABS, tabAddress } from './patient-tabs';
import { usePatient } from './patients-api';

/** One patient: who they are on top, and their records by tab (the tab is in the address). */
export function PatientPage() {
  const { t } = useTranslation();
  const { me } = useSession();
  const navigate = useNavigate();
  const { patientId = '', tab } = useParams();
  const patient = usePatient(patientId);
  // Only the tabs the reader's role opens; an address of another falls back to the first.
  const tabs = PATIENT_TABS.filter((entry) => can(me, entry.permission));
  const active = tabs.find((entry) => entry.path === (tab ?? '')) ?? tabs[0];
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
  const tabFor = (kind: string) => {
    const keeper = tabs.find((entry) => entry.timelineKind === kind);
    return keeper && tabAddress(patientId, keeper);
  };
  return (
    <Stack gap="md" maw={1200} data-testid="patient-page">
      <Group justify="space-between">
        <Anchor component={Link} to="/patients" fz="sm" w="fit-content">
          ← {t('patientPage.backToSearch')}
        </Anchor>
        <Group gap="xs">
          <Button
            component={Link}
            to={`/patients/${patientId}/print`}
            variant="default"
            size="xs"
            data-testid="patient-print"
          >
            {t('print.action')}
          </Button>
          {can(me, 'patients:write') && !merged && (
            <Button variant="default" size="xs" onClick={() => setMerging(true)} data-testid="patient-merge">
              {t('merge.action')}
            </Button>
          )}
        </Group>
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
        value={active?.key ?? null}
        onChange={(key) => {
          const chosen = tabs.find((entry) => entry.key === key);
          if (chosen) void navigate(tabAddress(patientId, chosen));
        }}
        keepMounted={false}
      >
        <Tabs.List>
          {tabs.map((entry) => (
            <Tabs.Tab key={entry.key} value={entry.key} data-testid={`patient-tab-${entry.key}`}>
              {t(entry.label)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        {tabs.map(({ key, component: Content, writePermission }) => (
          <Tabs.Panel key={key} value={key} pt="md" data-testid={`${key}-tab`}>
            <Content patient={record} writable={!merged && can(me, writePermission)} tabFor={tabFor} />
          </Tabs.Panel>
        ))}
      </Tabs>
    </Stack>
  );
}
