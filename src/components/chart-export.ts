import { downloadBlob } from './download';

// Exports the first <svg> inside a chart container as an SVG file or a PNG image.

function serializeSvg(svg: SVGSVGElement): { text: string; width: number; height: number } {
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

export function exportChartSvg(container: HTMLElement, filename: string) {
  const { text } = serializeSvg(findSvg(container));
  downloadBlob(`${filename}.svg`, new Blob([text], { type: 'image/svg+xml' }));
}

export async function exportChartPng(container: HTMLElement, filename: string, scale = 2) {
  const { text, width, height } = serializeSvg(findSvg(container));
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
