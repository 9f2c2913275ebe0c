import { useTranslation } from 'react-i18next';
import type { FaceRegion } from '../prp-api';

/** Where each region sits on the face as the physician faces the patient (the patient's right on the left). */
const SHAPES: Record<FaceRegion, { cx: number; cy: number; rx: number; ry: number; rotate?: number }> = {
  forehead: { cx: 150, cy: 85, rx: 85, ry: 38 },
  temple_right: { cx: 52, cy: 150, rx: 26, ry: 38 },
  temple_left: { cx: 248, cy: 150, rx: 26, ry: 38 },
  cheek_right: { cx: 88, cy: 235, rx: 44, ry: 50 },
  cheek_left: { cx: 212, cy: 235, rx: 44, ry: 50 },
  nose: { cx: 150, cy: 205, rx: 24, ry: 52 },
  chin: { cx: 150, cy: 358, rx: 46, ry: 26 },
  jawline_right: { cx: 78, cy: 318, rx: 20, ry: 44, rotate: -35 },
  jawline_left: { cx: 222, cy: 318, rx: 20, ry: 44, rotate: 35 },
};

export const FACE_REGIONS = Object.keys(SHAPES) as FaceRegion[];

/**
 * The face map: each region a large target to tap (or reach by keyboard), chosen ones filled.
 * An SVG, so it scales with the tablet and prints sharp.
 */
export function FaceMap({
  chosen,
  onToggle,
}: {
  chosen: readonly FaceRegion[];
  onToggle?: (region: FaceRegion) => void;
}) {
  const { t } = useTranslation();
  return (
    <svg
      viewBox="0 0 300 400"
      aria-label={t('prp.injection.map')}
      style={{
        width: '100%',
        maxWidth: 360,
        touchAction: 'manipulation',
        display: 'block',
        margin: '0 auto',
      }}
      data-testid="face-map"
    >
      <title>{t('prp.injection.map')}</title>
      <ellipse cx={150} cy={210} rx={125} ry={180} fill="#fbf3ec" stroke="#8a7768" strokeWidth={2} />
      {FACE_REGIONS.map((region) => {
        const shape = SHAPES[region];
        const on = chosen.includes(region);
        const toggle = () => onToggle?.(region);
        return (
          // biome-ignore lint/a11y/useSemanticElements: an SVG region cannot be a <button>; it takes role, focus and keys instead.
          <g
            key={region}
            role="button"
            tabIndex={onToggle ? 0 : -1}
            aria-pressed={on}
            aria-label={t(`prp.regions.${region}`)}
            data-testid={`face-${region}`}
            onClick={toggle}
            onKeyDown={(event) => {
              if (event.key === 'Enter' || event.key === ' ') {
                event.preventDefault();
                toggle();
              }
            }}
            style={{ cursor: onToggle ? 'pointer' : 'default' }}
          >
            <ellipse
              cx={shape.cx}
              cy={shape.cy}
              rx={shape.rx}
              ry={shape.ry}
              transform={shape.rotate ? `rotate(${shape.rotate} ${shape.cx} ${shape.cy})` : undefined}
              fill={on ? '#d9480f' : '#ffffff'}
              fillOpacity={on ? 0.75 : 0.6}
              stroke={on ? '#a61e4d' : '#8a7768'}
              strokeWidth={on ? 3 : 1.5}
            />
            <text
              x={shape.cx}
              y={shape.cy + 4}
              textAnchor="middle"
              fontSize={12}
              fill={on ? '#fff' : '#333'}
              pointerEvents="none"
            >
              {t(`prp.regions.${region}`)}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
