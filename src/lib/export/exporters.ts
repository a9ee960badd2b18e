// Loaded only when an export menu is opened: the code behind 下载 CSV / 下载 PNG.
import { toCsv, exportFileName, type ExportTable } from './csv';
import { saveBlob, type SaveOutcome } from './download';
import { renderChartPng, type PngInput } from './png';

export function saveCsv(table: ExportTable): Promise<SaveOutcome> {
  return saveBlob(new Blob([toCsv(table)], { type: 'text/csv;charset=utf-8' }), exportFileName(table.title, table.periodLabel, 'csv'));
}

export async function savePng(input: PngInput): Promise<SaveOutcome> {
  const blob = await renderChartPng(input);
  return saveBlob(blob, exportFileName(input.title, input.periodLabel, 'png'));
}
