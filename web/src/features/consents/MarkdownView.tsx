import { Typography } from '@mantine/core';
import MarkdownIt from 'markdown-it';
import { useMemo } from 'react';

// HTML written into a document is shown as text, never run; links to javascript: are refused by
// markdown-it's own link check. The text is the clinic's, published by its administrator.
const markdown = new MarkdownIt({ html: false, linkify: false, typographer: false });

/** An explanation document (or one section of it) as the patient reads it. */
export function MarkdownView({
  source,
  large = false,
  testId,
}: {
  source: string;
  /** The walk's tablet type: read at arm's length. */
  large?: boolean;
  testId?: string;
}) {
  const html = useMemo(() => markdown.render(source), [source]);
  return (
    <Typography
      fz={large ? 'lg' : 'sm'}
      data-testid={testId}
      // biome-ignore lint/security/noDangerouslySetInnerHtml: markdown-it with html off escapes every tag in the source.
      dangerouslySetInnerHTML={{ __html: html }}
    />
  );
}
