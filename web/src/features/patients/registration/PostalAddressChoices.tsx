import { Box, Button, Group, Text } from '@mantine/core';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { postalCodeToLookUp, postalFill } from './postal-address';
import { usePostalAddresses } from './postal-api';

interface PostalAddressChoicesProps {
  postalCode: string;
  address: string;
  onFill: (address: string) => void;
  testPrefix: string;
}

/**
 * Under the postal code: fills the address when the code names one (unless the user wrote another),
 * offers the addresses to choose from when it names several, and says when it names none.
 */
export function PostalAddressChoices({ postalCode, address, onFill, testPrefix }: PostalAddressChoicesProps) {
  const { t } = useTranslation();
  const lookup = usePostalAddresses(postalCode);
  const code = postalCodeToLookUp(postalCode);
  // Each code fills the address once; the code a saved record opens with fills nothing by itself
  // (opening the correction dialog must not change the record), it is only offered.
  const filledFor = useRef(code);
  const lastFilled = useRef<string | undefined>(undefined);
  const { fill, choices } = postalFill(lookup.data ?? [], address, lastFilled.current);
  const autoFill = fill !== undefined && filledFor.current !== code ? fill : undefined;
  const offered = fill !== undefined && autoFill === undefined ? [fill] : choices;

  useEffect(() => {
    if (autoFill === undefined) return;
    filledFor.current = code;
    lastFilled.current = autoFill;
    onFill(autoFill);
  }, [autoFill, code, onFill]);

  const pick = (line: string) => {
    lastFilled.current = line;
    onFill(line);
  };

  if (lookup.data?.length === 0) {
    return (
      <Text fz="sm" c="dimmed" mt="sm" data-testid={`${testPrefix}-postal-unknown`}>
        {t('postalLookup.unknown')}
      </Text>
    );
  }
  if (offered.length === 0) return null;
  return (
    <Box mt="sm" data-testid={`${testPrefix}-postal-choices`}>
      <Text fz="sm" mb={4}>
        {offered.length > 1 ? t('postalLookup.several') : t('postalLookup.replace')}
      </Text>
      <Group gap="xs">
        {offered.map((line, index) => (
          <Button
            key={line}
            size="compact-sm"
            variant="light"
            lang="ja"
            onClick={() => pick(line)}
            data-testid={`${testPrefix}-postal-choice-${index}`}
          >
            {line}
          </Button>
        ))}
      </Group>
    </Box>
  );
}
