import { Anchor, Card, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { isBuilt, MODULES } from '../../app/modules';

/** The modules still to come, said plainly so nobody looks for what is not there yet. */
export function ModuleOverview() {
  const { t } = useTranslation();

  return (
    <Card data-testid="module-overview">
      <Title order={3} fz="md">
        {t('home.modules.title')}
      </Title>
      <Text fz="sm" c="dimmed" mt={4} mb="sm">
        {t('home.modules.intro')}
      </Text>
      <Table>
        <Table.Thead>
          <Table.Tr>
            <Table.Th w="9rem">{t('home.modules.name')}</Table.Th>
            <Table.Th>{t('home.modules.description')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {MODULES.filter((module) => !isBuilt(module)).map((module) => (
            <Table.Tr key={module.key} data-testid={`module-${module.slug}`}>
              <Table.Td>
                <Anchor component={Link} to={`/${module.slug}`} fz="sm" fw={500}>
                  {t(`nav.${module.key}`)}
                </Anchor>
              </Table.Td>
              <Table.Td c="dimmed">{t(`modules.${module.key}`)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Card>
  );
}
