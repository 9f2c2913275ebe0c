import { Badge, Button, Card, Group, Menu, SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../../i18n';
import { formatDate, formatInstant } from '../../../lib/datetime';
import { ConsultationWarnings } from './ConsultationWarnings';
import { type Consultation, SCREENING_QUESTIONS } from './consultation-form';

interface ConsultationCardProps {
  consultation: Consultation;
  writable: boolean;
  onCorrect: () => void;
  onVoid: () => void;
  onAssess: () => void;
}

const PLAN_COLOR: Record<Consultation['plan'], string> = {
  prp: 'red',
  fibroblast: 'grape',
  other: 'blue',
  none: 'gray',
};

/** One consultation as the chart shows it; a voided one stays, struck through, with its reason. */
export function ConsultationCard({
  consultation: c,
  writable,
  onCorrect,
  onVoid,
  onAssess,
}: ConsultationCardProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const voided = c.status === 'voided';
  const answered = SCREENING_QUESTIONS.filter((question) => c[question] !== null);

  const section = (label: string, text: string | null) =>
    text ? (
      <Stack gap={0}>
        <Text fz="xs" c="dimmed" fw={600}>
          {label}
        </Text>
        <Text fz="sm" style={{ whiteSpace: 'pre-wrap' }}>
          {text}
        </Text>
      </Stack>
    ) : null;

  return (
    <Card data-testid="consultation-card" data-status={c.status} opacity={voided ? 0.75 : 1}>
      <Group justify="space-between" align="flex-start" gap="xs">
        <Group gap="sm">
          <Text fw={700} td={voided ? 'line-through' : undefined}>
            {formatDate(c.consultedOn, language, 'long')}
          </Text>
          <Badge color={PLAN_COLOR[c.plan]} variant="light">
            {t(`consultations.plans.${c.plan}`)}
          </Badge>
          {voided && (
            <Badge color="gray" variant="outline">
              {t('records.voided')}
            </Badge>
          )}
          <Text fz="sm" c="dimmed">
            {t('consultations.physicianLine', { name: c.physicianName })}
          </Text>
        </Group>
        {writable && !voided && (
          <Group gap="xs">
            <Button size="xs" variant="light" onClick={onAssess} data-testid="cons-card-assess">
              {t('consultations.addAssessment')}
            </Button>
            <Menu position="bottom-end" withinPortal>
              <Menu.Target>
                <Button size="xs" variant="subtle" data-testid="cons-card-actions">
                  {t('common.actions')}
                </Button>
              </Menu.Target>
              <Menu.Dropdown>
                <Menu.Item onClick={onCorrect} data-testid="cons-card-correct">
                  {t('records.correct')}
                </Menu.Item>
                <Menu.Item color="red" onClick={onVoid} data-testid="cons-card-void">
                  {t('records.void')}
                </Menu.Item>
              </Menu.Dropdown>
            </Menu>
          </Group>
        )}
      </Group>
      {voided && c.voidReason && (
        <Text fz="sm" c="dimmed" mt={4}>
          {t('records.voidReason', { reason: c.voidReason })}
        </Text>
      )}
      <Stack gap="xs" mt="sm" style={voided ? { textDecoration: 'line-through' } : undefined}>
        <Text fz="md" fw={600} style={{ whiteSpace: 'pre-wrap' }}>
          {c.chiefComplaint}
        </Text>
        {(answered.length > 0 || c.pregnancy) && (
          <Group gap={6}>
            {answered.map((question) => (
              <Badge
                key={question}
                size="sm"
                variant={c[question] ? 'filled' : 'light'}
                color={c[question] ? 'orange' : 'gray'}
                tt="none"
              >
                {t(`consultations.fields.${question}`)}:{' '}
                {t(`consultations.answers.${c[question] ? 'yes' : 'no'}`)}
              </Badge>
            ))}
            {c.pregnancy && (
              <Badge
                size="sm"
                tt="none"
                variant={c.pregnancy === 'yes' || c.pregnancy === 'possible' ? 'filled' : 'light'}
                color={c.pregnancy === 'yes' || c.pregnancy === 'possible' ? 'orange' : 'gray'}
              >
                {t('consultations.fields.pregnancy')}: {t(`consultations.pregnancy.${c.pregnancy}`)}
              </Badge>
            )}
          </Group>
        )}
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm" verticalSpacing="xs">
          {section(t('consultations.fields.acneHistory'), c.acneHistory)}
          {section(t('consultations.fields.priorTreatments'), c.priorTreatments)}
          {section(t('consultations.fields.findings'), c.findings)}
          {section(t('consultations.fields.planNotes'), c.planNotes)}
        </SimpleGrid>
        {c.nextAppointmentAt && (
          <Text fz="sm" fw={600} c="clinic.8">
            {t('consultations.next', { at: formatInstant(c.nextAppointmentAt, language) })}
          </Text>
        )}
      </Stack>
      {!voided && c.warnings.length > 0 && (
        <div style={{ marginTop: 8 }}>
          <ConsultationWarnings warnings={c.warnings} compact />
        </div>
      )}
    </Card>
  );
}
