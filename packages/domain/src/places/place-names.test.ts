import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { expandKazakhPlaceName, expandRussianPlaceName } from './place-names.js';

/** The classifier Birge ships (the same file as shared/data/kato_2026-07-17.csv). */
const CLASSIFIER = new URL('../../../../apps/server/assets/kato_2026-07-17.csv', import.meta.url);

interface ClassifierRow {
  te: string;
  nameKaz: string;
  nameRus: string;
}

/** RFC 4180 fields of one line: a few names are quoted ("""Сұңқар"" сауықтыру орталығы"). */
function csvFields(line: string): string[] {
  const fields: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      fields.push(field);
      field = '';
    } else field += ch;
  }
  fields.push(field);
  return fields;
}

function readClassifier(): ClassifierRow[] {
  const [header = '', ...lines] = readFileSync(CLASSIFIER, 'utf8').split(/\r?\n/).filter(Boolean);
  const columns = csvFields(header);
  const at = (name: string) => columns.indexOf(name);
  return lines.map((line) => {
    const f = csvFields(line);
    return {
      te: f[at('te')] ?? '',
      nameKaz: f[at('name_kaz')] ?? '',
      nameRus: f[at('name_rus')] ?? '',
    };
  });
}

describe('expandKazakhPlaceName', () => {
  it.each([
    ['Ақжар а.о.', 'Ақжар ауылдық округі'],
    ['Ақжар а.', 'Ақжар ауылы'],
    ['Семей Қ.Ә.', 'Семей қалалық әкімдігі'],
    ['Аягөз қ.ә.', 'Аягөз қалалық әкімдігі'],
    ['Семей қ.', 'Семей қаласы'],
    ['Астана қ.', 'Астана қаласы'],
    ['Шаған к.', 'Шаған кенті'],
    ['Шаған к.ә.', 'Шаған кенттік әкімдігі'],
    ['Қанай би атын.а.о.', 'Қанай би атындағы ауылдық округі'],
    ['«Сагиндиков К.С.» шар.қож.', '«Сагиндиков К.С.» шаруа қожалығы'],
    ['Кемпірсай ст.', 'Кемпірсай станциясы'],
    ['Алматы облысы', 'Алматы облысы'],
    ['Талғар ауданы', 'Талғар ауданы'],
  ])('"%s" reads "%s"', (official, expected) => {
    expect(expandKazakhPlaceName(official)).toBe(expected);
  });

  // Variants found by the whole-classifier check below.
  it.each([
    ['Темір Масин ат.а.о.', 'Темір Масин атындағы ауылдық округі'],
    ['Әбу Сыздықов ат.а.', 'Әбу Сыздықов атындағы ауылы'],
    ['Ақтан батыр ат.ауыл', 'Ақтан батыр атындағы ауыл'],
    ['Мамаит Омаров атын.с.', 'Мамаит Омаров атындағы селосы'],
    ['Ақтау Г.А.', 'Ақтау қалалық әкімдігі'],
    ['Форт-Шевченко ќ.', 'Форт-Шевченко қаласы'],
    ['Шілікті а', 'Шілікті ауылы'],
    ['Барвинов а.ә', 'Барвинов ауылдық әкімдігі'],
    ['а.Ақтас', 'Ақтас ауылы'],
  ])('"%s" (an irregular abbreviation) reads "%s"', (official, expected) => {
    expect(expandKazakhPlaceName(official)).toBe(expected);
  });

  it('collapses repeated spaces of the official name', () => {
    expect(expandKazakhPlaceName(' Сарытау  а. ')).toBe('Сарытау ауылы');
  });
});

