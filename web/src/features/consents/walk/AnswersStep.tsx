import { Alert, Button, Card, Group, NumberInput, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ANSWER_OF, scopesOf } from '../consent-scopes';
import type { ConsentScope, Therapy } from '../consents-api';
import { type Answers, MAX_STORAGE_YEARS, type WalkAction, type WalkState } from './walk-state';

/**
 * Step 3, in the patient's hands: each scope answered on its own, in large type, nothing chosen
 * beforehand (regulatory.md: consent is voluntary; photos for advertising are asked apart).
 */
export function AnswersStep(props: {
  therapy: Therapy;
  state: WalkState;
  dispatch: (action: WalkAction) => void;
}) {
  const { t } = useTranslation();
  const { answers } = props.state;
  const answer = (changes: Partial<Answers>) => props.dispatch({ type: 'answer', changes });

  return (
    <Stack gap="md">
      <Text fz="xl">{t('consents.walk.answers.intro')}</Text>
      {scopesOf(props.therapy).map((scope) => (
        <Card key={scope} withBorder padding="lg" data-testid={`walk-question-${scope}`}>
          <Text fz={26} fw={600} lh={1.5}>
            {t(`consents.walk.answers.questions.${scope}`)}
          </Text>
          <YesNo
            scope={scope}
            value={answers[ANSWER_OF[scope]]}
            onChange={(yes) => answer({ [ANSWER_OF[scope]]: yes })}
          />
          {scope === 'cell_storage' && answers.cellStorage === true && (
            <NumberInput
              mt="md"
              size="xl"
              label={t('consents.walk.answers.years')}
              value={answers.cellStorageYears ?? ''}
              onChange={(value) => answer({ cellStorageYears: typeof value === 'number' ? value : null })}
              min={1}
              max={MAX_STORAGE_YEARS}
              allowDecimal={false}
              allowNegative={false}
              suffix={` ${t('consents.walk.answers.yearsUnit')}`}
              w={240}
              data-testid="walk-storage-years"
            />
          )}
          {scope === 'treatment' && answers.treatment === false && (
            <Alert mt="md" color="yellow" variant="light" fz="lg">
              {t('consents.walk.answers.treatmentRefused')}
            </Alert>
          )}
        </Card>
      ))}
    </Stack>
  );
}

function YesNo(props: { scope: ConsentScope; value: boolean | null; onChange: (yes: boolean) => void }) {
  const { t } = useTranslation();
  const choice = (yes: boolean) => (
    <Button
      size="xl"
      miw={160}
      variant={props.value === yes ? 'filled' : 'default'}
      color={yes ? 'clinic' : 'gray'}
      aria-pressed={props.value === yes}
      onClick={() => props.onChange(yes)}
      data-testid={`walk-answer-${props.scope}-${yes ? 'yes' : 'no'}`}
    >
      {yes ? t('consents.walk.answers.yes') : t('consents.walk.answers.no')}
    </Button>
  );
  return (
    <Group gap="md" mt="md">
      {choice(true)}
      {choice(false)}
    </Group>
  );
}
