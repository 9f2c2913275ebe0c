import { Typography } from '@mantine/core';
import MarkdownIt from 'markdown-it';
import { useDeferredValue, useMemo } from 'react';

/**
 * Raw HTML in the text is shown as text, never run (`html: false`); markdown-it also refuses
 * `javascript:` and other unsafe link targets. What is previewed is what the patient is given.
 */
const markdown = new MarkdownIt({ html: false, linkify: false, typographer: false });

export function MarkdownPreview({ source, testId }: { source: string; testId: string }) {
  // Typing stays quick in a long document: the preview follows a moment later.
  const deferred = useDeferredValue(source);
  const html = useMemo(() => markdown.render(deferred), [deferred]);
  return (
    <Typography
      // biome-ignore lint/security/noDangerouslySetInnerHtml: markdown-it output with raw HTML disabled (above)
      dangerouslySetInnerHTML={{ __html: html }}
      fz="sm"
      style={{ overflowWrap: 'anywhere' }}
      data-testid={testId}
    />
  );
}
