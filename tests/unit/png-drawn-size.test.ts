// The picture of a chart takes the size the chart was drawn at, not its box's: recharts' SVG is
// 100 % of its box, so a box laid out wider for the picture is wider a render before the drawing.
import { describe, expect, it } from 'vitest';
import { drawnSize } from '../../src/lib/export/png';

const svgWith = (attributes: Record<string, string>, box: { width: number; height: number }) => {
  const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
  for (const [name, value] of Object.entries(attributes)) svg.setAttribute(name, value);
  svg.getBoundingClientRect = () => ({ ...box, x: 0, y: 0, top: 0, left: 0, right: box.width, bottom: box.height, toJSON: () => box });
  return svg;
};

describe('drawnSize', () => {
  it('is the width and height recharts drew at while the box has already grown', () => {
    expect(drawnSize(svgWith({ width: '411', height: '260' }, { width: 710, height: 260 }))).toEqual({ width: 411, height: 260 });
  });

  it('is the box for an SVG sized by its box (the tile map: a percentage and a viewBox)', () => {
    expect(drawnSize(svgWith({ width: '100%', height: '100%', viewBox: '0 0 800 600' }, { width: 540, height: 405 }))).toEqual({ width: 540, height: 405 });
    expect(drawnSize(svgWith({}, { width: 300, height: 120 }))).toEqual({ width: 300, height: 120 });
  });
});
