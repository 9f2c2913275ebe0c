import { Box, Button, Group, Text } from '@mantine/core';
import { type PointerEvent, useCallback, useEffect, useRef } from 'react';

const HEIGHT = 240;
const INK = '#1a1a1a';

/**
 * A signature drawn with a finger (or a stylus, or a mouse) on a canvas: pointer events, with the
 * pointer captured so a stroke leaving the box still ends. The canvas is sized in device pixels for a
 * sharp line, on a white ground so the PNG reads the same anywhere. `onChange` gets the PNG data URL
 * after each stroke, or null once cleared.
 */
export function SignaturePad(props: {
  label: string;
  clearLabel: string;
  onChange: (dataUrl: string | null) => void;
  error?: string | undefined;
}) {
  const canvasRef = useRef<HTMLCanvasElement | null>(null);
  const drawing = useRef<{ x: number; y: number } | null>(null);
  const inked = useRef(false);
  // The latest callback, so that clearing (and the first paint) does not depend on the parent's render.
  const onChange = useRef(props.onChange);
  useEffect(() => {
    onChange.current = props.onChange;
  });

  const clear = useCallback(() => {
    const canvas = canvasRef.current;
    const context = canvas?.getContext('2d');
    if (!canvas || !context) return;
    const ratio = window.devicePixelRatio || 1;
    canvas.width = Math.round(canvas.clientWidth * ratio);
    canvas.height = Math.round(HEIGHT * ratio);
    context.setTransform(ratio, 0, 0, ratio, 0, 0);
    context.fillStyle = '#ffffff';
    context.fillRect(0, 0, canvas.clientWidth, HEIGHT);
    context.lineWidth = 3;
    context.lineCap = 'round';
    context.lineJoin = 'round';
    context.strokeStyle = INK;
    inked.current = false;
    onChange.current(null);
  }, []);

  useEffect(() => clear(), [clear]);

  const point = (event: PointerEvent<HTMLCanvasElement>) => {
    const box = event.currentTarget.getBoundingClientRect();
    return { x: event.clientX - box.left, y: event.clientY - box.top };
  };

  const down = (event: PointerEvent<HTMLCanvasElement>) => {
    event.currentTarget.setPointerCapture(event.pointerId);
    drawing.current = point(event);
    const context = event.currentTarget.getContext('2d');
    if (!context) return;
    // A tap leaves a dot.
    context.fillStyle = INK;
    context.beginPath();
    context.arc(drawing.current.x, drawing.current.y, 1.5, 0, Math.PI * 2);
    context.fill();
    inked.current = true;
  };

  const move = (event: PointerEvent<HTMLCanvasElement>) => {
    const from = drawing.current;
    const context = event.currentTarget.getContext('2d');
    if (!from || !context) return;
    const to = point(event);
    context.beginPath();
    context.moveTo(from.x, from.y);
    context.lineTo(to.x, to.y);
    context.stroke();
    drawing.current = to;
  };

  const up = (event: PointerEvent<HTMLCanvasElement>) => {
    if (!drawing.current) return;
    drawing.current = null;
    if (inked.current) onChange.current(event.currentTarget.toDataURL('image/png'));
  };

  return (
    <Box>
      <Box
        component="canvas"
        ref={canvasRef}
        aria-label={props.label}
        data-testid="tablet-signature"
        onPointerDown={down}
        onPointerMove={move}
        onPointerUp={up}
        onPointerCancel={up}
        w="100%"
        h={HEIGHT}
        bd={`2px dashed ${props.error ? 'var(--mantine-color-red-6)' : 'var(--mantine-color-gray-5)'}`}
        style={{
          display: 'block',
          borderRadius: 12,
          touchAction: 'none',
          cursor: 'crosshair',
          background: '#fff',
        }}
      />
      <Group justify="space-between" mt="xs">
        <Text c={props.error ? 'red' : 'dimmed'} fz={20}>
          {props.error ?? props.label}
        </Text>
        <Button variant="default" size="lg" onClick={clear} data-testid="tablet-signature-clear">
          {props.clearLabel}
        </Button>
      </Group>
    </Box>
  );
}
