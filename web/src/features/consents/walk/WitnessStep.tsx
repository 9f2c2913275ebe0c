import { SegmentedControl, Select, Stack, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useStaff } from '../consents-api';
import type { WalkAction, WalkState } from './walk-state';

/** Step 4: who saw the patient sign, someone other than the physician who explained: staff, or a person by name. */
export function WitnessStep(props: {
  state: WalkState;
  explainer: string;
  dispatch: (action: WalkAction) => void;
}) {
  const { t } = useTranslation();
  const staff = useStaff();
  const { witness } = props.state;
  const choices = (staff.data ?? []).filter((member) => member.id !== props.explainer);

  return (
    <Stack gap="lg" maw={560}>
      <Text fz="lg">{t('consents.walk.witness.intro')}</Text>
      <SegmentedControl
        size="lg"
        value={witness.kind}
        onChange={(kind) =>
          props.dispatch({
            type: 'witness',
            witness: kind === 'name' ? { kind: 'name', name: '' } : { kind: 'staff', id: null },
          })
        }
        data={[
          { value: 'staff', label: t('consents.walk.witness.staff') },
          { value: 'name', label: t('consents.walk.witness.name') },
        ]}
        data-testid="walk-witness-kind"
      />
      {witness.kind === 'staff' ? (
        <Select
          size="lg"
          label={t('consents.walk.witness.staffLabel')}
          data={choices.map((member) => ({ value: member.id, label: member.displayName }))}
          value={witness.id}
          onChange={(id) => props.dispatch({ type: 'witness', witness: { kind: 'staff', id } })}
          searchable
          data-testid="walk-witness-staff"
        />
      ) : (
        <TextInput
          size="lg"
          label={t('consents.walk.witness.nameLabel')}
          value={witness.name}
          onChange={(event) =>
            props.dispatch({ type: 'witness', witness: { kind: 'name', name: event.currentTarget.value } })
          }
          maxLength={100}
          data-testid="walk-witness-name"
        />
      )}
    </Stack>
  );
}
