import { Badge, Button, Group, Modal, Stack, Table, Text, Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../i18n';
import { formatInstant, todayInTokyo } from '../../lib/datetime';
import { ProblemAlert } from '../shell/ProblemAlert';
import {
  type Collection,
  type SitePage,
  usePageRevisions,
  type usePublishPage,
  useWithdrawPage,
} from './site-api';

/**
 * Publishing a page on a chosen day (today unless told; a later day holds it back until then) and
 * taking it off the site with a reason. Unsaved changes must be saved first: what is published is a
 * saved revision.
 */
export function PublishControls({
  page,
  collection,
  publish,
  unsaved,
}: {
  page: SitePage;
  collection: Collection;
  /** The editor's own: its refusal (a treatment page without price or risks) is shown at the fields. */
  publish: ReturnType<typeof usePublishPage>;
  unsaved: boolean;
}) {
  const { t } = useTranslation();
  const withdraw = useWithdrawPage(collection);
  const [publishedOn, setPublishedOn] = useState(todayInTokyo);
  const [asking, setAsking] = useState(false);
  const [reason, setReason] = useState('');
  return (
    <Stack gap="xs">
      <Group align="flex-end">
        <TextInput
          type="date"
          label={t('site.publishOn')}
          value={publishedOn}
          onChange={(event) => {
            const value = event.currentTarget.value;
            setPublishedOn(value);
          }}
          data-testid="site-publish-on"
        />
        <Button
          color="green"
          disabled={unsaved || !publishedOn}
          loading={publish.isPending}
          onClick={() => publish.mutate({ id: page.id, version: page.version, publishedOn })}
          data-testid="site-publish"
        >
          {t('site.publish')}
        </Button>
        {page.status === 'published' && (
          <Button variant="light" color="red" onClick={() => setAsking(true)} data-testid="site-withdraw">
            {t('site.withdraw')}
          </Button>
        )}
      </Group>
      <Modal opened={asking} onClose={() => setAsking(false)} title={t('site.withdrawTitle')}>
        <Stack>
          <Textarea
            label={t('site.withdrawReason')}
            value={reason}
            onChange={(event) => {
              const value = event.currentTarget.value;
              setReason(value);
            }}
            required
            data-testid="site-withdraw-reason"
          />
          {withdraw.error ? <ProblemAlert error={withdraw.error} /> : null}
          <Button
            color="red"
            disabled={!reason.trim()}
            loading={withdraw.isPending}
            onClick={() =>
              withdraw.mutate(
                { id: page.id, version: page.version, reason: reason.trim() },
                {
                  onSuccess: () => {
                    setAsking(false);
                    setReason('');
                  },
                },
              )
            }
            data-testid="site-withdraw-confirm"
          >
            {t('site.withdraw')}
          </Button>
        </Stack>
      </Modal>
    </Stack>
  );
}

const NO_WRAP = { whiteSpace: 'nowrap' } as const;

/** The page's saved revisions, newest first, the one the public sees marked. */
export function PageRevisions({ page, collection }: { page: SitePage; collection: Collection }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const revisions = usePageRevisions(collection, page.id);
  if (!revisions.data?.length) return null;
  return (
    <Stack gap={4}>
      <Text fw={600} fz="sm">
        {t('site.revisions')}
      </Text>
      <Table fz="sm" data-testid="site-revisions">
        <Table.Tbody>
          {revisions.data.map((revision) => (
            <Table.Tr key={revision.revision} data-testid="site-revision">
              <Table.Td style={NO_WRAP}>{t('site.revisionNumber', { revision: revision.revision })}</Table.Td>
              <Table.Td style={NO_WRAP}>{formatInstant(revision.savedAt, language)}</Table.Td>
              <Table.Td>{revision.title}</Table.Td>
              <Table.Td style={NO_WRAP}>
                {revision.revision === page.publishedRevision && page.status === 'published' && (
                  <Badge color="green" variant="light">
                    {t('site.statuses.published')}
                  </Badge>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}
