import { Group, Select, Stack, Text, ThemeIcon } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { CONSENT_ITEMS, type ConsentItem } from './consent-items';

interface ItemChecklistProps {
  /** The heading that covers each item now, or null. */
  covered: Record<ConsentItem, string | null>;
  /** The text's headings to choose from; without them the list is read-only. */
  headings?: readonly string[];
  onPick?: (item: ConsentItem, heading: string | null) => void;
  /** The server's refusal for each item, in the reader's words. */
  problems?: Partial<Record<ConsentItem, string>>;
}

/**
 * The eleven items the written explanation must cover (shared/domain/regulatory.md, "Informed
 * consent"), each with the heading of the text that explains it and a tick once it does.
 */
export function ItemChecklist({ covered, headings, onPick, problems = {} }: ItemChecklistProps) {
  const { t } = useTranslation();
  const options = headings?.map((heading) => ({ value: heading, label: heading })) ?? [];
  return (
    <Stack gap="xs" data-testid="doc-checklist">
      {CONSENT_ITEMS.map((item) => {
        const section = covered[item];
        const problem = problems[item];
        return (
          <Stack key={item} gap={2} data-testid={`doc-item-${item}`} data-covered={section ? 'yes' : 'no'}>
            <Group gap={6} wrap="nowrap" align="flex-start">
              <ThemeIcon
                size="sm"
                radius="xl"
                color={section ? 'green' : problem ? 'red' : 'gray'}
                variant={section ? 'filled' : 'light'}
                aria-label={section ? t('consentDocuments.covered') : t('consentDocuments.notCovered')}
              >
                {section ? '✓' : '!'}
              </ThemeIcon>
              <Text fz="sm" fw={500} lh={1.4}>
                {t(`consentDocuments.items.${item}`)}
              </Text>
            </Group>
            {onPick ? (
              <Select
                aria-label={t(`consentDocuments.items.${item}`)}
                placeholder={t('consentDocuments.pickHeading')}
                data={options}
                value={section}
                onChange={(value) => onPick(item, value)}
                clearable
                searchable
                size="xs"
                nothingFoundMessage={t('consentDocuments.noHeadings')}
                error={problem}
                comboboxProps={{ withinPortal: true }}
                data-testid={`doc-item-${item}-select`}
              />
            ) : (
              <Text fz="xs" c={section ? undefined : 'dimmed'} pl={28}>
                {section ?? t('consentDocuments.notCovered')}
              </Text>
            )}
          </Stack>
        );
      })}
    </Stack>
  );
}
