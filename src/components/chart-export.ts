import { downloadBlob } from './download';

// Exports the first <svg> inside a chart container, or an SVG drawn for the export, as an SVG file or a PNG image.

/** A standalone SVG document and its size in px. */
export interface SvgFile {
  text: string;
  width: number;
  height: number;
}

function serializeSvg(svg: SVGSVGElement): SvgFile {
  const { width, height } = svg.getBoundingClientRect();
  const clone = svg.cloneNode(true) as SVGSVGElement;
  clone.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  clone.setAttribute('width', String(Math.round(width)));
  clone.setAttribute('height', String(Math.round(height)));
  // Text colour comes from CSS variables on the page; a standalone file needs it inline.
  const style = getComputedStyle(svg);
  clone.setAttribute('style', `font-family:${style.fontFamily};font-size:${style.fontSize};background:#fff`);
  return { text: new XMLSerializer().serializeToString(clone), width, height };
}

function findSvg(container: HTMLElement): SVGSVGElement {
  const svg = container.querySelector('svg.recharts-surface') ?? container.querySelector('svg');
  if (!svg) throw new Error('There is no chart to export yet.');
  return svg as SVGSVGElement;
}

export const chartSvg = (container: HTMLElement): SvgFile => serializeSvg(findSvg(container));

export function downloadSvg({ text }: SvgFile, filename: string) {
  downloadBlob(`${filename}.svg`, new Blob([text], { type: 'image/svg+xml' }));
}

export async function downloadPng({ text, width, height }: SvgFile, filename: string, scale = 2) {
  const url = URL.createObjectURL(new Blob([text], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(width * scale);
    canvas.height = Math.round(height * scale);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('This browser cannot draw images.');
    context.fillStyle = '#fff';
    context.fillRect(0, 0, canvas.width, canvas.height);
    context.scale(scale, scale);
    context.drawImage(image, 0, 0, width, height);
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
    if (!blob) throw new Error('Could not create the PNG.');
    downloadBlob(`${filename}.png`, blob);
  } finally {
    URL.revokeObjectURL(url);
  }
}
