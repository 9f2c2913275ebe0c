import { Fieldset, Input, SegmentedControl, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { SEXES } from '../patients-api';
import { BirthDateField } from './BirthDateField';
import { PostalAddressChoices } from './PostalAddressChoices';
import type { PatientField, PatientForm } from './patient-form';

interface PatientFormFieldsProps {
  form: PatientForm;
  onChange: <F extends PatientField>(field: F, value: PatientForm[F]) => void;
  errors: Partial<Record<PatientField, string>>;
  today: string;
  /** Test ids are `<prefix>-family-name`, `<prefix>-sex-female`, … */
  testPrefix: string;
}

const TEST_IDS: Record<PatientField, string> = {
  familyName: 'family-name',
  givenName: 'given-name',
  familyNameKana: 'family-kana',
  givenNameKana: 'given-kana',
  familyNameRomaji: 'family-romaji',
  givenNameRomaji: 'given-romaji',
  birthDate: 'birth-date',
  sex: 'sex',
  phone: 'phone',
  email: 'email',
  postalCode: 'postal-code',
  address: 'address',
  allergies: 'allergies',
  medications: 'medications',
  notes: 'notes',
};

/** The patient's details as reception enters them; shared by registration and correction. */
export function PatientFormFields({ form, onChange, errors, today, testPrefix }: PatientFormFieldsProps) {
  const { t } = useTranslation();
  const text = (
    field: Exclude<PatientField, 'sex' | 'birthDate'>,
    extra: { required?: boolean; description?: string } = {},
  ) => ({
    label: t(`patient.${field}`),
    value: form[field],
    onChange: (event: { currentTarget: { value: string } }) => onChange(field, event.currentTarget.value),
    error: errors[field],
    required: extra.required ?? false,
    description: extra.description,
    autoComplete: 'off',
    'data-testid': `${testPrefix}-${TEST_IDS[field]}`,
  });

  const fillAddress = useCallback((address: string) => onChange('address', address), [onChange]);

  return (
    <Stack gap="md">
      <Fieldset legend={t('registration.sections.name')}>
        <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm" verticalSpacing="sm">
          <TextInput {...text('familyName', { required: true })} lang="ja" />
          <TextInput {...text('givenName', { required: true })} lang="ja" />
          <TextInput
            {...text('familyNameKana', { required: true, description: t('patient.kanaHint') })}
            lang="ja"
          />
          <TextInput
            {...text('givenNameKana', { required: true, description: t('patient.kanaHint') })}
            lang="ja"
          />
          <TextInput {...text('familyNameRomaji', { description: t('patient.romajiHint') })} />
          <TextInput {...text('givenNameRomaji', { description: t('patient.romajiHint') })} />
        </SimpleGrid>
      </Fieldset>

      <Fieldset legend={t('registration.sections.birth')}>
        <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm" verticalSpacing="sm">
          <BirthDateField
            value={form.birthDate}
            onChange={(value) => onChange('birthDate', value)}
            today={today}
            error={errors.birthDate}
            testId={`${testPrefix}-birth-date`}
          />
          <Input.Wrapper label={t('patient.sex')} required error={errors.sex}>
            <SegmentedControl
              fullWidth
              mt={4}
              value={form.sex}
              onChange={(value) => onChange('sex', value)}
              data={SEXES.map((sex) => ({
                value: sex,
                label: <span data-testid={`${testPrefix}-sex-${sex}`}>{t(`patients.sex.${sex}`)}</span>,
              }))}
              data-testid={`${testPrefix}-sex`}
            />
          </Input.Wrapper>
        </SimpleGrid>
      </Fieldset>

      <Fieldset legend={t('registration.sections.contact')}>
        <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm" verticalSpacing="sm">
          <TextInput {...text('phone', { description: t('patient.phoneHint') })} type="tel" inputMode="tel" />
          <TextInput {...text('email')} type="email" inputMode="email" />
          <TextInput
            {...text('postalCode', { description: t('patient.postalCodeHint') })}
            inputMode="numeric"
          />
          <TextInput {...text('address')} lang="ja" />
        </SimpleGrid>
        <PostalAddressChoices
          postalCode={form.postalCode}
          address={form.address}
          onFill={fillAddress}
          testPrefix={testPrefix}
        />
      </Fieldset>

      <Fieldset legend={t('registration.sections.medical')}>
        <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm" verticalSpacing="sm">
          <Textarea
            {...text('allergies', { description: t('patient.allergiesHint') })}
            autosize
            minRows={2}
          />
          <Textarea
            {...text('medications', { description: t('patient.medicationsHint') })}
            autosize
            minRows={2}
          />
        </SimpleGrid>
        <Textarea {...text('notes')} autosize minRows={2} mt="sm" />
      </Fieldset>
    </Stack>
  );
}
