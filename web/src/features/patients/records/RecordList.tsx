import { Alert, Button, Group, Skeleton, Stack, Switch, Text } from '@mantine/core';
import { useUncontrolled } from '@mantine/hooks';
import type { InfiniteData, UseInfiniteQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { problemMessage } from '../../../lib/problems';
import type { ClinicalRecord, RecordPage } from './record-api';

type RecordListProps<R extends ClinicalRecord> = {
  list: UseInfiniteQueryResult<InfiniteData<RecordPage<R>>>;
  emptyText: string;
  loadMoreText?: string;
  /** The tab's own buttons, at the top right (record a new one). */
  actions?: ReactNode;
  /** Between those and the records (a notice, a chart, the upload form). */
  header?: ReactNode;
  /** After the records (a comparison). */
  footer?: ReactNode;
  /**
   * Given when the server leaves voided records out unless asked (photos): the tab asks again.
   * Otherwise the list holds them all and hides or shows them itself, shown at first.
   */
  showVoided?: boolean;
  onShowVoidedChange?: (shown: boolean) => void;
} & Rendering<R>;

type Rendering<R> =
  /** Each record, as its kind shows it (its card). */
  | { children: (record: R) => ReactNode; renderAll?: never }
  /** All of them at once (the photo sheet). */
  | { renderAll: (records: R[]) => ReactNode; children?: never };

/**
 * A patient's records of one kind, newest first: loading, failure, nothing yet, "load more" (cursor
 * paging) and whether voided records are shown. The tab says only what is its own.
 */
export function RecordList<R extends ClinicalRecord>(props: RecordListProps<R>) {
  const { t } = useTranslation();
  const { list } = props;
  const [showVoided, setShowVoided] = useUncontrolled({
    value: props.showVoided,
    defaultValue: true,
    onChange: props.onShowVoidedChange,
  });
  const all = list.data?.pages.flatMap((page) => page.items) ?? [];
  const shown = showVoided ? all : all.filter((record) => !isVoided(record));
  // Offered when there is something to hide, or when only the server knows (it left them out).
  const offerVoided = props.showVoided !== undefined || all.some(isVoided);

  return (
    <Stack gap="md">
      {props.actions && <Group justify="flex-end">{props.actions}</Group>}
      {props.header}
      {offerVoided && (
        <Switch
          size="sm"
          label={t('records.showVoided')}
          checked={showVoided}
          onChange={(event) => setShowVoided(event.currentTarget.checked)}
          data-testid="records-show-voided"
        />
      )}
      {list.isPending && <Skeleton h={120} />}
      {list.error && (
        <Alert color="red" variant="light">
          {problemMessage(t, list.error)}
        </Alert>
      )}
      {list.isSuccess && shown.length === 0 && <Text c="dimmed">{props.emptyText}</Text>}
      {shown.length > 0 && (props.renderAll ? props.renderAll(shown) : shown.map(props.children))}
      {list.hasNextPage && (
        <Group justify="center">
          <Button
            variant="default"
            onClick={() => void list.fetchNextPage()}
            loading={list.isFetchingNextPage}
            data-testid="records-more"
          >
            {props.loadMoreText ?? t('records.loadMore')}
          </Button>
        </Group>
      )}
      {props.footer}
    </Stack>
  );
}

const isVoided = (record: ClinicalRecord) => record.status === 'voided';
