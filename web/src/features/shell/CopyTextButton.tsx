import { Button, type ButtonProps } from '@mantine/core';
import { useTimeout } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { copyText } from '../../lib/clipboard';

interface CopyTextButtonProps extends ButtonProps {
  text: string;
  testId?: string;
}

/** A copy button that says whether it worked (it can fail on a plain-http LAN). */
export function CopyTextButton({ text, testId, ...buttonProps }: CopyTextButtonProps) {
  const { t } = useTranslation();
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  const reset = useTimeout(() => setState('idle'), 2500);
  return (
    <Button
      variant="light"
      color={state === 'failed' ? 'red' : state === 'copied' ? 'green' : undefined}
      {...buttonProps}
      onClick={() => {
        void copyText(text).then((ok) => {
          setState(ok ? 'copied' : 'failed');
          reset.start();
        });
      }}
      data-testid={testId}
    >
      {state === 'copied'
        ? t('common.copied')
        : state === 'failed'
          ? t('common.copyFailed')
          : t('common.copy')}
    </Button>
  );
}
