import { Anchor, Container, Group, Skeleton, Stepper, Text } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { fullName, usePatient } from '../../patients/patients-api';
import { type PrpSession, prpSessionKey, usePrpSession } from '../prp-api';
import { CompleteStep } from './CompleteStep';
import { DrawStep } from './DrawStep';
import { InjectionStep } from './InjectionStep';
import { PreparationStep } from './PreparationStep';
import { SpinStep } from './SpinStep';

const SCREENS = ['draw', 'centrifugation', 'preparation', 'injection', 'complete'] as const;
type Screen = (typeof SCREENS)[number];

/**
 * /patients/:id/prp-sessions/:sessionId: the session at the chair, full screen on the tablet, one
 * step per screen with big targets. Each step is saved by itself; opened again (another device,
 * a tablet that slept) it resumes at the first step not yet saved.
 */
export function PrpSessionPage() {
  const { t } = useTranslation();
  const { patientId = '', sessionId = '' } = useParams();
  const patient = usePatient(patientId);
  const session = usePrpSession(patientId, sessionId);
  const queryClient = useQueryClient();
  const [chosen, setChosen] = useState<Screen | null>(null);

  if (!session.data || !patient.data) return <Skeleton h={480} m="md" />;
  const current: Screen = chosen ?? session.data.nextStep ?? 'complete';
  const index = SCREENS.indexOf(current);
  const onSaved = (saved: PrpSession) => {
    queryClient.setQueryData(prpSessionKey(patientId, sessionId), saved);
    setChosen(saved.nextStep ?? 'complete');
  };
  // A new version is a fresh form: each step's fields start from what was saved.
  const key = `${current}-${session.data.version}`;
  const props = { session: session.data, onSaved };

  return (
    <Container size="sm" py="md" data-testid="prp-session-page" data-step={current}>
      <Group justify="space-between" mb="sm">
        <Anchor component={Link} to={`/patients/${patientId}/prp`} fz="md" data-testid="session-back">
          ← {t('prp.session.back')}
        </Anchor>
        <Text fw={700} data-testid="session-patient">
          {fullName(patient.data)}
        </Text>
      </Group>
      <Stepper
        active={session.data.stage === 'completed' && current === 'complete' ? SCREENS.length : index}
        onStepClick={(i) => setChosen(SCREENS[i] ?? 'complete')}
        size="sm"
        mb="lg"
        allowNextStepsSelect
      >
        {SCREENS.map((screen) => (
          <Stepper.Step
            key={screen}
            label={t(`prp.steps.${screen}`)}
            description={
              (screen === 'complete' ? session.data.stage === 'completed' : session.data[screen] !== null)
                ? t('prp.session.saved')
                : undefined
            }
            data-testid={`session-step-${screen}`}
          />
        ))}
      </Stepper>
      {current === 'draw' && <DrawStep key={key} {...props} />}
      {current === 'centrifugation' && <SpinStep key={key} {...props} />}
      {current === 'preparation' && <PreparationStep key={key} {...props} />}
      {current === 'injection' && <InjectionStep key={key} {...props} />}
      {current === 'complete' && <CompleteStep key={key} {...props} />}
    </Container>
  );
}
