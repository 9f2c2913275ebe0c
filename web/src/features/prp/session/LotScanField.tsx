import { Text, TextInput } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiProblem } from '../../../lib/api-problem';
import { api, data } from '../../../lib/client';
import { problemMessage } from '../../../lib/problems';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
// A keyboard-wedge scanner types FNC1 as GS (ASCII 29); the API's edge refuses control characters,
// so it travels written out, as the supply lots module reads it (src/domain/gs1.ts).
const GS = String.fromCharCode(29);

/**
 * A lot, scanned: the field takes what a keyboard-wedge scanner types (a GS1 label, ending in Enter)
 * and asks the supply lots module which lot it is (GET /supply-lots/scan); the lot found is shown by
 * item, number and expiry. The server refuses an expired or unreleased one when the step is saved.
 */
export function LotScanField({
  label,
  lotId,
  onLot,
  testId,
}: {
  label: string;
  lotId: string | null;
  onLot: (lotId: string | null) => void;
  testId: string;
}) {
  const { t } = useTranslation();
  const [code, setCode] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const lot = useQuery({
    queryKey: ['supply-lots', lotId],
    queryFn: ({ signal }) =>
      data(api.GET('/api/v1/supply-lots/{id}', { params: { path: { id: lotId ?? '' } }, signal })),
    enabled: lotId !== null,
  });

  async function read() {
    const typed = code.trim().replaceAll(GS, '<GS>');
    if (typed === '') return;
    setProblem(null);
    if (UUID.test(typed)) {
      onLot(typed);
      setCode('');
      return;
    }
    try {
      const scan = await data(api.GET('/api/v1/supply-lots/scan', { params: { query: { code: typed } } }));
      if (scan.lot) {
        onLot(scan.lot.id);
        setCode('');
      } else setProblem(t('prp.draw.lotUnknown'));
    } catch (error) {
      setProblem(error instanceof ApiProblem ? problemMessage(t, error) : t('prp.draw.lotUnknown'));
    }
  }

  return (
    <div>
      <TextInput
        size="lg"
        label={label}
        description={t('prp.draw.kitLotHint')}
        value={code}
        onChange={(event) => setCode(event.currentTarget.value)}
        onKeyDown={(event) => {
          if (event.key === 'Enter') {
            event.preventDefault();
            void read();
          }
        }}
        onBlur={() => void read()}
        error={problem}
        autoComplete="off"
        data-testid={testId}
      />
      {lotId && (
        <Text fz="sm" mt={4} data-testid={`${testId}-found`}>
          {lot.data
            ? t('prp.draw.lotFound', {
                item: lot.data.itemName,
                lot: lot.data.lotNumber,
                expires: lot.data.expiresOn,
              })
            : lotId}
        </Text>
      )}
    </div>
  );
}
