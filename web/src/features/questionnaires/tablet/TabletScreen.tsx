import { Alert, Box, Button, Center, Group, Loader, Progress, Stack, Text, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import type { TFunction } from 'i18next';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { questionScreens, shownQuestionIds } from '../../../../../src/modules/questionnaires/rules';
import { ApiProblem } from '../../../lib/api-problem';
import type { Schemas } from '../../../lib/client';
import { problemMessage } from '../../../lib/problems';
import {
  type Answers,
  type AnswerValue,
  useSaveAnswers,
  useTabletQuestionnaire,
} from '../questionnaires-api';
import { TABLET_KEY } from '../tablet-key';
import { QuestionField } from './QuestionField';
import { TabletReturn } from './TabletReturn';
import { TabletSign } from './TabletSign';

type TabletQuestionnaire = Schemas['TabletQuestionnaire'];
type Step = { kind: 'welcome' } | { kind: 'screen'; index: number } | { kind: 'sign' } | { kind: 'thanks' };

/**
 * What a tablet in patient mode shows, and all it shows: no navigation, no header, Japanese words in
 * large type. The patient answers one question (with its follow-ups) per screen, signs, and hands the
 * tablet back; the member of staff takes it back with their PIN. The server refuses this session
 * everything else (patient mode), so nothing here could reach another record anyway.
 */
export function TabletScreen() {
  const { i18n } = useTranslation();
  // The patient's screen is Japanese whatever the member of staff reads.
  const t = useMemo(() => i18n.getFixedT('ja'), [i18n]);
  const tablet = useTabletQuestionnaire();
  return (
    <Box mih="100vh" bg="gray.0" py="xl" px="md" data-testid="tablet-screen" lang="ja">
      <Box maw={760} mx="auto">
        {tablet.isPending && (
          <Center py="xl">
            <Loader />
          </Center>
        )}
        {tablet.error && (
          <Stack>
            <Alert color="red">{problemMessage(t, tablet.error)}</Alert>
            <TabletReturn t={t} />
          </Stack>
        )}
        {tablet.data && (
          // Started again from what the server says once the questionnaire was closed meanwhile.
          <TabletFlow
            key={`${tablet.data.progress}:${tablet.data.status}`}
            questionnaire={tablet.data}
            t={t}
          />
        )}
      </Box>
    </Box>
  );
}

function TabletFlow({ questionnaire, t }: { questionnaire: TabletQuestionnaire; t: TFunction }) {
  const { questions } = questionnaire;
  const screens = useMemo(() => questionScreens(questions), [questions]);
  const closed = questionnaire.progress === 'submitted' || questionnaire.status === 'voided';
  const [step, setStep] = useState<Step>(closed ? { kind: 'thanks' } : { kind: 'welcome' });
  const [answers, setAnswers] = useState<Answers>(questionnaire.answers);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [problem, setProblem] = useState<string | null>(null);
  const save = useSaveAnswers();
  const queryClient = useQueryClient();
  const shown = shownQuestionIds(questions, answers);

  const answer = (id: string, value: AnswerValue | undefined) => {
    setAnswers((current) => {
      const next = { ...current };
      if (value === undefined) delete next[id];
      else next[id] = value;
      return next;
    });
    setErrors(({ [id]: _, ...rest }) => rest);
  };

  /** The screen a question is on, to send the patient back to what still needs an answer. */
  const screenOf = (id: string) => screens.findIndex((screen) => screen.some((q) => q.id === id));
  const showProblems = (error: unknown) => {
    // Voided or submitted meanwhile (staff, another tab): what the server says now is shown.
    if (
      error instanceof ApiProblem &&
      (error.code === 'RECORD_VOIDED' || error.code === 'QUESTIONNAIRE_SUBMITTED')
    ) {
      void queryClient.invalidateQueries({ queryKey: TABLET_KEY });
      return;
    }
    if (!(error instanceof ApiProblem) || error.errors.length === 0) {
      setProblem(error instanceof ApiProblem ? t('tablet.saveFailed') : problemMessage(t, error));
      return;
    }
    const byQuestion = Object.fromEntries(
      error.errors.map((e) => [
        e.path.replace(/^answers\./, ''),
        e.code === 'REQUIRED' ? t('tablet.answerRequired') : t('tablet.answerInvalid'),
      ]),
    );
    setErrors(byQuestion);
    const first = screenOf(Object.keys(byQuestion)[0] ?? '');
    if (first >= 0) setStep({ kind: 'screen', index: first });
  };

  const next = async (index: number) => {
    const screen = (screens[index] ?? []).filter((q) => shown.has(q.id));
    const missing = screen.filter((q) => q.required && answers[q.id] === undefined);
    if (missing.length > 0) {
      setErrors(Object.fromEntries(missing.map((q) => [q.id, t('tablet.answerRequired')])));
      return;
    }
    setProblem(null);
    try {
      const saved = await save.mutateAsync(
        (screens[index] ?? []).map((q) => ({ questionId: q.id, value: answers[q.id] ?? null })),
      );
      setAnswers(saved.answers);
      setStep(index + 1 < screens.length ? { kind: 'screen', index: index + 1 } : { kind: 'sign' });
      window.scrollTo({ top: 0 });
    } catch (error) {
      showProblems(error);
    }
  };

  if (step.kind === 'thanks') {
    return <Thanks t={t} voided={questionnaire.status === 'voided'} />;
  }

  const position = step.kind === 'welcome' ? 0 : step.kind === 'sign' ? screens.length : step.index;
  return (
    <Stack gap="xl">
      <Stack gap={6}>
        <Group justify="space-between">
          <Text fz={20} fw={600} c="dimmed">
            {questionnaire.titleJa}
          </Text>
          {step.kind === 'screen' && (
            <Text fz={20} fw={600} data-testid="tablet-progress">
              {t('tablet.progress', { current: step.index + 1, total: screens.length })}
            </Text>
          )}
        </Group>
        <Progress value={(position / screens.length) * 100} size="lg" radius="xl" aria-hidden />
      </Stack>

      {step.kind === 'welcome' && (
        <Stack gap="xl" data-testid="tablet-welcome">
          <Title order={1} fz={32}>
            {t('tablet.greeting', {
              name: `${questionnaire.patient.familyName} ${questionnaire.patient.givenName}`,
            })}
          </Title>
          <Text fz={22} lh={1.7}>
            {t('tablet.intro')}
          </Text>
          <Button
            size="xl"
            h={72}
            fz={24}
            onClick={() => setStep({ kind: 'screen', index: 0 })}
            data-testid="tablet-begin"
          >
            {t('tablet.begin')}
          </Button>
        </Stack>
      )}

      {step.kind === 'screen' && (
        <Stack gap={36}>
          {(screens[step.index] ?? [])
            .filter((question) => shown.has(question.id))
            .map((question) => (
              <QuestionField
                key={question.id}
                question={question}
                value={answers[question.id]}
                onChange={(value) => answer(question.id, value)}
                error={errors[question.id]}
                t={t}
              />
            ))}
          {problem && <Alert color="red">{problem}</Alert>}
          <Group grow gap="md">
            <Button
              size="xl"
              h={72}
              fz={24}
              variant="default"
              onClick={() =>
                setStep(step.index === 0 ? { kind: 'welcome' } : { kind: 'screen', index: step.index - 1 })
              }
              data-testid="tablet-back"
            >
              {t('tablet.back')}
            </Button>
            <Button
              size="xl"
              h={72}
              fz={24}
              onClick={() => void next(step.index)}
              loading={save.isPending}
              data-testid="tablet-next"
            >
              {step.index + 1 < screens.length ? t('tablet.next') : t('tablet.toSign')}
            </Button>
          </Group>
        </Stack>
      )}

      {step.kind === 'sign' && (
        <TabletSign
          questions={questions}
          answers={answers}
          t={t}
          onBack={() => setStep({ kind: 'screen', index: screens.length - 1 })}
          onSubmitted={() => setStep({ kind: 'thanks' })}
          onIncomplete={showProblems}
        />
      )}
    </Stack>
  );
}

function Thanks({ t, voided }: { t: TFunction; voided: boolean }) {
  const [returning, setReturning] = useState(false);
  if (returning) return <TabletReturn t={t} onCancel={() => setReturning(false)} />;
  return (
    <Stack gap="xl" align="center" py={80} data-testid="tablet-thanks">
      {!voided && (
        <Title order={1} fz={34} ta="center">
          {t('tablet.thanksTitle')}
        </Title>
      )}
      <Text fz={28} fw={700} ta="center" c="clinic.8">
        {voided ? t('tablet.voided') : t('tablet.thanks')}
      </Text>
      <Button
        variant="subtle"
        size="lg"
        mt={120}
        onClick={() => setReturning(true)}
        data-testid="tablet-staff-return"
      >
        {t('tablet.staffReturn')}
      </Button>
    </Stack>
  );
}
