import type { Condition, InstrumentDefinition, LocalText } from '@birge/domain';
import { describe, expect, it } from 'vitest';
import { skipRuleOf } from './fhir-conditions.js';

const t = (en: string): LocalText => ({ kk: en, ru: en, en });

/** A small instrument with a yes/no screener and a three-point follow-up. */
const def: InstrumentDefinition = {
  id: 'wg-ss',
  version: 'test',
  title: t('Test'),
  summary: t('Test'),
  source: '',
  respondent: 'person',
  ages: { minMonths: 0, maxMonths: null },
  sections: [{ id: 's', title: t('S') }],
  scales: [
    {
      id: 'yn',
      options: [
        { code: 1, label: t('Yes') },
        { code: 2, label: t('No') },
      ],
    },
    { id: 'three', options: [2, 3, 4].map((code) => ({ code, label: t(String(code)) })) },
  ],
  items: [
    { id: 'aid', section: 's', scale: 'yn', text: t('Aid?') },
    { id: 'without', section: 's', scale: 'three', text: t('Without?') },
    { id: 'other', section: 's', scale: 'yn', text: t('Other?') },
  ],
  scores: [],
  score: () => ({}),
};

const YN = 'https://birge.kz/fhir/CodeSystem/wg-ss/yn';
const THREE = 'https://birge.kz/fhir/CodeSystem/wg-ss/three';
const rule = (c: Condition) => skipRuleOf(def, c, 'en');
const coded = (question: string, system: string, code: string) => ({
  question,
  operator: '=',
  answerCoding: { system, code },
});

describe('skip rules in FHIR', () => {
  it('one answer is one enableWhen', () => {
    expect(rule({ item: 'aid', in: [1] })).toEqual({ enableWhen: [coded('aid', YN, '1')] });
  });

  it('codes off the item’s scale are dropped (no answer can have them)', () => {
    expect(rule({ item: 'without', in: [1, 2] })).toEqual({
      enableWhen: [coded('without', THREE, '2')],
    });
  });

  it('"not" is: unanswered, or any other answer — don’t know and refused included', () => {
    expect(rule({ not: { item: 'aid', in: [1] } })).toEqual({
      enableWhen: [
        { question: 'aid', operator: 'exists', answerBoolean: false },
        coded('aid', YN, '2'),
        coded('aid', 'http://terminology.hl7.org/CodeSystem/data-absent-reason', 'asked-unknown'),
        coded('aid', 'http://terminology.hl7.org/CodeSystem/data-absent-reason', 'asked-declined'),
      ],
      enableBehavior: 'any',
    });
  });

  it('"all" of single answers is enableBehavior all; "any" of answers is any', () => {
    expect(
      rule({
        all: [
          { item: 'aid', in: [1] },
          { item: 'without', in: [1, 2] },
        ],
      }),
    ).toEqual({
      enableWhen: [coded('aid', YN, '1'), coded('without', THREE, '2')],
      enableBehavior: 'all',
    });
    expect(
      rule({
        any: [
          { item: 'aid', in: [1] },
          { item: 'other', in: [2] },
        ],
      }),
    ).toEqual({
      enableWhen: [coded('aid', YN, '1'), coded('other', YN, '2')],
      enableBehavior: 'any',
    });
  });

  it('what enableWhen cannot say is FHIRPath (SDC) and the condition itself as JSON', () => {
    const mixed: Condition = {
      all: [{ not: { item: 'aid', in: [1] } }, { item: 'other', in: [1, 2] }],
    };
    expect(rule(mixed)).toEqual({
      extension: [
        {
          url: 'http://hl7.org/fhir/uv/sdc/StructureDefinition/sdc-questionnaire-enableWhenExpression',
          valueExpression: {
            language: 'text/fhirpath',
            expression:
              "((%resource.repeat(item).where(linkId = 'aid').answer.value.where(code = '1').exists()).not()) and " +
              "(%resource.repeat(item).where(linkId = 'other').answer.value.where(code = '1' or code = '2').exists())",
          },
        },
        {
          url: 'https://birge.kz/fhir/StructureDefinition/enable-condition',
          valueString: JSON.stringify(mixed),
        },
      ],
    });
  });

  it('an age condition has no FHIRPath here: only the JSON extension', () => {
    const age: Condition = { ageMonths: { min: 24 } };
    expect(rule(age)).toEqual({
      extension: [
        {
          url: 'https://birge.kz/fhir/StructureDefinition/enable-condition',
          valueString: JSON.stringify(age),
        },
      ],
    });
  });
});
