import type { InstrumentDefinition, Language } from '@birge/domain';
import { z } from 'zod';

/** Instruments as the API shows them: the definition in one language, without its functions. */

const codeSchema = z.union([z.number(), z.string()]);

const conditionSchema: z.ZodType<unknown> = z.lazy(() =>
  z.union([
    z.object({ item: z.string(), in: z.array(codeSchema) }),
    z.object({
      ageMonths: z.object({ min: z.number().int().optional(), max: z.number().int().optional() }),
    }),
    z.object({ all: z.array(conditionSchema) }),
    z.object({ any: z.array(conditionSchema) }),
    z.object({ not: conditionSchema }),
  ]),
);

const agesSchema = z.object({
  minMonths: z.number().int(),
  /** null: no upper limit. */
  maxMonths: z.number().int().nullable(),
});

const respondentSchema = z.enum(['person', 'caregiver', 'worker']);

export const instrumentSummarySchema = z.object({
  id: z.string(),
  version: z.string(),
  title: z.string(),
  summary: z.string(),
  respondent: respondentSchema,
  ages: agesSchema,
  /** Item ids, in order: the keys of `answers`. */
  items: z.array(z.string()),
  /** Score names: the keys of `scores`. */
  scores: z.array(z.string()),
  /** A screening instrument: its assessments say whether they screened positive. */
  screening: z.boolean(),
});
export type InstrumentSummary = z.infer<typeof instrumentSummarySchema>;

export const instrumentListSchema = z.object({ items: z.array(instrumentSummarySchema) });

export const instrumentViewSchema = z.object({
  id: z.string(),
  version: z.string(),
  title: z.string(),
  summary: z.string(),
  source: z.string(),
  respondent: respondentSchema,
  ages: agesSchema,
  screening: z.boolean(),
  sections: z.array(z.object({ id: z.string(), title: z.string() })),
  scales: z.array(
    z.object({
      id: z.string(),
      options: z.array(z.object({ code: codeSchema, label: z.string() })),
    }),
  ),
  items: z.array(
    z.object({
      id: z.string(),
      section: z.string(),
      scale: z.string(),
      text: z.string(),
      hint: z.string().nullable(),
      /** Asked only when this holds (skip rule); null: always asked. */
      when: conditionSchema.nullable(),
    }),
  ),
  scores: z.array(
    z.object({
      name: z.string(),
      label: z.string(),
      description: z.string(),
      plot: z.enum(['identifier', 'number', 'none']),
      range: z.tuple([z.number(), z.number()]).nullable(),
    }),
  ),
});
export type InstrumentView = z.infer<typeof instrumentViewSchema>;

export function instrumentSummary(def: InstrumentDefinition, lang: Language): InstrumentSummary {
  return {
    id: def.id,
    version: def.version,
    title: def.title[lang],
    summary: def.summary[lang],
    respondent: def.respondent,
    ages: { minMonths: def.ages.minMonths, maxMonths: def.ages.maxMonths },
    items: def.items.map((i) => i.id),
    scores: def.scores.map((s) => s.name),
    screening: def.screensPositive !== undefined,
  };
}

export function instrumentView(def: InstrumentDefinition, lang: Language): InstrumentView {
  return {
    id: def.id,
    version: def.version,
    title: def.title[lang],
    summary: def.summary[lang],
    source: def.source,
    respondent: def.respondent,
    ages: { minMonths: def.ages.minMonths, maxMonths: def.ages.maxMonths },
    screening: def.screensPositive !== undefined,
    sections: def.sections.map((s) => ({ id: s.id, title: s.title[lang] })),
    scales: def.scales.map((s) => ({
      id: s.id,
      options: s.options.map((o) => ({ code: o.code, label: o.label[lang] })),
    })),
    items: def.items.map((i) => ({
      id: i.id,
      section: i.section,
      scale: i.scale,
      text: i.text[lang],
      hint: i.hint ? i.hint[lang] : null,
      when: i.when ?? null,
    })),
    scores: def.scores.map((s) => ({
      name: s.name,
      label: s.label[lang],
      description: s.description[lang],
      plot: s.plot,
      range: s.range ? [s.range[0], s.range[1]] : null,
    })),
  };
}

/**
 * Item ids and score names of every instrument, for the OpenAPI description of the scorer
 * (Markdown; English descriptions).
 */
export function instrumentsReference(definitions: Iterable<InstrumentDefinition>): string {
  const lines: string[] = [];
  for (const def of definitions) {
    const { minMonths, maxMonths } = def.ages;
    const ages = maxMonths === null ? `${minMonths}+ months` : `${minMonths}–${maxMonths} months`;
    lines.push(
      `**\`${def.id}\`** (${def.title.en}; version ${def.version}; ages ${ages})`,
      '',
      `- items: ${def.items.map((i) => `\`${i.id}\``).join(', ')}`,
      '- scores:',
      ...def.scores.map((s) => `  - \`${s.name}\` — ${s.description.en}`),
      '',
    );
  }
  return lines.join('\n');
}
