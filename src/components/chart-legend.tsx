import type { ReactNode } from 'react';
import styles from './chart-legend.module.css';

export interface LegendItem {
  key: string;
  label: ReactNode;
  marker: ReactNode;
}

/** An HTML legend under a chart title; markers are small SVGs matching the chart's marks. */
export function ChartLegend({ items, label }: { items: readonly LegendItem[]; label: string }) {
  return (
    <ul className={styles.legend} aria-label={label}>
      {items.map((item) => (
        <li key={item.key} className={styles.item}>
          {item.marker}
          {item.label}
        </li>
      ))}
    </ul>
  );
}

const ICON = { width: 14, height: 14, viewBox: '0 0 14 14', 'aria-hidden': true } as const;

export function ColorMarker({ color }: { color: string }) {
  return (
    <svg {...ICON}>
      <rect x={1} y={3} width={12} height={8} rx={2} fill={color} />
    </svg>
  );
}

export function NotTrainedMarker() {
  return (
    <svg {...ICON} className={styles.muted}>
      <rect x={1} y={3} width={12} height={8} fill="none" stroke="currentColor" strokeDasharray="2 2" />
      <path d="M1 11 L9 3 M5 11 L13 3" stroke="currentColor" />
    </svg>
  );
}

export function NoApMarker() {
  return (
    <svg {...ICON} className={styles.muted}>
      <rect x={1} y={3} width={12} height={8} fill="none" stroke="currentColor" strokeDasharray="2 2" />
    </svg>
  );
}

const SHAPES: Record<string, string> = {
  circle: 'M7 2.5a4.5 4.5 0 1 1 0 9a4.5 4.5 0 1 1 0-9z',
  square: 'M3 3h8v8H3z',
  diamond: 'M7 1.5L12.5 7L7 12.5L1.5 7z',
  triangle: 'M7 2L12.5 12H1.5z',
  cross: 'M5.5 2h3v3.5H12v3H8.5V12h-3V8.5H2v-3h3.5z',
  wye: 'M5.6 2h2.8v4.2l3.6 2.1-1.4 2.4L7 8.6l-3.6 2.1L2 8.3l3.6-2.1z',
};

export function ShapeMarker({ shape, color }: { shape: string; color: string }) {
  return (
    <svg {...ICON}>
      <path d={SHAPES[shape] ?? SHAPES.circle} fill={color} />
    </svg>
  );
}

export function RingMarker({ color }: { color: string }) {
  return (
    <svg {...ICON}>
      <circle cx={7} cy={7} r={5.5} fill="none" stroke={color} strokeWidth={2} />
    </svg>
  );
}
