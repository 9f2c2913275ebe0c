import { Alert, Badge, Button, Group, Paper, Skeleton, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type DisplayLocale, formatInstant } from '../../../../lib/datetime';
import { problemMessage } from '../../../../lib/problems';
import { ReasonDialog } from '../../../shell/ReasonDialog';
import type { Plan } from '../plans-api';
import { shortHash } from './consent-items';
import { DocumentModal } from './DocumentModal';
import {
  type ConsentDocument,
  STATUS_COLORS,
  useConsentDocuments,
  useDraftNextEdition,
  useRetireDocument,
} from './documents-api';

/**
 * The explanation and consent documents of a plan (説明文書・同意文書): every edition, newest first,
 * and the next one drafted from the latest (or from the therapy's template for the first).
 */
export function DocumentsPanel({ plan, canManage }: { plan: Plan; canManage: boolean }) {
  const { t } = useTranslation();
  const documents = useConsentDocuments(plan.id, true);
  const draftNext = useDraftNextEdition(plan.id);
  const [open, setOpen] = useState<ConsentDocument | null>(null);
  const [retiring, setRetiring] = useState<ConsentDocument | null>(null);
  const editions = documents.data ?? [];
  const pendingDraft = editions.find((d) => d.status === 'draft');
  const mayDraft = canManage && plan.status !== 'ended';

  const create = () =>
    draftNext.mutate(editions[0], {
      onSuccess: (draft) => {
        notifications.show({
          color: 'green',
          message: t('consentDocuments.drafted', { edition: draft.edition }),
        });
        setOpen(draft);
      },
    });

  return (
    <Stack gap="xs" data-testid="plan-documents">
      {documents.isPending && <Skeleton h={60} />}
      {documents.error && (
        <Alert color="red" variant="light">
          {problemMessage(t, documents.error)}
        </Alert>
      )}
      {documents.data?.length === 0 && (
        <Text fz="sm" c="dimmed" data-testid="doc-none">
          {t('consentDocuments.none')}
        </Text>
      )}
      {editions.map((document) => (
        <EditionRow
          key={document.id}
          document={document}
          canManage={canManage}
          onOpen={() => setOpen(document)}
          onRetire={() => setRetiring(document)}
        />
      ))}
      {mayDraft && (
        <Stack gap={4} align="flex-start">
          <Button
            variant="light"
            size="xs"
            onClick={create}
            loading={draftNext.isPending}
            disabled={pendingDraft !== undefined || documents.isPending}
            data-testid="doc-create"
          >
            {t('consentDocuments.create')}
          </Button>
          <Text fz="xs" c="dimmed">
            {pendingDraft
              ? t('consentDocuments.draftPending', { edition: pendingDraft.edition })
              : editions.length > 0
                ? t('consentDocuments.fromLatest', { edition: editions[0]?.edition })
                : t('consentDocuments.fromTemplate', { therapy: t(`plans.therapies.${plan.therapy}`) })}
          </Text>
          {draftNext.error ? (
            <Alert color="red" variant="light" data-testid="doc-create-error">
              {problemMessage(t, draftNext.error)}
            </Alert>
          ) : null}
        </Stack>
      )}
      {open && <DocumentModal document={open} canManage={canManage} onClose={() => setOpen(null)} />}
      {retiring && <RetireDialog planId={plan.id} document={retiring} onClose={() => setRetiring(null)} />}
    </Stack>
  );
}

interface EditionRowProps {
  document: ConsentDocument;
  canManage: boolean;
  onOpen: () => void;
  onRetire: () => void;
}

function EditionRow({ document, canManage, onOpen, onRetire }: EditionRowProps) {
  const { t, i18n } = useTranslation();
  const locale: DisplayLocale = i18n.language === 'en' ? 'en' : 'ja';
  const draft = document.status === 'draft';
  return (
    <Paper withBorder p="xs" data-testid={`doc-row-${document.edition}`}>
      <Group justify="space-between" align="flex-start" gap="xs" wrap="wrap">
        <Stack gap={2} style={{ flex: '1 1 16rem', minWidth: 0 }}>
          <Group gap="xs">
            <Text fz="sm" fw={600}>
              {t('consentDocuments.edition', { edition: document.edition })}
            </Text>
            <Badge size="sm" color={STATUS_COLORS[document.status]} data-testid="doc-row-status">
              {t(`consentDocuments.statuses.${document.status}`)}
            </Badge>
            {document.contentHash && (
              <Text ff="monospace" fz="xs" c="dimmed" data-testid="doc-row-hash">
                {shortHash(document.contentHash)}
              </Text>
            )}
          </Group>
          <Text fz="xs" c="dimmed" truncate>
            {document.publishedAt
              ? t('consentDocuments.publishedLine', {
                  when: formatInstant(document.publishedAt, locale),
                  note: document.revisionNote ?? '',
                })
              : document.titleJa}
          </Text>
          {document.retiredReason && (
            <Text fz="xs" c="dimmed">
              {t('consentDocuments.retiredLine', { reason: document.retiredReason })}
            </Text>
          )}
        </Stack>
        <Group gap="xs">
          <Button variant="default" size="compact-sm" onClick={onOpen} data-testid="doc-open">
            {draft && canManage ? t('common.edit') : t('consentDocuments.open')}
          </Button>
          {canManage && document.status === 'published' && (
            <Button
              variant="subtle"
              color="red"
              size="compact-sm"
              onClick={onRetire}
              data-testid="doc-retire"
            >
              {t('consentDocuments.retire')}
            </Button>
          )}
        </Group>
      </Group>
    </Paper>
  );
}

function RetireDialog({
  planId,
  document,
  onClose,
}: {
  planId: string;
  document: ConsentDocument;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const retire = useRetireDocument(planId);
  return (
    <ReasonDialog
      title={t('consentDocuments.retireTitle', { edition: document.edition })}
      explain={t('consentDocuments.retireExplain')}
      danger
      submitLabel={t('consentDocuments.retire')}
      pending={retire.isPending}
      error={retire.error}
      onSubmit={(reason) =>
        retire.mutate(
          { id: document.id, body: { version: document.version, reason } },
          {
            onSuccess: () => {
              notifications.show({
                color: 'green',
                message: t('consentDocuments.retired', { edition: document.edition }),
              });
              onClose();
            },
          },
        )
      }
      onClose={onClose}
      testId="doc-retire-dialog"
      testPrefix="doc-retire"
    />
  );
}
