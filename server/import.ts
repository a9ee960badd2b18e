// Excel import of a month's figures (issue 26): a leader downloads the template (one sheet,
// communities × metrics, stored figures filled, 未开通 cells grey and locked), fills it and uploads
// it; `?preview=1` shows what would change (old → new per cell) and every problem by cell;
// without it the whole sheet is written, or nothing: approved reports, figures and an audit entry
// per changed figure. Uploads are size-checked before the parser sees them (see checkZip).
import { inflateRawSync } from 'node:zlib';
import ExcelJS from 'exceljs';
import type { Context, Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { Kysely } from 'kysely';
import { isValidMonth, monthIndex } from '../src/domain/month';
import { offers, readSheet, sheetMetrics, SHEET_LAYOUT, cellAddress, type CellValue, type SheetReading } from '../src/domain/sheet-import';
import { IMPORT_PATHS, type Catalogue, type Community, type User } from '../src/lib/api/contract';
import { IMPORT_AUDIT_REASON, IMPORT_REFUSALS, metricHeader, SHEET_WORDS, sheetProblemText } from '../src/lib/i18n/sheet-import';
import { Reads } from './api';
import { refreshPlannerStatistics } from './db';
import type { Database } from './schema';
import { chinaMonth } from './time';

const MB = 1024 * 1024;
/** The largest upload taken (413 beyond). */
export const MAX_UPLOAD_BYTES = 10 * MB;
/** The most the upload's files may unpack to, all together (a zip bomb stops here). */
export const MAX_UNPACKED_BYTES = 20 * MB;
export const MAX_SHEET_ROWS = 1000;
export const MAX_SHEET_COLUMNS = 100;

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** An upload refused before reading it: status and words. */
export class UploadRefused extends Error {
  constructor(readonly status: 400 | 413, message: string) {
    super(message);
  }
}

/**
 * Checks an .xlsx (a zip) without trusting it: the sizes its directory declares, then each
 * file inflated with a cap (a file that lies about its size stops at the cap, not at memory's
 * end), then every worksheet's row and column numbers (a scan of the XML, not a parse).
 */
export function checkZip(bytes: Uint8Array): void {
  const data = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const notAWorkbook = () => new UploadRefused(400, IMPORT_REFUSALS.notAWorkbook);
  // The end-of-central-directory record: within the last 64 KB + 22 bytes.
  let end = -1;
  for (let i = data.length - 22; i >= Math.max(0, data.length - 22 - 0xffff); i--) {
    if (data.readUInt32LE(i) === 0x06054b50) {
      end = i;
      break;
    }
  }
  if (end < 0) throw notAWorkbook();
  const entries = data.readUInt16LE(end + 10);
  let at = data.readUInt32LE(end + 16);
  // An .xlsx of ≤ 10 MB needs no Zip64; its markers (0xffff…) are refused with the rest.
  if (entries === 0xffff || at === 0xffffffff || at >= data.length) throw notAWorkbook();
  let unpacked = 0;
  for (let n = 0; n < entries; n++) {
    if (at + 46 > data.length || data.readUInt32LE(at) !== 0x02014b50) throw notAWorkbook();
    const method = data.readUInt16LE(at + 10);
    const packedSize = data.readUInt32LE(at + 20);
    const declared = data.readUInt32LE(at + 24);
    const nameLength = data.readUInt16LE(at + 28);
    const local = data.readUInt32LE(at + 42);
    const name = data.toString('utf8', at + 46, at + 46 + nameLength);
    at += 46 + nameLength + data.readUInt16LE(at + 30) + data.readUInt16LE(at + 32);
    unpacked += declared;
    if (unpacked > MAX_UNPACKED_BYTES) throw new UploadRefused(413, IMPORT_REFUSALS.unpackedTooBig(MAX_UNPACKED_BYTES / MB));
    if (local + 30 > data.length || data.readUInt32LE(local) !== 0x04034b50) throw notAWorkbook();
    const start = local + 30 + data.readUInt16LE(local + 26) + data.readUInt16LE(local + 28);
    const packed = data.subarray(start, start + packedSize);
    let content: Buffer;
    if (method === 0) content = packed;
    else if (method === 8) {
      try {
        // Inflating stops one byte past what the file declares (and the total is within the cap).
        content = inflateRawSync(packed, { maxOutputLength: declared + 1 });
      } catch (error) {
        if (error instanceof RangeError) throw new UploadRefused(413, IMPORT_REFUSALS.unpackedTooBig(MAX_UNPACKED_BYTES / MB));
        throw notAWorkbook();
      }
    } else throw notAWorkbook();
    if (content.length !== declared) throw new UploadRefused(413, IMPORT_REFUSALS.unpackedTooBig(MAX_UNPACKED_BYTES / MB));
    if (/^xl\/worksheets\/[^/]+\.xml$/.test(name)) checkSheetShape(content.toString('utf8'));
  }
}

/** Refuses a worksheet with a row beyond MAX_SHEET_ROWS or a column beyond MAX_SHEET_COLUMNS, at the first one met. */
function checkSheetShape(xml: string): void {
  const rowOrCell = /<(?:\w+:)?(row|c)\b[^>]*?\sr="([A-Z]*)(\d+)"/g;
  let rows = 0;
  for (let m = rowOrCell.exec(xml); m; m = rowOrCell.exec(xml)) {
    const number = Number(m[3]);
    if (m[1] === 'row' && (number > MAX_SHEET_ROWS || ++rows > MAX_SHEET_ROWS)) throw new UploadRefused(413, IMPORT_REFUSALS.tooManyRows(MAX_SHEET_ROWS));
    if (m[1] === 'c' && (number > MAX_SHEET_ROWS || columnNumber(m[2]) > MAX_SHEET_COLUMNS)) {
      throw new UploadRefused(413, number > MAX_SHEET_ROWS ? IMPORT_REFUSALS.tooManyRows(MAX_SHEET_ROWS) : IMPORT_REFUSALS.tooManyColumns(MAX_SHEET_COLUMNS));
    }
  }
}

const columnNumber = (letters: string) => [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);

/** A cell's value as the domain reads it: number, text or nothing (a formula by its result). */
function cellValue(value: ExcelJS.CellValue): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number' || typeof value === 'string') return value;
  if (typeof value === 'boolean') return String(value);
  if (value instanceof Date) return value.toISOString().slice(0, 7);
  if ('result' in value) return cellValue((value.result ?? null) as ExcelJS.CellValue);
  if ('richText' in value) return value.richText.map((r) => r.text).join('');
  if ('text' in value) return String(value.text);
  if ('error' in value) return String(value.error);
  return null;
}

