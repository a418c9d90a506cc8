export type BarSeries = { name: string; values: number[] }

/** Colours that stay apart for readers with the common colour-vision deficiencies (Okabe–Ito). */
const PALETTE = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#D55E00', '#F0E442', '#000000']

const WIDTH = 640
const PLOT = { top: 16, right: 16, bottom: 56, left: 48 }
const HEIGHT = 280

/**
 * A bar chart drawn on the server as SVG: one group of bars per label, one bar per series (stacked when asked),
 * an axis with four ticks and a legend. `title` names the chart for screen readers (`<title>`, `aria-labelledby`);
 * each bar carries its own `<title>` with the value, shown as a tooltip.
 */
export const BarChart = ({
  id,
  title,
  labels,
  series,
  isStacked = false,
  max,
  format = (value: number) => String(value),
}: {
  id: string
  title: string
  labels: string[]
  series: BarSeries[]
  isStacked?: boolean
  /** The axis's top; by default the largest bar. */
  max?: number
  format?: (value: number) => string
}) => {
  const totals = labels.map((_, index) =>
    isStacked
      ? series.reduce((sum, entry) => sum + (entry.values[index] ?? 0), 0)
      : Math.max(0, ...series.map((entry) => entry.values[index] ?? 0)),
  )
  const top = max ?? Math.max(1, ...totals)
  const plotWidth = WIDTH - PLOT.left - PLOT.right
  const plotHeight = HEIGHT - PLOT.top - PLOT.bottom
  const band = plotWidth / Math.max(1, labels.length)
  const barWidth = isStacked ? band * 0.6 : (band * 0.8) / Math.max(1, series.length)
  const y = (value: number) => PLOT.top + plotHeight - (value / top) * plotHeight
  const ticks = [0, 0.25, 0.5, 0.75, 1].map((fraction) => fraction * top)
  const legendHeight = series.length > 1 ? Math.ceil(series.length / 3) * 18 + 8 : 0
  const titleId = `${id}-title`
  return (
    <svg
      aria-labelledby={titleId}
      className="timeliness-chart"
      data-chart={id}
      role="img"
      style={{ maxWidth: '100%', height: 'auto' }}
      viewBox={`0 0 ${WIDTH} ${HEIGHT + legendHeight}`}
      width={WIDTH}
      xmlns="http://www.w3.org/2000/svg"
    >
      <title id={titleId}>{title}</title>
      {ticks.map((tick) => (
        <g key={tick}>
          <line
            stroke="currentColor"
            strokeOpacity={0.15}
            x1={PLOT.left}
            x2={WIDTH - PLOT.right}
            y1={y(tick)}
            y2={y(tick)}
          />
          <text fill="currentColor" fontSize={11} textAnchor="end" x={PLOT.left - 6} y={y(tick) + 4}>
            {format(tick)}
          </text>
        </g>
      ))}
      {labels.map((label, index) => {
        const x0 = PLOT.left + index * band
        let stackedBase = 0
        return (
          <g key={label}>
            {series.map((entry, seriesIndex) => {
              const value = entry.values[index] ?? 0
              const x = isStacked ? x0 + (band - barWidth) / 2 : x0 + band * 0.1 + seriesIndex * barWidth
              const base = isStacked ? stackedBase : 0
              stackedBase += isStacked ? value : 0
              return (
                <rect
                  fill={PALETTE[seriesIndex % PALETTE.length]}
                  height={Math.max(0, y(base) - y(base + value))}
                  key={entry.name}
                  width={Math.max(1, barWidth - 2)}
                  x={x}
                  y={y(base + value)}
                >
                  <title>{`${label} · ${entry.name}: ${format(value)}`}</title>
                </rect>
              )
            })}
            <text
              fill="currentColor"
              fontSize={11}
              textAnchor="end"
              transform={`rotate(-35 ${x0 + band / 2} ${HEIGHT - PLOT.bottom + 14})`}
              x={x0 + band / 2}
              y={HEIGHT - PLOT.bottom + 14}
            >
              {label}
            </text>
          </g>
        )
      })}
      {series.length > 1
        ? series.map((entry, index) => (
            <g
              key={entry.name}
              transform={`translate(${PLOT.left + (index % 3) * 190} ${HEIGHT + 4 + Math.floor(index / 3) * 18})`}
            >
              <rect fill={PALETTE[index % PALETTE.length]} height={10} width={10} y={0} />
              <text fill="currentColor" fontSize={11} x={14} y={9}>
                {entry.name}
              </text>
            </g>
          ))
        : null}
    </svg>
  )
}
