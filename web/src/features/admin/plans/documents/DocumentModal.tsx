import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DocumentEditor } from './DocumentEditor';
import { DocumentView } from './DocumentView';
import type { ConsentDocument } from './documents-api';

interface DocumentModalProps {
  document: ConsentDocument;
  /** Without it a draft is only read. */
  canManage: boolean;
  onClose: () => void;
}

/** One edition, the whole screen wide: a draft is edited, a published one is read (and stays so). */
export function DocumentModal({ document, canManage, onClose }: DocumentModalProps) {
  const { t } = useTranslation();
  const [shown, setShown] = useState(document);
  const [dirty, setDirty] = useState(false);
  const [leaving, setLeaving] = useState(false);
  const editing = shown.status === 'draft' && canManage;
  const title = editing
    ? t('consentDocuments.editTitle', { edition: shown.edition })
    : t('consentDocuments.viewTitle', { edition: shown.edition });
  // Hours of wording are not lost to a stray click on the close button.
  const close = () => (editing && dirty ? setLeaving(true) : onClose());
  return (
    <Modal opened onClose={close} fullScreen title={title} closeOnEscape={!editing} data-testid="doc-modal">
      {editing ? (
        <DocumentEditor draft={shown} onPublished={setShown} onDirty={setDirty} />
      ) : (
        <DocumentView document={shown} />
      )}
      {leaving && (
        <Modal
          opened
          onClose={() => setLeaving(false)}
          title={t('consentDocuments.unsavedTitle')}
          data-testid="doc-unsaved"
        >
          <Stack gap="md">
            <Text fz="sm">{t('consentDocuments.unsavedText')}</Text>
            <Group justify="flex-end" gap="sm">
              <Button variant="default" onClick={() => setLeaving(false)} data-testid="doc-unsaved-stay">
                {t('consentDocuments.unsavedStay')}
              </Button>
              <Button color="red" onClick={onClose} data-testid="doc-unsaved-leave">
                {t('consentDocuments.unsavedLeave')}
              </Button>
            </Group>
          </Stack>
        </Modal>
      )}
    </Modal>
  );
}
