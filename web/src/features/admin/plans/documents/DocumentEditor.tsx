import { Alert, Badge, Button, Grid, Group, List, Stack, Text, Textarea, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiProblem } from '../../../../lib/api-problem';
import { fieldMessage, placeFieldErrors, problemMessage, topLevelField } from '../../../../lib/problems';
import {
  CONSENT_ITEMS,
  type ConsentItem,
  checklistHeadings,
  checklistOf,
  coverage,
  type Picks,
  picksOf,
  toFillInCount,
} from './consent-items';
import { type DocumentFields, DocumentTextFields, type FieldName } from './DocumentTextFields';
import { type ConsentDocument, usePublishDocument, useSaveDraft } from './documents-api';
import { ItemChecklist } from './ItemChecklist';

const FIELDS = ['titleJa', 'bodyJa', 'titleEn', 'bodyEn'] as const satisfies readonly FieldName[];
const isItem = (value: string): value is ConsentItem => (CONSENT_ITEMS as string[]).includes(value);

interface DocumentEditorProps {
  draft: ConsentDocument;
  onPublished: (document: ConsentDocument) => void;
  /** Told whether the screen holds changes not yet saved. */
  onDirty: (dirty: boolean) => void;
}

/**
 * A draft edition: its text with the preview, the checklist of the items the law requires, and
 * publishing with what the edition changed. The server decides; a refusal names each item that is
 * still missing beside it.
 */
