import { Alert, Button, Group, Modal, Select, Stack, Text, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { placeFieldErrors, topLevelField } from '../../../lib/problems';
import { ROLES, type Role, useSession } from '../../auth/session';
import { CopyTextButton } from '../../shell/CopyTextButton';
import { FormActions } from '../../shell/FormActions';
import { ProblemAlert } from '../../shell/ProblemAlert';
import { useCreateApiToken } from './tokens-api';

/**
 * Create a token, then show it once: the server keeps only its hash. A token acts for the facility
 * one is working in, with one of one's own roles (no one hands out more than they hold).
 */
export function CreateTokenDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const { me } = useSession();
  const facility = me.facilities.find((f) => f.id === me.facilityId);
  const ownRoles = ROLES.filter((r) => me.roles.includes(r));
  const [name, setName] = useState('');
  const [role, setRole] = useState<Role | null>(null);

  const create = useCreateApiToken();
  const { byField, unplaced } = placeFieldErrors(
    t,
    create.error,
    topLevelField(['name', 'role', 'facilityId'] as const),
  );

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!name.trim() || !role) return;
    create.mutate({ name: name.trim(), role });
  };

  if (create.data) {
    const { token, apiToken } = create.data;
    return (
      <Modal
        opened
        onClose={onClose}
        title={t('tokens.createdTitle', { name: apiToken.name })}
        size="lg"
        closeOnClickOutside={false}
        data-testid="token-created-dialog"
      >
        <Stack gap="sm">
          <Alert color="yellow" variant="light" title={t('tokens.onceTitle')}>
            {t('tokens.once')}
          </Alert>
          <TextInput
            label={t('tokens.token')}
            value={token}
            readOnly
            styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
            onFocus={(event) => event.currentTarget.select()}
            rightSectionWidth={110}
            rightSection={<CopyTextButton text={token} size="compact-xs" testId="token-copy" />}
            data-testid="token-value"
          />
          <Text fz="xs" c="dimmed">
            {t('tokens.usage')}
          </Text>
          <Group justify="flex-end">
            <Button onClick={onClose} data-testid="token-done">
              {t('tokens.stored')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    );
  }

  return (
    <Modal opened onClose={onClose} title={t('tokens.createTitle')} size="md" data-testid="token-dialog">
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <TextInput
            label={t('tokens.name')}
            description={t('tokens.nameHint')}
            value={name}
            onChange={(event) => setName(event.currentTarget.value)}
            required
            maxLength={100}
            error={byField.name}
            data-autofocus
            data-testid="token-name"
          />
          <Select
            label={t('tokens.role')}
            description={t('tokens.roleHint')}
            data={ownRoles.map((r) => ({ value: r, label: t(`roles.${r}`) }))}
            value={role}
            onChange={(value) => setRole(value as Role | null)}
            required
            error={byField.role}
            comboboxProps={{ withinPortal: true }}
            data-testid="token-role"
          />
          <TextInput
            label={t('tokens.facility')}
            description={t('tokens.facilityHint')}
            value={facility?.name ?? ''}
            readOnly
            error={byField.facilityId}
            data-testid="token-facility"
          />
          <ProblemAlert error={create.error} unplaced={unplaced} testId="token-error" />
          <FormActions
            onCancel={onClose}
            submitLabel={t('tokens.createSubmit')}
            pending={create.isPending}
            disabled={!name.trim() || !role}
            testId="token-submit"
          />
        </Stack>
      </form>
    </Modal>
  );
}
