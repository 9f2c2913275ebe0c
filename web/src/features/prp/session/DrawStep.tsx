import { NumberInput, Select, SimpleGrid, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../auth/session';
import { useStaff } from '../../consents/consents-api';
import type { PrpSession } from '../prp-api';
import { LotScanField } from './LotScanField';
import { StepFrame } from './StepFrame';
import { instantOn, tokyoTime } from './time';
import { numberOrUndefined, useStep } from './use-step';

/** The blood draw: time, volume, tubes, who drew, and the kit and anticoagulant lots scanned. */
export function DrawStep({ session, onSaved }: { session: PrpSession; onSaved: (s: PrpSession) => void }) {
  const { t } = useTranslation();
  const { me } = useSession();
  const step = useStep(session, 'draw', onSaved);
  const draw = session.draw;
  const standsIn = me.roles.some((role) => role === 'nurse' || role === 'physician');
  const staff = useStaff();
  const [time, setTime] = useState(draw ? tokyoTime(new Date(draw.drawnAt)) : tokyoTime());
  const [volume, setVolume] = useState<string | number>(draw?.volumeMl ?? 20);
  const [tubes, setTubes] = useState<string | number>(draw?.tubes ?? 2);
  const [drawnBy, setDrawnBy] = useState<string | null>(draw?.drawnBy ?? (standsIn ? me.id : null));
  const [kitLot, setKitLot] = useState<string | null>(draw?.kitLotId ?? null);
  const [anticoagulantLot, setAnticoagulantLot] = useState<string | null>(draw?.anticoagulantLotId ?? null);

  const onSave = () =>
    step.run({
      step: 'draw',
      body: {
        ...step.common(),
        drawnAt: instantOn(session.sessionOn, time),
        volumeMl: numberOrUndefined(volume) as number,
        tubes: numberOrUndefined(tubes) as number,
        ...(drawnBy ? { drawnBy } : {}),
        kitLotId: kitLot,
        anticoagulantLotId: anticoagulantLot,
      },
    });

  const people = (staff.data ?? []).filter((s) => s.roles.some((r) => r === 'nurse' || r === 'physician'));
  return (
    <StepFrame
      title={t('prp.steps.draw')}
      stamp={draw?.recorded ?? null}
      step={step}
      onSave={onSave}
      testId="step-draw"
    >
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <TextInput
          size="lg"
          type="time"
          label={t('prp.draw.time')}
          value={time}
          onChange={(e) => setTime(e.currentTarget.value)}
          data-testid="draw-time"
        />
        <NumberInput
          size="lg"
          label={t('prp.draw.volume')}
          value={volume}
          onChange={setVolume}
          min={1}
          max={200}
          decimalScale={1}
          data-testid="draw-volume"
        />
        <NumberInput
          size="lg"
          label={t('prp.draw.tubes')}
          value={tubes}
          onChange={setTubes}
          min={1}
          max={20}
          data-testid="draw-tubes"
        />
      </SimpleGrid>
      <Select
        size="lg"
        label={t('prp.draw.drawnBy')}
        data={people.map((p) => ({ value: p.id, label: p.displayName }))}
        value={drawnBy}
        onChange={setDrawnBy}
        data-testid="draw-by"
      />
      <LotScanField label={t('prp.draw.kitLot')} lotId={kitLot} onLot={setKitLot} testId="draw-kit-lot" />
      <LotScanField
        label={t('prp.draw.anticoagulantLot')}
        lotId={anticoagulantLot}
        onLot={setAnticoagulantLot}
        testId="draw-anticoagulant-lot"
      />
    </StepFrame>
  );
}
