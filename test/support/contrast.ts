// WCAG contrast of what an element really shows, from its computed colours: its text (or icon) colour over the
// stack of backgrounds beneath it (crossing shadow roots), with every ancestor's opacity applied, down to an opaque
// layer or the page canvas. Gradients and images are not colours: a layer that has only those counts as transparent,
// which is the honest worst case for text drawn over video.

export interface Rgba {
  r: number;
  g: number;
  b: number;
  a: number;
}

const WHITE: Rgba = { r: 255, g: 255, b: 255, a: 1 };

export function parseColor(text: string): Rgba {
  const rgb = /^rgba?\(\s*([\d.]+)[,\s]+([\d.]+)[,\s]+([\d.]+)(?:\s*[,/]\s*([\d.]+%?))?\s*\)$/.exec(text);
  if (rgb) return { r: Number(rgb[1]), g: Number(rgb[2]), b: Number(rgb[3]), a: alpha(rgb[4]) };
  // color-mix() and friends compute to color(srgb r g b / a) with channels in 0..1.
  const srgb = /^color\(srgb\s+([\d.e-]+)\s+([\d.e-]+)\s+([\d.e-]+)(?:\s*\/\s*([\d.]+%?))?\s*\)$/.exec(text);
  if (srgb) return { r: Number(srgb[1]) * 255, g: Number(srgb[2]) * 255, b: Number(srgb[3]) * 255, a: alpha(srgb[4]) };
  if (text === 'transparent') return { r: 0, g: 0, b: 0, a: 0 };
  throw new Error(`unparsed colour ${text}`);
}

function alpha(text: string | undefined): number {
  if (text === undefined) return 1;
  return text.endsWith('%') ? Number(text.slice(0, -1)) / 100 : Number(text);
}

/** `top` painted over an opaque `bottom`. */
function over(top: Rgba, bottom: Rgba): Rgba {
  const a = top.a;
  return { r: top.r * a + bottom.r * (1 - a), g: top.g * a + bottom.g * (1 - a), b: top.b * a + bottom.b * (1 - a), a: 1 };
}

function luminance({ r, g, b }: Rgba): number {
  const channel = (value: number) => {
    const c = value / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

export function contrastRatio(a: Rgba, b: Rgba): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/** The element's parent in the composed tree (through shadow roots to their hosts). */
function composedParent(element: Element): Element | null {
  if (element.assignedSlot) return element.assignedSlot;
  const parent = element.parentNode;
  if (parent instanceof ShadowRoot) return parent.host;
  return parent instanceof Element ? parent : null;
}

/** The colours of the element's text and of what is right behind it, as painted. */
export function paintedColours(element: Element): { text: Rgba; background: Rgba } {
  const chain: Element[] = [];
  for (let node: Element | null = element; node; node = composedParent(node)) chain.push(node);
  // Bottom-up: the canvas, then each ancestor's background; remember what lies beneath each one for its opacity.
  let stack = WHITE;
  const beneath = new Map<Element, Rgba>();
  for (const node of [...chain].reverse()) {
    beneath.set(node, stack);
    stack = over(parseColor(getComputedStyle(node).backgroundColor), stack);
  }
  let background = stack;
  let text = over(parseColor(getComputedStyle(element).color), stack);
  // Opacity blends a whole subtree with what lies beneath it, from the element outwards.
  for (const node of chain) {
    const opacity = Number(getComputedStyle(node).opacity);
    if (opacity >= 1) continue;
    const under = beneath.get(node)!;
    background = over({ ...background, a: opacity }, under);
    text = over({ ...text, a: opacity }, under);
  }
  return { text, background };
}

/** The contrast of the element's text (or `currentColor` icon) against its painted background. */
export function contrastOf(element: Element): number {
  const { text, background } = paintedColours(element);
  return contrastRatio(text, background);
}
