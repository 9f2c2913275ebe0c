import { Button, Group, Stack, Text, Textarea, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../../i18n';
import { ApiProblem } from '../../../lib/api-problem';
import { formatInstant } from '../../../lib/datetime';
import { fieldMessage } from '../../../lib/problems';
import { ProblemAlert } from '../../shell/ProblemAlert';
import type { StepState } from './use-step';

/**
 * One step on its own screen: its title, who saved it and when, its fields, the reason when it
 * was saved before, and one large save button at the bottom, within reach of the thumb.
 */
export function StepFrame({
  title,
  stamp,
  step,
  onSave,
  testId,
  children,
}: {
  title: string;
  stamp: { byName: string; at: string } | null;
  /** The step's state from useStep: saved before, the reason typed, the save under way or refused. */
  step: Pick<StepState, 'saved' | 'reason' | 'setReason' | 'save'>;
  onSave: () => void;
  testId: string;
  children: ReactNode;
}) {
  const { saved, reason, setReason: onReason } = step;
  const error = step.save.error;
  const busy = step.save.isPending;
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <Stack gap="md" data-testid={testId}>
      <Title order={2} fz="xl">
        {title}
      </Title>
      {stamp && (
        <Text fz="sm" c="dimmed" data-testid="step-stamp">
          {t('prp.session.stamp', { name: stamp.byName, time: formatInstant(stamp.at, language) })}
        </Text>
      )}
      {children}
      {saved && (
        <Textarea
          size="lg"
          label={t('prp.session.reason')}
          description={t('prp.session.reasonHint')}
          value={reason}
          onChange={(event) => onReason(event.currentTarget.value)}
          data-testid="step-reason"
        />
      )}
      {error ? (
        <ProblemAlert
          error={error}
          unplaced={
            error instanceof ApiProblem
              ? error.errors.map((field) => `${field.path}: ${fieldMessage(t, field)}`)
              : []
          }
        />
      ) : null}
      <Group grow>
        <Button size="xl" onClick={onSave} loading={busy} data-testid="step-save">
          {t('prp.session.save')}
        </Button>
      </Group>
    </Stack>
  );
}
