import { Modal } from '@mantine/core';
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
  const editing = shown.status === 'draft' && canManage;
  const title = editing
    ? t('consentDocuments.editTitle', { edition: shown.edition })
    : t('consentDocuments.viewTitle', { edition: shown.edition });
  return (
    <Modal opened onClose={onClose} fullScreen title={title} closeOnEscape={!editing} data-testid="doc-modal">
      {editing ? <DocumentEditor draft={shown} onPublished={setShown} /> : <DocumentView document={shown} />}
    </Modal>
  );
}
