// Reads a generated PDF back with pdfjs (legacy build for Node): each page's text and where each piece sits.
import * as pdfjs from 'pdfjs-dist/legacy/build/pdf.mjs';

export interface TextPiece {
  str: string;
  /** Left edge, baseline, width and height in points, origin bottom-left. */
  x: number;
  y: number;
  width: number;
  height: number;
  fontName: string;
}

export interface PdfPage {
  width: number;
  height: number;
  pieces: TextPiece[];
  /** The page's text pieces joined with line breaks. */
  text: string;
}

export interface ReadPdf {
  pages: PdfPage[];
  /** Names of the fonts the text is drawn with, as embedded in the file. */
  fontNames: Set<string>;
}

export async function readPdf(bytes: Uint8Array, opts: { fonts?: boolean } = {}): Promise<ReadPdf> {
  // pdfjs takes ownership of (detaches) the buffer it is given: hand it a copy.
  const doc = await pdfjs.getDocument({ data: bytes.slice(), verbosity: 0, isEvalSupported: false }).promise;
  const pages: PdfPage[] = [];
  const fontNames = new Set<string>();
  for (let n = 1; n <= doc.numPages; n++) {
    const page = await doc.getPage(n);
    const [, , width, height] = page.view as [number, number, number, number];
    const content = await page.getTextContent();
    const pieces: TextPiece[] = [];
    for (const item of content.items) {
      if (!('str' in item) || item.str.trim() === '') continue;
      pieces.push({ str: item.str, x: item.transform[4], y: item.transform[5], width: item.width, height: item.height, fontName: item.fontName });
    }
    if (opts.fonts) {
      const ops = await page.getOperatorList();
      for (let i = 0; i < ops.fnArray.length; i++) {
        if (ops.fnArray[i] !== pdfjs.OPS.setFont) continue;
        const id = (ops.argsArray[i] as [string, number])[0];
        const font = page.commonObjs.get(id) as { name?: string };
        fontNames.add(font.name ?? id);
      }
    }
    pages.push({ width, height, pieces, text: pieces.map((p) => p.str).join('\n') });
    page.cleanup();
  }
  await doc.destroy();
  return { pages, fontNames };
}

/**
 * All text with runs of white space collapsed to one space, for finding wrapped sentences. `skip`
 * drops pieces (such as the running header) from every page but the first.
 */
export function flatText(pages: readonly PdfPage[], skip: (s: string) => boolean = () => false): string {
  return pages
    .flatMap((p, i) => p.pieces.filter((x) => i === 0 || !skip(x.str)).map((x) => x.str))
    .join(' ')
    .replace(/\s+/g, ' ');
}
