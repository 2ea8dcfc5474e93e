import { AxisBottom, AxisLeft } from '@visx/axis';
import { curveLinear, curveStepAfter } from '@visx/curve';
import { Group } from '@visx/group';
import { scaleLinear, scalePoint } from '@visx/scale';
import { LinePath } from '@visx/shape';
import { useEffect, useId, useRef, useState } from 'react';
import { useI18n } from '../../i18n/i18n-context.js';
import { TableRegion } from '../supervision/table-region.component.js';
import type { ChartGroup } from './history-series.js';
import { identifierText, numberText } from './result-words.js';

/**
 * A chart of one instrument's scores over time (visx primitives, decision 0019), with the same
 * numbers in a table. Series differ by line pattern and marker shape as well as colour, and the
 * legend shows both, so nothing is told by colour alone.
 */
const COLOURS = ['#0b5d53', '#1d4a8a', '#8a5300', '#b42318'];
const DASHES = ['', '6 4', '2 3', '10 3 2 3'];
const HEIGHT = 200;
const MARGIN = { top: 12, right: 16, bottom: 36, left: 48 };

function Marker({ shape, x, y, colour }: { shape: number; x: number; y: number; colour: string }) {
  const size = 5;
  switch (shape % 4) {
    case 0:
      return <circle cx={x} cy={y} r={size} fill={colour} />;
    case 1:
      return <rect x={x - size} y={y - size} width={size * 2} height={size * 2} fill={colour} />;
    case 2:
      return (
        <polygon
          points={`${x},${y - size - 1} ${x + size + 1},${y + size} ${x - size - 1},${y + size}`}
          fill={colour}
        />
      );
    default:
      return (
        <polygon
          points={`${x},${y - size - 1} ${x + size + 1},${y} ${x},${y + size + 1} ${x - size - 1},${y}`}
          fill={colour}
        />
      );
  }
}

function LegendKey({ index }: { index: number }) {
  const colour = COLOURS[index % COLOURS.length] ?? '#000';
  return (
    <svg width="40" height="14" aria-hidden="true" focusable="false" className="legend-key">
      <line
        x1="0"
        y1="7"
        x2="40"
        y2="7"
        stroke={colour}
        strokeWidth="2.5"
        strokeDasharray={DASHES[index % DASHES.length]}
      />
      <Marker shape={index} x={20} y={7} colour={colour} />
    </svg>
  );
}

function useWidth<T extends HTMLElement>() {
  const ref = useRef<T>(null);
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

export function HistoryChart({ group }: { group: ChartGroup }) {
  const { t, formatDate } = useI18n();
  const titleId = useId();
  const captionId = useId();
  const { ref, width } = useWidth<HTMLDivElement>();
  const innerWidth = width - MARGIN.left - MARGIN.right;
  const innerHeight = HEIGHT - MARGIN.top - MARGIN.bottom;
  const indexes = group.points.map((_, i) => i);
  const x = scalePoint<number>({ domain: indexes, range: [0, innerWidth], padding: 0.5 });
  const y = scaleLinear<number>({ domain: [...group.range], range: [innerHeight, 0] });
  const identifier = group.kind === 'identifier';
  const valueText = (value: number | null) =>
    identifier
      ? identifierText(value === 1 || value === 0 ? value : null, t)
      : numberText(value, null, t);
  const title = identifier
    ? t('assessment.history.chartIdentifiers', { instrument: group.instrumentTitle })
    : t('assessment.history.chartNumbers', {
        instrument: group.instrumentTitle,
        scores: group.series.map((s) => s.label).join(', '),
      });
  // Dates under the axis only where they fit (about one per 80 px).
  const every = Math.max(
    1,
    Math.ceil(group.points.length / Math.max(1, Math.floor(innerWidth / 80))),
  );

  return (
    <figure className="history-chart card" aria-labelledby={titleId}>
      <figcaption id={titleId} className="card-title">
        {title}
      </figcaption>
      <ul className="chart-legend" aria-hidden="true">
        {group.series.map((s, i) => (
          <li key={s.name}>
            <LegendKey index={i} /> {s.label}
          </li>
        ))}
      </ul>
      <div ref={ref} className="chart-frame">
        <svg
          width={width}
          height={HEIGHT}
          role="img"
          aria-label={t('assessment.history.chartAlt', { title })}
        >
          <Group left={MARGIN.left} top={MARGIN.top}>
            <AxisLeft
              scale={y}
              tickValues={identifier ? [0, 1] : undefined}
              numTicks={identifier ? 2 : 5}
              tickFormat={(v) => (identifier ? valueText(Number(v)) : String(v))}
              tickLabelProps={{ fontSize: 12, fill: '#1b1f1e', textAnchor: 'end', dx: -4, dy: 4 }}
              stroke="#5f6966"
              tickStroke="#5f6966"
            />
            <AxisBottom
              top={innerHeight}
              scale={x}
              tickValues={indexes.filter((i) => i % every === 0)}
              tickFormat={(i) => formatDate(group.points[Number(i)]?.date)}
              tickLabelProps={{ fontSize: 12, fill: '#1b1f1e', textAnchor: 'middle' }}
              stroke="#5f6966"
              tickStroke="#5f6966"
            />
            {group.series.map((s, si) => {
              const colour = COLOURS[si % COLOURS.length] ?? '#000';
              // Several 0/1 lines would lie on top of each other: each is nudged a little.
              const nudge = identifier ? (si - (group.series.length - 1) / 2) * 4 : 0;
              const at = (i: number) => x(i) ?? 0;
              const value = (i: number) => group.points[i]?.values[s.name] ?? null;
              return (
                <g key={s.name}>
                  <LinePath
                    data={indexes}
                    x={at}
                    y={(i) => y(value(i) ?? 0) + nudge}
                    defined={(i) => value(i) !== null}
                    curve={identifier ? curveStepAfter : curveLinear}
                    stroke={colour}
                    strokeWidth={2.5}
                    strokeDasharray={DASHES[si % DASHES.length]}
                  />
                  {indexes.map((i) => {
                    const v = value(i);
                    return v === null ? null : (
                      <Marker key={i} shape={si} x={at(i)} y={y(v) + nudge} colour={colour} />
                    );
                  })}
                </g>
              );
            })}
          </Group>
        </svg>
      </div>
      <details className="chart-table">
        <summary>{t('assessment.history.asTable')}</summary>
        <TableRegion captionId={captionId}>
          <table>
            <caption id={captionId} className="visually-hidden">
              {title}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t('assessment.result.date')}</th>
                {group.series.map((s) => (
                  <th key={s.name} scope="col">
                    {s.label}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {group.points.map((p) => (
                <tr key={p.assessmentId}>
                  <th scope="row">
                    {formatDate(p.date)}
                    {p.status === 'draft' ? ` (${t('assessment.status.draft')})` : null}
                  </th>
                  {group.series.map((s) => (
                    <td key={s.name}>{valueText(p.values[s.name] ?? null)}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </TableRegion>
      </details>
    </figure>
  );
}
