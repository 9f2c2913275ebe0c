import { Badge, Box, Button, Card, Group, Menu, Text } from '@mantine/core';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../../i18n';
import { formatDate } from '../../../lib/datetime';
import type { ClinicalRecord, VoidInput } from './record-api';
import { VoidRecordDialog } from './VoidRecordDialog';

interface RecordCardProps {
  record: ClinicalRecord;
  /** The clinical day: consulted, assessed or taken on. */
  date: string;
  /** Who recorded it, as the kind says it ("担当医 …"). */
  author?: string | undefined;
  /** The kind's own labels beside the date (plan, region, view). */
  badges?: ReactNode;
  /** Buttons shown whatever the record's state (a breakdown to open). */
  tools?: ReactNode;
  /** May the reader correct and void it (their permission, the patient not merged)? */
  writable: boolean;
  onCorrect?: (() => void) | undefined;
  onVoid?: ((input: VoidInput) => Promise<unknown>) | undefined;
  /** What is voided, after the date in the dialog ("頬の凹み", "全顔"). */
  voidSubject: string;
  voidTitle?: string;
  /** Called once voided: e.g. to close the viewer the card is in. */
  onVoided?: () => void;
  /** The card's test id; its actions are `<actionTestId>-actions`, `-correct`, `-void`. */
  testId: string;
  actionTestId: string;
  /** Without its own frame, inside a dialog. */
  frameless?: boolean;
  /** The kind's own content; struck through once voided. */
  children: ReactNode;
}

/**
 * One clinical record as the chart shows it: the date, the kind's labels and who recorded it; a
 * voided one stays, struck through, with its reason. Correcting and voiding are offered here, the
 * void through the shared dialog that asks for the reason.
 */
export function RecordCard(props: RecordCardProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const [voiding, setVoiding] = useState(false);
  const { record, onVoid, onCorrect } = props;
  const voided = record.status === 'voided';
  const changeable = props.writable && !voided && (onVoid !== undefined || onCorrect !== undefined);
  const date = formatDate(props.date, language, 'long');

  return (
    <Card
      data-testid={props.testId}
      data-status={record.status}
      opacity={voided ? 0.75 : 1}
      withBorder={!props.frameless}
      p={props.frameless ? 0 : undefined}
    >
      <Group justify="space-between" align="flex-start" gap="xs">
        <Group gap="sm">
          <Text fw={700} td={voided ? 'line-through' : undefined}>
            {date}
          </Text>
          {props.badges}
          {voided && (
            <Badge color="gray" variant="outline">
              {t('records.voided')}
            </Badge>
          )}
          {props.author && (
            <Text fz="sm" c="dimmed">
              {props.author}
            </Text>
          )}
        </Group>
        <Group gap="xs">
          {props.tools}
          {changeable && (
            <Menu position="bottom-end" withinPortal>
              <Menu.Target>
                <Button size="xs" variant="subtle" data-testid={`${props.actionTestId}-actions`}>
                  {t('common.actions')}
                </Button>
              </Menu.Target>
              <Menu.Dropdown>
                {onCorrect && (
                  <Menu.Item onClick={onCorrect} data-testid={`${props.actionTestId}-correct`}>
                    {t('records.correct')}
                  </Menu.Item>
                )}
                {onVoid && (
                  <Menu.Item
                    color="red"
                    onClick={() => setVoiding(true)}
                    data-testid={`${props.actionTestId}-void`}
                  >
                    {t('records.void')}
                  </Menu.Item>
                )}
              </Menu.Dropdown>
            </Menu>
          )}
        </Group>
      </Group>
      {voided && record.voidReason && (
        <Text fz="sm" c="dimmed" mt={4}>
          {t('records.voidReason', { reason: record.voidReason })}
        </Text>
      )}
      <Box mt="xs" td={voided ? 'line-through' : undefined}>
        {props.children}
      </Box>
      {voiding && onVoid && (
        <VoidRecordDialog
          title={props.voidTitle}
          subject={`${date} — ${props.voidSubject}`}
          onVoid={(reason) => onVoid({ id: record.id, version: record.version, reason })}
          onDone={props.onVoided}
          onClose={() => setVoiding(false)}
        />
      )}
    </Card>
  );
}