/** The first worksheet's cells as rows of values (rows[r - 1][c - 1]). */
export async function sheetCells(bytes: Uint8Array): Promise<CellValue[][]> {
  checkZip(bytes);
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(bytes) as unknown as Parameters<typeof workbook.xlsx.load>[0]);
  } catch {
    throw new UploadRefused(400, IMPORT_REFUSALS.notAWorkbook);
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new UploadRefused(400, IMPORT_REFUSALS.noSheet);
  const rows: CellValue[][] = [];
  sheet.eachRow({ includeEmpty: false }, (row, r) => {
    const cells: CellValue[] = [];
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      cells[c - 1] = cellValue(cell.value);
    });
    rows[r - 1] = Array.from(cells, (v) => v ?? null);
  });
  return Array.from(rows, (r) => r ?? []);
}

const GREY = 'FFD9D9D9';

/** The template of a month: stored figures filled, 未开通 cells grey and locked, the rest open. */
export async function templateWorkbook(month: string, catalogue: Catalogue, communities: readonly Community[], stored: ReadonlyMap<string, number>): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = '稠城街道';
  const sheet = workbook.addWorksheet(SHEET_WORDS.sheetName);
  const L = SHEET_LAYOUT;
  const metrics = sheetMetrics(catalogue);
  sheet.getCell(cellAddress(L.titleRow, 1)).value = SHEET_WORDS.title(month);
  sheet.getCell(cellAddress(L.titleRow, 1)).font = { bold: true, size: 14 };
  sheet.getCell(cellAddress(L.monthRow, 1)).value = SHEET_WORDS.monthLabel;
  const monthCell = sheet.getCell(cellAddress(L.monthRow, L.monthColumn));
  monthCell.value = month;
  monthCell.numFmt = '@';
  sheet.getCell(cellAddress(L.monthRow + 1, 1)).value = SHEET_WORDS.note;
  const header = sheet.getRow(L.headerRow);
  header.values = [SHEET_WORDS.nameHeader, ...metrics.map(metricHeader)];
  header.font = { bold: true };
  sheet.getColumn(1).width = 14;
  metrics.forEach((m, i) => (sheet.getColumn(i + 2).width = Math.max(12, metricHeader(m).length * 2 + 2)));
  communities.forEach((community, i) => {
    const row = sheet.getRow(L.firstDataRow + i);
    row.getCell(L.nameColumn).value = community.name;
    metrics.forEach((metric, j) => {
      const cell = row.getCell(L.nameColumn + 1 + j);
      if (!offers(community, metric)) {
        cell.value = SHEET_WORDS.notOffered;
        cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: GREY } };
        cell.protection = { locked: true };
      } else {
        const value = stored.get(`${community.id}\n${metric.id}`);
        cell.value = value ?? null;
        cell.protection = { locked: false };
      }
    });
  });
  sheet.views = [{ state: 'frozen', xSplit: 1, ySplit: L.headerRow }];
  // Locked cells stay as they are; no password: the lock guards against slips, not people.
  await sheet.protect('', { selectLockedCells: true, selectUnlockedCells: true, formatColumns: true, formatRows: true });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

type Fail = (c: Context, status: 400 | 403 | 413, error: string) => Response;

