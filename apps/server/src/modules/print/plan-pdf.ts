import { createRequire } from 'node:module';
import type { Language, Pictogram } from '@birge/domain';
import PDFDocument from 'pdfkit';

/**
 * The printed plan (issue 5): one A4 page for the family's wall, in their language, large type
 * (body 14 pt, headings larger), the goals in their words, each home activity with its pictogram
 * and steps, the next visit and the worker. Noto Sans (Google's, OFL) is embedded because PDF's
 * standard fonts have no Kazakh letters (ә ғ қ ң ө ұ ү һ і); pdfkit embeds only the glyphs used.
 * What does not fit on the page is counted ("2 more activities — see the app"), never shrunk.
 */

const require = createRequire(import.meta.url);
const FONT = {
  regular: require.resolve('@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf'),
  bold: require.resolve('@expo-google-fonts/noto-sans/700Bold/NotoSans_700Bold.ttf'),
};

export const BODY_PT = 14;
const SIZE = { title: 24, heading: 18, item: 16, body: BODY_PT } as const;
const MARGIN = 36;
const PICTOGRAM_PT = 64;
const GAP = 6;

export interface PrintedActivity {
  title: string;
  /** "With: mother" — who does it, how often. */
  who: string;
  steps: string[];
  /** The first sign to stop and call the worker, in a sentence. */
  stopIf: string | null;
  pictogram: Pictogram | null;
}

export interface PrintablePlan {
  language: Language;
  title: string;
  person: string;
  period: string;
  goalsHeading: string;
  goals: { title: string; expected: string }[];
  moreGoals: (count: number) => string;
  activitiesHeading: string;
  activities: PrintedActivity[];
  moreActivities: (count: number) => string;
  nextVisit: string;
  worker: string | null;
  /** Document metadata: when and by what it was printed. */
  subject: string;
}

type Doc = PDFKit.PDFDocument;
type Style = 'regular' | 'bold';

function setFont(doc: Doc, style: Style, size: number) {
  return doc.font(style).fontSize(size);
}

function textHeight(doc: Doc, text: string, style: Style, size: number, width: number) {
  return setFont(doc, style, size).heightOfString(text, { width, lineGap: 2 });
}

/** What one layout puts on the page: how many goals and activities, with how many steps each. */
interface Layout {
  goals: number;
  activities: number;
  maxSteps: number;
}

const TEXT_X = MARGIN + PICTOGRAM_PT + 12;

function activityHeight(doc: Doc, activity: PrintedActivity, maxSteps: number, width: number) {
  const textWidth = width - (TEXT_X - MARGIN);
  let h = textHeight(doc, activity.title, 'bold', SIZE.item, textWidth);
  h += textHeight(doc, activity.who, 'regular', SIZE.body, textWidth);
  for (const [i, step] of activity.steps.slice(0, maxSteps).entries())
    h += textHeight(doc, `${i + 1}. ${step}`, 'regular', SIZE.body, textWidth);
  if (activity.stopIf) h += textHeight(doc, activity.stopIf, 'bold', SIZE.body, textWidth);
  return Math.max(h, PICTOGRAM_PT) + GAP * 2;
}

function goalHeight(doc: Doc, goal: PrintablePlan['goals'][number], width: number) {
  return (
    textHeight(doc, `• ${goal.title}`, 'bold', SIZE.item, width) +
    textHeight(doc, goal.expected, 'regular', SIZE.body, width - 16) +
    GAP
  );
}

function headerHeight(doc: Doc, plan: PrintablePlan, width: number) {
  return (
    textHeight(doc, plan.title, 'bold', SIZE.title, width) +
    textHeight(doc, plan.person, 'regular', SIZE.body, width) +
    textHeight(doc, plan.period, 'regular', SIZE.body, width) +
    GAP * 2
  );
}

function footerHeight(doc: Doc, plan: PrintablePlan, width: number) {
  const inner = width - 24;
  let h = textHeight(doc, plan.nextVisit, 'bold', SIZE.item, inner) + 20;
  if (plan.worker) h += textHeight(doc, plan.worker, 'regular', SIZE.body, inner);
  return h;
}

/**
 * Chooses what fits: all goals first (they are few and short), then as many activities as fit,
 * preferring every activity with fewer steps to fewer activities with all their steps.
 */
