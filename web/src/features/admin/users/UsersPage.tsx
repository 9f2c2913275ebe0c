import {
  Alert,
  Badge,
  Button,
  Card,
  Group,
  Menu,
  Skeleton,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { problemMessage } from '../../../lib/problems';
import { useSession } from '../../auth/session';
import { RoleBadges } from '../../shell/RoleBadges';
import { useFacilities } from '../facilities/facilities-api';
import { UserActionDialog } from './UserActionDialog';
import { UserDialog } from './UserDialog';
import { sortUsers, type User, type UserAction, useUsers } from './users-api';

type Dialog =
  | { kind: 'create' }
  | { kind: 'edit'; user: User }
  | { kind: 'action'; action: UserAction; user: User };

/** Staff accounts: create, change, deactivate (never delete), reset password or second factor. */
export function UsersPage() {
  const { t } = useTranslation();
  const { me } = useSession();
  const users = useUsers();
  const facilities = useFacilities();
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const [search, setSearch] = useState('');

  const facilityName = new Map((facilities.data ?? []).map((f) => [f.id, f.name]));
  const needle = search.trim().toLowerCase();
  const shown = sortUsers(users.data ?? []).filter(
    (u) => !needle || u.login.includes(needle) || u.displayName.toLowerCase().includes(needle),
  );

  return (
    <Stack gap="md" maw={1200} data-testid="users-page">
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={2}>{t('users.title')}</Title>
          <Text fz="sm" c="dimmed" mt={4}>
            {t('users.intro')}
          </Text>
        </div>
        <Button onClick={() => setDialog({ kind: 'create' })} data-testid="user-create">
          {t('users.create')}
        </Button>
      </Group>

      <Card p={0}>
        <Group p="sm" gap="sm">
          <TextInput
            placeholder={t('users.search')}
            aria-label={t('users.search')}
            value={search}
            onChange={(event) => setSearch(event.currentTarget.value)}
            w={280}
            size="xs"
            data-testid="user-search"
          />
          {users.data && (
            <Text fz="xs" c="dimmed">
              {t('users.count', { count: users.data.filter((u) => u.active).length })}
            </Text>
          )}
        </Group>
        {users.isPending && (
          <Stack p="sm" gap="xs">
            <Skeleton h={20} />
            <Skeleton h={20} />
          </Stack>
        )}
        {users.error && (
          <Alert color="red" variant="light" m="sm">
            {problemMessage(t, users.error)}
          </Alert>
        )}
        {users.data && (
          <Table.ScrollContainer minWidth={880}>
            <Table data-testid="users-table">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('user.login')}</Table.Th>
                  <Table.Th>{t('user.displayName')}</Table.Th>
                  <Table.Th>{t('user.roles')}</Table.Th>
                  <Table.Th>{t('user.facilities')}</Table.Th>
                  <Table.Th>{t('user.twoFactor')}</Table.Th>
                  <Table.Th>{t('user.status')}</Table.Th>
                  <Table.Th w={90} />
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {shown.map((user) => (
                  <Table.Tr
                    key={user.id}
                    data-testid={`user-row-${user.login}`}
                    c={user.active ? undefined : 'dimmed'}
                  >
                    <Table.Td ff="monospace">{user.login}</Table.Td>
                    <Table.Td>
                      {user.displayName}
                      {user.id === me.id && (
                        <Text component="span" fz="xs" c="dimmed" ml={6}>
                          {t('users.you')}
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td>
                      <RoleBadges roles={user.roles} />
                    </Table.Td>
                    <Table.Td fz="xs">
                      {user.facilityIds
                        .map((id) => facilityName.get(id) ?? t('users.otherFacility'))
                        .join('、') || t('common.none')}
                    </Table.Td>
                    <Table.Td>
                      <Badge size="sm" variant="light" color={user.totpEnabled ? 'green' : 'gray'}>
                        {user.totpEnabled ? t('common.on') : t('common.off')}
                      </Badge>
                    </Table.Td>
                    <Table.Td>
                      <Group gap={4} wrap="nowrap">
                        <Badge
                          size="sm"
                          variant={user.active ? 'light' : 'outline'}
                          color={user.active ? 'clinic' : 'gray'}
                        >
                          {user.active ? t('users.active') : t('users.inactive')}
                        </Badge>
                        {user.mustChangePassword && (
                          <Badge size="sm" variant="light" color="yellow">
                            {t('users.mustChangePassword')}
                          </Badge>
                        )}
                      </Group>
                    </Table.Td>
                    <Table.Td>
                      <RowActions user={user} isSelf={user.id === me.id} open={setDialog} />
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
        <Text fz="xs" c="dimmed" p="sm">
          {t('users.neverDeleted')}
        </Text>
      </Card>

      {dialog?.kind === 'create' && <UserDialog mode="create" onClose={() => setDialog(null)} />}
      {dialog?.kind === 'edit' && (
        <UserDialog mode="edit" user={dialog.user} onClose={() => setDialog(null)} />
      )}
      {dialog?.kind === 'action' && (
        <UserActionDialog action={dialog.action} user={dialog.user} onClose={() => setDialog(null)} />
      )}
    </Stack>
  );
}

function RowActions({ user, isSelf, open }: { user: User; isSelf: boolean; open: (dialog: Dialog) => void }) {
  const { t } = useTranslation();
  const act = (action: UserAction) => open({ kind: 'action', action, user });
  // Someone who also works at a facility one does not administer is changed by an administrator of both.
  if (!user.changeable) {
    return (
      <Text fz="xs" c="dimmed" maw={160} data-testid={`user-not-changeable-${user.login}`}>
        {t('users.notChangeable')}
      </Text>
    );
  }
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <Button variant="subtle" size="compact-sm" data-testid={`user-actions-${user.login}`}>
          {t('common.actions')}
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Item onClick={() => open({ kind: 'edit', user })} data-testid="user-action-edit">
          {t('users.edit')}
        </Menu.Item>
        <Menu.Item onClick={() => act('reset-password')} data-testid="user-action-reset-password">
          {t('users.actions.reset-password.menu')}
        </Menu.Item>
        <Menu.Item
          onClick={() => act('reset-totp')}
          disabled={!user.totpEnabled}
          data-testid="user-action-reset-totp"
        >
          {t('users.actions.reset-totp.menu')}
        </Menu.Item>
        <Menu.Divider />
        {user.active ? (
          <Menu.Item
            color="red"
            onClick={() => act('deactivate')}
            disabled={isSelf}
            data-testid="user-action-deactivate"
          >
            {t('users.actions.deactivate.menu')}
          </Menu.Item>
        ) : (
          <Menu.Item onClick={() => act('reactivate')} data-testid="user-action-reactivate">
            {t('users.actions.reactivate.menu')}
          </Menu.Item>
        )}
      </Menu.Dropdown>
    </Menu>
  );
}
