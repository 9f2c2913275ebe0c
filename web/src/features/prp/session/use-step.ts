import { useState } from 'react';
import { type PrpSession, type StepName, useSaveStep } from '../prp-api';

/**
 * What every step screen shares: the reason asked when the step was saved before (or the session
 * is completed), the save through its own PUT at the version shown, and the next screen after it.
 */
export function useStep(session: PrpSession, step: StepName, onSaved: (saved: PrpSession) => void) {
  const save = useSaveStep(session.patientId, session.id);
  const [reason, setReason] = useState('');
  const saved = session[step] !== null || session.stage === 'completed';
  const common = () => ({
    version: session.version,
    ...(saved && reason.trim() ? { reason: reason.trim() } : {}),
  });
  const run = (input: Parameters<typeof save.mutate>[0]) =>
    save.mutate(input, {
      onSuccess: (answer) => {
        setReason('');
        onSaved(answer);
      },
    });
  return { save, reason, setReason, saved, common, run };
}

export type StepState = ReturnType<typeof useStep>;

/** A number field's value as the API takes it: a number, or undefined when left empty. */
export const numberOrUndefined = (value: string | number) =>
  value === '' || value === undefined || Number.isNaN(Number(value)) ? undefined : Number(value);
