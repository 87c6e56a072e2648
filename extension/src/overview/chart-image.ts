const SVG_NS = 'http://www.w3.org/2000/svg';

/**
 * The chart as a standalone SVG file: namespaced, with its accessible name as <title> (a file
 * has no aria-label to fall back on), and the page's text colour for Plot's `currentColor`.
 */
export function chartSvgText(svg: SVGSVGElement): string {
  const clone = svg.cloneNode(true) as SVGSVGElement;
  clone.setAttribute('xmlns', SVG_NS);
  clone.setAttribute('color', getComputedStyle(svg).color || '#1b1b1b');
  const name = svg.getAttribute('aria-label');
  if (name) {
    const title = svg.ownerDocument.createElementNS(SVG_NS, 'title');
    title.textContent = name;
    clone.prepend(title);
  }
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(clone)}\n`;
}

/** The chart's size in CSS pixels as drawn by Plot (its width/height attributes, else its viewBox). */
function sizeOf(svg: SVGSVGElement): { width: number; height: number } {
  const box = svg.viewBox.baseVal;
  const width = Number(svg.getAttribute('width')) || box?.width || svg.clientWidth;
  const height = Number(svg.getAttribute('height')) || box?.height || svg.clientHeight;
  return { width, height };
}

/**
 * The chart as PNG at `scale`× (sharp on high-density screens and in slides): the SVG drawn into
 * a canvas on white, since a transparent PNG shows black text on a dark slide background.
 */
export async function chartPngBlob(svg: SVGSVGElement, scale = 2): Promise<Blob> {
  const { width, height } = sizeOf(svg);
  const url = URL.createObjectURL(new Blob([chartSvgText(svg)], { type: 'image/svg+xml' }));
  try {
    const image = new Image(width, height);
    image.src = url;
    await image.decode();
    const canvas = Object.assign(document.createElement('canvas'), {
      width: Math.round(width * scale),
      height: Math.round(height * scale),
    });
    const context = canvas.getContext('2d')!;
    context.fillStyle = '#fff';
    context.fillRect(0, 0, canvas.width, canvas.height);
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('canvas.toBlob gave no PNG'))), 'image/png'),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}
