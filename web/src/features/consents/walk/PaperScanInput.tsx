import { Button, FileButton, Group, Image, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

/** The server's limit for a signature image (modules/patient-consents/rules.ts MAX_SIGNATURE_BYTES). */
const MAX_BYTES = 2 * 1024 * 1024;

interface PaperScanInputProps {
  scan: string | null;
  onChange: (dataUrl: string | null) => void;
}

/**
 * The paper consent form, signed by hand and scanned (or photographed) as PNG or JPEG: read here as
 * a data URL and sent with the consent; the server reads its type from its bytes.
 */
export function PaperScanInput({ scan, onChange }: PaperScanInputProps) {
  const { t } = useTranslation();
  const [problem, setProblem] = useState<string | null>(null);

  const read = (file: File | null) => {
    setProblem(null);
    if (!file) return;
    if (!['image/png', 'image/jpeg'].includes(file.type))
      return setProblem(t('consents.walk.paper.notImage'));
    if (file.size > MAX_BYTES) return setProblem(t('consents.walk.paper.tooLarge'));
    const reader = new FileReader();
    reader.onload = () => onChange(typeof reader.result === 'string' ? reader.result : null);
    reader.readAsDataURL(file);
  };

  return (
    <Stack gap="sm">
      <Text c="dimmed">{t('consents.walk.paper.hint')}</Text>
      <Group>
        <FileButton onChange={read} accept="image/png,image/jpeg">
          {(props) => (
            <Button {...props} size="lg" variant="default" data-testid="consent-paper-file">
              {scan ? t('consents.walk.paper.replace') : t('consents.walk.paper.choose')}
            </Button>
          )}
        </FileButton>
        {scan && (
          <Button variant="subtle" color="gray" onClick={() => onChange(null)}>
            {t('consents.walk.paper.remove')}
          </Button>
        )}
      </Group>
      {problem && (
        <Text c="red" data-testid="consent-paper-problem">
          {problem}
        </Text>
      )}
      {scan && (
        <Image
          src={scan}
          alt={t('consents.walk.paper.preview')}
          mah={360}
          fit="contain"
          data-testid="consent-paper-preview"
        />
      )}
    </Stack>
  );
}
