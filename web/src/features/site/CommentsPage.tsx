import { Alert, Badge, Button, Card, Group, Stack, Text, Textarea, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { problemMessage } from '../../lib/problems';
import { type ArticleComment, useComments, useModerate } from './site-api';

/**
 * Moderation of readers' comments. A testimonial about a treatment's effect may not be published on
 * the clinic's own site (医療広告ガイドライン, ../shared/domain/regulatory.md): the screen says so.
 */
export function CommentsPage() {
  const { t } = useTranslation();
  const comments = useComments();
  return (
    <Stack gap="md" maw={1000} data-testid="comments-page">
      <div>
        <Title order={2}>{t('site.comments.title')}</Title>
        <Text fz="sm" c="dimmed" mt={4}>
          {t('site.comments.intro')}
        </Text>
      </div>
      <Alert color="yellow" title={t('site.comments.ruleTitle')} data-testid="comments-rule">
        {t('site.comments.rule')}
      </Alert>
      {comments.error && <Alert color="red">{problemMessage(t, comments.error)}</Alert>}
      {comments.data?.length === 0 && <Text c="dimmed">{t('site.comments.empty')}</Text>}
      {comments.data?.map((comment) => (
        <CommentCard key={comment.id} comment={comment} />
      ))}
    </Stack>
  );
}

function CommentCard({ comment }: { comment: ArticleComment }) {
  const { t } = useTranslation();
  const moderate = useModerate();
  const [text, setText] = useState('');
  const base = { id: comment.id, version: comment.version };
  return (
    <Card withBorder data-testid={`comment-${comment.id}`}>
      <Stack gap="xs">
        <Group justify="space-between">
          <Text fw={500}>
            {comment.authorName}{' '}
            <Text span c="dimmed" fz="sm">
              （{comment.email}）
            </Text>
          </Text>
          <Badge
            variant="light"
            color={
              comment.status === 'approved' ? 'green' : comment.status === 'rejected' ? 'gray' : 'orange'
            }
          >
            {t(`site.commentStatuses.${comment.status}`)}
          </Badge>
        </Group>
        <Text fz="sm" style={{ whiteSpace: 'pre-wrap' }}>
          {comment.body}
        </Text>
        {comment.answer && (
          <Text fz="sm" c="blue.8" style={{ whiteSpace: 'pre-wrap' }}>
            {t('site.comments.answered')}: {comment.answer}
          </Text>
        )}
        {comment.rejectReason && (
          <Text fz="sm" c="dimmed">
            {t('site.comments.rejectedBecause')}: {comment.rejectReason}
          </Text>
        )}
        <Textarea
          value={text}
          onChange={(e) => setText(e.currentTarget.value)}
          label={t('site.comments.textLabel')}
          description={t('site.comments.textHint')}
        />
        <Group gap="xs">
          <Button
            size="xs"
            color="green"
            onClick={() => moderate.mutate({ ...base, action: 'approve' })}
            data-testid="comment-approve"
          >
            {t('site.comments.approve')}
          </Button>
          <Button
            size="xs"
            disabled={text.trim() === ''}
            onClick={() => moderate.mutate({ ...base, action: 'answer', answer: text })}
          >
            {t('site.comments.answer')}
          </Button>
          <Button
            size="xs"
            color="red"
            variant="light"
            disabled={text.trim() === ''}
            onClick={() => moderate.mutate({ ...base, action: 'reject', reason: text })}
          >
            {t('site.comments.reject')}
          </Button>
        </Group>
        {moderate.error && <Alert color="red">{problemMessage(t, moderate.error)}</Alert>}
      </Stack>
    </Card>
  );
}
