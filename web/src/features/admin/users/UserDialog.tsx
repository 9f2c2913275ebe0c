import { Modal, MultiSelect, Stack, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { placeFieldErrors } from '../../../lib/problems';
import { NewPasswordFields } from '../../auth/PasswordChecklist';
import { loginAcceptable, passwordAcceptable } from '../../auth/password-policy';
import { isRole, ROLES, type Role, useSession } from '../../auth/session';
import { FormActions } from '../../shell/FormActions';
import { ProblemAlert } from '../../shell/ProblemAlert';
import { ReasonField } from '../../shell/ReasonField';
import { useFacilities } from '../facilities/facilities-api';
import { type User, type UserSave, useSaveUser } from './users-api';

type Field = 'login' | 'displayName' | 'roles' | 'facilityIds' | 'password' | 'reason';
const FIELDS: readonly string[] = ['login', 'displayName', 'roles', 'facilityIds', 'password', 'reason'];
const place = (path: string) => {
  const head = path.split('.')[0] ?? '';
  return FIELDS.includes(head) ? (head as Field) : undefined;
};

type UserDialogProps = { onClose: () => void } & ({ mode: 'create' } | { mode: 'edit'; user: User });

const sameSet = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && [...a].sort().join('\n') === [...b].sort().join('\n');

/** Create a staff account, or change one's name, roles and facilities (with a reason). */
export function UserDialog(props: UserDialogProps) {
  const { t } = useTranslation();
  const { me } = useSession();
  const facilities = useFacilities();
  const editing = props.mode === 'edit' ? props.user : null;

  const [login, setLogin] = useState('');
  const [displayName, setDisplayName] = useState(editing?.displayName ?? '');
  const [roles, setRoles] = useState<Role[]>(() => (editing?.roles ?? []).filter(isRole));
  const [facilityIds, setFacilityIds] = useState<string[]>(
    editing?.facilityIds ?? (me.facilityId ? [me.facilityId] : []),
  );
  const [password, setPassword] = useState('');
  const [confirmation, setConfirmation] = useState('');
  const [reason, setReason] = useState('');
  const [submitted, setSubmitted] = useState(false);

  const save = useSaveUser();
  const change = (): UserSave =>
    editing
      ? {
          user: editing,
          body: {
            ...(displayName.trim() !== editing.displayName ? { displayName: displayName.trim() } : {}),
            ...(sameSet(roles, editing.roles) ? {} : { roles }),
            ...(sameSet(facilityIds, editing.facilityIds) ? {} : { facilityIds }),
            version: editing.version,
            reason: reason.trim(),
          },
        }
      : { body: { login: login.trim(), displayName: displayName.trim(), roles, facilityIds, password } };
  const saved = (user: User) => {
    notifications.show({
      color: 'green',
      message: editing
        ? t('users.saved', { name: user.displayName })
        : t('users.created', { name: user.displayName }),
    });
    props.onClose();
  };

  const server = placeFieldErrors(t, save.error, place);
  const local: Partial<Record<Field, string>> = submitted
    ? {
        ...(!editing && !loginAcceptable(login) ? { login: t('problem.fields.INVALID_LOGIN') } : {}),
        ...(displayName.trim() ? {} : { displayName: t('problem.fields.REQUIRED') }),
        ...(roles.length > 0 ? {} : { roles: t('users.rolesRequired') }),
        ...(editing && !reason.trim() ? { reason: t('problem.fields.REQUIRED') } : {}),
      }
    : {};
  const errorOf = (field: Field) => local[field] ?? server.byField[field];

  const changed =
    !editing ||
    displayName.trim() !== editing.displayName ||
    !sameSet(roles, editing.roles) ||
    !sameSet(facilityIds, editing.facilityIds);
  const valid = editing
    ? displayName.trim() !== '' && roles.length > 0 && reason.trim() !== ''
    : loginAcceptable(login) &&
      displayName.trim() !== '' &&
      roles.length > 0 &&
      passwordAcceptable(password, login) &&
      confirmation === password;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    if (valid && changed) save.mutate(change(), { onSuccess: saved });
  };

  return (
    <Modal
      opened
      onClose={props.onClose}
      title={editing ? t('users.editTitle', { login: editing.login }) : t('users.createTitle')}
      size="lg"
      data-testid="user-dialog"
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          {editing ? (
            <TextInput
              label={t('user.login')}
              value={editing.login}
              readOnly
              variant="filled"
              ff="monospace"
            />
          ) : (
            <TextInput
              label={t('user.login')}
              description={t('user.loginHint')}
              value={login}
              onChange={(event) => setLogin(event.currentTarget.value)}
              required
              autoComplete="off"
              autoCapitalize="none"
              spellCheck={false}
              error={errorOf('login')}
              data-autofocus
              data-testid="user-login"
            />
          )}
          <TextInput
            label={t('user.displayName')}
            description={t('user.displayNameHint')}
            value={displayName}
            onChange={(event) => setDisplayName(event.currentTarget.value)}
            required
            autoComplete="off"
            error={errorOf('displayName')}
            data-testid="user-name"
          />
          <MultiSelect
            label={t('user.roles')}
            description={t('users.rolesHint')}
            data={ROLES.map((role) => ({ value: role, label: t(`roles.${role}`) }))}
            value={roles}
            onChange={(values) => setRoles(values.filter(isRole))}
            searchable
            required
            error={errorOf('roles')}
            comboboxProps={{ withinPortal: true }}
            data-testid="user-roles"
          />
          <MultiSelect
            label={t('user.facilities')}
            description={t('users.facilitiesHint')}
            data={(facilities.data ?? []).map((f) => ({ value: f.id, label: f.name }))}
            value={facilityIds}
            onChange={setFacilityIds}
            searchable
            error={errorOf('facilityIds')}
            comboboxProps={{ withinPortal: true }}
            data-testid="user-facilities"
          />
          {!editing && (
            <>
              <NewPasswordFields
                label={t('users.initialPassword')}
                login={login}
                password={password}
                confirmation={confirmation}
                onPasswordChange={setPassword}
                onConfirmationChange={setConfirmation}
                error={errorOf('password')}
                testIds={{ password: 'user-password', confirmation: 'user-password-confirm' }}
              />
              <Text fz="xs" c="dimmed">
                {t('users.initialPasswordHint')}
              </Text>
            </>
          )}
          {editing && (
            <ReasonField value={reason} onChange={setReason} error={errorOf('reason')} testId="user-reason" />
          )}
          {editing && submitted && !changed && (
            <Text fz="sm" c="dimmed">
              {t('common.nothingChanged')}
            </Text>
          )}
          <ProblemAlert error={save.error} unplaced={server.unplaced} testId="user-error" />
          <FormActions
            onCancel={props.onClose}
            submitLabel={editing ? t('common.save') : t('users.createSubmit')}
            pending={save.isPending}
            testId="user-submit"
          />
        </Stack>
      </form>
    </Modal>
  );
}
