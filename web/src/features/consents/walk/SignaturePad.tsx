import { Box, Button, Group, Text } from '@mantine/core';
import { type PointerEvent, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';

export type Stroke = { x: number; y: number }[];

// The drawing's own resolution, whatever the pad's size on screen: a signature of a few strokes
// is a PNG of some kilobytes, far below the server's 2 MB.
const WIDTH = 1200;
const HEIGHT = 400;
const INK = '#111';
const LINE = 5;

function paint(canvas: HTMLCanvasElement, strokes: readonly Stroke[]) {
  const context = canvas.getContext('2d');
  if (!context) return;
  // Opaque white under the ink: the PNG prints and shows the same on any background.
  context.fillStyle = '#fff';
  context.fillRect(0, 0, WIDTH, HEIGHT);
  context.strokeStyle = INK;
  context.fillStyle = INK;
  context.lineWidth = LINE;
  context.lineCap = 'round';
  context.lineJoin = 'round';
  for (const stroke of strokes) {
    const [first, ...rest] = stroke;
    if (!first) continue;
    if (rest.length === 0) {
      // A tap is a dot.
      context.beginPath();
      context.arc(first.x, first.y, LINE / 2, 0, Math.PI * 2);
      context.fill();
      continue;
    }
    context.beginPath();
    context.moveTo(first.x, first.y);
    for (const point of rest) context.lineTo(point.x, point.y);
    context.stroke();
  }
}

/**
 * A signature pad: a finger, a pen or a mouse draws on a canvas through pointer events; the strokes
 * are kept, so a stroke can be taken back or all of them cleared, and the drawing is handed on as
 * a PNG data URL (canvas.toDataURL) after every stroke. Null when nothing is drawn.
 */
export function SignaturePad({
  strokes,
  onChange,
}: {
  strokes: readonly Stroke[];
  onChange: (strokes: Stroke[], png: string | null) => void;
}) {
  const { t } = useTranslation();
  const canvas = useRef<HTMLCanvasElement>(null);
  const drawing = useRef<Stroke | null>(null);

  useEffect(() => {
    if (canvas.current) paint(canvas.current, strokes);
  }, [strokes]);

  const pointOf = (event: PointerEvent<HTMLCanvasElement>) => {
    const box = event.currentTarget.getBoundingClientRect();
    return {
      x: Math.round(((event.clientX - box.left) / box.width) * WIDTH),
      y: Math.round(((event.clientY - box.top) / box.height) * HEIGHT),
    };
  };
  const commit = (next: Stroke[]) => {
    const element = canvas.current;
    if (!element) return;
    paint(element, next);
    onChange(next, next.length > 0 ? element.toDataURL('image/png') : null);
  };

  const down = (event: PointerEvent<HTMLCanvasElement>) => {
    event.currentTarget.setPointerCapture(event.pointerId);
    drawing.current = [pointOf(event)];
  };
  const move = (event: PointerEvent<HTMLCanvasElement>) => {
    const stroke = drawing.current;
    const context = event.currentTarget.getContext('2d');
    const last = stroke?.[stroke.length - 1];
    if (!stroke || !context || !last) return;
    const point = pointOf(event);
    stroke.push(point);
    context.beginPath();
    context.moveTo(last.x, last.y);
    context.lineTo(point.x, point.y);
    context.stroke();
  };
  const up = () => {
    const stroke = drawing.current;
    drawing.current = null;
    if (stroke) commit([...strokes, stroke]);
  };

  return (
    <Box>
      <canvas
        ref={canvas}
        width={WIDTH}
        height={HEIGHT}
        aria-label={t('consents.walk.signature.pad')}
        data-testid="signature-pad"
        onPointerDown={down}
        onPointerMove={move}
        onPointerUp={up}
        onPointerCancel={up}
        style={{
          width: '100%',
          aspectRatio: `${WIDTH} / ${HEIGHT}`,
          border: '2px dashed var(--mantine-color-gray-5)',
          borderRadius: 8,
          background: '#fff',
          // The finger draws; it does not scroll or zoom the page.
          touchAction: 'none',
          cursor: 'crosshair',
        }}
      />
      <Group justify="space-between" mt="xs">
        <Text fz="sm" c="dimmed">
          {strokes.length === 0 ? t('consents.walk.signature.empty') : ''}
        </Text>
        <Group gap="xs">
          <Button
            variant="default"
            size="md"
            disabled={strokes.length === 0}
            onClick={() => commit(strokes.slice(0, -1))}
            data-testid="signature-undo"
          >
            {t('consents.walk.signature.undo')}
          </Button>
          <Button
            variant="default"
            size="md"
            disabled={strokes.length === 0}
            onClick={() => commit([])}
            data-testid="signature-clear"
          >
            {t('consents.walk.signature.clear')}
          </Button>
        </Group>
      </Group>
    </Box>
  );
}
