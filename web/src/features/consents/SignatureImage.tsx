import { Image, Skeleton, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSignatureUrl } from './consents-api';

/** The patient's signature as given (fetched with the session; each view is in the access log). */
export function SignatureImage({ consentId, height = 120 }: { consentId: string; height?: number }) {
  const { t } = useTranslation();
  const signature = useSignatureUrl(consentId);
  if (signature.error)
    return (
      <Text fz="sm" c="red">
        {t('consents.detail.signatureMissing')}
      </Text>
    );
  if (!signature.url) return <Skeleton h={height} w={height * 3} />;
  return (
    <Image
      src={signature.url}
      alt={t('consents.detail.signature')}
      h={height}
      w="auto"
      fit="contain"
      bd="1px solid var(--mantine-color-gray-4)"
      data-testid="consent-signature"
    />
  );
}
