import { Button, List, Stack, Text, Textarea, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useLanguage } from '../../../i18n';
import { formatDate } from '../../../lib/datetime';
import { ProblemAlert } from '../../shell/ProblemAlert';
import { type PrpSession, useCompleteSession } from '../prp-api';
import { SessionFigures } from '../SessionFigures';

/** The last screen: complete the session (its follow-ups recorded), then print the aftercare sheet. */
export function CompleteStep({
  session,
  onSaved,
}: {
  session: PrpSession;
  onSaved: (s: PrpSession) => void;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const complete = useCompleteSession(session.patientId, session.id);
  const [note, setNote] = useState('');
  const done = session.stage === 'completed';
  return (
    <Stack gap="md" data-testid="step-complete">
      <Title order={2} fz="xl">
        {done ? t('prp.complete.done') : t('prp.complete.title')}
      </Title>
      <SessionFigures session={session} />
      {done ? (
        <>
          <Text fw={600}>{t('prp.complete.followUps')}</Text>
          <List data-testid="session-follow-ups">
            {(session.followUps ?? []).map((f) => (
              <List.Item key={`${f.afterDays}-${f.label}`}>
                {t('prp.complete.due', { date: formatDate(f.dueOn, language), label: f.label })}
              </List.Item>
            ))}
          </List>
          <Button
            size="xl"
            component={Link}
            to={`/patients/${session.patientId}/prp-sessions/${session.id}/aftercare`}
            data-testid="aftercare-print"
          >
            {t('prp.aftercare')}
          </Button>
        </>
      ) : (
        <>
          <Textarea
            size="lg"
            label={t('prp.complete.note')}
            value={note}
            onChange={(e) => setNote(e.currentTarget.value)}
          />
          {complete.error ? <ProblemAlert error={complete.error} /> : null}
          <Button
            size="xl"
            loading={complete.isPending}
            onClick={() =>
              complete.mutate(
                { version: session.version, ...(note.trim() ? { note: note.trim() } : {}) },
                { onSuccess: onSaved },
              )
            }
            data-testid="session-complete"
          >
            {t('prp.complete.button')}
          </Button>
        </>
      )}
    </Stack>
  );
}
