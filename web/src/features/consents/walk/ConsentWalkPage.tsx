import {
  Box,
  Button,
  Container,
  Group,
  Modal,
  Progress,
  SegmentedControl,
  Skeleton,
  Stack,
  Stepper,
  Text,
} from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useQueryClient } from '@tanstack/react-query';
import type { TFunction } from 'i18next';
import { useReducer, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import { ApiProblem } from '../../../lib/api-problem';
import { todayInTokyo } from '../../../lib/datetime';
import { fieldMessage } from '../../../lib/problems';
import { useSession } from '../../auth/session';
import { fullName, usePatient } from '../../patients/patients-api';
import { ProblemAlert } from '../../shell/ProblemAlert';
import {
  type PatientConsent,
  PLANS_KEY,
  type Therapy,
  usePlans,
  useRecordConsent,
  useStaff,
} from '../consents-api';
import { AnswersStep } from './AnswersStep';
import { ChooseDocumentStep } from './ChooseDocumentStep';
import { ConfirmStep } from './ConfirmStep';
import { DoneStep } from './DoneStep';
import { ExplainStep } from './ExplainStep';
import { PaperScanInput } from './PaperScanInput';
import { SignaturePad, type Stroke } from './SignaturePad';
import { WitnessStep } from './WitnessStep';
import {
  consentBody,
  documentRefused,
  initialWalk,
  STEPS,
  type Step,
  stepBlockers,
  stepOfProblem,
  walkReducer,
} from './walk-state';

const THERAPIES: readonly Therapy[] = ['fibroblast', 'prp'];

/** The fields a refusal names, beyond what its own code already says. */
const fieldProblems = (t: TFunction, error: unknown) =>
  error instanceof ApiProblem
    ? error.errors.filter((field) => field.code !== error.code).map((field) => fieldMessage(t, field))
    : [];

/**
 * /patients/:id/consents/new: the consent walk on the tablet, full screen with no app navigation
 * (issue 21). The physician chooses the document and explains each item; the patient answers each
 * scope and signs, a witness is named; the consent is saved with the hash of the text shown.
 */
export function ConsentWalkPage() {
  const { t } = useTranslation();
  const { me } = useSession();
  const navigate = useNavigate();
  const { patientId = '' } = useParams();
  const [params] = useSearchParams();
  const therapy = THERAPIES.find((value) => value === params.get('therapy'));
  const patient = usePatient(patientId);
  const plans = usePlans();
  const staff = useStaff();
  const [state, dispatch] = useReducer(walkReducer, initialWalk);
  const [strokes, setStrokes] = useState<Stroke[]>([]);
  const [consentedOn] = useState(todayInTokyo);
  const [problem, setProblem] = useState<{ step: Step; error: unknown } | null>(null);
  const [leaving, setLeaving] = useState(false);
  const [saved, setSaved] = useState<PatientConsent | null>(null);
  const record = useRecordConsent(patientId);
  const queryClient = useQueryClient();
  const phone = useMediaQuery('(max-width: 47.99em)');
  const callerIsPhysician = me.roles.includes('physician');
  const explainer = state.explainedBy ?? me.id;
  const physicianName =
    state.explainedBy === null
      ? me.displayName
      : (staff.data?.find((member) => member.id === state.explainedBy)?.displayName ?? '');

  const index = STEPS.indexOf(state.step);
  const blockers = stepBlockers(state, state.step, callerIsPhysician);
  const go = (step: Step) => {
    dispatch({ type: 'go', step });
    window.scrollTo({ top: 0 });
  };
  const save = () =>
    record.mutate(consentBody(state, consentedOn), {
      onSuccess: (consent) => {
        setProblem(null);
        setSaved(consent);
      },
      onError: (error) => {
        const step = stepOfProblem(error);
        // A changed or retired edition: the documents are read again, to be chosen afresh.
        if (documentRefused(error)) {
          dispatch({ type: 'unchoose' });
          void queryClient.invalidateQueries({ queryKey: PLANS_KEY });
        }
        setProblem({ step, error });
        go(step);
      },
    });
  const patientPage = `/patients/${patientId}/consents`;
  const leave = () => (state.document && !saved ? setLeaving(true) : void navigate(patientPage));

  return (
    <Box mih="100dvh" bg="gray.0" data-testid="consent-walk">
      <Box bg="white" px="md" py="sm" style={{ borderBottom: '1px solid var(--mantine-color-gray-3)' }}>
        <Group justify="space-between" wrap="nowrap">
          <Stack gap={0} style={{ minWidth: 0 }}>
            <Text fz="xs" c="dimmed">
              {t('consents.walk.title')}
            </Text>
            {patient.data ? (
              <Text fw={700} fz="lg" truncate data-testid="walk-patient">
                {fullName(patient.data)}（{patient.data.patientNumber}）
              </Text>
            ) : (
              <Skeleton h={24} w={200} />
            )}
          </Stack>
          <Button variant="default" onClick={leave} data-testid="walk-exit">
            {saved ? t('consents.walk.done.backToPatient') : t('consents.walk.exit')}
          </Button>
        </Group>
      </Box>
      <Container size="md" py="lg">
        {saved ? (
          <DoneStep consent={saved} plan={plans.data?.find((plan) => plan.id === saved.planId)} />
        ) : (
          <Stack gap="lg">
            {phone ? (
              <Stack gap={4}>
                <Text fw={600}>
                  {index + 1} / {STEPS.length} {t(`consents.walk.steps.${state.step}`)}
                </Text>
                <Progress value={((index + 1) / STEPS.length) * 100} />
              </Stack>
            ) : (
              <Stepper active={index} size="sm" allowNextStepsSelect={false}>
                {STEPS.map((step) => (
                  <Stepper.Step key={step} label={t(`consents.walk.steps.${step}`)} />
                ))}
              </Stepper>
            )}
            {problem?.step === state.step && (
              <ProblemAlert
                error={problem.error}
                unplaced={fieldProblems(t, problem.error)}
                testId="walk-error"
              />
            )}
            <Box data-testid={`walk-step-${state.step}`}>
              {state.step === 'document' && (
                <ChooseDocumentStep
                  therapy={therapy}
                  state={state}
                  dispatch={dispatch}
                  callerIsPhysician={callerIsPhysician}
                />
              )}
              {state.step === 'explain' && state.document && (
                <ExplainStep document={state.document} state={state} dispatch={dispatch} />
              )}
              {state.step === 'answers' && state.therapy && (
                <AnswersStep therapy={state.therapy} state={state} dispatch={dispatch} />
              )}
              {state.step === 'witness' && (
                <WitnessStep state={state} explainer={explainer} dispatch={dispatch} />
              )}
              {state.step === 'signature' && (
                <Stack gap="md">
                  <SegmentedControl
                    size="md"
                    value={state.signatureMethod}
                    onChange={(method) => {
                      setStrokes([]);
                      dispatch({ type: 'signatureMethod', method: method as 'drawn' | 'paper' });
                    }}
                    data={[
                      { value: 'drawn', label: t('consents.walk.signature.drawn') },
                      { value: 'paper', label: t('consents.walk.signature.paper') },
                    ]}
                    data-testid="consent-signature-method"
                  />
                  {state.signatureMethod === 'drawn' ? (
                    <>
                      <Text fz="xl">{t('consents.walk.signature.intro')}</Text>
                      <SignaturePad
                        strokes={strokes}
                        onChange={(next, png) => {
                          setStrokes(next);
                          dispatch({ type: 'sign', signature: png });
                        }}
                      />
                    </>
                  ) : (
                    <PaperScanInput
                      scan={state.signature}
                      onChange={(scan) => dispatch({ type: 'sign', signature: scan })}
                    />
                  )}
                </Stack>
              )}
              {state.step === 'confirm' && state.therapy && (
                <ConfirmStep
                  state={state}
                  therapy={state.therapy}
                  consentedOn={consentedOn}
                  physicianName={physicianName}
                />
              )}
            </Box>
            <Stack gap={4}>
              {blockers.map((blocker) => (
                <Text key={blocker} c="dimmed" ta="right" data-testid="walk-blocker">
                  {t(`consents.walk.blockers.${blocker}`)}
                </Text>
              ))}
            </Stack>
            <Group justify="space-between">
              <Button
                size="lg"
                variant="default"
                disabled={index === 0 || record.isPending}
                onClick={() => go(STEPS[index - 1] ?? 'document')}
                data-testid="walk-back"
              >
                {t('consents.walk.back')}
              </Button>
              {state.step === 'confirm' ? (
                <Button
                  size="lg"
                  disabled={blockers.length > 0}
                  loading={record.isPending}
                  onClick={save}
                  data-testid="walk-save"
                >
                  {t('consents.walk.confirm.save')}
                </Button>
              ) : (
                <Button
                  size="lg"
                  disabled={blockers.length > 0}
                  onClick={() => go(STEPS[index + 1] ?? 'confirm')}
                  data-testid="walk-next"
                >
                  {t('consents.walk.next')}
                </Button>
              )}
            </Group>
          </Stack>
        )}
      </Container>
      <Modal opened={leaving} onClose={() => setLeaving(false)} title={t('consents.walk.exitTitle')}>
        <Text mb="md">{t('consents.walk.exitExplain')}</Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={() => setLeaving(false)}>
            {t('consents.walk.continue')}
          </Button>
          <Button color="red" onClick={() => void navigate(patientPage)} data-testid="walk-exit-confirm">
            {t('consents.walk.exitConfirm')}
          </Button>
        </Group>
      </Modal>
    </Box>
  );
}
