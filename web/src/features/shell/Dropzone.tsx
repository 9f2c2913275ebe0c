import { Box, type MantineSpacing } from '@mantine/core';
import {
  type DragEvent,
  type InputHTMLAttributes,
  type KeyboardEvent,
  type ReactNode,
  useRef,
  useState,
} from 'react';

interface DropzoneProps {
  /** The files that were dropped or chosen and are of an accepted type (never called empty). */
  onDrop: (files: File[]) => void;
  /** The files refused: of another type, or more than `maxFiles`. */
  onReject: (files: File[]) => void;
  /** MIME types, as the browser reports them. */
  accept: string[];
  multiple?: boolean;
  maxFiles?: number;
  inputProps?: InputHTMLAttributes<HTMLInputElement>;
  p?: MantineSpacing;
  'data-testid'?: string;
  children: ReactNode;
}

/**
 * An area to drop files on, or click (Enter, Space) to choose them: the props of @mantine/dropzone
 * that we use, without its react-dropzone, which wants Node 22 to install (issue 20 item 17).
 */
export function Dropzone({
  onDrop,
  onReject,
  accept,
  multiple,
  maxFiles,
  inputProps,
  p,
  children,
  ...rest
}: DropzoneProps) {
  const input = useRef<HTMLInputElement>(null);
  const [over, setOver] = useState(false);

  const take = (list: FileList | null) => {
    const files = [...(list ?? [])];
    if (files.length === 0) return;
    const limit = multiple ? (maxFiles ?? Number.POSITIVE_INFINITY) : 1;
    if (files.length > limit) return onReject(files);
    const accepted = files.filter((file) => accept.includes(file.type));
    const refused = files.filter((file) => !accept.includes(file.type));
    if (accepted.length > 0) onDrop(accepted);
    if (refused.length > 0) onReject(refused);
  };
  const dragOver = (event: DragEvent) => {
    event.preventDefault();
    setOver(true);
  };
  const drop = (event: DragEvent) => {
    event.preventDefault();
    setOver(false);
    take(event.dataTransfer.files);
  };
  const key = (event: KeyboardEvent) => {
    if (event.key !== 'Enter' && event.key !== ' ') return;
    event.preventDefault();
    input.current?.click();
  };

  return (
    <Box
      role="button"
      tabIndex={0}
      p={p}
      onClick={(event) => {
        // The input's own click bubbles up here: do not open the chooser twice.
        if (event.target !== input.current) input.current?.click();
      }}
      onKeyDown={key}
      onDragOver={dragOver}
      onDragLeave={() => setOver(false)}
      onDrop={drop}
      data-active={over || undefined}
      style={{
        cursor: 'pointer',
        border: `1px dashed var(--mantine-color-${over ? 'clinic-6' : 'gray-4'})`,
        borderRadius: 'var(--mantine-radius-default)',
        background: over ? 'var(--mantine-color-clinic-0)' : 'var(--mantine-color-body)',
      }}
      data-testid={rest['data-testid']}
    >
      <input
        ref={input}
        type="file"
        hidden
        accept={accept.join(',')}
        multiple={multiple}
        onChange={(event) => {
          take(event.currentTarget.files);
          // The same file chosen again must count as a new choice.
          event.currentTarget.value = '';
        }}
        {...inputProps}
      />
      {children}
    </Box>
  );
}
