import {
  Alert,
  Badge,
  Button,
  Card,
  Grid,
  Group,
  SegmentedControl,
  Stack,
  Table,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiProblem } from '../../lib/api-problem';
import { fieldMessage, problemMessage } from '../../lib/problems';
import { MarkdownPreview } from '../admin/plans/documents/MarkdownPreview';
import { CasesEditor } from './CasesEditor';
import { PageRevisions, PublishControls } from './PublishControls';
import {
  type Collection,
  type SitePage,
  useInstallShipped,
  usePublishPage,
  useSavePage,
  useSitePages,
} from './site-api';

type Fields = { title: string; description: string; bodyMd: string; priceMd: string; risksMd: string };
const fieldsOf = (page: SitePage): Fields => ({
  title: page.title,
  description: page.description,
  bodyMd: page.bodyMd,
  priceMd: page.priceMd ?? '',
  risksMd: page.risksMd ?? '',
});

/**
 * The public site's pages and articles (docs/site.md): Markdown with a preview, saved as revisions,
 * published on a date. Treatment pages publish only with their price and risks; advertising words
 * are flagged with the rule they break.
 */
export function SiteContentPage() {
  const { t } = useTranslation();
  const [collection, setCollection] = useState<Collection>('pages');
  const pages = useSitePages(collection);
  const install = useInstallShipped();
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const selected = pages.data?.find((p) => p.id === selectedId);

  return (
    <Stack gap="md" maw={1400} data-testid="site-content-page">
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={2}>{t('site.title')}</Title>
          <Text fz="sm" c="dimmed" mt={4}>
            {t('site.intro')}
          </Text>
        </div>
        <Group>
          <Button variant="default" component="a" href="/" target="_blank" rel="noopener">
            {t('site.openSite')}
          </Button>
          <Button onClick={() => install.mutate()} loading={install.isPending} data-testid="site-install">
            {t('site.install')}
          </Button>
        </Group>
      </Group>
      {install.error && <Alert color="red">{problemMessage(t, install.error)}</Alert>}
      <SegmentedControl
        value={collection}
        onChange={(value) => {
          setCollection(value as Collection);
          setSelectedId(null);
        }}
        data={[
          { value: 'pages', label: t('site.pages') },
          { value: 'articles', label: t('site.articles') },
        ]}
        w={320}
      />
      {pages.error && <Alert color="red">{problemMessage(t, pages.error)}</Alert>}
      <Card p={0}>
        {pages.data && pages.data.length === 0 && (
          <Text p="md" c="dimmed" fz="sm">
            {t('site.empty')}
          </Text>
        )}
        {pages.data && pages.data.length > 0 && (
          <Table highlightOnHover data-testid="site-pages-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('site.pageTitle')}</Table.Th>
                <Table.Th>{t('site.address')}</Table.Th>
                <Table.Th>{t('site.status')}</Table.Th>
                <Table.Th>{t('site.publishedOn')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {pages.data.map((page) => (
                <Table.Tr
                  key={page.id}
                  onClick={() => setSelectedId(page.id)}
                  style={{ cursor: 'pointer' }}
                  bg={page.id === selectedId ? 'var(--mantine-color-blue-light)' : undefined}
                  data-testid={`site-page-${page.slug}`}
                >
                  <Table.Td fw={500}>{page.title}</Table.Td>
                  <Table.Td fz="sm">{addressOf(page)}</Table.Td>
                  <Table.Td>
                    <Badge color={page.status === 'published' ? 'green' : 'gray'} variant="light">
                      {t(`site.statuses.${page.status}`)}
                    </Badge>
                  </Table.Td>
                  <Table.Td fz="sm">{page.publishedOn ?? '—'}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Card>
      {selected && <PageEditor key={selected.id} page={selected} collection={collection} />}
      {selected && selected.kind !== 'page' && <CasesEditor key={`cases-${selected.id}`} page={selected} />}
    </Stack>
  );
}

export function addressOf(page: SitePage): string {
  if (page.kind === 'treatment') return `/treatments/${page.slug}`;
  if (page.kind === 'article') return `/articles/${page.slug}`;
  return page.slug === 'home' ? '/' : `/${page.slug}`;
}

function PageEditor({ page, collection }: { page: SitePage; collection: Collection }) {
  const { t } = useTranslation();
  const [fields, setFields] = useState<Fields>(() => fieldsOf(page));
  const save = useSavePage(collection);
  const publish = usePublishPage(collection);
  const changed = JSON.stringify(fields) !== JSON.stringify(fieldsOf(page));
  useEffect(() => setFields(fieldsOf(page)), [page]);
  // The value is read now: React clears currentTarget once the handler returns, before the updater runs.
  const set = (key: keyof Fields) => (event: { currentTarget: { value: string } }) => {
    const value = event.currentTarget.value;
    setFields((current) => ({ ...current, [key]: value }));
  };
  const failure = save.error ?? publish.error;
  const fieldErrors = failure instanceof ApiProblem ? failure.errors : [];
  const errorOf = (path: string) => {
    const problem = fieldErrors.find((e) => e.path === path);
    return problem ? fieldMessage(t, problem) : undefined;
  };

  const onSave = () =>
    save.mutate({
      id: page.id,
      body: {
        ...fields,
        priceMd: page.kind === 'treatment' ? fields.priceMd : null,
        risksMd: page.kind === 'treatment' ? fields.risksMd : null,
        version: page.version,
      },
    });

  return (
    <Card withBorder data-testid="site-editor">
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={3}>{addressOf(page)}</Title>
          <Group>
            <Text fz="sm" c="dimmed">
              {t('site.revision', { revision: page.revision, published: page.publishedRevision ?? '—' })}
            </Text>
            <Button onClick={onSave} disabled={!changed} loading={save.isPending} data-testid="site-save">
              {t('site.save')}
            </Button>
          </Group>
        </Group>
        <PublishControls page={page} collection={collection} publish={publish} unsaved={changed} />
        {failure && (
          <Alert color="red" data-testid="site-error">
            {problemMessage(t, failure)}
          </Alert>
        )}
        {page.warnings.length > 0 && (
          <Alert color="yellow" title={t('site.warningsTitle')} data-testid="site-warnings">
            <Stack gap={4}>
              {page.warnings.map((w) => (
                <Text key={`${w.path}-${w.word}`} fz="sm">
                  {t(`site.fields.${w.path}`, { defaultValue: w.path })}: {w.message}
                </Text>
              ))}
            </Stack>
          </Alert>
        )}
        <Grid>
          <Grid.Col span={{ base: 12, md: 6 }}>
            <Stack gap="sm">
              <TextInput
                label={t('site.fields.title')}
                value={fields.title}
                onChange={set('title')}
                error={errorOf('title')}
              />
              <TextInput
                label={t('site.fields.description')}
                description={t('site.descriptionHint')}
                value={fields.description}
                onChange={set('description')}
              />
              <Textarea
                label={t('site.fields.bodyMd')}
                autosize
                minRows={10}
                maxRows={30}
                value={fields.bodyMd}
                onChange={set('bodyMd')}
                error={errorOf('bodyMd')}
                data-testid="site-body"
              />
              {page.kind === 'treatment' && (
                <>
                  <Textarea
                    label={t('site.fields.priceMd')}
                    description={t('site.priceHint')}
                    autosize
                    minRows={3}
                    value={fields.priceMd}
                    onChange={set('priceMd')}
                    error={errorOf('priceMd')}
                    data-testid="site-price"
                  />
                  <Textarea
                    label={t('site.fields.risksMd')}
                    description={t('site.risksHint')}
                    autosize
                    minRows={3}
                    value={fields.risksMd}
                    onChange={set('risksMd')}
                    error={errorOf('risksMd')}
                    data-testid="site-risks"
                  />
                </>
              )}
              <PageRevisions page={page} collection={collection} />
            </Stack>
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 6 }}>
            <Text fw={500} fz="sm" mb={4}>
              {t('site.preview')}
            </Text>
            <Card withBorder p="md">
              <Title order={2} fz="h3" mb="sm">
                {fields.title}
              </Title>
              <MarkdownPreview source={fields.bodyMd} testId="site-preview" />
              {page.kind === 'treatment' && (
                <>
                  <Title order={3} fz="h4" mt="md">
                    {t('site.fields.priceMd')}
                  </Title>
                  <MarkdownPreview source={fields.priceMd} testId="site-preview-price" />
                  <Title order={3} fz="h4" mt="md">
                    {t('site.fields.risksMd')}
                  </Title>
                  <MarkdownPreview source={fields.risksMd} testId="site-preview-risks" />
                </>
              )}
            </Card>
          </Grid.Col>
        </Grid>
      </Stack>
    </Card>
  );
}
