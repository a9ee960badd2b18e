// A chart as a PNG 1920 px wide: title, period, the summary sentence, the legend, the chart
// (its SVG, serialised with the styles it is drawn with) and a source line. Drawn on a canvas
// with the page's own fonts: nothing is fetched, so it works offline.

export interface PngInput {
  /** The element the chart is drawn in (its largest SVG is the chart; its legend is HTML beside it). */
  container: HTMLElement;
  title: string;
  periodLabel: string;
  summary: string;
  /** "稠城街道工作进度 · 数据截至 2021年6月". */
  source: string;
  /** A fixed picture height (a slide: 1080); the chart is fitted into what the text leaves. */
  height?: number;
}

interface Look {
  background: string;
  text: string;
  muted: string;
  fontFamily: string;
}

export const PNG_WIDTH = 1920;
const PAD = 72;
const CONTENT = PNG_WIDTH - 2 * PAD;
/** A small chart is drawn at most this much larger (and centred), so its tick labels do not dwarf the title. */
const MAX_SCALE = 2.5;

/** Computed styles that decide how SVG marks and text look (the page's CSS does not travel with the SVG). */
const STYLE_PROPS = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'stroke-opacity',
  'opacity',
  'font-family',
  'font-size',
  'font-weight',
  'text-anchor',
  'dominant-baseline',
  'visibility',
  'display',
];

function inlineStyles(source: Element, clone: Element) {
  const computed = getComputedStyle(source);
  // Through the CSSOM, not a style attribute: a strict CSP (style-src 'self') allows only this.
  const style = (clone as SVGElement).style;
  for (const p of STYLE_PROPS) style?.setProperty(p, computed.getPropertyValue(p));
  const from = source.children;
  const to = clone.children;
  for (let i = 0; i < from.length && i < to.length; i++) inlineStyles(from[i], to[i]);
}

/**
 * The size a chart's SVG is drawn at. Recharts writes it as the SVG's width and height, while the
 * SVG's box is 100 % of the chart's: laid out wider, the box is wider at once and the drawing
 * only once the chart has rendered again. An SVG sized by its box (a viewBox, a percentage): its box.
 */
export function drawnSize(svg: SVGSVGElement): { width: number; height: number } {
  const box = svg.getBoundingClientRect();
  const attribute = (name: string) => Number(svg.getAttribute(name));
  const [width, height] = [attribute('width'), attribute('height')];
  return width > 0 && height > 0 ? { width, height } : { width: box.width, height: box.height };
}

/** The chart's SVG as a standalone image URL, drawn as on screen. */
export function svgImageUrl(svg: SVGSVGElement): { url: string; width: number; height: number } {
  const { width, height } = drawnSize(svg);
  if (width < 1 || height < 1) throw new Error('图表尚未绘制，无法导出图片');
  const clone = svg.cloneNode(true) as SVGSVGElement;
  inlineStyles(svg, clone);
  clone.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  clone.setAttribute('width', String(width));
  clone.setAttribute('height', String(height));
  clone.setAttribute('viewBox', `0 0 ${width} ${height}`);
  const xml = new XMLSerializer().serializeToString(clone);
  return { url: `data:image/svg+xml;charset=utf-8,${encodeURIComponent(xml)}`, width, height };
}

/** Punctuation that never starts a line (it stays at the end of the one before, a little over). */
const NO_LINE_START = /[。，、；：？！）》」』”’.,;:?!)]/;

/** Lines of at most `width` pixels; Chinese breaks between any two characters. */
export function wrapText(ctx: Pick<CanvasRenderingContext2D, 'measureText'>, text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const char of text) {
    if (line && !NO_LINE_START.test(char) && ctx.measureText(line + char).width > width) {
      lines.push(line);
      line = char.trim() ? char : '';
    } else line += char;
  }
  if (line) lines.push(line);
  return lines;
}

/** The chart's own SVG: the widest drawn one (legend icons are small SVGs too). */
export function chartSvg(container: HTMLElement): SVGSVGElement | null {
  const svgs = [...container.querySelectorAll('svg')];
  return svgs.sort((a, b) => b.getBoundingClientRect().width - a.getBoundingClientRect().width)[0] ?? null;
}

/** The chart's legend entries (components/charts/chart-legend.tsx) with the colour of each. */
function legendOf(container: HTMLElement): Array<{ label: string; color: string }> {
  return [...container.querySelectorAll<HTMLElement>('.chart-legend__item')].map((item) => ({ label: item.textContent ?? '', color: item.dataset.color ?? '#000' }));
}

/** Colours and font of the page around the chart, so the picture looks like the screen (either theme). */
function lookOf(container: HTMLElement): Look {
  let background = 'rgb(255, 255, 255)';
  for (let el: HTMLElement | null = container; el; el = el.parentElement) {
    const bg = getComputedStyle(el).backgroundColor;
    if (bg && bg !== 'transparent' && !/rgba\(.*,\s*0\)$/.test(bg)) {
      background = bg;
      break;
    }
  }
  const style = getComputedStyle(container);
  const muted = getComputedStyle(document.documentElement).getPropertyValue('--muted').trim() || style.color;
  return { background, text: style.color, muted, fontFamily: style.fontFamily };
}

