// Minimal PDFs written at test time: one page with a text layer (Helvetica, one line per Tj), and one
// page with no text at all (a scan has only images; here the page is simply empty).

function buildPdf(content: string): Uint8Array {
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${Buffer.byteLength(content, 'latin1')} >>\nstream\n${content}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
  ];
  let pdf = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(Buffer.byteLength(pdf, 'latin1'));
    pdf += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = Buffer.byteLength(pdf, 'latin1');
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const o of offsets) pdf += `${String(o).padStart(10, '0')} 00000 n \n`;
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new Uint8Array(Buffer.from(pdf, 'latin1'));
}

const escape = (s: string): string => s.replace(/[\\()]/g, (c) => `\\${c}`);

/** A one-page PDF whose text layer holds the given lines, top to bottom. */
export function pdfWithText(lines: readonly string[]): Uint8Array {
  const ops = lines.map((l, i) => `BT /F1 10 Tf 50 ${760 - i * 14} Td (${escape(l)}) Tj ET`).join('\n');
  return buildPdf(ops);
}

/** A one-page PDF with no text layer. */
export function pdfWithoutText(): Uint8Array {
  return buildPdf('0 0 1 rg 50 50 100 100 re f');
}
