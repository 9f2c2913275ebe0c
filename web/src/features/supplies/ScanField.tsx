import { TextInput } from '@mantine/core';
import { type KeyboardEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';

/** GS (FNC1) as the API takes it: the server's edge refuses control characters (docs/supplies.md). */
export const ESCAPED_GS = '<GS>';

/** What a keyboard-wedge scanner typed, with any GS it sent written as `<GS>`. */
export const escapeScanned = (text: string) => text.replaceAll('\u001d', ESCAPED_GS);

/**
 * The box a keyboard-wedge scanner types into: it ends with Enter, which hands the text on. A GS a
 * scanner sends as a character, or as Ctrl+] (its key on most wedge layouts), is kept as `<GS>`.
 */
export function ScanField({ onScan, testId }: { onScan: (code: string) => void; testId: string }) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const insert = (event: KeyboardEvent<HTMLInputElement>, piece: string) => {
    event.preventDefault();
    setText((current) => current + piece);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      if (text.trim()) onScan(text.trim());
      setText('');
    } else if (event.key === '\u001d' || (event.ctrlKey && event.key === ']')) {
      insert(event, ESCAPED_GS);
    }
  };
  return (
    <TextInput
      label={t('supplies.fields.scan')}
      description={t('supplies.receive.scanHint')}
      value={text}
      onChange={(event) => setText(escapeScanned(event.currentTarget.value))}
      onKeyDown={onKeyDown}
      autoComplete="off"
      spellCheck={false}
      data-testid={testId}
    />
  );
}
