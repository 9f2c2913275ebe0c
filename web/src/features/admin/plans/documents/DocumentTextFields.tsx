import { Paper, ScrollArea, SimpleGrid, Stack, Tabs, Text, Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { MarkdownPreview } from './MarkdownPreview';

export type Language = 'ja' | 'en';
export type DocumentFields = { titleJa: string; bodyJa: string; titleEn: string; bodyEn: string };
export type FieldName = keyof DocumentFields;

interface DocumentTextFieldsProps {
  fields: DocumentFields;
  onChange: (name: FieldName, value: string) => void;
  errors: Partial<Record<FieldName, string>>;
}

/**
 * The document's text in Markdown, Japanese first and English optional, each beside its live
 * preview (below it on a phone).
 */
export function DocumentTextFields({ fields, onChange, errors }: DocumentTextFieldsProps) {
  const { t } = useTranslation();
  const panel = (language: Language) => {
    const title: FieldName = language === 'ja' ? 'titleJa' : 'titleEn';
    const body: FieldName = language === 'ja' ? 'bodyJa' : 'bodyEn';
    return (
      <Stack gap="sm" pt="sm">
        <TextInput
          label={t(`consentDocuments.fields.${title}`)}
          required={language === 'ja'}
          value={fields[title]}
          onChange={(event) => onChange(title, event.currentTarget.value)}
          maxLength={200}
          error={errors[title]}
          data-testid={`doc-title-${language}`}
        />
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
          <Textarea
            label={t(`consentDocuments.fields.${body}`)}
            description={t('consentDocuments.markdownHint')}
            required={language === 'ja'}
            value={fields[body]}
            onChange={(event) => onChange(body, event.currentTarget.value)}
            autosize
            minRows={14}
            maxRows={30}
            error={errors[body]}
            styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)', fontSize: 13 } }}
            data-testid={`doc-body-${language}`}
          />
          <Stack gap={4}>
            <Text fz="sm" fw={500}>
              {t('consentDocuments.preview')}
            </Text>
            <Paper withBorder p="sm">
              <ScrollArea.Autosize mah="70vh" type="auto">
                <MarkdownPreview source={fields[body]} testId={`doc-preview-${language}`} />
              </ScrollArea.Autosize>
            </Paper>
          </Stack>
        </SimpleGrid>
      </Stack>
    );
  };
  return (
    <Tabs defaultValue="ja" keepMounted={false}>
      <Tabs.List>
        <Tabs.Tab value="ja" data-testid="doc-tab-ja">
          {t('consentDocuments.languages.ja')}
        </Tabs.Tab>
        <Tabs.Tab value="en" data-testid="doc-tab-en">
          {t('consentDocuments.languages.en')}
        </Tabs.Tab>
      </Tabs.List>
      <Tabs.Panel value="ja">{panel('ja')}</Tabs.Panel>
      <Tabs.Panel value="en">{panel('en')}</Tabs.Panel>
    </Tabs>
  );
}
