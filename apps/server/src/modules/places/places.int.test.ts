import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PLACES } from '../../test/factories.js';
import { createTestApp, engines, type TestApp, type TestUser } from '../../test/harness.js';
import { BUNDLED_CLASSIFIER, importPlaces, PlaceImportError } from './places.import.js';

const HEADER = 'te,ab,cd,ef,hij,k,name_kaz,name_rus';

describe.each(engines())('places on %s', (engine) => {
  let t: TestApp;
  let worker: TestUser;
  let dir: string;

  beforeAll(async () => {
    t = await createTestApp(engine);
    worker = await t.user('worker', 'worker', [PLACES.talgarDistrict]);
    dir = await mkdtemp(path.join(os.tmpdir(), 'birge-places-'));
  });
  afterAll(() => t.close());

  const get = (url: string, language = 'kk') =>
    t.request(worker, { method: 'GET', url, headers: { 'accept-language': language } });

  it('ships the whole 2026-07-17 classifier with its version', async () => {
    const count = await t.database.db
      .selectFrom('places')
      .select(t.database.db.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(count.n)).toBe(15_594);
    const res = await get('/api/v1/places/classifier');
    expect(res.json()).toMatchObject({
      version: '2026-07-17',
      rows: 15_594,
      source: 'kato_2026-07-17.csv',
    });
  });

  it('lists the 20 regions with names in each language', async () => {
    const kk = (await get('/api/v1/places')).json().items;
    expect(kk).toHaveLength(20);
    expect(kk.map((p: { code: string }) => p.code)).toContain('100000000');
    const names = async (language: string) =>
      new Map(
        (await get('/api/v1/places', language))
          .json()
          .items.map((p: { code: string; name: string }) => [p.code, p.name]),
      );
    expect((await names('kk')).get(PLACES.almatyRegion)).toBe('Алматы облысы');
    expect((await names('ru')).get(PLACES.almatyRegion)).toBe('Алматинская область');
    expect((await names('en')).get(PLACES.almatyRegion)).toBe('Almaty Region');
  });

  it('expands the classifier’s abbreviations and walks the tree by code prefix', async () => {
    const children = (await get(`/api/v1/places?parent=${PLACES.talgarDistrict}`)).json().items;
    const alatau = children.find((p: { code: string }) => p.code === '196233000');
    expect(alatau).toMatchObject({
      name: 'Алатау ауылдық округі',
      level: 3,
      parentCode: PLACES.talgarDistrict,
      path: ['Алматы облысы', 'Талғар ауданы'],
    });
    expect((await get('/api/v1/places/196233000', 'ru')).json().name).toBe(
      'Алатауский сельский округ',
    );
    expect((await get(`/api/v1/places/${PLACES.talgarDistrict}`, 'en')).json()).toMatchObject({
      name: 'Talgar District',
      path: ['Almaty Region'],
    });
    // Astana's districts have no "711000000" row: their parent is the city itself.
    expect((await get('/api/v1/places/711110000')).json()).toMatchObject({
      parentCode: '710000000',
      path: ['Астана қаласы'],
    });
  });

  it('finds settlements by name inside the user’s area only, typed with or without Kazakh letters', async () => {
    const mine = (
      await get(`/api/v1/places?q=${encodeURIComponent('кызылкайрат')}&scope=mine&minLevel=3`)
    ).json().items;
    expect(mine.map((p: { code: string }) => p.code)).toEqual([PLACES.kyzylkairat]);
    const everywhere = (
      await get(`/api/v1/places?q=${encodeURIComponent('қаскелең')}&minLevel=3`)
    ).json().items;
    expect(everywhere.map((p: { code: string }) => p.code)).toContain(PLACES.kaskelen);
    const outside = (
      await get(`/api/v1/places?q=${encodeURIComponent('қаскелең')}&scope=mine`)
    ).json().items;
    expect(outside).toEqual([]);
  });

  it('loads the same file again without changing anything', async () => {
    const result = await importPlaces(t.database.db, BUNDLED_CLASSIFIER);
    expect(result).toMatchObject({ alreadyLoaded: true, version: '2026-07-17' });
  });

  it('applies a newer edition: renames, adds, and retires codes that records may still hold', async () => {
    const lines = (await readFile(BUNDLED_CLASSIFIER, 'utf8')).trim().split('\n');
    const header = lines[0]!;
    const rows = lines.slice(1).filter((line) => !line.startsWith('196233900,'));
    const renamed = rows.map((line) =>
      line.startsWith('196233800,') ? line.replace('Рысқұлов а.', 'Жаңа Рысқұлов а.') : line,
    );
    renamed.push('196233990,19,62,33,990,2,Жаңатұрмыс а.,с.Жанатурмыс,settlement');
    const file = path.join(dir, 'kato_2027-01-10.csv');
    await writeFile(file, [header, ...renamed].join('\n'));
    const result = await importPlaces(t.database.db, file);
    expect(result).toMatchObject({
      version: '2027-01-10',
      rows: 15_594,
      retired: 1,
      alreadyLoaded: false,
    });
    expect((await get('/api/v1/places/196233800')).json().name).toBe('Жаңа Рысқұлов ауылы');
    expect((await get('/api/v1/places/196233990')).json()).toMatchObject({
      name: 'Жаңатұрмыс ауылы',
      retired: false,
    });
    expect((await get('/api/v1/places/196233900')).json()).toMatchObject({ retired: true });
    const again = await importPlaces(t.database.db, file);
    expect(again.alreadyLoaded).toBe(true);
  });

  it('reads the official XLSX layout (kaz_name, rus_name) as well as CSV', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('KATO');
    sheet.addRow(['te', 'ab', 'cd', 'ef', 'hij', 'k', 'kaz_name', 'rus_name', 'nn']);
    const lines = (await readFile(BUNDLED_CLASSIFIER, 'utf8')).trim().split('\n').slice(1);
    for (const line of lines) {
      const [te, ab, cd, ef, hij, k, kaz, rus] = line.split(',');
      sheet.addRow([
        te,
        ab,
        cd,
        ef,
        hij,
        Number(k),
        kaz === 'Талғар ауданы' ? 'Талғар ауданы (XLSX)' : kaz,
        rus,
        '',
      ]);
    }
    const file = path.join(dir, 'КАТО_01.03.2027.xlsx');
    await workbook.xlsx.writeFile(file);
    const result = await importPlaces(t.database.db, file);
    expect(result).toMatchObject({ version: '2027-03-01', rows: 15_594 });
    expect((await get(`/api/v1/places/${PLACES.talgarDistrict}`)).json().name).toBe(
      'Талғар ауданы (XLSX)',
    );
  });

  it('refuses a broken file, names its lines, and changes nothing', async () => {
    const file = path.join(dir, 'broken.csv');
    await writeFile(
      file,
      [
        HEADER,
        '19620010,19,62,00,10,1,Қысқа,Короткий',
        '196200000,19,99,00,000,4,Талғар ауданы,Талгарский район',
        '196220100,19,62,20,100,7,,г.Талгар',
      ].join('\n'),
    );
    const before = await t.database.db
      .selectFrom('place_classifier_versions')
      .selectAll()
      .execute();
    const error = await importPlaces(t.database.db, file).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PlaceImportError);
    expect((error as PlaceImportError).problems).toEqual([
      'line 2: te "19620010" is not a 9-digit KATO code',
      'line 3: cd "99" does not match te 196200000',
      'line 4: k "7" is not 0–4',
      'line 4: name_kaz and name_rus are required',
    ]);
    expect(
      await t.database.db.selectFrom('place_classifier_versions').selectAll().execute(),
    ).toEqual(before);
  });
});