export function DocumentEditor({ draft, onPublished, onDirty }: DocumentEditorProps) {
  const { t } = useTranslation();
  const [current, setCurrent] = useState(draft);
  const [fields, setFields] = useState<DocumentFields>(() => ({
    titleJa: draft.titleJa,
    bodyJa: draft.bodyJa,
    titleEn: draft.titleEn ?? '',
    bodyEn: draft.bodyEn ?? '',
  }));
  const [picks, setPicks] = useState<Picks>(() => picksOf(draft.items));
  const [dirty, setDirtyState] = useState(false);
  const setDirty = (value: boolean) => {
    setDirtyState(value);
    onDirty(value);
  };
  const [revisionNote, setRevisionNote] = useState('');
  const [noteWanted, setNoteWanted] = useState(false);
  const save = useSaveDraft(draft.planId);
  const publish = usePublishDocument(draft.planId);

  const headings = checklistHeadings(fields.bodyJa);
  const covered = coverage(headings, picks);
  const checklist = checklistOf(covered);
  const missing = CONSENT_ITEMS.length - checklist.length;
  const toFill = toFillInCount(fields.bodyJa) + toFillInCount(fields.bodyEn);

  const saveErrors = placeFieldErrors(t, save.error, topLevelField([...FIELDS, 'items']));
  const titleMissing = !fields.titleJa.trim() ? t('problem.fields.REQUIRED') : undefined;
  const bodyMissing = !fields.bodyJa.trim() ? t('problem.fields.REQUIRED') : undefined;
  const refusal = publish.error instanceof ApiProblem ? publish.error : undefined;
  const itemProblems: Partial<Record<ConsentItem, string>> = {};
  for (const problem of refusal?.errors ?? []) {
    const item = problem.path.split('.')[1] ?? '';
    if (!isItem(item)) continue;
    itemProblems[item] = t(
      `consentDocuments.itemProblems.${problem.code}` as 'consentDocuments.itemProblems.ITEM_MISSING',
      {
        defaultValue: fieldMessage(t, problem),
      },
    );
  }
  const refusedItems = Object.keys(itemProblems) as ConsentItem[];
  const refusalShown = useRef<HTMLDivElement>(null);
  // On a narrow screen the checklist is below the text: the refusal is brought into sight.
  useEffect(() => {
    if (refusal) refusalShown.current?.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
  }, [refusal]);

  const changed = () => {
    setDirty(true);
    publish.reset();
  };
  const edit = (name: FieldName, value: string) => {
    setFields((f) => ({ ...f, [name]: value }));
    changed();
  };
  const pick = (item: ConsentItem, heading: string | null) => {
    setPicks((p) => ({ ...p, [item]: heading }));
    changed();
  };

  /** The draft as it is on screen, saved; the saved edition (with its new version) is answered. */
  const saveDraft = async (): Promise<ConsentDocument | undefined> => {
    if (titleMissing || bodyMissing) return undefined;
    const body = {
      titleJa: fields.titleJa.trim(),
      bodyJa: fields.bodyJa,
      titleEn: fields.titleEn,
      bodyEn: fields.bodyEn,
      items: checklist,
      version: current.version,
    };
    try {
      const saved = await save.mutateAsync({ id: current.id, body });
      setCurrent(saved);
      setDirty(false);
      return saved;
    } catch {
      return undefined; // shown from save.error
    }
  };

  const publishNow = async () => {
    setNoteWanted(true);
    if (!revisionNote.trim()) return;
    publish.reset();
    const target = dirty ? await saveDraft() : current;
    if (!target) return;
    publish.mutate(
      { id: target.id, body: { version: target.version, revisionNote: revisionNote.trim() } },
      {
        onSuccess: (published) => {
          notifications.show({
            color: 'green',
            message: t('consentDocuments.published', { edition: published.edition }),
          });
          onPublished(published);
        },
      },
    );
  };

  return (
    <Grid gap="lg" data-testid="doc-editor">
      <Grid.Col span={{ base: 12, lg: 8 }}>
        <DocumentTextFields
          fields={fields}
          onChange={edit}
          errors={{
            ...saveErrors.byField,
            ...(titleMissing ? { titleJa: titleMissing } : {}),
            ...(bodyMissing ? { bodyJa: bodyMissing } : {}),
          }}
        />
      </Grid.Col>
      <Grid.Col span={{ base: 12, lg: 4 }}>
        <Stack gap="sm">
          <Group gap="xs" justify="space-between">
            <Title order={4} fz="md">
              {t('consentDocuments.checklistTitle', {
                covered: checklist.length,
                total: CONSENT_ITEMS.length,
              })}
            </Title>
            <Badge color={missing === 0 ? 'green' : 'orange'} variant="light" data-testid="doc-missing-count">
              {missing === 0
                ? t('consentDocuments.allCovered')
                : t('consentDocuments.missingCount', { count: missing })}
            </Badge>
          </Group>
          <Text fz="xs" c="dimmed">
            {t('consentDocuments.checklistHint')}
          </Text>
          {refusal && (
            <Alert
              ref={refusalShown}
              color="red"
              variant="light"
              role="alert"
              data-testid="doc-publish-error"
            >
              {problemMessage(t, refusal)}
              {refusedItems.length > 0 && (
                <List size="sm" mt={4}>
                  {refusedItems.map((item) => (
                    <List.Item key={item}>
                      {t(`consentDocuments.items.${item}`)}：{itemProblems[item]}
                    </List.Item>
                  ))}
                </List>
              )}
            </Alert>
          )}
          <ItemChecklist covered={covered} headings={headings} onPick={pick} problems={itemProblems} />
          {toFill > 0 && (
            <Alert color="yellow" variant="light" p="xs" data-testid="doc-to-fill">
              {t('consentDocuments.toFillIn', { count: toFill })}
            </Alert>
          )}
          {save.error ? (
            <Alert color="red" variant="light" role="alert" data-testid="doc-save-error">
              {problemMessage(t, save.error)}
              {saveErrors.unplaced.map((message) => (
                <Text key={message} fz="sm">
                  {message}
                </Text>
              ))}
            </Alert>
          ) : null}
          <Button
            variant="default"
            onClick={() => void saveDraft()}
            loading={save.isPending && !publish.isPending}
            disabled={!dirty}
            data-testid="doc-save"
          >
            {dirty ? t('consentDocuments.saveDraft') : t('consentDocuments.draftSaved')}
          </Button>
          <Textarea
            label={t('consentDocuments.revisionNote')}
            description={t('consentDocuments.revisionHint')}
            placeholder={current.edition === 1 ? t('consentDocuments.firstEdition') : undefined}
            value={revisionNote}
            onChange={(event) => setRevisionNote(event.currentTarget.value)}
            required
            autosize
            minRows={2}
            maxLength={1000}
            error={noteWanted && !revisionNote.trim() ? t('problem.fields.REQUIRED') : undefined}
            data-testid="doc-revision-note"
          />
          <Button
            onClick={() => void publishNow()}
            loading={publish.isPending}
            color={missing === 0 ? undefined : 'orange'}
            data-testid="doc-publish"
          >
            {missing === 0
              ? t('consentDocuments.publish')
              : t('consentDocuments.publishMissing', { count: missing })}
          </Button>
        </Stack>
      </Grid.Col>
    </Grid>
  );
}
