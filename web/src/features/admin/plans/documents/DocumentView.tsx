import { Badge, DataList, Grid, Group, Paper, Stack, Tabs, Text, Title } from '@mantine/core';
import { type ReactNode, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { type DisplayLocale, formatInstant } from '../../../../lib/datetime';
import { CopyTextButton } from '../../../shell/CopyTextButton';
import { storedCoverage } from './consent-items';
import { type ConsentDocument, STATUS_COLORS } from './documents-api';
import { ItemChecklist } from './ItemChecklist';
import { MarkdownPreview } from './MarkdownPreview';

/**
 * A published (or retired) edition as the patient is given it: never edited again, identified by
 * its edition and the SHA-256 of its text, which a signed consent keeps beside it.
 */
export function DocumentView({ document }: { document: ConsentDocument }) {
  const { t, i18n } = useTranslation();
  const locale: DisplayLocale = i18n.language === 'en' ? 'en' : 'ja';
  const covered = storedCoverage(document.items);
  const root = useRef<HTMLDivElement>(null);
  // Shown right after publishing, it starts at the edition and its hash, not where the editor was
  // scrolled to reach the publish button.
  useEffect(() => {
    let scrolled = root.current?.parentElement;
    while (scrolled && scrolled.scrollTop === 0) scrolled = scrolled.parentElement;
    scrolled?.scrollTo({ top: 0 });
  }, []);
  return (
    <Grid gap="lg" ref={root} data-testid="doc-view">
      <Grid.Col span={{ base: 12, lg: 8 }}>
        <Stack gap="sm">
          <DataList size="sm" gap={6} labelWidth="9rem">
            <Item label={t('consentDocuments.view.edition')}>
              <Group gap="xs">
                <Text fz="sm" fw={600} data-testid="doc-edition">
                  {t('consentDocuments.edition', { edition: document.edition })}
                </Text>
                <Badge color={STATUS_COLORS[document.status]} data-testid="doc-status">
                  {t(`consentDocuments.statuses.${document.status}`)}
                </Badge>
              </Group>
            </Item>
            {document.publishedAt && (
              <Item label={t('consentDocuments.view.publishedAt')}>
                {formatInstant(document.publishedAt, locale)}
              </Item>
            )}
            <Item label={t('consentDocuments.revisionNote')}>{document.revisionNote ?? '—'}</Item>
            {document.retiredReason && (
              <Item label={t('consentDocuments.view.retiredReason')}>{document.retiredReason}</Item>
            )}
            {document.contentHash && (
              <Item label={t('consentDocuments.view.hash')}>
                <Stack gap={4} align="flex-start">
                  <Text ff="monospace" fz="xs" style={{ wordBreak: 'break-all' }} data-testid="doc-hash">
                    {document.contentHash}
                  </Text>
                  <CopyTextButton text={document.contentHash} size="compact-xs" testId="doc-hash-copy" />
                </Stack>
              </Item>
            )}
          </DataList>
          <Tabs defaultValue="ja">
            <Tabs.List>
              <Tabs.Tab value="ja">{t('consentDocuments.languages.ja')}</Tabs.Tab>
              {document.bodyEn && <Tabs.Tab value="en">{t('consentDocuments.languages.en')}</Tabs.Tab>}
            </Tabs.List>
            <Tabs.Panel value="ja" pt="sm">
              <Text fw={700} mb="xs">
                {document.titleJa}
              </Text>
              <Paper withBorder p="sm">
                <MarkdownPreview source={document.bodyJa} testId="doc-preview-ja" />
              </Paper>
            </Tabs.Panel>
            {document.bodyEn && (
              <Tabs.Panel value="en" pt="sm">
                <Text fw={700} mb="xs">
                  {document.titleEn}
                </Text>
                <Paper withBorder p="sm">
                  <MarkdownPreview source={document.bodyEn} testId="doc-preview-en" />
                </Paper>
              </Tabs.Panel>
            )}
          </Tabs>
        </Stack>
      </Grid.Col>
      <Grid.Col span={{ base: 12, lg: 4 }}>
        <Stack gap="sm">
          <Title order={4} fz="md">
            {t('consentDocuments.checklistReadOnly')}
          </Title>
          <ItemChecklist covered={covered} />
        </Stack>
      </Grid.Col>
    </Grid>
  );
}

function Item({ label, children }: { label: string; children: ReactNode }) {
  return (
    <DataList.Item>
      <DataList.ItemLabel>{label}</DataList.ItemLabel>
      <DataList.ItemValue>{children}</DataList.ItemValue>
    </DataList.Item>
  );
}
