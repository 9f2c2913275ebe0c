import { Alert, Badge, Button, Card, Group, Skeleton, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../../i18n';
import { formatInstant } from '../../../lib/datetime';
import { problemMessage } from '../../../lib/problems';
import { isRole, useSession } from '../../auth/session';
import { CreateTokenDialog } from './CreateTokenDialog';
import { RevokeTokenDialog } from './RevokeTokenDialog';
import { type ApiToken, useApiTokens, validFirst } from './tokens-api';

/** Credentials for machines (a freezer sensor, an integration): created, shown once, revoked. */
export function TokensPage() {
  const { t } = useTranslation();
  const language = useLanguage();
  const tokens = useApiTokens();
  const listed = validFirst(tokens.data ?? []);
  const { me } = useSession();
  // The list holds the tokens of the facility one works in; its name comes with the session.
  const facilityName = new Map(me.facilities.map((f) => [f.id, f.name]));
  const [creating, setCreating] = useState(false);
  const [revoking, setRevoking] = useState<ApiToken | null>(null);
  const when = (iso: string | null) => (iso ? formatInstant(iso, language) : '—');

  return (
    <Stack gap="md" maw={1200} data-testid="tokens-page">
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={2}>{t('tokens.title')}</Title>
          <Text fz="sm" c="dimmed" mt={4}>
            {t('tokens.intro')}
          </Text>
        </div>
        <Button onClick={() => setCreating(true)} data-testid="token-create">
          {t('tokens.create')}
        </Button>
      </Group>

      <Card p={0}>
        {tokens.isPending && (
          <Stack p="sm" gap="xs">
            <Skeleton h={20} />
          </Stack>
        )}
        {tokens.error && (
          <Alert color="red" variant="light" m="sm">
            {problemMessage(t, tokens.error)}
          </Alert>
        )}
        {tokens.data && listed.length === 0 && (
          <Text fz="sm" c="dimmed" p="md" data-testid="tokens-empty">
            {t('tokens.empty')}
          </Text>
        )}
        {listed.length > 0 && (
          <Table.ScrollContainer minWidth={900}>
            <Table data-testid="tokens-table">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('tokens.name')}</Table.Th>
                  <Table.Th>{t('tokens.role')}</Table.Th>
                  <Table.Th>{t('tokens.facility')}</Table.Th>
                  <Table.Th>{t('tokens.createdBy')}</Table.Th>
                  <Table.Th>{t('tokens.createdAt')}</Table.Th>
                  <Table.Th>{t('tokens.lastUsedAt')}</Table.Th>
                  <Table.Th>{t('user.status')}</Table.Th>
                  <Table.Th w={90} />
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {listed.map((token) => (
                  <Table.Tr
                    key={token.id}
                    data-testid={`token-row-${token.name}`}
                    c={token.revokedAt ? 'dimmed' : undefined}
                  >
                    <Table.Td fw={500}>{token.name}</Table.Td>
                    <Table.Td>{isRole(token.role) ? t(`roles.${token.role}`) : token.role}</Table.Td>
                    <Table.Td fz="xs">
                      {token.facilityId
                        ? (facilityName.get(token.facilityId) ?? token.facilityId)
                        : t('tokens.noFacility')}
                    </Table.Td>
                    <Table.Td ff="monospace" fz="xs">
                      {token.createdBy}
                    </Table.Td>
                    <Table.Td fz="xs">{when(token.createdAt)}</Table.Td>
                    <Table.Td fz="xs">
                      {token.lastUsedAt ? when(token.lastUsedAt) : t('tokens.neverUsed')}
                    </Table.Td>
                    <Table.Td>
                      {token.revokedAt ? (
                        <Badge size="sm" variant="outline" color="gray">
                          {t('tokens.revokedAt', { at: when(token.revokedAt) })}
                        </Badge>
                      ) : (
                        <Badge size="sm" variant="light">
                          {t('tokens.valid')}
                        </Badge>
                      )}
                    </Table.Td>
                    <Table.Td>
                      {!token.revokedAt && (
                        <Button
                          variant="subtle"
                          color="red"
                          size="compact-sm"
                          onClick={() => setRevoking(token)}
                          data-testid={`token-revoke-${token.name}`}
                        >
                          {t('tokens.revoke')}
                        </Button>
                      )}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Card>

      {creating && <CreateTokenDialog onClose={() => setCreating(false)} />}
      {revoking && <RevokeTokenDialog token={revoking} onClose={() => setRevoking(null)} />}
    </Stack>
  );
}
