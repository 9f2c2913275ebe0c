import { Alert, Button, Group, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { problemMessage } from '../../../lib/problems';
import { can, useSession } from '../../auth/session';
import { useUsers } from '../users/users-api';
import { PlanCard } from './PlanCard';
import { PlanDialog } from './PlanDialog';
import { PlanStatusDialog } from './PlanStatusDialog';
import { type ChangeTo, type Plan, usePlans } from './plans-api';

type Dialog =
  | { mode: 'create' }
  | { mode: 'edit'; plan: Plan }
  | { mode: 'status'; plan: Plan; to: ChangeTo };

/**
 * The provision plans (再生医療等提供計画) the clinic treats under: every procedure's gate reads
 * them, and the public licence line comes from them (shared/domain/regulatory.md).
 */
export function PlansPage() {
  const { t } = useTranslation();
  const { me } = useSession();
  const plans = usePlans();
  const staff = useUsers({ enabled: can(me, 'users:manage') });
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const nameOf = (userId: string | null) => staff.data?.find((u) => u.id === userId)?.displayName ?? null;

  return (
    <Stack gap="md" maw={1200} data-testid="plans-page">
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={2}>{t('plans.title')}</Title>
          <Text fz="sm" c="dimmed" mt={4} maw={760}>
            {t('plans.intro')}
          </Text>
        </div>
        <Button variant="light" onClick={() => setDialog({ mode: 'create' })} data-testid="plan-create">
          {t('plans.create')}
        </Button>
      </Group>

      {plans.isPending && <Skeleton h={200} />}
      {plans.error && (
        <Alert color="red" variant="light">
          {problemMessage(t, plans.error)}
        </Alert>
      )}
      {plans.data?.length === 0 && (
        <Text c="dimmed" data-testid="plans-empty">
          {t('plans.empty')}
        </Text>
      )}
      {plans.data?.map((plan) => (
        <PlanCard
          key={plan.id}
          plan={plan}
          physicianName={nameOf(plan.responsiblePhysicianId)}
          onEdit={() => setDialog({ mode: 'edit', plan })}
          onStatus={(to) => setDialog({ mode: 'status', plan, to })}
        />
      ))}

      {dialog?.mode === 'status' && (
        <PlanStatusDialog plan={dialog.plan} to={dialog.to} onClose={() => setDialog(null)} />
      )}
      {dialog && dialog.mode !== 'status' && (
        <PlanDialog
          plan={dialog.mode === 'edit' ? dialog.plan : undefined}
          physicians={(staff.data ?? []).filter((u) => u.active && u.roles.includes('physician'))}
          onClose={() => setDialog(null)}
        />
      )}
    </Stack>
  );
}
