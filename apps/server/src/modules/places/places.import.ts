import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import {
  expandKazakhPlaceName,
  expandRussianPlaceName,
  isKatoCode,
  katoLevel,
  parentCandidates,
  searchKey,
} from '@birge/domain';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import type { Kysely } from 'kysely';
import { assetPath } from '../../config.js';
import type { DB, PlacesTable } from '../../db/schema.js';
import { retireMissing, upsertPlaces, versionBySha } from './places.repo.js';

/** One row of the classifier as published: the official columns, names as abbreviated there. */
export interface KatoRow {
  te: string;
  k: number;
  nameKaz: string;
  nameRus: string;
}

export interface PlaceImportResult {
  version: string;
  rows: number;
  retired: number;
  alreadyLoaded: boolean;
}

export class PlaceImportError extends Error {
  constructor(readonly problems: string[]) {
    super(
      `The classifier file has ${problems.length} problem(s):\n${problems.slice(0, 20).join('\n')}`,
    );
    this.name = 'PlaceImportError';
  }
}

function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean')
    return String(value);
  if (typeof value === 'object' && 'richText' in value && Array.isArray(value.richText))
    return (value.richText as { text: string }[]).map((part) => part.text).join('');
  if (typeof value === 'object' && 'result' in value) return cellText(value.result);
  return '';
}

/** Reads CSV or XLSX with columns te, ab, cd, ef, hij, k, name_kaz|kaz_name, name_rus|rus_name. */
export async function readClassifier(
  file: string,
): Promise<{ rows: Record<string, string>[]; sha256: string }> {
  const bytes = await readFile(file);
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  if (path.extname(file).toLowerCase() === '.xlsx') {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0];
    if (!sheet) throw new PlaceImportError(['The workbook has no sheet.']);
    const header: string[] = [];
    const rows: Record<string, string>[] = [];
    sheet.eachRow((row, index) => {
      const cells = (row.values as unknown[]).slice(1).map((v) => cellText(v).trim());
      if (index === 1) header.push(...cells.map((h) => h.toLowerCase()));
      else rows.push(Object.fromEntries(header.map((h, i) => [h, cells[i] ?? ''])));
    });
    return { rows, sha256 };
  }
  const rows = parse<Record<string, string>>(bytes, {
    columns: (h: string[]) => h.map((c) => c.trim().toLowerCase()),
    bom: true,
    skip_empty_lines: true,
  });
  return { rows, sha256 };
}

/** Checks every row against the official layout; returns the rows or every problem found. */
export function validateClassifier(raw: Record<string, string>[]): KatoRow[] {
  const problems: string[] = [];
  const rows: KatoRow[] = [];
  const seen = new Set<string>();
  raw.forEach((r, index) => {
    const line = index + 2;
    const te = (r.te ?? '').trim();
    const nameKaz = (r.name_kaz ?? r.kaz_name ?? '').trim();
    const nameRus = (r.name_rus ?? r.rus_name ?? '').trim();
    // Number('') is 0 ("republic or oblast"): an empty cell must not pass as a locality type.
    const k = (r.k ?? '').trim() === '' ? Number.NaN : Number(r.k);
    if (!isKatoCode(te))
      return void problems.push(`line ${line}: te "${te}" is not a 9-digit KATO code`);
    const parts: [string, string][] = [
      ['ab', te.slice(0, 2)],
      ['cd', te.slice(2, 4)],
      ['ef', te.slice(4, 6)],
      ['hij', te.slice(6)],
    ];
    for (const [column, expected] of parts) {
      const value = r[column];
      if (value !== undefined && value !== '' && value.padStart(expected.length, '0') !== expected)
        problems.push(`line ${line}: ${column} "${value}" does not match te ${te}`);
    }
    if (!Number.isInteger(k) || k < 0 || k > 4)
      problems.push(`line ${line}: k "${r.k ?? ''}" is not 0–4`);
    if (!nameKaz || !nameRus) problems.push(`line ${line}: name_kaz and name_rus are required`);
    if (seen.has(te)) problems.push(`line ${line}: code ${te} appears twice`);
    seen.add(te);
    rows.push({ te, k, nameKaz, nameRus });
  });
  if (rows.length === 0) problems.push('The file has no rows.');
  if (problems.length) throw new PlaceImportError(problems);
  return rows;
}

let englishNames: Promise<Record<string, string>> | null = null;
function loadEnglishNames(): Promise<Record<string, string>> {
  englishNames ??= readFile(assetPath('places-en.json'), 'utf8').then(
    (text) => JSON.parse(text) as Record<string, string>,
  );
  return englishNames;
}

export function toPlaceRows(
  rows: KatoRow[],
  version: string,
  en: Record<string, string>,
): PlacesTable[] {
  const codes = new Set(rows.map((r) => r.te));
  return [...rows]
    .sort((a, b) => (a.te < b.te ? -1 : 1))
    .map((r) => {
      const nameKk = expandKazakhPlaceName(r.nameKaz);
      const nameRu = expandRussianPlaceName(r.nameRus);
      const nameEn = en[r.te] ?? null;
      return {
        code: r.te,
        parent_code: parentCandidates(r.te).find((c) => codes.has(c)) ?? null,
        level: katoLevel(r.te),
        locality_type: r.k,
        name_kk_official: r.nameKaz,
        name_ru_official: r.nameRus,
        name_kk: nameKk,
        name_ru: nameRu,
        name_en: nameEn,
        search_text: searchKey([nameKk, nameRu, nameEn ?? '', r.nameKaz, r.nameRus].join(' ')),
        classifier_version: version,
        retired_in: null,
      };
    });
}

function versionFromFileName(file: string, sha256: string): string {
  const base = path.basename(file);
  const iso = /(\d{4})-(\d{2})-(\d{2})/.exec(base);
  if (iso) return `${iso[1]}-${iso[2]}-${iso[3]}`;
  const dotted = /(\d{2})\.(\d{2})\.(\d{4})/.exec(base);
  if (dotted) return `${dotted[3]}-${dotted[2]}-${dotted[1]}`;
  return sha256.slice(0, 12);
}

/**
 * Loads a KATO classifier file. Idempotent: the same file again changes nothing. A newer edition
 * updates names, adds new codes and marks codes it no longer has as retired (records keep them).
 */
export async function importPlaces(
  db: Kysely<DB>,
  file: string,
  options: {
    version?: string | undefined;
    onProgress?: (done: number, total: number) => void;
  } = {},
): Promise<PlaceImportResult> {
  const { rows: raw, sha256 } = await readClassifier(file);
  const rows = validateClassifier(raw);
  const existing = await versionBySha(db, sha256);
  if (existing)
    return { version: existing.version, rows: existing.row_count, retired: 0, alreadyLoaded: true };
  const version = options.version ?? versionFromFileName(file, sha256);
  const placeRows = toPlaceRows(rows, version, await loadEnglishNames());
  return db.transaction().execute(async (trx) => {
    await trx
      .insertInto('place_classifier_versions')
      .values({ version, source: path.basename(file), sha256, row_count: rows.length })
      .onConflict((oc) =>
        oc
          .column('version')
          .doUpdateSet({ sha256, row_count: rows.length, imported_at: new Date() }),
      )
      .execute();
    await upsertPlaces(trx, placeRows, options.onProgress);
    const retired = await retireMissing(trx, version);
    return { version, rows: rows.length, retired, alreadyLoaded: false };
  });
}

/** The classifier shipped with Birge (loaded on first start of an empty database). */
export const BUNDLED_CLASSIFIER = assetPath('kato_2026-07-17.csv');
