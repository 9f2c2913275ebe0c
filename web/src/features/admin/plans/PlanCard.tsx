import {
  Alert,
  Badge,
  Button,
  Card,
  Collapse,
  DataList,
  Group,
  List,
  Menu,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { type DisplayLocale, formatDate, formatInstant } from '../../../lib/datetime';
import { can, useSession } from '../../auth/session';
import { CopyTextButton } from '../../shell/CopyTextButton';
import { DocumentsPanel } from './documents/DocumentsPanel';
import { type ChangeTo, NEXT_STATUSES, type Plan, STATUS_COLORS, usePlanHistory } from './plans-api';

interface PlanCardProps {
  plan: Plan;
  physicianName: string | null;
  onEdit: () => void;
  onStatus: (to: ChangeTo) => void;
}

/** One plan: what was filed and accepted, the licence line it gives, its schedules and its history. */
export function PlanCard({ plan, physicianName, onEdit, onStatus }: PlanCardProps) {
  const { t, i18n } = useTranslation();
  const locale: DisplayLocale = i18n.language === 'en' ? 'en' : 'ja';
  const { me } = useSession();
  const [historyOpen, history] = useDisclosure(false);
  const [documentsOpen, documents] = useDisclosure(false);
  const notSet = (
    <Text span c="dimmed" fz="sm">
      {t('plans.notSet')}
    </Text>
  );
  const day = (value: string | null) => (value ? formatDate(value, locale) : notSet);
  const license = plan.licenseText?.[locale];

  return (
    <Card data-testid={`plan-${plan.id}`}>
      <Group justify="space-between" align="flex-start" wrap="wrap" gap="sm" mb="sm">
        <div>
          <Group gap="xs" mb={4}>
            <Badge color={STATUS_COLORS[plan.status]} data-testid="plan-status">
              {t(`plans.statuses.${plan.status}`)}
            </Badge>
            <Badge variant="light">{t(`plans.therapies.${plan.therapy}`)}</Badge>
            <Badge variant="outline" color="gray">
              {t(`plans.classes.${plan.riskClass}` as 'plans.classes.2')}
            </Badge>
          </Group>
          <Title order={3} fz="md">
            {plan.title}
          </Title>
        </div>
        {plan.status !== 'ended' && (
          <Group gap="xs">
            <Button variant="default" size="xs" onClick={onEdit} data-testid="plan-edit">
              {t('common.edit')}
            </Button>
            <Menu position="bottom-end">
              <Menu.Target>
                <Button variant="light" size="xs" data-testid="plan-status-menu">
                  {t('plans.changeStatus')}
                </Button>
              </Menu.Target>
              <Menu.Dropdown>
                {NEXT_STATUSES[plan.status].map((to) => (
                  <Menu.Item key={to} onClick={() => onStatus(to)} data-testid={`plan-to-${to}`}>
                    {t(`plans.actions.${to}`)}
                  </Menu.Item>
                ))}
              </Menu.Dropdown>
            </Menu>
          </Group>
        )}
      </Group>

      {plan.warnings.map((warning) => (
        <Alert key={warning.code} color="yellow" variant="light" mb="sm" p="xs">
          {t(`plans.warnings.${warning.code}` as 'plans.warnings.PLAN_NUMBER_FORMAT', {
            defaultValue: warning.message,
          })}
        </Alert>
      ))}

      <DataList size="sm" gap={6} labelWidth="11rem">
        <Row label={t('plans.fields.planNumber')}>
          {plan.planNumber ? <Text ff="monospace">{plan.planNumber}</Text> : notSet}
        </Row>
        <Row label={t('plans.fields.committee')}>
          {plan.committeeName ? `${plan.committeeName}（${plan.committeeNumber ?? '—'}）` : notSet}
        </Row>
        <Row label={t('plans.fields.submittedOn')}>{day(plan.submittedOn)}</Row>
        <Row label={t('plans.fields.acceptedOn')}>{day(plan.acceptedOn)}</Row>
        <Row label={t('plans.fields.responsiblePhysician')}>
          {plan.responsiblePhysicianId ? (physicianName ?? t('plans.physicianSet')) : notSet}
        </Row>
        <Row label={t('plans.fields.cpc')}>{plan.cpcName || notSet}</Row>
        <Row label={t('plans.fields.coolingOffDays')}>
          {t('plans.coolingOffValue', { count: plan.coolingOffDays })}
        </Row>
      </DataList>

      <Stack gap={4} mt="sm">
        <Text fz="sm" fw={600}>
          {t('plans.licenseText')}
        </Text>
        {license ? (
          <Group gap="xs" align="flex-start" wrap="nowrap">
            <Text fz="sm" data-testid="plan-license" style={{ flex: 1 }}>
              {license}
            </Text>
            <CopyTextButton text={license} size="xs" testId="plan-license-copy" />
          </Group>
        ) : (
          <Text fz="sm" c="dimmed">
            {t('plans.licenseWhenActive')}
          </Text>
        )}
      </Stack>

      <Group grow align="flex-start" mt="sm" gap="lg">
        <Stack gap={2}>
          <Text fz="sm" fw={600}>
            {t('plans.fields.followUpSchedule')}
          </Text>
          <List size="sm" spacing={0}>
            {plan.followUpSchedule.map((step) => (
              <List.Item key={`${step.anchor}-${step.afterDays}-${step.contact}`}>
                {t('plans.stepLine', {
                  label: step.label,
                  days: step.afterDays,
                  contact: t(`plans.contacts.${step.contact}`),
                  anchor: t(`plans.anchors.${step.anchor}`),
                })}
              </List.Item>
            ))}
          </List>
        </Stack>
        <Stack gap={2}>
          <Text fz="sm" fw={600}>
            {t('plans.fields.releaseSpecification')}
          </Text>
          {plan.releaseSpecification.length === 0 ? (
            <Text fz="sm" c="dimmed">
              {t('plans.noRelease')}
            </Text>
          ) : (
            <List size="sm" spacing={0}>
              {plan.releaseSpecification.map((c) => (
                <List.Item key={c.test}>
                  {c.test}: {c.criterion}
                </List.Item>
              ))}
            </List>
          )}
        </Stack>
      </Group>

      <Group gap="xs" mt="sm">
        <Button variant="light" size="xs" onClick={documents.toggle} data-testid="plan-documents-toggle">
          {documentsOpen ? t('consentDocuments.hide') : t('consentDocuments.show')}
        </Button>
        <Button variant="subtle" size="xs" onClick={history.toggle} data-testid="plan-history-toggle">
          {historyOpen ? t('plans.hideHistory') : t('plans.showHistory')}
        </Button>
      </Group>
      <Collapse expanded={documentsOpen}>
        {documentsOpen && (
          <Stack gap="xs" mt="xs">
            <Text fz="sm" fw={600}>
              {t('consentDocuments.title')}
            </Text>
            <DocumentsPanel plan={plan} canManage={can(me, 'plans:manage')} />
          </Stack>
        )}
      </Collapse>
      <Collapse expanded={historyOpen}>
        <PlanHistory planId={plan.id} open={historyOpen} locale={locale} />
      </Collapse>
    </Card>
  );
}

function Row({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <DataList.Item>
      <DataList.ItemLabel>{label}</DataList.ItemLabel>
      <DataList.ItemValue>{children}</DataList.ItemValue>
    </DataList.Item>
  );
}

function PlanHistory({ planId, open, locale }: { planId: string; open: boolean; locale: DisplayLocale }) {
  const { t } = useTranslation();
  const history = usePlanHistory(planId, open);
  return (
    <List size="sm" spacing={4} data-testid="plan-history">
      {history.data?.map((change) => (
        <List.Item key={change.id}>
          {t('plans.historyLine', {
            when: formatInstant(change.changedAt, locale),
            effective: formatDate(change.effectiveOn, locale),
            status: t(`plans.statuses.${change.toStatus}`),
            who: change.changedByName ?? t('plans.system'),
            reason: change.reason,
          })}
        </List.Item>
      ))}
    </List>
  );
}
