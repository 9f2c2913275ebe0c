import { Anchor, Button, Card, Group, List, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { formatDate } from '../../../lib/datetime';
import { usePatient } from '../../patients/patients-api';
import { usePrintClinic } from '../../print/clinic-api';
import { PrintSheet } from '../../print/PrintSheet';
import { usePrpSession } from '../prp-api';

/**
 * /patients/:id/prp-sessions/:sessionId/aftercare: what to expect after PRP and when to call, on
 * A4 in Japanese whatever the screen's language (the patient takes it home), with the follow-up
 * dates the session recorded. The expected course is the clinic's own (shared/domain/followup.md).
 */
export function AftercarePrintPage() {
  const { t, i18n } = useTranslation();
  const ja = i18n.getFixedT('ja');
  const { patientId = '', sessionId = '' } = useParams();
  const patient = usePatient(patientId);
  const session = usePrpSession(patientId, sessionId);
  const clinic = usePrintClinic();
  const list = (key: 'course' | 'care' | 'call') =>
    ja(`prp.aftercareSheet.${key}`, { returnObjects: true }) as string[];

  if (!patient.data || !session.data) return <Skeleton h={400} />;
  const followUps = session.data.followUps ?? [];
  return (
    <Stack gap="md" data-testid="print-page">
      <Card data-print="hide">
        <Group justify="space-between">
          <Anchor component={Link} to={`/patients/${patientId}/prp`} fz="sm">
            ← {t('print.back')}
          </Anchor>
          <Button onClick={() => window.print()} data-testid="print-now">
            {t('print.print')}
          </Button>
        </Group>
      </Card>
      <PrintSheet clinic={clinic} patient={patient.data} title={ja('prp.aftercareSheet.title')}>
        <Stack gap="sm" lang="ja" data-testid="aftercare-sheet">
          <Text fw={600}>
            {ja('prp.aftercareSheet.sessionOn', { date: formatDate(session.data.sessionOn, 'ja', 'long') })}
          </Text>
          <Text fz="sm">{ja('prp.aftercareSheet.intro')}</Text>
          {(['course', 'care', 'call'] as const).map((key) => (
            <Stack gap={4} key={key}>
              <Title order={3} fz="md">
                {ja(`prp.aftercareSheet.${key}Title`)}
              </Title>
              <List fz="sm" spacing={2}>
                {list(key).map((line) => (
                  <List.Item key={line}>{line}</List.Item>
                ))}
              </List>
            </Stack>
          ))}
          {followUps.length > 0 && (
            <Stack gap={4}>
              <Title order={3} fz="md">
                {ja('prp.aftercareSheet.followUpsTitle')}
              </Title>
              <List fz="sm" spacing={2} data-testid="aftercare-follow-ups">
                {followUps.map((f) => (
                  <List.Item key={`${f.afterDays}-${f.label}`}>
                    {formatDate(f.dueOn, 'ja', 'long')}　{f.label}
                  </List.Item>
                ))}
              </List>
            </Stack>
          )}
          {clinic?.phone && (
            <Text fz="sm" fw={600} mt="sm">
              {ja('prp.aftercareSheet.contact', { clinic: clinic.name, phone: clinic.phone })}
            </Text>
          )}
        </Stack>
      </PrintSheet>
    </Stack>
  );
}
