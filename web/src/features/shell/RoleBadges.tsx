import { Badge, Group, type GroupProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { isRole, type Role } from '../auth/session';

const ROLE_COLOR: Record<Role, string> = {
  admin: 'grape',
  physician: 'blue',
  nurse: 'teal',
  technician: 'orange',
  qa: 'red',
  reception: 'gray',
};

/** Roles as small coloured labels, in the reader's language. */
export function RoleBadges({ roles, ...groupProps }: { roles: readonly string[] } & GroupProps) {
  const { t } = useTranslation();
  return (
    <Group gap={4} wrap="wrap" {...groupProps}>
      {roles.map((role) => (
        <Badge
          key={role}
          size="sm"
          variant="light"
          color={isRole(role) ? ROLE_COLOR[role] : 'gray'}
          tt="none"
        >
          {isRole(role) ? t(`roles.${role}`) : role}
        </Badge>
      ))}
    </Group>
  );
}
