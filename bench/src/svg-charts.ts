// Small SVG charts for the benchmark report, drawn by hand so the report needs no browser or
// plotting library: lines over a linear or logarithmic x axis, and horizontal bars.

const WIDTH = 780;
const HEIGHT = 360;
const MARGIN = { left: 70, right: 30, top: 40, bottom: 50 };
const LEGEND_LINE = 18;
const COLOURS = ['#1f77b4', '#d62728', '#2ca02c', '#ff7f0e', '#9467bd', '#8c564b', '#17becf', '#7f7f7f'];

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const round = (value: number) => Math.round(value * 10) / 10;

export type Series = { name: string; points: Array<[number, number]> };

function niceTicks(min: number, max: number, count: number): number[] {
  const span = max - min || 1;
  const step = 10 ** Math.floor(Math.log10(span / count));
  const factor = [1, 2, 5, 10].find((f) => span / (step * f) <= count) ?? 10;
  const nice = step * factor;
  const ticks: number[] = [];
  for (let tick = Math.ceil(min / nice) * nice; tick <= max + nice * 1e-9; tick += nice) ticks.push(Number(tick.toPrecision(12)));
  return ticks;
}

function logTicks(min: number, max: number): number[] {
  const ticks: number[] = [];
  for (let decade = 10 ** Math.floor(Math.log10(min)); decade <= max * 10; decade *= 10) for (const f of [1, 2, 5]) if (decade * f >= min && decade * f <= max) ticks.push(decade * f);
  return ticks;
}

const label = (value: number) => (value >= 1000 ? `${value / 1000}k` : String(value));

export function lineChart(options: { title: string; xLabel: string; yLabel: string; series: Series[]; xLog?: boolean; yMin?: number; markers?: boolean }): string {
  const all = options.series.flatMap((series) => series.points);
  const xs = all.map(([x]) => x);
  const ys = all.map(([, y]) => y);
  const xMin = options.xLog ? Math.max(Math.min(...xs), 1) : Math.min(...xs);
  const xMax = Math.max(...xs);
  const yMin = options.yMin ?? Math.min(0, ...ys);
  const yMax = Math.max(...ys) * 1.05 || 1;
  const plotW = WIDTH - MARGIN.left - MARGIN.right;
  const plotH = HEIGHT - MARGIN.top - MARGIN.bottom;
  // The legend goes under the plot, a line per series, so long names are never cut.
  const height = HEIGHT + options.series.length * LEGEND_LINE + 10;
  const sx = (x: number) => MARGIN.left + (options.xLog ? (Math.log10(Math.max(x, xMin)) - Math.log10(xMin)) / (Math.log10(xMax) - Math.log10(xMin) || 1) : (x - xMin) / (xMax - xMin || 1)) * plotW;
  const sy = (y: number) => MARGIN.top + plotH - ((y - yMin) / (yMax - yMin || 1)) * plotH;
  const parts: string[] = [];
  const xTicks = options.xLog ? logTicks(xMin, xMax) : niceTicks(xMin, xMax, 8);
  for (const tick of xTicks) {
    parts.push(`<line x1="${round(sx(tick))}" y1="${MARGIN.top}" x2="${round(sx(tick))}" y2="${MARGIN.top + plotH}" stroke="#e5e5e5"/>`);
    parts.push(`<text x="${round(sx(tick))}" y="${MARGIN.top + plotH + 18}" text-anchor="middle">${label(tick)}</text>`);
  }
  for (const tick of niceTicks(yMin, yMax, 6)) {
    parts.push(`<line x1="${MARGIN.left}" y1="${round(sy(tick))}" x2="${MARGIN.left + plotW}" y2="${round(sy(tick))}" stroke="#e5e5e5"/>`);
    parts.push(`<text x="${MARGIN.left - 8}" y="${round(sy(tick)) + 4}" text-anchor="end">${label(tick)}</text>`);
  }
  options.series.forEach((series, index) => {
    const colour = COLOURS[index % COLOURS.length];
    const path = series.points.map(([x, y], i) => `${i ? 'L' : 'M'}${round(sx(x))},${round(sy(y))}`).join(' ');
    parts.push(`<path d="${path}" fill="none" stroke="${colour}" stroke-width="2"/>`);
    if (options.markers) for (const [x, y] of series.points) parts.push(`<circle cx="${round(sx(x))}" cy="${round(sy(y))}" r="3.5" fill="${colour}"/>`);
    const legendY = HEIGHT + 8 + index * LEGEND_LINE;
    parts.push(`<rect x="${MARGIN.left}" y="${legendY - 6}" width="14" height="4" fill="${colour}"/>`);
    parts.push(`<text x="${MARGIN.left + 20}" y="${legendY}">${escape(series.name)}</text>`);
  });
  return frame(options.title, [
    `<rect x="${MARGIN.left}" y="${MARGIN.top}" width="${plotW}" height="${plotH}" fill="none" stroke="#999"/>`,
    ...parts,
    `<text x="${MARGIN.left + plotW / 2}" y="${HEIGHT - 10}" text-anchor="middle">${escape(options.xLabel)}</text>`,
    `<text transform="translate(16 ${MARGIN.top + plotH / 2}) rotate(-90)" text-anchor="middle">${escape(options.yLabel)}</text>`,
  ], height);
}

// Percentile (y, 0-100) against value (x): one line per distribution, so a whole latency
// distribution shows, its tail included.
export function distributionChart(options: { title: string; xLabel: string; distributions: Array<{ name: string; samples: number[] }> }): string {
  const series = options.distributions
    .filter((distribution) => distribution.samples.length)
    .map((distribution) => {
      const sorted = [...distribution.samples].sort((a, b) => a - b);
      return { name: `${distribution.name} (n=${sorted.length})`, points: sorted.map((value, i) => [Math.max(value, 1), ((i + 1) / sorted.length) * 100] as [number, number]) };
    });
  return lineChart({ title: options.title, xLabel: options.xLabel, yLabel: 'percentile', series, xLog: true, yMin: 0 });
}

export function barChart(options: { title: string; unit: string; bars: Array<{ label: string; value: number }> }): string {
  const barHeight = 22;
  const height = MARGIN.top + options.bars.length * (barHeight + 8) + 30;
  const labelWidth = 250;
  const plotW = WIDTH - labelWidth - 80;
  const max = Math.max(...options.bars.map((bar) => bar.value), 1);
  const parts = options.bars.flatMap((bar, index) => {
    const y = MARGIN.top + index * (barHeight + 8);
    const w = (bar.value / max) * plotW;
    return [
      `<text x="${labelWidth - 8}" y="${y + barHeight / 2 + 4}" text-anchor="end">${escape(bar.label)}</text>`,
      `<rect x="${labelWidth}" y="${y}" width="${round(w)}" height="${barHeight}" fill="${COLOURS[0]}"/>`,
      `<text x="${round(labelWidth + w + 6)}" y="${y + barHeight / 2 + 4}">${bar.value.toFixed(1)} ${escape(options.unit)}</text>`,
    ];
  });
  return frame(options.title, parts, height);
}

function frame(title: string, parts: string[], height = HEIGHT): string {
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${height}" viewBox="0 0 ${WIDTH} ${height}" font-family="Helvetica, Arial, sans-serif" font-size="12">`,
    `<rect width="${WIDTH}" height="${height}" fill="#fff"/>`,
    `<text x="${WIDTH / 2}" y="22" text-anchor="middle" font-size="15" font-weight="bold">${escape(title)}</text>`,
    ...parts,
    '</svg>',
    '',
  ].join('\n');
}