describe('expandRussianPlaceName', () => {
  it.each([
    ['Акжарский с.о.', 'Акжарский сельский округ'],
    ['Кенгирбайбийский с.о', 'Кенгирбайбийский сельский округ'],
    ['с.о.Ақжар', 'сельский округ Ақжар'],
    ['с.Акжар', 'село Акжар'],
    ['Аягоз г.а.', 'городская администрация Аягоз'],
    ['Шарская г.а.', 'Шарская городская администрация'],
    ['Семей Г.А.', 'городская администрация Семей'],
    ['Чаганская п.а.', 'Чаганская поселковая администрация'],
    ['с.о.им.Канай би', 'сельский округ имени Канай би'],
    ['с.им.Мамаита Омарова', 'село имени Мамаита Омарова'],
    ['п.Чаган', 'посёлок Чаган'],
    ['г.Семей', 'город Семей'],
    ['г.Астана', 'город Астана'],
    ['Жив.точка Алга', 'животноводческая точка Алга'],
    ['кр.хоз. «Сагиндиков К.С.»', 'крестьянское хозяйство «Сагиндиков К.С.»'],
    ['Отд.3', 'отделение 3'],
    ['рзд.Боктер', 'разъезд Боктер'],
    ['Алматинская область', 'Алматинская область'],
    ['Талгарский район', 'Талгарский район'],
  ])('"%s" reads "%s"', (official, expected) => {
    expect(expandRussianPlaceName(official)).toBe(expected);
  });

  // Variants found by the whole-classifier check below.
  it.each([
    ['Заречное с.', 'село Заречное'],
    ['г.а.Алтай', 'городская администрация Алтай'],
    ['п.а.Атакент', 'поселковая администрация Атакент'],
    ['Әлихан Бөкейхан р.а.', 'районная администрация Әлихан Бөкейхан'],
    ['р.а. им.Казыбек би', 'районная администрация имени Казыбек би'],
    ['с. им.Актан батыра', 'село имени Актан батыра'],
    ['им.Бухарбай батыра с.о.', 'сельский округ имени Бухарбай батыра'],
  ])('"%s" (an irregular abbreviation) reads "%s"', (official, expected) => {
    expect(expandRussianPlaceName(official)).toBe(expected);
  });
});

describe('the whole 2026-07-17 classifier', () => {
  const rows = readClassifier();
  // The kinds of place the expansion handles, as they end a name: а.о., с.о., Г.А., Қ.Ә., а., с.,
  // г., к., қ. (and ќ, an old-font stand-in for қ), after a space, a dot or nothing.
  const ABBREVIATION_AT_END = /(?:^|[\s.])(?:[ас]\.о\.?|[Гг]\.[Аа]\.|[Ққ]\.[Әә]\.|[асгкқќ]\.)$/u;
  // Russian puts с., г., п. (and с.о., с.а., г.а., п.а., р.а.) before the name.
  const RUSSIAN_ABBREVIATION_FIRST = /^(?:[сгп]\.|р\.а\.)/u;

  it('is read whole: 15,594 rows with both names', () => {
    expect(rows).toHaveLength(15_594);
    expect(rows.filter((r) => !/^\d{9}$/.test(r.te) || !r.nameKaz || !r.nameRus)).toEqual([]);
  });

  it('no expanded Kazakh name still ends with an abbreviated kind of place', () => {
    const left = rows
      .map((r) => `${r.te} ${expandKazakhPlaceName(r.nameKaz)}`)
      .filter((name) => ABBREVIATION_AT_END.test(name));
    expect(left).toEqual([]);
  });

  it('no expanded Russian name still ends with an abbreviated kind of place', () => {
    const left = rows
      .map((r) => `${r.te} ${expandRussianPlaceName(r.nameRus)}`)
      .filter((name) => ABBREVIATION_AT_END.test(name));
    expect(left).toEqual([]);
  });

  it('no expanded Russian name still begins with an abbreviated kind of place', () => {
    const left = rows
      .map((r) => [r.te, expandRussianPlaceName(r.nameRus)] as const)
      .filter(([, name]) => RUSSIAN_ABBREVIATION_FIRST.test(name));
    expect(left).toEqual([]);
  });

  it('expanding is idempotent: an expanded name expands to itself', () => {
    const changed = rows.filter((r) => {
      const kk = expandKazakhPlaceName(r.nameKaz);
      const ru = expandRussianPlaceName(r.nameRus);
      return expandKazakhPlaceName(kk) !== kk || expandRussianPlaceName(ru) !== ru;
    });
    expect(changed.map((r) => r.te)).toEqual([]);
  });
});
