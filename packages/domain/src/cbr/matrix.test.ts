import { describe, expect, it } from 'vitest';
import {
  CBR_COMPONENT_IDS,
  CBR_COMPONENTS,
  CBR_ELEMENT_IDS,
  CBR_ELEMENTS,
  cbrComponentOf,
  cbrElementById,
  cbrElementsOf,
  isCbrElementId,
} from './matrix.js';

describe('CBR matrix', () => {
  it('has five components with five distinct elements each', () => {
    expect(CBR_COMPONENTS.map((c) => c.id)).toEqual([...CBR_COMPONENT_IDS]);
    expect(new Set(CBR_ELEMENT_IDS).size).toBe(25);
    for (const component of CBR_COMPONENT_IDS)
      expect(cbrElementsOf(component).map((e) => e.id)).toHaveLength(5);
  });

  it('names every component and element in kk, ru and en', () => {
    for (const { name } of [...CBR_COMPONENTS, ...CBR_ELEMENTS]) {
      expect(name.kk.trim()).not.toBe('');
      expect(name.ru.trim()).not.toBe('');
      expect(name.en.trim()).not.toBe('');
    }
    expect(cbrElementById('empowerment.dpos')?.name.kk).toBe('Мүгедектер ұйымдары');
  });

  it('takes the component from the id prefix', () => {
    expect(cbrComponentOf('health.assistive_devices')).toBe('health');
    expect(cbrElementById('social.personal_assistance')?.component).toBe('social');
    expect(cbrElementsOf('education').map((e) => e.id)).toEqual([
      'education.early_childhood',
      'education.primary',
      'education.secondary_higher',
      'education.non_formal',
      'education.lifelong_learning',
    ]);
  });

  it('recognises only known element ids', () => {
    expect(isCbrElementId('health.rehabilitation')).toBe(true);
    expect(isCbrElementId('health')).toBe(false);
    expect(isCbrElementId('health.surgery')).toBe(false);
    expect(cbrElementById('toString')).toBeUndefined();
  });
});
