import {
  Alert,
  Badge,
  Button,
  Card,
  DataList,
  Group,
  SimpleGrid,
  Skeleton,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { problemMessage } from '../../../lib/problems';
import { useSession } from '../../auth/session';
import { FacilityDialog } from './FacilityDialog';
import { type Facility, useFacilities } from './facilities-api';

/**
 * The clinic and its cell processing facilities one belongs to: the details printed on labels and
 * reports. Each is changed while working in it.
 */
export function FacilitiesPage() {
  const { t } = useTranslation();
  const { me } = useSession();
  const facilities = useFacilities();
  const [dialog, setDialog] = useState<{ mode: 'create' } | { mode: 'edit'; facility: Facility } | null>(
    null,
  );

  return (
    <Stack gap="md" maw={1200} data-testid="facilities-page">
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={2}>{t('facilities.title')}</Title>
          <Text fz="sm" c="dimmed" mt={4}>
            {t('facilities.intro')}
          </Text>
        </div>
        <Button variant="light" onClick={() => setDialog({ mode: 'create' })} data-testid="facility-create">
          {t('facilities.createCpc')}
        </Button>
      </Group>

      {facilities.isPending && <Skeleton h={160} />}
      {facilities.error && (
        <Alert color="red" variant="light">
          {problemMessage(t, facilities.error)}
        </Alert>
      )}
      <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="md">
        {facilities.data?.map((facility) => (
          <FacilityCard
            key={facility.id}
            facility={facility}
            onEdit={facility.id === me.facilityId ? () => setDialog({ mode: 'edit', facility }) : undefined}
          />
        ))}
      </SimpleGrid>

      {dialog && <FacilityDialog {...dialog} onClose={() => setDialog(null)} />}
    </Stack>
  );
}

function FacilityCard({ facility, onEdit }: { facility: Facility; onEdit: (() => void) | undefined }) {
  const { t } = useTranslation();
  const value = (text: string | null) =>
    text || (
      <Text span c="dimmed" fz="sm">
        {t('facilities.notSet')}
      </Text>
    );
  return (
    <Card data-testid={`facility-${facility.kind}`}>
      <Group justify="space-between" align="flex-start" mb="sm" wrap="nowrap">
        <div>
          <Group gap="xs">
            <Badge variant="light" color={facility.kind === 'clinic' ? 'clinic' : 'orange'}>
              {t(`facility.kinds.${facility.kind}`)}
            </Badge>
            <Title order={3} fz="md">
              {facility.name}
            </Title>
          </Group>
          {facility.nameKana && (
            <Text fz="xs" c="dimmed" mt={2}>
              {facility.nameKana}
            </Text>
          )}
        </div>
        {onEdit ? (
          <Button variant="default" size="xs" onClick={onEdit} data-testid={`facility-edit-${facility.id}`}>
            {t('common.edit')}
          </Button>
        ) : (
          <Text fz="xs" c="dimmed" maw={200} ta="right">
            {t('facilities.switchToEdit')}
          </Text>
        )}
      </Group>
      <DataList size="sm" gap={6} labelWidth="12rem">
        <DataList.Item>
          <DataList.ItemLabel>{t('facility.address')}</DataList.ItemLabel>
          <DataList.ItemValue>
            {facility.postalCode && `〒${facility.postalCode} `}
            {value(facility.address)}
          </DataList.ItemValue>
        </DataList.Item>
        <DataList.Item>
          <DataList.ItemLabel>{t('facility.phone')}</DataList.ItemLabel>
          <DataList.ItemValue>{value(facility.phone)}</DataList.ItemValue>
        </DataList.Item>
        <DataList.Item>
          <DataList.ItemLabel>{t(`facility.administratorName.${facility.kind}`)}</DataList.ItemLabel>
          <DataList.ItemValue>{value(facility.administratorName)}</DataList.ItemValue>
        </DataList.Item>
        <DataList.Item>
          <DataList.ItemLabel>{t(`facility.registrationNumber.${facility.kind}`)}</DataList.ItemLabel>
          <DataList.ItemValue>{value(facility.registrationNumber)}</DataList.ItemValue>
        </DataList.Item>
        <DataList.Item>
          <DataList.ItemLabel>{t('facility.isbt128Fin')}</DataList.ItemLabel>
          <DataList.ItemValue ff={facility.isbt128Fin ? 'monospace' : undefined}>
            {value(facility.isbt128Fin)}
          </DataList.ItemValue>
        </DataList.Item>
        <DataList.Item>
          <DataList.ItemLabel>{t('facility.planNumbersShort')}</DataList.ItemLabel>
          <DataList.ItemValue>
            {facility.planNumbers.length > 0 ? (
              <Group gap={4}>
                {facility.planNumbers.map((plan) => (
                  <Badge key={plan} variant="outline" color="gray" ff="monospace" tt="none">
                    {plan}
                  </Badge>
                ))}
              </Group>
            ) : (
              value(null)
            )}
          </DataList.ItemValue>
        </DataList.Item>
      </DataList>
    </Card>
  );
}
