// The text layer of a PDF, page by page, through unpdf (PDF.js). Pages are joined with form feeds,
// which the parser treats as line breaks.
import { extractText, getDocumentProxy } from 'unpdf';

export type PdfText = { ok: true; text: string; pages: number } | { ok: false; reason: string };

export function isPdf(bytes: Uint8Array): boolean {
  return bytes[0] === 0x25 && bytes[1] === 0x50 && bytes[2] === 0x44 && bytes[3] === 0x46; // %PDF
}

export async function readPdfText(bytes: Uint8Array): Promise<PdfText> {
  let pdf: Awaited<ReturnType<typeof getDocumentProxy>> | undefined;
  try {
    // PDF.js takes ownership of the buffer it is given, so it gets a copy.
    pdf = await getDocumentProxy(new Uint8Array(bytes));
    const { text, totalPages } = await extractText(pdf, { mergePages: false });
    const joined = text.join('\n\f\n');
    if (!joined.trim()) return { ok: false, reason: `the PDF has ${totalPages} page(s) but no text layer (a scan?); run it through OCR first` };
    return { ok: true, text: joined, pages: totalPages };
  } catch (error) {
    return { ok: false, reason: `the PDF could not be read: ${error instanceof Error ? error.message : String(error)}` };
  } finally {
    await pdf?.destroy().catch(() => undefined);
  }
}
