import { Badge, Fieldset, Group, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface ScaleSectionProps {
  title: string;
  hint: string;
  /** Whether anything of this scale is entered, so it will be recorded. */
  entered: boolean;
  action?: ReactNode;
  children: ReactNode;
  testId: string;
}

/** One scale of the assessment, saying whether it will be recorded. */
export function ScaleSection({ title, hint, entered, action, children, testId }: ScaleSectionProps) {
  const { t } = useTranslation();
  return (
    <Fieldset
      data-testid={testId}
      legend={
        <Group gap="xs">
          <Text fw={700} fz="sm">
            {title}
          </Text>
          <Badge size="sm" variant={entered ? 'filled' : 'outline'} color={entered ? 'clinic' : 'gray'}>
            {entered ? t('assessments.scored') : t('assessments.notScored')}
          </Badge>
          {action}
        </Group>
      }
    >
      <Text fz="xs" c="dimmed" mb="sm">
        {hint}
      </Text>
      {children}
    </Fieldset>
  );
}
