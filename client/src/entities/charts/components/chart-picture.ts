// A chart as a picture: the recharts <svg> copied with its computed styles written inline
// (the page's stylesheets and CSS variables do not travel with the file), its title on
// top, on a white ground. PNG is that SVG drawn on a canvas at twice the size. Nothing is
// fetched: fonts are named as the page uses them, and the reader's system draws them.

/** The properties that decide how a chart's shapes and labels look. */
const styleProperties = [
  "fill",
  "fill-opacity",
  "stroke",
  "stroke-width",
  "stroke-opacity",
  "stroke-dasharray",
  "opacity",
  "font-family",
  "font-size",
  "font-weight",
  "font-style",
  "text-anchor",
  "dominant-baseline",
  "visibility",
  "display",
] as const;

const titleHeight = 32;
const svgNamespace = "http://www.w3.org/2000/svg";

/** The chart's SVG as a standalone document with `title` above it. */
export function chartSvgText(svg: SVGSVGElement, title: string): { text: string; width: number; height: number } {
  const { width, height } = svg.getBoundingClientRect();
  const copy = svg.cloneNode(true) as SVGSVGElement;
  // Walk the original and the copy side by side: computed styles exist only on the original.
  const originals = [svg, ...svg.querySelectorAll("*")];
  const copies = [copy, ...copy.querySelectorAll("*")];
  originals.forEach((element, i) => {
    const computed = getComputedStyle(element);
    const target = copies[i] as SVGElement;
    target.setAttribute("style", styleProperties.map((p) => `${p}:${computed.getPropertyValue(p)}`).join(";"));
  });
  const font = getComputedStyle(svg).fontFamily;
  const root = document.createElementNS(svgNamespace, "svg");
  root.setAttribute("xmlns", svgNamespace);
  root.setAttribute("width", String(Math.ceil(width)));
  root.setAttribute("height", String(Math.ceil(height + titleHeight)));
  root.setAttribute("viewBox", `0 0 ${Math.ceil(width)} ${Math.ceil(height + titleHeight)}`);
  const ground = document.createElementNS(svgNamespace, "rect");
  ground.setAttribute("width", "100%");
  ground.setAttribute("height", "100%");
  ground.setAttribute("fill", "#ffffff");
  const heading = document.createElementNS(svgNamespace, "text");
  heading.setAttribute("x", "8");
  heading.setAttribute("y", "22");
  heading.setAttribute("style", `font-family:${font};font-size:16px;font-weight:600;fill:#18212f`);
  heading.textContent = title;
  copy.setAttribute("x", "0");
  copy.setAttribute("y", String(titleHeight));
  copy.setAttribute("width", String(Math.ceil(width)));
  copy.setAttribute("height", String(Math.ceil(height)));
  root.append(ground, heading, copy);
  return { text: new XMLSerializer().serializeToString(root), width: Math.ceil(width), height: Math.ceil(height + titleHeight) };
}

export function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  // In the document while clicked: Firefox ignores a detached link.
  document.body.append(link);
  link.click();
  link.remove();
  // The browser reads the address after the click returns; revoked at once, the download
  // fails silently (a browser test caught it). A minute is ample, and the blob is small.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

export function svgBlob(svgText: string): Blob {
  return new Blob([svgText], { type: "image/svg+xml;charset=utf-8" });
}

/** The SVG drawn at `scale` times its size (crisp on print and on dense screens). */
export async function pngBlob(picture: { text: string; width: number; height: number }, scale = 2): Promise<Blob> {
  const image = new Image();
  const url = URL.createObjectURL(svgBlob(picture.text));
  try {
    image.src = url;
    await image.decode();
    const canvas = document.createElement("canvas");
    canvas.width = picture.width * scale;
    canvas.height = picture.height * scale;
    const context = canvas.getContext("2d");
    if (!context) throw new Error("no 2D canvas");
    context.scale(scale, scale);
    context.drawImage(image, 0, 0, picture.width, picture.height);
    return await new Promise<Blob>((resolve, reject) => canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error("canvas gave no PNG"))), "image/png"));
  } finally {
    URL.revokeObjectURL(url);
  }
}
