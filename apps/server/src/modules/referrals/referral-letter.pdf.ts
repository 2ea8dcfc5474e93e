import { createRequire } from 'node:module';
import type { Language } from '@birge/domain';
import PDFDocument from 'pdfkit';

/**
 * The referral letter (issue 6): one A4 page a family carries to the service, or a worker sends
 * ahead. Noto Sans is embedded, as for the printed plan (print/plan-pdf.ts), because PDF's
 * standard fonts have no Kazakh letters. The lower part is left for the service's reply.
 */

const require = createRequire(import.meta.url);
const FONT = {
  regular: require.resolve('@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf'),
  bold: require.resolve('@expo-google-fonts/noto-sans/700Bold/NotoSans_700Bold.ttf'),
};

const MARGIN = 48;
const SIZE = { title: 22, heading: 13, body: 12, small: 10 } as const;
const GAP = 8;
/** Characters of free text kept on the page; the rest is in Birge. */
const MAX_REASON = 900;
const MAX_NOTE = 300;

export interface PrintableLetter {
  language: Language;
  title: string;
  sentOn: string;
  from: { heading: string; lines: string[] };
  to: { heading: string; lines: string[] };
  person: { heading: string; line: string };
  reason: { heading: string; text: string };
  details: string[];
  reply: { heading: string; fields: string[] };
  online: string;
  printed: string;
}

type Doc = PDFKit.PDFDocument;

const clip = (text: string, max: number) => (text.length > max ? `${text.slice(0, max)}…` : text);

/** Renders the letter as a one-page A4 PDF. */
export async function renderReferralLetter(letter: PrintableLetter): Promise<Buffer> {
  const doc: Doc = new PDFDocument({
    size: 'A4',
    margin: MARGIN,
    lang: letter.language,
    displayTitle: true,
    info: { Title: `${letter.title} — ${letter.person.line}`, Subject: letter.printed },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  doc.registerFont('regular', FONT.regular);
  doc.registerFont('bold', FONT.bold);
  doc.fillColor('#000000');

  const width = doc.page.width - MARGIN * 2;
  let y = MARGIN;
  const write = (text: string, bold: boolean, size: number, x = MARGIN, w = width) => {
    doc
      .font(bold ? 'bold' : 'regular')
      .fontSize(size)
      .text(text, x, y, { width: w, lineGap: 2 });
    y = doc.y;
  };

  write(letter.title, true, SIZE.title);
  write(letter.sentOn, false, SIZE.body);
  y += GAP;

  // From and to side by side.
  const column = (width - 24) / 2;
  const top = y;
  write(letter.from.heading, true, SIZE.heading, MARGIN, column);
  for (const line of letter.from.lines) write(line, false, SIZE.body, MARGIN, column);
  const leftBottom = y;
  y = top;
  const right = MARGIN + column + 24;
  write(letter.to.heading, true, SIZE.heading, right, column);
  for (const line of letter.to.lines) write(line, false, SIZE.body, right, column);
  y = Math.max(y, leftBottom) + GAP * 2;

  write(letter.person.heading, true, SIZE.heading);
  write(letter.person.line, false, SIZE.body);
  y += GAP;
  write(letter.reason.heading, true, SIZE.heading);
  write(clip(letter.reason.text, MAX_REASON), false, SIZE.body);
  y += GAP;
  for (const line of letter.details) write(clip(line, MAX_NOTE), false, SIZE.body);

  // The service's reply: a box to the foot of the page with lines to write on.
  const bottom = doc.page.height - MARGIN;
  const footer = doc.font('regular').fontSize(SIZE.small).heightOfString(letter.online) * 2 + GAP;
  const boxTop = Math.max(y + GAP * 2, bottom - footer - 250);
  const boxBottom = bottom - footer;
  doc
    .lineWidth(1.2)
    .strokeColor('#1a1a1a')
    .rect(MARGIN, boxTop, width, boxBottom - boxTop)
    .stroke();
  y = boxTop + 10;
  write(letter.reply.heading, true, SIZE.heading, MARGIN + 12, width - 24);
  const rowHeight = (boxBottom - y - 8) / Math.max(1, letter.reply.fields.length);
  for (const field of letter.reply.fields) {
    const rowTop = y;
    write(field, false, SIZE.body, MARGIN + 12, width - 24);
    const line = rowTop + rowHeight - 6;
    doc
      .lineWidth(0.6)
      .moveTo(MARGIN + 12, line)
      .lineTo(MARGIN + width - 12, line)
      .stroke();
    y = rowTop + rowHeight;
  }
  y = boxBottom + GAP / 2;
  write(letter.online, false, SIZE.small);
  write(letter.printed, false, SIZE.small);

  doc.end();
  return done;
}
