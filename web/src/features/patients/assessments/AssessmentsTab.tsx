import { Alert, Button, Group, Skeleton, Stack, Text } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useLanguage } from '../../../i18n';
import { api, data } from '../../../lib/client';
import { formatDate } from '../../../lib/datetime';
import { problemMessage } from '../../../lib/problems';
import { can, useSession } from '../../auth/session';
import { useConsultations } from '../consultations/consultations-api';
import { patientKey } from '../patients-api';
import { VoidRecordDialog } from '../VoidRecordDialog';
import { AssessmentCard } from './AssessmentCard';
import { AssessmentDialog } from './AssessmentDialog';
import type { Assessment } from './assessment-form';
import { useAssessments, useScoreHistory } from './assessments-api';
import { ScoreChart } from './ScoreChart';

/** Scar assessments: the scores over time, each assessment, and the form for a new one. */
export function AssessmentsTab({ patientId, writable }: { patientId: string; writable: boolean }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { me } = useSession();
  const queryClient = useQueryClient();
  const [params, setParams] = useSearchParams();
  const list = useAssessments(patientId);
  const history = useScoreHistory(patientId);
  const consultations = useConsultations(patientId);
  const [voiding, setVoiding] = useState<Assessment | null>(null);
  const canWrite = writable && can(me, 'clinical:write');
  // ?new=1&consultation=… opens the form, e.g. from a consultation just recorded.
  const creating = canWrite && params.get('new') === '1';
  const assessments = list.data?.pages.flatMap((page) => page.items) ?? [];
  const recorded = (consultations.data?.pages.flatMap((page) => page.items) ?? []).filter(
    (c) => c.status === 'recorded',
  );

  return (
    <Stack gap="md" data-testid="assessments-tab">
      {canWrite && (
        <Group justify="flex-end">
          <Button onClick={() => setParams({ new: '1' })} data-testid="assess-new">
            {t('assessments.new')}
          </Button>
        </Group>
      )}
      {history.data && history.data.length > 0 && <ScoreChart items={history.data} />}
      {list.isPending && <Skeleton h={120} />}
      {list.error && (
        <Alert color="red" variant="light">
          {problemMessage(t, list.error)}
        </Alert>
      )}
      {list.isSuccess && assessments.length === 0 && <Text c="dimmed">{t('assessments.empty')}</Text>}
      {assessments.map((assessment) => (
        <AssessmentCard
          key={assessment.id}
          assessment={assessment}
          writable={canWrite}
          onVoid={() => setVoiding(assessment)}
        />
      ))}
      {list.hasNextPage && (
        <Group justify="center">
          <Button
            variant="default"
            onClick={() => void list.fetchNextPage()}
            loading={list.isFetchingNextPage}
          >
            {t('records.loadMore')}
          </Button>
        </Group>
      )}

      {creating && consultations.isSuccess && (
        <AssessmentDialog
          patientId={patientId}
          consultations={recorded}
          consultationId={params.get('consultation') ?? undefined}
          onClose={() => setParams({}, { replace: true })}
        />
      )}
      {voiding && (
        <VoidRecordDialog
          title={t('records.voidTitle')}
          subject={`${formatDate(voiding.assessedOn, language, 'long')} — ${t(`assessments.regions.${voiding.region}`)}`}
          onVoid={(reason) =>
            data(
              api.POST('/api/v1/assessments/{id}/void', {
                params: { path: { id: voiding.id } },
                body: { reason, version: voiding.version },
              }),
            )
          }
          onDone={() => void queryClient.invalidateQueries({ queryKey: patientKey(patientId) })}
          onClose={() => setVoiding(null)}
        />
      )}
    </Stack>
  );
}
