// Excel import: the template, a good sheet previewed then written, each kind of bad cell named,
// a wrong template, nothing written while one cell is bad, leaders only, and uploads refused by
// size before they are read (over 10 MB, a zip bomb, a zip that lies, too many rows or columns).
import { deflateRawSync, crc32 } from 'node:zlib';
import { randomBytes } from 'node:crypto';
import { request as httpRequest } from 'node:http';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ImportPreviewResponse, ImportWriteResponse } from '../../src/lib/api/contract';
import { chinaMonth } from '../time';
import { BACKENDS, startTestServer, type TestServer } from './support';

const MONTH = '2021-06';
type Who = 'leader' | 'secretary-cilin' | 'viewer';

/** A zip of the given files (deflated), with each file's declared size overridable (to lie). */
function zip(files: Array<{ name: string; content: Buffer; declare?: number }>): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const file of files) {
    const packed = deflateRawSync(file.content);
    const name = Buffer.from(file.name);
    const size = file.declare ?? file.content.length;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(crc32(file.content), 14);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(crc32(file.content), 16);
    central.writeUInt32LE(packed.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, packed);
    centrals.push(central, name);
    offset += local.length + name.length + packed.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(files.length, 8);
  end.writeUInt16LE(files.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

describe.each(BACKENDS)('Excel import on %s', (backend) => {
  let server: TestServer;
  let template: Buffer;
  beforeAll(async () => {
    server = await startTestServer(backend);
    template = Buffer.from(await (await get(`/reports/template?month=${MONTH}`)).arrayBuffer());
  });
  afterAll(() => server?.close());

  const get = (path: string, who: Who = 'leader') => fetch(`${server.url}/api${path}`, { headers: { cookie: server.cookie(who) } });
  const upload = async (body: Uint8Array, { preview = true, who = 'leader' as Who, month = MONTH } = {}) => {
    const response = await fetch(`${server.url}/api/reports/import?month=${month}${preview ? '&preview=1' : ''}`, {
      method: 'POST',
      headers: { cookie: server.cookie(who), origin: server.url, 'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' },
      body: body as unknown as BodyInit,
    });
    return { status: response.status, body: (await response.json()) as Record<string, unknown> & { errors: Array<{ cell: string; message: string }>; changes: Array<Record<string, unknown>> } };
  };
  /** The template, edited cell by cell (address → value), as bytes. */
  const edited = async (cells: Record<string, ExcelJS.CellValue>, more?: (sheet: ExcelJS.Worksheet, workbook: ExcelJS.Workbook) => void) => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(template as unknown as Parameters<typeof workbook.xlsx.load>[0]);
    const sheet = workbook.worksheets[0];
    for (const [address, value] of Object.entries(cells)) sheet.getCell(address).value = value;
    more?.(sheet, workbook);
    return new Uint8Array(await workbook.xlsx.writeBuffer());
  };
  const stored = async (communityId: string, metricId: string) => {
    const row = await server.handle.db.selectFrom('figures').select('value').where('community_id', '=', communityId).where('month', '=', MONTH).where('metric_id', '=', metricId).executeTakeFirst();
    return row ? Number(row.value) : null;
  };
  const auditCount = async () => Number((await server.handle.db.selectFrom('audit_log').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);

  it('gives a leader the month’s template: title, month cell, 名称（单位） headers, stored figures, 未开通 grey and locked', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(template as unknown as Parameters<typeof workbook.xlsx.load>[0]);
    expect(workbook.worksheets).toHaveLength(1);
    const sheet = workbook.worksheets[0];
    expect(sheet.getCell('A1').value).toBe('稠城街道各社区工作数据 2021年6月');
    expect(sheet.getCell('B2').value).toBe(MONTH);
    expect([sheet.getCell('B4').value, sheet.getCell('C4').value, sheet.getCell('L4').value]).toEqual(['走访群众（户）', '收集民生实事（项）', '社区下沉办件（件）']);
    expect(sheet.getCell('A10').value).toBe('词林社区');
    expect(sheet.getCell('B10').value).toBe(await stored('cilin', 'visits'));
    expect(sheet.getCell('B10').protection).toMatchObject({ locked: false });
    // 西门 has no parking; 篁园 is no case-station pilot.
    for (const address of ['F14', 'L5']) {
      expect(sheet.getCell(address).value).toBe('未开通');
      expect(sheet.getCell(address).fill).toMatchObject({ fgColor: { argb: 'FFD9D9D9' } });
      expect(sheet.getCell(address).protection?.locked).not.toBe(false);
    }
    expect((sheet as unknown as { sheetProtection: unknown }).sheetProtection).toMatchObject({ sheet: true });
  });

  it('refuses the template and the import to anyone but a leader, and a bad or future month', async () => {
    expect((await get(`/reports/template?month=${MONTH}`, 'secretary-cilin')).status).toBe(403);
    expect((await get(`/reports/template?month=${MONTH}`, 'viewer')).status).toBe(403);
    expect((await get('/reports/template?month=2021-13')).status).toBe(400);
    expect((await get('/reports/template?month=2999-01')).status).toBe(400);
    const sheet = await edited({});
    expect((await upload(sheet, { who: 'secretary-cilin' })).body.error).toBe('Excel 导入仅街道领导可用');
    expect((await upload(sheet, { who: 'viewer', preview: false })).status).toBe(403);
  });

  it('previews a good sheet (old → new per changed cell), writes nothing until confirmed, then writes it all', async () => {
    const visits = (await stored('cilin', 'visits'))!;
    const cables = (await stored('ximen', 'cables_cleared'))!;
    const sheet = await edited({ B10: visits + 5, H14: String(cables + 1) });
    const audits = await auditCount();

    const preview = await upload(sheet);
    expect(preview.status).toBe(200);
    expect(preview.body).toMatchObject({ month: MONTH, errors: [], wrongTemplate: false });
    expect(preview.body.changes).toEqual([
      { cell: 'B10', communityId: 'cilin', metricId: 'visits', old: visits, new: visits + 5 },
      { cell: 'H14', communityId: 'ximen', metricId: 'cables_cleared', old: cables, new: cables + 1 },
    ]);
    expect(preview.body.unchanged).toBeGreaterThan(150);
    expect(ImportPreviewResponse.safeParse(preview.body).error).toBeUndefined();
    expect(await stored('cilin', 'visits')).toBe(visits);

    const written = await upload(sheet, { preview: false });
    expect(written.status).toBe(200);
    expect(written.body).toMatchObject({ month: MONTH, written: 2, communities: 20 });
    expect(ImportWriteResponse.safeParse(written.body).error).toBeUndefined();
    expect(await stored('cilin', 'visits')).toBe(visits + 5);
    expect(await stored('ximen', 'cables_cleared')).toBe(cables + 1);
    const log = await server.handle.db.selectFrom('audit_log').selectAll().orderBy('id').execute();
    expect(log.slice(audits).map((a) => [a.user_id, a.community_id, a.metric_id, Number(a.old_value), Number(a.new_value), a.reason])).toEqual([
      ['leader', 'cilin', 'visits', visits, visits + 5, 'Excel 导入'],
      ['leader', 'ximen', 'cables_cleared', cables, cables + 1, 'Excel 导入'],
    ]);
    const report = await server.handle.db.selectFrom('reports').selectAll().where('community_id', '=', 'cilin').where('month', '=', MONTH).executeTakeFirstOrThrow();
    expect(report).toMatchObject({ status: 'approved', decided_by: 'leader' });
    expect(report.figures.visits).toBe(visits + 5);
    // The same sheet again changes nothing.
    expect((await upload(sheet)).body.changes).toEqual([]);
  });

  it('names each kind of bad cell, and writes nothing while one cell is bad', async () => {
    const visits = (await stored('xiuhu', 'visits'))!;
    const sheet = await edited({ B11: visits + 1, C10: '十二', B12: -3, G5: 2.5, F14: 0, L5: 4, C13: 4, D13: 6, B20: { formula: 'B19*1000000000', result: 9e9 } });
    const preview = await upload(sheet);
    expect(preview.body.errors.map((e) => e.message)).toEqual([
      'G5：正向停车标识须为非负整数，现为"2.5"',
      'L5：篁园社区未开通社区下沉办件，此格须留空，现为"4"',
      'C10：收集民生实事须为非负整数，现为"十二"',
      'B12：走访群众须为非负整数，现为"-3"',
      'D13：解决群众问题（6）不能多于收集民生实事（4）',
      'F14：西门社区未开通新增停车位，此格须留空，现为"0"',
      'B20：走访群众大得不合理，现为"9000000000"',
    ]);
    expect(ImportPreviewResponse.safeParse(preview.body).error).toBeUndefined();
    expect(preview.body.errors.map((e) => e.cell)).toEqual(['G5', 'L5', 'C10', 'B12', 'D13', 'F14', 'B20']);
    const audits = await auditCount();
    const refused = await upload(sheet, { preview: false });
    expect(refused.status).toBe(400);
    expect(refused.body.error).toBe('表格有 7 处问题，未写入任何数据');
    expect(await stored('xiuhu', 'visits')).toBe(visits);
    expect(await auditCount()).toBe(audits);

    const latest = chinaMonth(new Date());
    expect((await upload(await edited({ B2: '2099-01' }))).body.errors).toEqual([{ cell: 'B2', message: `B2：2099年1月尚未到来，最晚可导入${Number(latest.slice(0, 4))}年${Number(latest.slice(5))}月` }]);
    expect((await upload(await edited({ B2: '2021-05' }))).body.errors).toEqual([{ cell: 'B2', message: 'B2：表中月份为2021年5月，与所选的2021年6月不符' }]);
  });

  it('says a sheet is not the template: an unknown column or community', async () => {
    const answer = await upload(await edited({ M4: '备注', M5: 1, A6: '不存在社区' }));
    expect(answer.body).toMatchObject({ wrongTemplate: true, changes: [] });
    expect(answer.body.errors.map((e) => e.message)).toEqual(['模板不对：M4 的列"备注"不在指标目录中，请重新下载模板', '模板不对：A6 的社区"不存在社区"不存在']);
    expect((await upload(new Uint8Array(Buffer.from('社区,走访群众\n词林社区,3\n')))).body.error).toBe('无法读取：请上传 .xlsx 格式的 Excel 文件');
  });

  it('reads a 5 MB sheet (the template with a large picture in it)', async () => {
    const sheet = await edited({}, (s, workbook) => {
      const image = workbook.addImage({ buffer: randomBytes(5 * 1024 * 1024) as unknown as ExcelJS.Buffer, extension: 'png' });
      s.addImage(image, 'N2:P8');
    });
    expect(sheet.byteLength).toBeGreaterThan(5 * 1024 * 1024);
    const started = performance.now();
    const answer = await upload(sheet);
    const ms = performance.now() - started;
    console.log(`import preview of a ${(sheet.byteLength / 1024 / 1024).toFixed(1)} MB sheet on ${backend}: ${ms.toFixed(0)} ms`);
    expect(answer.status).toBe(200);
    expect(answer.body.errors).toEqual([]);
    expect(ms).toBeLessThan(10_000);
  });

  it('refuses, before reading them, uploads over 10 MB, zip bombs, zips that lie, and too many rows or columns', async () => {
    const bomb = zip([{ name: 'xl/worksheets/sheet1.xml', content: Buffer.alloc(30 * 1024 * 1024) }]);
    expect(bomb.byteLength).toBeLessThan(100 * 1024);
    const started = performance.now();
    expect(await upload(bomb)).toMatchObject({ status: 413, body: { error: '文件解压后超过 20 MB，不像是本模板' } });
    expect(performance.now() - started).toBeLessThan(2_000);
    // Declares 1 KB, holds 50 MB: inflating stops at 1 KB + 1 byte.
    expect((await upload(zip([{ name: 'xl/worksheets/sheet1.xml', content: Buffer.alloc(50 * 1024 * 1024), declare: 1024 }]))).status).toBe(413);
    expect((await upload(await edited({ A1001: '词林社区' }))).body.error).toBe('表格超过 1000 行，不像是本模板');
    expect((await upload(await edited({ CW5: 1 }))).body.error).toBe('表格超过 100 列，不像是本模板');
    expect((await upload(await edited({ A1000: 'x', CV5: 1 }))).status).toBe(200);
    // Refused on its Content-Length, before the body is read: on a connection of its own, which the server closes.
    expect(await oversize(10 * 1024 * 1024 + 1)).toEqual({ status: 413, error: '文件超过 10 MB，请只上传本月的模板' });
  });

  /** Posts `bytes` random bytes on a fresh connection and gives the answer, whether or not the server read them all. */
  const oversize = (bytes: number) =>
    new Promise<{ status: number; error: string }>((ok, fail) => {
      const url = new URL(`${server.url}/api/reports/import?month=${MONTH}&preview=1`);
      const request = httpRequest(url, { method: 'POST', agent: false, headers: { cookie: server.cookie('leader'), origin: server.url, 'content-length': bytes } }, (response) => {
        let body = '';
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => (body += chunk));
        response.on('end', () => ok({ status: response.statusCode ?? 0, error: (JSON.parse(body) as { error: string }).error }));
      });
      // The server answers and closes while the body is still going out: that write's error is expected.
      request.on('error', (error: NodeJS.ErrnoException) => {
        if (error.code !== 'EPIPE' && error.code !== 'ECONNRESET') fail(error);
      });
      request.end(randomBytes(bytes));
    });
});
