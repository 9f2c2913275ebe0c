import { Badge, NavLink, ScrollArea, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { can, useSession } from '../features/auth/session';
import { ADMIN_PAGES, type ClinicModule, isBuilt, MODULES, NAV_SECTIONS } from './modules';

interface NavMenuProps {
  /** Called after a link is chosen, so the menu can close on small screens. */
  onNavigate: () => void;
}

export function NavMenu({ onNavigate }: NavMenuProps) {
  const { t } = useTranslation();
  const { me } = useSession();
  const { pathname } = useLocation();
  const isActive = (path: string) => pathname === path || pathname.startsWith(`${path}/`);
  const adminPages = ADMIN_PAGES.filter((page) => can(me, page.permission));
  // A module still to come is listed for everyone, saying so; a built one only to those it serves.
  const listed = (module: ClinicModule) => !module.permission || can(me, module.permission);

  return (
    <ScrollArea type="scroll">
      <NavLink
        component={Link}
        to="/"
        label={t('nav.home')}
        active={pathname === '/'}
        onClick={onNavigate}
        data-testid="nav-home"
      />
      {NAV_SECTIONS.map((section) => (
        <Stack key={section} gap={0} mt="md">
          <Text fz="xs" fw={600} c="dimmed" px="sm" pb={4}>
            {t(`nav.sections.${section}`)}
          </Text>
          {MODULES.filter((module) => module.section === section && listed(module)).map((module) => (
            <NavLink
              key={module.key}
              component={Link}
              to={`/${module.slug}`}
              label={t(`nav.${module.key}`)}
              rightSection={
                isBuilt(module) ? undefined : (
                  <Badge size="xs" variant="light" color="gray" fw={500}>
                    {t('nav.comingSoon')}
                  </Badge>
                )
              }
              active={isActive(`/${module.slug}`)}
              onClick={onNavigate}
              data-testid={`nav-${module.slug}`}
            />
          ))}
        </Stack>
      ))}
      {adminPages.length > 0 && (
        <Stack gap={0} mt="md" data-testid="nav-admin">
          <Text fz="xs" fw={600} c="dimmed" px="sm" pb={4}>
            {t('nav.sections.admin')}
          </Text>
          {adminPages.map((page) => (
            <NavLink
              key={page.key}
              component={Link}
              to={`/admin/${page.slug}`}
              label={t(`nav.admin.${page.key}`)}
              active={isActive(`/admin/${page.slug}`)}
              onClick={onNavigate}
              data-testid={`nav-admin-${page.slug}`}
            />
          ))}
        </Stack>
      )}
    </ScrollArea>
  );
}
