import { Badge, Button, Card, Checkbox, Collapse, Group, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isConsentItem } from '../consent-scopes';
import type { ConsentDocument } from '../consents-api';
import { MarkdownView } from '../MarkdownView';
import { sectionOf } from '../markdown-sections';
import type { WalkAction, WalkState } from './walk-state';

/**
 * Step 2: the physician walks the document's checklist, item by item: the section its heading
 * names, in reading type, and a tick once it was explained. Every item is required
 * (shared/domain/regulatory.md, "Informed consent").
 */
export function ExplainStep(props: {
  document: ConsentDocument;
  state: WalkState;
  dispatch: (action: WalkAction) => void;
}) {
  const { t } = useTranslation();
  const { document, state } = props;
  const [fullText, setFullText] = useState(false);
  const done = document.items.filter((entry) => state.explained.includes(entry.item)).length;

  return (
    <Stack gap="md">
      <Text fz="lg">{t('consents.walk.explain.intro')}</Text>
      <Group justify="space-between">
        <Badge size="xl" variant="light" data-testid="walk-explain-progress">
          {t('consents.walk.explain.progress', { done, total: document.items.length })}
        </Badge>
        <Button variant="subtle" onClick={() => setFullText((shown) => !shown)}>
          {fullText ? t('consents.walk.explain.hideFullText') : t('consents.walk.explain.fullText')}
        </Button>
      </Group>
      <Collapse expanded={fullText}>
        <Card withBorder padding="lg">
          <MarkdownView source={document.bodyJa} large />
        </Card>
      </Collapse>
      {document.items.map(({ item, section }, index) => {
        const text = sectionOf(document.bodyJa, section);
        const explained = state.explained.includes(item);
        return (
          <Card
            key={item}
            withBorder
            padding="lg"
            bg={explained ? 'clinic.0' : undefined}
            data-testid={`walk-item-${item}`}
          >
            <Title order={3} fz="h4" mb="xs" c="dimmed">
              {index + 1}. {isConsentItem(item) ? t(`consents.items.${item}`) : item}
            </Title>
            {text ? (
              <MarkdownView source={text} large />
            ) : (
              <Text c="red">{t('consents.walk.explain.sectionMissing', { section })}</Text>
            )}
            <Checkbox
              mt="md"
              size="lg"
              label={t('consents.walk.explain.explained')}
              checked={explained}
              onChange={(event) =>
                props.dispatch({ type: 'explained', item, done: event.currentTarget.checked })
              }
              data-testid={`walk-explained-${item}`}
            />
          </Card>
        );
      })}
    </Stack>
  );
}
