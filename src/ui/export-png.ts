import type { MapSnapshot } from '../map/map-view.ts';
import type { Palette, RoleStyle } from '../style/palette.ts';
import { patternImage } from '../style/pattern.ts';
import { formatKm2, type Lang } from '../model/format-figures.ts';
import { strings } from '../model/strings.ts';
import { datedLabel, type LegendContent } from '../model/legend-content.ts';

export interface PictureContent {
  snapshot: MapSnapshot;
  /** Size of the map on screen, in CSS pixels. */
  width: number;
  height: number;
  pixelRatio: number;
  palette: Palette;
  legend: LegendContent;
  /** The scenario's title (or the page's), and the sentence with the date and the figure held. */
  title: string;
  summary: string;
  credits: string[];
  lang: Lang;
}

const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif';
const PAD = 12;

/**
 * The view as a picture for readers to download: title and date above the map, the labels and the
 * legend on it, and the credits below, so the picture can travel without the page around it.
 */
export async function composePicture(content: PictureContent): Promise<Blob> {
  const { width, pixelRatio: r } = content;
  const styles = getComputedStyle(document.documentElement);
  const ink = styles.getPropertyValue('--ink').trim() || '#1f1d1a';
  const muted = styles.getPropertyValue('--muted').trim() || '#55514a';
  const paper = styles.getPropertyValue('--paper').trim() || '#fbfaf6';

  const measure = document.createElement('canvas').getContext('2d')!;
  measure.font = `12px ${FONT}`;
  const creditLines = wrap(measure, content.credits.join(' · '), width - 2 * PAD);
  measure.font = `13px ${FONT}`;
  const summaryLines = wrap(measure, content.summary, width - 2 * PAD);
  const header = PAD + 22 + summaryLines.length * 18 + 6;
  const footer = PAD / 2 + creditLines.length * 16 + PAD / 2;

  const canvas = document.createElement('canvas');
  canvas.width = Math.round(width * r);
  canvas.height = Math.round((header + content.height + footer) * r);
  const ctx = canvas.getContext('2d')!;
  ctx.scale(r, r);
  ctx.fillStyle = paper;
  ctx.fillRect(0, 0, width, header + content.height + footer);

  ctx.fillStyle = ink;
  ctx.textBaseline = 'top';
  ctx.font = `bold 17px ${FONT}`;
  ctx.fillText(content.title, PAD, PAD, width - 2 * PAD);
  ctx.fillStyle = muted;
  ctx.font = `13px ${FONT}`;
  summaryLines.forEach((line, i) => ctx.fillText(line, PAD, PAD + 24 + i * 18));

  ctx.drawImage(content.snapshot.canvas, 0, header, width, content.height);
  drawLegend(ctx, content, header + content.height, ink, paper);

  ctx.fillStyle = muted;
  ctx.font = `12px ${FONT}`;
  creditLines.forEach((line, i) =>
    ctx.fillText(line, PAD, header + content.height + PAD / 2 + i * 16),
  );

  return new Promise((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('no PNG'))), 'image/png'),
  );
}

/** The legend in the map's bottom-left corner, with the map's own patterns. */
function drawLegend(
  ctx: CanvasRenderingContext2D,
  content: PictureContent,
  bottom: number,
  ink: string,
  paper: string,
): void {
  const t = strings[content.lang];
  const { palette, legend } = content;
  // Each entry with its area where it has one, as on the page (render-legend.ts).
  const withKm2 = (label: string, km2: number | undefined) =>
    km2 === undefined ? label : `${label} ${formatKm2(km2, content.lang)}`;
  const items: { label: string; draw: (x: number, y: number) => void }[] = [
    {
      label: datedLabel(t.roles.held, legend.dates?.held, content.lang),
      draw: solid(ctx, palette.held, palette.heldOpacity),
    },
  ];
  if (legend.contested) items.push({ label: t.contested, draw: patterned(ctx, palette.contested) });
  for (const role of legend.roles)
    items.push({
      label: withKm2(
        datedLabel(t.roles[role], legend.dates?.roles, content.lang),
        legend.km2[role],
      ),
      draw: patterned(ctx, palette.roles[role]),
    });
  if (legend.preInvasion)
    items.push({ label: t.preInvasion, draw: dashed(ctx, palette.preInvasion) });

  ctx.font = `12px ${FONT}`;
  const textWidth = Math.max(...items.map((item) => ctx.measureText(item.label).width));
  const boxWidth = 8 + 24 + 8 + textWidth + 10;
  const boxHeight = 8 + items.length * 20 + 4;
  const x = PAD;
  const y = bottom - PAD - boxHeight;
  ctx.globalAlpha = 0.94;
  ctx.fillStyle = paper;
  ctx.fillRect(x, y, boxWidth, boxHeight);
  ctx.globalAlpha = 1;
  items.forEach((item, i) => {
    const rowY = y + 8 + i * 20;
    item.draw(x + 8, rowY);
    ctx.fillStyle = ink;
    ctx.textBaseline = 'top';
    ctx.fillText(item.label, x + 40, rowY + 1);
  });
}

function solid(ctx: CanvasRenderingContext2D, color: string, opacity: number) {
  return (x: number, y: number) => {
    ctx.globalAlpha = opacity;
    ctx.fillStyle = color;
    ctx.fillRect(x, y, 24, 14);
    ctx.globalAlpha = 1;
  };
}

function patterned(ctx: CanvasRenderingContext2D, style: RoleStyle) {
  return (x: number, y: number) => {
    const tile = document.createElement('canvas');
    const image = patternImage(style.pattern, style.color);
    tile.width = image.width;
    tile.height = image.height;
    tile
      .getContext('2d')!
      .putImageData(new ImageData(new Uint8ClampedArray(image.data), image.width), 0, 0);
    ctx.fillStyle = ctx.createPattern(tile, 'repeat')!;
    ctx.fillRect(x, y, 24, 14);
    ctx.strokeStyle = style.color;
    ctx.lineWidth = 1.5;
    ctx.strokeRect(x, y, 24, 14);
  };
}

function dashed(ctx: CanvasRenderingContext2D, color: string) {
  return (x: number, y: number) => {
    ctx.strokeStyle = color;
    ctx.lineWidth = 1.6;
    ctx.setLineDash([4, 3]);
    ctx.beginPath();
    ctx.moveTo(x, y + 7);
    ctx.lineTo(x + 24, y + 7);
    ctx.stroke();
    ctx.setLineDash([]);
  };
}

/** Splits `text` into lines no wider than `width` at the context's font. */
function wrap(ctx: CanvasRenderingContext2D, text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    const candidate = line ? `${line} ${word}` : word;
    if (line && ctx.measureText(candidate).width > width) {
      lines.push(line);
      line = word;
    } else line = candidate;
  }
  if (line) lines.push(line);
  return lines;
}
