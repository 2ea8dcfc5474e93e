import { AxisBottom, AxisLeft } from '@visx/axis';
import { Group } from '@visx/group';
import { scaleLinear, scalePoint } from '@visx/scale';
import { Line, LinePath } from '@visx/shape';
import { useEffect, useRef, useState } from 'react';
import { useI18n } from '../../i18n/i18n-context.js';
import { tScoreText } from './plan-words.js';
import { trendRange, type TrendPoint } from './tscore-trend.js';

/**
 * The T-score over a plan's reviews (visx primitives, as the assessment history, decision 0019).
 * The baseline is a square, reviews are circles, the expected outcome (50) a dashed line; the
 * numbers are in the table beside it (tscore-table), so the chart itself is one named image.
 */
const HEIGHT = 220;
const MARGIN = { top: 12, right: 16, bottom: 36, left: 40 };
const INK = '#0b5d53';

function useWidth() {
  const ref = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(320);
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const observer = new ResizeObserver(([entry]) => {
      if (entry) setWidth(Math.max(240, Math.floor(entry.contentRect.width)));
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return { ref, width };
}

export function TScoreChart({ points, label }: { points: readonly TrendPoint[]; label: string }) {
  const { t, language, formatDate } = useI18n();
  const { ref, width } = useWidth();
  const innerWidth = width - MARGIN.left - MARGIN.right;
  const innerHeight = HEIGHT - MARGIN.top - MARGIN.bottom;
  const indexes = points.map((_, i) => i);
  const x = scalePoint<number>({ domain: indexes, range: [0, innerWidth], padding: 0.5 });
  const y = scaleLinear<number>({ domain: trendRange(points), range: [innerHeight, 0] });
  const at = (i: number) => x(i) ?? 0;
  const value = (i: number) => points[i]?.tScore ?? null;
  const every = Math.max(1, Math.ceil(points.length / Math.max(1, Math.floor(innerWidth / 80))));
  const described = points
    .map((p) => `${formatDate(p.date)}: ${tScoreText(p.tScore, language, t)}`)
    .join('; ');

  return (
    <div ref={ref} className="chart-frame">
      <svg width={width} height={HEIGHT} role="img" aria-label={`${label}. ${described}`}>
        <Group left={MARGIN.left} top={MARGIN.top}>
          <AxisLeft
            scale={y}
            numTicks={6}
            tickLabelProps={{ fontSize: 12, fill: '#1b1f1e', textAnchor: 'end', dx: -4, dy: 4 }}
            stroke="#5f6966"
            tickStroke="#5f6966"
          />
          <AxisBottom
            top={innerHeight}
            scale={x}
            tickValues={indexes.filter((i) => i % every === 0)}
            tickFormat={(i) => formatDate(points[Number(i)]?.date)}
            tickLabelProps={{ fontSize: 12, fill: '#1b1f1e', textAnchor: 'middle' }}
            stroke="#5f6966"
            tickStroke="#5f6966"
          />
          <Line
            from={{ x: 0, y: y(50) }}
            to={{ x: innerWidth, y: y(50) }}
            stroke="#5f6966"
            strokeWidth={1.5}
            strokeDasharray="6 4"
          />
          <LinePath
            data={indexes}
            x={at}
            y={(i) => y(value(i) ?? 50)}
            defined={(i) => value(i) !== null}
            stroke={INK}
            strokeWidth={2.5}
          />
          {indexes.map((i) => {
            const v = value(i);
            if (v === null) return null;
            return points[i]?.baseline ? (
              <rect key={i} x={at(i) - 5} y={y(v) - 5} width={10} height={10} fill={INK} />
            ) : (
              <circle key={i} cx={at(i)} cy={y(v)} r={5} fill={INK} />
            );
          })}
        </Group>
      </svg>
    </div>
  );
}
