import { Button, Card, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useLanguage } from '../../i18n';
import { formatDate, todayInTokyo } from '../../lib/datetime';
import { useScoreHistory } from '../patients/assessments/assessments-api';
import type { PatientTabProps } from '../patients/patient-tabs';
import { RecordList } from '../patients/records/RecordList';
import { ProblemAlert } from '../shell/ProblemAlert';
import { CourseChart } from './CourseChart';
import { type PrpSession, usePrpSessions, useStartPrpSession } from './prp-api';
import { SessionFigures } from './SessionFigures';

/** The patient's PRP sessions (the course chart reads the whole-face scores): start one (past the gate), resume or open one, and the course over time. */
export function PrpTab({ patient, writable }: PatientTabProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const navigate = useNavigate();
  const list = usePrpSessions(patient.id);
  const scores = useScoreHistory(patient.id);
  const start = useStartPrpSession(patient.id);
  const [starting, setStarting] = useState(false);
  const [sessionOn, setSessionOn] = useState(todayInTokyo);
  const sessions = (list.data?.pages.flatMap((page) => page.items) ?? []).filter(
    (s) => s.status !== 'voided',
  );
  const address = (s: PrpSession) => `/patients/${patient.id}/prp-sessions/${s.id}`;

  return (
    <>
      <RecordList
        list={list}
        emptyText={t('prp.empty')}
        header={
          <CourseChart
            sessions={sessions}
            scores={(scores.data ?? []).filter((s) => s.region === 'whole_face')}
          />
        }
        actions={
          writable && (
            <Button onClick={() => setStarting(true)} data-testid="prp-start">
              {t('prp.start')}
            </Button>
          )
        }
      >
        {(session) => (
          <Card
            key={session.id}
            withBorder
            data-testid="prp-session-card"
            opacity={session.status === 'voided' ? 0.5 : 1}
          >
            <Group justify="space-between" align="flex-start">
              <Stack gap={4}>
                <Text fw={600}>
                  {formatDate(session.sessionOn, language)} ・ {t(`prp.stage.${session.stage}`)}
                </Text>
                <SessionFigures session={session} />
              </Stack>
              <Group gap="xs">
                {session.stage === 'completed' && (
                  <Button variant="light" component={Link} to={`${address(session)}/aftercare`}>
                    {t('prp.aftercare')}
                  </Button>
                )}
                <Button component={Link} to={address(session)} data-testid="prp-session-open">
                  {session.stage === 'open' && writable ? t('prp.resume') : t('prp.open')}
                </Button>
              </Group>
            </Group>
          </Card>
        )}
      </RecordList>
      <Modal opened={starting} onClose={() => setStarting(false)} title={t('prp.startTitle')}>
        <Stack>
          <Text fz="sm" c="dimmed">
            {t('prp.startHint')}
          </Text>
          <TextInput
            type="date"
            size="lg"
            label={t('prp.startOn')}
            value={sessionOn}
            max={todayInTokyo()}
            onChange={(e) => setSessionOn(e.currentTarget.value)}
            data-testid="prp-start-date"
          />
          {start.error ? <ProblemAlert error={start.error} /> : null}
          <Button
            size="lg"
            loading={start.isPending}
            onClick={() =>
              start.mutate(
                { sessionOn },
                { onSuccess: (created) => navigate(`/patients/${patient.id}/prp-sessions/${created.id}`) },
              )
            }
            data-testid="prp-start-confirm"
          >
            {t('prp.start')}
          </Button>
        </Stack>
      </Modal>
    </>
  );
}
