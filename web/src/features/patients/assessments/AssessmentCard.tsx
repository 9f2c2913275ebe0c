import { Badge, Button, Card, Collapse, Group, Menu, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import {
  ECCA_PUBLISHED_MAX,
  GOODMAN_QUANTITATIVE_PUBLISHED_MAX,
} from '../../../../../src/domain/scar-scales';
import { useLanguage } from '../../../i18n';
import { formatDate } from '../../../lib/datetime';
import { type Assessment, QUALITATIVE_GRADES } from './assessment-form';
import { ScoreBreakdown } from './ScoreBreakdown';

interface AssessmentCardProps {
  assessment: Assessment;
  writable: boolean;
  onVoid: () => void;
}

/** One assessment: its scores at a glance, the breakdown on request; voided ones struck through. */
export function AssessmentCard({ assessment: a, writable, onVoid }: AssessmentCardProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const [open, breakdown] = useDisclosure(false);
  const voided = a.status === 'voided';
  const grade = QUALITATIVE_GRADES.find((row) => row.grade === a.goodmanQualitative);
  const hasBreakdown = a.scores.goodmanQuantitative !== null || a.scores.ecca !== null;
  const scores = [
    grade &&
      `${t('assessments.result.qualitative')} ${grade.grade} ${t(`scales.qualitative.${grade.key}.name`)}`,
    a.goodmanQuantitativeScore !== null &&
      `${t('assessments.result.goodman')} ${a.goodmanQuantitativeScore} ${t('assessments.result.outOf', { max: GOODMAN_QUANTITATIVE_PUBLISHED_MAX })}`,
    a.eccaScore !== null &&
      `${t('assessments.result.ecca')} ${a.eccaScore} ${t('assessments.result.outOf', { max: ECCA_PUBLISHED_MAX })}`,
    a.patientRating &&
      `${t('assessments.satisfaction')} ${a.patientRating.satisfaction} · ${t('assessments.bother')} ${a.patientRating.bother}`,
  ].filter((text): text is string => Boolean(text));

  return (
    <Card data-testid="assessment-card" data-status={a.status} opacity={voided ? 0.75 : 1}>
      <Group justify="space-between" align="flex-start" gap="xs">
        <Group gap="sm">
          <Text fw={700} td={voided ? 'line-through' : undefined}>
            {formatDate(a.assessedOn, language, 'long')}
          </Text>
          <Badge variant="light" tt="none">
            {t(`assessments.regions.${a.region}`)}
          </Badge>
          {voided && (
            <Badge color="gray" variant="outline">
              {t('records.voided')}
            </Badge>
          )}
          <Text fz="sm" c="dimmed">
            {t('assessments.assessor', { name: a.assessorName })}
          </Text>
        </Group>
        <Group gap="xs">
          {hasBreakdown && (
            <Button size="xs" variant="subtle" onClick={breakdown.toggle} data-testid="assess-card-breakdown">
              {open ? t('assessments.hideBreakdown') : t('assessments.showBreakdown')}
            </Button>
          )}
          {writable && !voided && (
            <Menu position="bottom-end" withinPortal>
              <Menu.Target>
                <Button size="xs" variant="subtle" data-testid="assess-card-actions">
                  {t('common.actions')}
                </Button>
              </Menu.Target>
              <Menu.Dropdown>
                <Menu.Item color="red" onClick={onVoid} data-testid="assess-card-void">
                  {t('records.void')}
                </Menu.Item>
              </Menu.Dropdown>
            </Menu>
          )}
        </Group>
      </Group>
      {voided && a.voidReason && (
        <Text fz="sm" c="dimmed" mt={4}>
          {t('records.voidReason', { reason: a.voidReason })}
        </Text>
      )}
      <Group gap={6} mt="xs" style={voided ? { textDecoration: 'line-through' } : undefined}>
        {scores.map((text) => (
          <Badge key={text} size="lg" variant="default" tt="none" fw={600}>
            {text}
          </Badge>
        ))}
      </Group>
      {a.notes && (
        <Text fz="sm" mt="xs" style={{ whiteSpace: 'pre-wrap' }}>
          {a.notes}
        </Text>
      )}
      <Collapse expanded={open}>
        <div style={{ paddingTop: 12 }}>
          <ScoreBreakdown scores={a.scores} />
        </div>
      </Collapse>
    </Card>
  );
}