/** The width a chart is drawn at for the picture: drawn MAX_SCALE times larger, it fills the content width. */
export const EXPORT_CHART_WIDTH = Math.round(CONTENT / MAX_SCALE);

const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

/**
 * A chart narrower than EXPORT_CHART_WIDTH (a 540 px card) is laid out again at that width for
 * the picture (a min-width: a wider chart stays as it is), so it fills the image instead of
 * sitting small in a wide white canvas; `capture` runs on the redrawn SVG, a second at most later.
 */
async function atExportWidth<T>(container: HTMLElement, capture: () => T): Promise<T> {
  const style = container.style;
  const before = style.minWidth;
  style.minWidth = `${EXPORT_CHART_WIDTH}px`;
  try {
    // The chart measures its box (ResizeObserver) and redraws; one more frame for it to paint.
    const drawnWidth = () => {
      const svg = chartSvg(container);
      return svg ? drawnSize(svg).width : 0;
    };
    for (let i = 0; i < 60 && drawnWidth() < EXPORT_CHART_WIDTH - 1; i++) await nextFrame();
    await nextFrame();
    return capture();
  } finally {
    style.minWidth = before;
  }
}

async function loadImage(url: string): Promise<HTMLImageElement> {
  const image = new Image();
  image.src = url;
  await image.decode();
  return image;
}

export async function renderChartPng(input: PngInput): Promise<Blob> {
  const svg = chartSvg(input.container);
  // A fixed-size picture (a slide) may have no chart (the title slide); a chart's picture must.
  if (!svg && input.height === undefined) throw new Error('图表尚未绘制，无法导出图片');
  // A slide (fixed height) is drawn as projected; a chart card is laid out wide enough to fill the picture.
  const chart = svg ? (input.height === undefined ? await atExportWidth(input.container, () => svgImageUrl(chartSvg(input.container) ?? svg)) : svgImageUrl(svg)) : null;
  const legend = legendOf(input.container);
  const look = lookOf(input.container);
  const image = chart ? await loadImage(chart.url) : null;

  const canvas = document.createElement('canvas');
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('浏览器不支持导出图片');
  const font = (px: number, weight = 400) => `${weight} ${px}px ${look.fontFamily}`;

  // Measure first: the canvas is sized to the content (or the chart to a fixed canvas).
  ctx.font = font(30);
  const summaryLines = wrapText(ctx, input.summary, CONTENT);
  const legendHeight = legend.length ? 48 : 0;
  const textHeight = PAD + 60 + 48 + summaryLines.length * 44 + 16 + legendHeight + 32 + 32 + PAD;
  let scale = chart ? Math.min(CONTENT / chart.width, MAX_SCALE) : 0;
  if (chart && input.height !== undefined) scale = Math.min(CONTENT / chart.width, Math.max(input.height - textHeight, 0) / chart.height);
  const chartWidth = chart ? Math.round(chart.width * scale) : 0;
  const chartHeight = chart ? Math.round(chart.height * scale) : 0;
  const height = input.height ?? textHeight + chartHeight;
  canvas.width = PNG_WIDTH;
  canvas.height = height;

  ctx.fillStyle = look.background;
  ctx.fillRect(0, 0, PNG_WIDTH, height);
  ctx.textBaseline = 'top';
  let y = PAD;
  ctx.fillStyle = look.text;
  ctx.font = font(48, 700);
  ctx.fillText(input.title, PAD, y, CONTENT);
  y += 60;
  ctx.fillStyle = look.muted;
  ctx.font = font(30);
  ctx.fillText(input.periodLabel, PAD, y, CONTENT);
  y += 48;
  ctx.fillStyle = look.text;
  for (const line of summaryLines) {
    ctx.fillText(line, PAD, y);
    y += 44;
  }
  y += 16;
  if (legend.length) {
    let x = PAD;
    ctx.font = font(26);
    for (const item of legend) {
      ctx.fillStyle = item.color;
      ctx.fillRect(x, y + 6, 28, 18);
      ctx.fillStyle = look.text;
      ctx.fillText(item.label, x + 38, y);
      x += 38 + ctx.measureText(item.label).width + 40;
    }
    y += legendHeight;
  }
  if (image) ctx.drawImage(image, PAD + Math.round((CONTENT - chartWidth) / 2), y, chartWidth, chartHeight);
  y = input.height === undefined ? y + chartHeight + 32 : height - PAD - 32;
  ctx.fillStyle = look.muted;
  ctx.font = font(24);
  ctx.fillText(input.source, PAD, y, CONTENT);

  return new Promise((resolve, reject) => canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('图片生成失败'))), 'image/png'));
}
