import { Alert, Button, Card, Group, Skeleton, Stack, Table, Tabs, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { VIEW_ACTIONS as ACCESS_ACTIONS } from '../../../../../src/modules/audit/kinds';
import { ApiProblem } from '../../../lib/api-problem';
import { problemMessage } from '../../../lib/problems';
import { can, useSession } from '../../auth/session';
import { AuditDetailDrawer } from './AuditDetailDrawer';
import { AuditFilterBar } from './AuditFilterBar';
import { useAuditEvents } from './audit-api';
import { useAuditLabels } from './audit-labels';
import {
  type AuditEvent,
  type AuditFilters,
  type AuditKind,
  auditSearchParams,
  EMPTY_FILTERS,
} from './audit-query';
import { VerifyResult } from './VerifyChain';
import { useChainVerification } from './verification-api';

// The export is a plain link (the browser downloads the CSV): the typed client answers JSON only.
const AUDIT_PATH = '/api/v1/audit-events';

/** The audit trail and the access log (who saw which patient): filter, read, export, verify. */
export function AuditPage() {
  const { t } = useTranslation();
  const { me } = useSession();
  const labels = useAuditLabels({ canListUsers: can(me, 'users:manage') });
  const [filters, setFilters] = useState<AuditFilters>(EMPTY_FILTERS);
  const [selected, setSelected] = useState<AuditEvent | null>(null);
  const verify = useChainVerification();

  const events = useAuditEvents(filters);
  const rows = events.data?.pages.flatMap((page) => page.items) ?? [];
  const unavailable = events.error instanceof ApiProblem && events.error.status === 404;
  const exportQuery = auditSearchParams(filters).toString();

  return (
    <Stack gap="md" maw={1400} data-testid="audit-page">
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={2}>{t('audit.title')}</Title>
          <Text fz="sm" c="dimmed" mt={4}>
            {t('audit.intro')}
          </Text>
        </div>
        <Group gap="sm">
          <Button
            component="a"
            href={`${AUDIT_PATH}/export.csv${exportQuery ? `?${exportQuery}` : ''}`}
            download
            variant="default"
            data-testid="audit-export"
          >
            {t('audit.export')}
          </Button>
          <Button
            onClick={verify.start}
            loading={verify.starting || verify.job?.state === 'running'}
            data-testid="audit-verify"
          >
            {t('audit.verify')}
          </Button>
        </Group>
      </Group>
      <VerifyResult verify={verify} />

      <Tabs
        value={filters.kind}
        onChange={(value) => value && setFilters((current) => ({ ...current, kind: value as AuditKind }))}
        keepMounted={false}
      >
        <Tabs.List>
          <Tabs.Tab value="all" data-testid="audit-kind-all">
            {t('audit.kinds.all')}
          </Tabs.Tab>
          <Tabs.Tab value="changes" data-testid="audit-kind-changes">
            {t('audit.kinds.changes')}
          </Tabs.Tab>
          <Tabs.Tab value="access" data-testid="audit-kind-access">
            {t('audit.kinds.access')}
          </Tabs.Tab>
        </Tabs.List>
      </Tabs>

      <AuditFilterBar
        applied={filters}
        onApply={(next) => setFilters((current) => ({ ...next, kind: current.kind }))}
        users={labels.users}
        canListUsers={can(me, 'users:manage')}
        serverError={events.error}
      />

      <Card p={0}>
        {unavailable && (
          <Alert
            color="yellow"
            variant="light"
            m="sm"
            title={t('audit.unavailableTitle')}
            data-testid="audit-unavailable"
          >
            {t('audit.unavailable')}
          </Alert>
        )}
        {events.error && !unavailable && (
          <Alert color="red" variant="light" m="sm" data-testid="audit-error">
            {problemMessage(t, events.error)}
          </Alert>
        )}
        {events.isPending && (
          <Stack p="sm" gap="xs">
            <Skeleton h={20} />
            <Skeleton h={20} />
            <Skeleton h={20} />
          </Stack>
        )}
        {events.data && rows.length === 0 && (
          <Text fz="sm" c="dimmed" p="md" data-testid="audit-empty">
            {t('audit.empty')}
          </Text>
        )}
        {rows.length > 0 && (
          <Table.ScrollContainer minWidth={640}>
            <Table data-testid="audit-table" stickyHeader>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th w={170} style={NO_WRAP}>
                    {t('audit.columns.occurredAt')}
                  </Table.Th>
                  <Table.Th style={NO_WRAP}>{t('audit.columns.event')}</Table.Th>
                  {/* A header too narrow for two kanji stacks them 理/由: it keeps its width. */}
                  <Table.Th miw={120} style={NO_WRAP}>
                    {t('audit.columns.reason')}
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rows.map((event) => (
                  <Table.Tr
                    key={event.id}
                    onClick={() => setSelected(event)}
                    onKeyDown={(e) => {
                      if (e.key === 'Enter' || e.key === ' ') setSelected(event);
                    }}
                    tabIndex={0}
                    style={{ cursor: 'pointer' }}
                    data-testid="audit-row"
                    data-action={event.action}
                  >
                    <Table.Td fz="xs" style={NO_WRAP}>
                      {labels.when(event.occurredAt)}
                    </Table.Td>
                    <Table.Td>
                      <Text
                        fz="sm"
                        c={WARNING_ACTIONS.has(event.action) ? 'red.8' : undefined}
                        fw={VIEW_ACTIONS.has(event.action) ? undefined : 500}
                        data-testid="audit-sentence"
                      >
                        {labels.sentence(event)}
                      </Text>
                    </Table.Td>
                    <Table.Td
                      fz="xs"
                      miw={120}
                      maw={240}
                      style={{ overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }}
                    >
                      {event.reason ?? ''}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
        {events.data && (
          <Group justify="space-between" p="sm">
            <Text fz="xs" c="dimmed" data-testid="audit-count">
              {t('audit.shown', { count: rows.length })}
            </Text>
            {events.hasNextPage && (
              <Button
                variant="light"
                size="xs"
                onClick={() => void events.fetchNextPage()}
                loading={events.isFetchingNextPage}
                data-testid="audit-more"
              >
                {t('audit.more')}
              </Button>
            )}
          </Group>
        )}
      </Card>

      <AuditDetailDrawer event={selected} labels={labels} onClose={() => setSelected(null)} />
    </Stack>
  );
}

const NO_WRAP = { whiteSpace: 'nowrap' } as const;
/** Views (reads and searches) in plain weight, changes in bold: the access log reads lighter. */
const VIEW_ACTIONS = new Set<string>(ACCESS_ACTIONS);

const WARNING_ACTIONS = new Set([
  'login_failed',
  'login_locked',
  'login_refused_locked',
  'deactivate',
  'revoke',
  'totp_reset',
  'totp_disabled',
]);
