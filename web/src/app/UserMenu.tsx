import { Button, Group, Menu, Text, UnstyledButton } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useSwitchFacility } from '../features/auth/auth-api';
import { useSession } from '../features/auth/session';
import { RoleBadges } from '../features/shell/RoleBadges';

/** Who is signed in, their account, and the way out. */
export function UserMenu() {
  const { t } = useTranslation();
  const { me, signOut } = useSession();
  const facility = me.facilities.find((f) => f.id === me.facilityId);
  const switchFacility = useSwitchFacility();
  const navigate = useNavigate();
  // A record open on screen belongs to the facility left behind: start again from the home page.
  const workIn = (facilityId: string) =>
    switchFacility.mutate(facilityId, { onSuccess: () => void navigate('/') });

  return (
    <>
      <Menu position="bottom-end" width={260} shadow="md">
        <Menu.Target>
          <UnstyledButton
            data-testid="user-menu"
            aria-label={t('shell.userMenu')}
            style={{ lineHeight: 1.25 }}
          >
            <Group gap={4} wrap="nowrap">
              <Text fz="sm" fw={600} truncate maw={180} data-testid="signed-in-name">
                {me.displayName}
              </Text>
              <Text fz="xs" c="dimmed" aria-hidden>
                ▾
              </Text>
            </Group>
            <Text fz="xs" c="dimmed" truncate maw={180} visibleFrom="sm" data-testid="current-facility">
              {facility?.name ?? (me.facilities.length > 0 ? t('shell.chooseFacility') : '')}
            </Text>
          </UnstyledButton>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Label>
            {me.login}
            <RoleBadges roles={me.roles} mt={4} />
          </Menu.Label>
          {(me.facilities.length > 1 || (!facility && me.facilities.length > 0)) && (
            <>
              <Menu.Divider />
              <Menu.Label>{t('shell.workIn')}</Menu.Label>
              {me.facilities.map((f) => (
                <Menu.Item
                  key={f.id}
                  onClick={() => workIn(f.id)}
                  disabled={f.id === me.facilityId || switchFacility.isPending}
                  leftSection={<Text fz="xs">{f.id === me.facilityId ? '✓' : ''}</Text>}
                  data-testid={`facility-switch-${f.name}`}
                >
                  {f.name}
                </Menu.Item>
              ))}
              <Menu.Divider />
            </>
          )}
          <Menu.Item component={Link} to="/account" data-testid="nav-account">
            {t('shell.account')}
          </Menu.Item>
          <Menu.Divider />
          <Menu.Item color="red" onClick={() => void signOut()} data-testid="menu-sign-out">
            {t('shell.signOut')}
          </Menu.Item>
        </Menu.Dropdown>
      </Menu>
      <Button
        variant="default"
        size="xs"
        onClick={() => void signOut()}
        visibleFrom="sm"
        data-testid="sign-out"
      >
        {t('shell.signOut')}
      </Button>
    </>
  );
}