export function importRoutes(app: Hono<{ Variables: { user: User } }>, db: Kysely<Database>, signedIn: (c: Context) => Promise<User | Response>, fail: Fail, now: () => Date) {
  /** The signed-in leader and the month asked for, or the refusal. */
  const leaderAndMonth = async (c: Context): Promise<{ user: User; month: string } | Response> => {
    const user = await signedIn(c);
    if (user instanceof Response) return user;
    if (user.role !== 'leader') return fail(c, 403, IMPORT_REFUSALS.leaderOnly);
    const month = c.req.query('month') ?? '';
    if (!isValidMonth(month) || monthIndex(month) > monthIndex(chinaMonth(now()))) return fail(c, 400, IMPORT_REFUSALS.badMonth);
    return { user, month };
  };

  /** The month's stored per-community figures, by community and metric. */
  const storedFigures = async (month: string) => {
    const rows = await db.selectFrom('figures').select(['community_id', 'metric_id', 'value']).where('month', '=', month).where('community_id', 'is not', null).execute();
    return new Map(rows.map((r) => [`${r.community_id}\n${r.metric_id}`, Number(r.value)]));
  };

  app.get(`/api${IMPORT_PATHS.template}`, async (c) => {
    const asked = await leaderAndMonth(c);
    if (asked instanceof Response) return asked;
    const reads = new Reads(db);
    const [catalogue, communities, stored] = await Promise.all([reads.catalogue(), reads.communities(), storedFigures(asked.month)]);
    const file = await templateWorkbook(asked.month, catalogue, communities, stored);
    const filename = `${SHEET_WORDS.title(asked.month)}.xlsx`;
    return c.body(new Uint8Array(file), 200, {
      'content-type': XLSX_TYPE,
      'content-disposition': `attachment; filename="template-${asked.month}.xlsx"; filename*=UTF-8''${encodeURIComponent(filename)}`,
    });
  });

  app.post(
    `/api${IMPORT_PATHS.upload}`,
    bodyLimit({ maxSize: MAX_UPLOAD_BYTES, onError: (c) => fail(c, 413, IMPORT_REFUSALS.tooBig(MAX_UPLOAD_BYTES / MB)) }),
    async (c) => {
      const asked = await leaderAndMonth(c);
      if (asked instanceof Response) return asked;
      const { user, month } = asked;
      const preview = c.req.query('preview') === '1';
      let cells: CellValue[][];
      try {
        cells = await sheetCells(new Uint8Array(await c.req.arrayBuffer()));
      } catch (error) {
        if (error instanceof UploadRefused) return fail(c, error.status, error.message);
        throw error;
      }
      const reads = new Reads(db);
      const [catalogue, communities, stored] = await Promise.all([reads.catalogue(), reads.communities(), storedFigures(month)]);
      const reading: SheetReading = readSheet(cells, { catalogue, communities, expectedMonth: month, currentMonth: chinaMonth(now()), metricHeader, notOfferedMark: SHEET_WORDS.notOffered });
      const names = {
        metric: (id: string) => catalogue.metrics.find((m) => m.id === id)?.name ?? id,
        community: (id: string) => communities.find((x) => x.id === id)?.name ?? id,
      };
      const errors = reading.problems.map((p) => ({ cell: p.cell, message: sheetProblemText(p, names) }));
      const changes = reading.figures
        .map((f) => ({ cell: f.cell, communityId: f.communityId, metricId: f.metricId, old: stored.get(`${f.communityId}\n${f.metricId}`) ?? null, new: f.value }))
        .filter((change) => change.old !== change.new);
      const answer = { month, changes, unchanged: reading.figures.length - changes.length, errors, wrongTemplate: reading.wrongTemplate };
      if (preview) return c.json(answer);
      if (errors.length) return c.json({ ...answer, error: IMPORT_REFUSALS.hasProblems(errors.length) }, 400);

      const at = now();
      const byCommunity = new Map<string, typeof reading.figures>();
      for (const f of reading.figures) byCommunity.set(f.communityId, [...(byCommunity.get(f.communityId) ?? []), f]);
      await db.transaction().execute(async (trx) => {
        for (const change of changes) {
          await trx
            .insertInto('figures')
            .values({ metric_id: change.metricId, community_id: change.communityId, month, value: change.new })
            .onConflict((oc) => oc.columns(['metric_id', 'month', 'community_id']).doUpdateSet({ value: change.new }))
            .execute();
          await trx.insertInto('audit_log').values({ at, user_id: user.id, community_id: change.communityId, month, metric_id: change.metricId, old_value: change.old, new_value: change.new, reason: IMPORT_AUDIT_REASON }).execute();
        }
        for (const [communityId, figures] of byCommunity) {
          const merged: Record<string, number> = {};
          for (const [key, value] of stored) if (key.startsWith(`${communityId}\n`)) merged[key.slice(communityId.length + 1)] = value;
          for (const f of figures) merged[f.metricId] = f.value;
          const row = { status: 'approved' as const, figures: JSON.stringify(merged), updated_by: user.id, updated_at: at, decided_by: user.id, decided_at: at };
          await trx
            .insertInto('reports')
            .values({ community_id: communityId, month, ...row })
            .onConflict((oc) => oc.columns(['community_id', 'month']).doUpdateSet(row))
            .execute();
        }
      });
      await refreshPlannerStatistics(db, 'figures');
      return c.json({ month, written: changes.length, communities: byCommunity.size, changes });
    },
  );
}
