import { Button, Group, Stack, Table, Text, Title } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useState } from 'react';
import { shownQuestionIds } from '../../../../../src/modules/questionnaires/rules';
import { ApiProblem } from '../../../lib/api-problem';
import { problemMessage } from '../../../lib/problems';
import { answerText } from '../answer-text';
import { type Answers, type Question, useSubmitQuestionnaire } from '../questionnaires-api';
import { SignaturePad } from './SignaturePad';

/** The answers once more, then the signature: what the patient signs is what they see here. */
export function TabletSign(props: {
  questions: Question[];
  answers: Answers;
  t: TFunction;
  onBack: () => void;
  onSubmitted: () => void;
  /** Answers the server still needs (a required question skipped): back to its screen. */
  onIncomplete: (error: unknown) => void;
}) {
  const { questions, answers, t } = props;
  const [signature, setSignature] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const submit = useSubmitQuestionnaire();
  const shown = shownQuestionIds(questions, answers);

  const send = async () => {
    if (!signature) {
      setError(t('tablet.signatureRequired'));
      return;
    }
    try {
      await submit.mutateAsync(signature);
      props.onSubmitted();
    } catch (failure) {
      if (failure instanceof ApiProblem && failure.code === 'ANSWERS_INCOMPLETE') props.onIncomplete(failure);
      else if (failure instanceof ApiProblem && failure.errors.some((e) => e.path === 'signature')) {
        setError(t('tablet.signatureRequired'));
      } else setError(problemMessage(t, failure));
    }
  };

  return (
    <Stack gap="xl" data-testid="tablet-sign">
      <Title order={2} fz={28}>
        {t('tablet.reviewTitle')}
      </Title>
      <Table fz={20} verticalSpacing="sm" withRowBorders>
        <Table.Tbody>
          {questions
            .filter((q) => shown.has(q.id))
            .map((q) => (
              <Table.Tr key={q.id}>
                <Table.Td w="60%">{q.textJa}</Table.Td>
                <Table.Td fw={600}>{answerText(q, answers[q.id], t, 'ja')}</Table.Td>
              </Table.Tr>
            ))}
        </Table.Tbody>
      </Table>
      <Stack gap="sm">
        <Title order={2} fz={28}>
          {t('tablet.signTitle')}
        </Title>
        <Text fz={22}>{t('tablet.signIntro')}</Text>
        <SignaturePad
          label={t('tablet.signHere')}
          clearLabel={t('tablet.clear')}
          onChange={(dataUrl) => {
            setSignature(dataUrl);
            if (dataUrl) setError(null);
          }}
          error={error ?? undefined}
        />
      </Stack>
      <Group grow gap="md">
        <Button size="xl" h={72} fz={24} variant="default" onClick={props.onBack} data-testid="tablet-back">
          {t('tablet.back')}
        </Button>
        <Button
          size="xl"
          h={72}
          fz={24}
          onClick={() => void send()}
          loading={submit.isPending}
          data-testid="tablet-submit"
        >
          {t('tablet.submit')}
        </Button>
      </Group>
    </Stack>
  );
}