function chooseLayout(doc: Doc, plan: PrintablePlan, space: number, width: number): Layout {
  const heading = (text: string) => textHeight(doc, text, 'bold', SIZE.heading, width) + GAP;
  const more = textHeight(doc, plan.moreActivities(9), 'regular', SIZE.body, width);
  let best: Layout | null = null;
  for (const maxSteps of [7, 4, 2]) {
    let used = 0;
    const firstActivity = plan.activities[0];
    const reserve = firstActivity
      ? heading(plan.activitiesHeading) + activityHeight(doc, firstActivity, maxSteps, width)
      : 0;
    let goals = 0;
    if (plan.goals.length > 0) used += heading(plan.goalsHeading);
    for (const goal of plan.goals) {
      const h = goalHeight(doc, goal, width);
      if (used + h + more + reserve > space) break;
      used += h;
      goals += 1;
    }
    if (goals < plan.goals.length) used += more;
    let activities = 0;
    if (plan.activities.length > 0) used += heading(plan.activitiesHeading);
    for (const activity of plan.activities) {
      const h = activityHeight(doc, activity, maxSteps, width);
      const last = activities + 1 === plan.activities.length;
      if (used + h + (last ? 0 : more) > space) break;
      used += h;
      activities += 1;
    }
    const layout = { goals, activities, maxSteps };
    if (activities === plan.activities.length) return layout;
    if (!best || activities > best.activities) best = layout;
  }
  return best ?? { goals: 0, activities: 0, maxSteps: 2 };
}

function drawPictogram(doc: Doc, pictogram: Pictogram, x: number, y: number) {
  const scale = PICTOGRAM_PT / 48;
  doc.save();
  doc.translate(x, y).scale(scale);
  doc.lineWidth(2.5).lineCap('round').lineJoin('round').strokeColor('#1a1a1a');
  for (const d of pictogram.paths) doc.path(d).stroke();
  doc.restore();
}

/** Renders the plan as a one-page A4 PDF. */
export async function renderPlanPdf(plan: PrintablePlan): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    margin: MARGIN,
    lang: plan.language,
    displayTitle: true,
    info: { Title: `${plan.title} — ${plan.person}`, Subject: plan.subject, Creator: 'Birge' },
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
  const bottom = doc.page.height - MARGIN;
  const footer = footerHeight(doc, plan, width);
  const space = bottom - footer - GAP - MARGIN - headerHeight(doc, plan, width);
  const layout = chooseLayout(doc, plan, space, width);

  let y = MARGIN;
  const write = (text: string, style: Style, size: number, x = MARGIN, w = width) => {
    setFont(doc, style, size).text(text, x, y, { width: w, lineGap: 2 });
    y = doc.y;
  };
  write(plan.title, 'bold', SIZE.title);
  write(plan.person, 'regular', SIZE.body);
  write(plan.period, 'regular', SIZE.body);
  y += GAP * 2;

  if (plan.goals.length > 0) {
    write(plan.goalsHeading, 'bold', SIZE.heading);
    y += GAP;
    for (const goal of plan.goals.slice(0, layout.goals)) {
      write(`• ${goal.title}`, 'bold', SIZE.item);
      write(goal.expected, 'regular', SIZE.body, MARGIN + 16, width - 16);
      y += GAP;
    }
    const left = plan.goals.length - layout.goals;
    if (left > 0) write(plan.moreGoals(left), 'regular', SIZE.body);
  }

  if (plan.activities.length > 0) {
    write(plan.activitiesHeading, 'bold', SIZE.heading);
    y += GAP;
    const textWidth = width - (TEXT_X - MARGIN);
    for (const activity of plan.activities.slice(0, layout.activities)) {
      const top = y + GAP;
      y = top;
      if (activity.pictogram) drawPictogram(doc, activity.pictogram, MARGIN, top);
      write(activity.title, 'bold', SIZE.item, TEXT_X, textWidth);
      write(activity.who, 'regular', SIZE.body, TEXT_X, textWidth);
      activity.steps
        .slice(0, layout.maxSteps)
        .forEach((step, i) => write(`${i + 1}. ${step}`, 'regular', SIZE.body, TEXT_X, textWidth));
      if (activity.stopIf) write(activity.stopIf, 'bold', SIZE.body, TEXT_X, textWidth);
      y = Math.max(y, top + PICTOGRAM_PT) + GAP;
    }
    const left = plan.activities.length - layout.activities;
    if (left > 0) write(plan.moreActivities(left), 'regular', SIZE.body);
  }

  // The next visit and the worker, boxed at the foot of the page.
  const boxTop = bottom - footer;
  doc.lineWidth(1.5).strokeColor('#1a1a1a').rect(MARGIN, boxTop, width, footer).stroke();
  y = boxTop + 10;
  write(plan.nextVisit, 'bold', SIZE.item, MARGIN + 12, width - 24);
  if (plan.worker) write(plan.worker, 'regular', SIZE.body, MARGIN + 12, width - 24);

  doc.end();
  return done;
}
