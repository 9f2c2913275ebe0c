import { Alert, Button, Group, Skeleton, Stack, Text } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useLanguage } from '../../../i18n';
import { api, data } from '../../../lib/client';
import { formatDate } from '../../../lib/datetime';
import { problemMessage } from '../../../lib/problems';
import { can, useSession } from '../../auth/session';
import { patientKey } from '../patients-api';
import { VoidRecordDialog } from '../VoidRecordDialog';
import { ConsultationCard } from './ConsultationCard';
import { ConsultationDialog } from './ConsultationDialog';
import type { Consultation } from './consultation-form';
import { useConsultations } from './consultations-api';

type Dialog =
  | { kind: 'create' }
  | { kind: 'edit'; consultation: Consultation }
  | { kind: 'void'; consultation: Consultation };

/** The patient's consultations, newest first, and the physician's way to record one. */
export function ConsultationsTab({ patientId, writable }: { patientId: string; writable: boolean }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { me } = useSession();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const list = useConsultations(patientId);
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const canWrite = writable && can(me, 'clinical:write');
  // A consultation is the physician's own record; no one can yet record it in a physician's name.
  const canRecord = canWrite && me.roles.includes('physician');
  const consultations = list.data?.pages.flatMap((page) => page.items) ?? [];
  const assess = (consultationId: string) =>
    navigate(`/patients/${patientId}/assessments?new=1&consultation=${consultationId}`);

  return (
    <Stack gap="md" data-testid="consultations-tab">
      {canRecord && (
        <Group justify="flex-end">
          <Button onClick={() => setDialog({ kind: 'create' })} data-testid="cons-new">
            {t('consultations.new')}
          </Button>
        </Group>
      )}
      {canWrite && !canRecord && (
        <Alert color="gray" variant="light" data-testid="cons-physician-needed">
          {t('consultations.physicianNeeded')}
        </Alert>
      )}
      {list.isPending && <Skeleton h={120} />}
      {list.error && (
        <Alert color="red" variant="light">
          {problemMessage(t, list.error)}
        </Alert>
      )}
      {list.isSuccess && consultations.length === 0 && <Text c="dimmed">{t('consultations.empty')}</Text>}
      {consultations.map((consultation) => (
        <ConsultationCard
          key={consultation.id}
          consultation={consultation}
          writable={canWrite}
          onCorrect={() => setDialog({ kind: 'edit', consultation })}
          onVoid={() => setDialog({ kind: 'void', consultation })}
          onAssess={() => assess(consultation.id)}
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

      {dialog?.kind === 'create' && (
        <ConsultationDialog
          mode="create"
          patientId={patientId}
          onClose={() => setDialog(null)}
          onAssess={assess}
        />
      )}
      {dialog?.kind === 'edit' && (
        <ConsultationDialog
          mode="edit"
          consultation={dialog.consultation}
          patientId={patientId}
          onClose={() => setDialog(null)}
          onAssess={assess}
        />
      )}
      {dialog?.kind === 'void' && (
        <VoidRecordDialog
          title={t('records.voidTitle')}
          subject={`${formatDate(dialog.consultation.consultedOn, language, 'long')} — ${dialog.consultation.chiefComplaint}`}
          onVoid={(reason) =>
            data(
              api.POST('/api/v1/consultations/{id}/void', {
                params: { path: { id: dialog.consultation.id } },
                body: { reason, version: dialog.consultation.version },
              }),
            )
          }
          onDone={() => void queryClient.invalidateQueries({ queryKey: patientKey(patientId) })}
          onClose={() => setDialog(null)}
        />
      )}
    </Stack>
  );
}
