// Loaded only when an export menu is opened: the code behind 下载 CSV / 下载 PNG.
import { toCsv, exportFileName, type ExportTable } from './csv';
import { downloadBlob } from './download';
import { renderChartPng, type PngInput } from './png';

export function saveCsv(table: ExportTable) {
  downloadBlob(new Blob([toCsv(table)], { type: 'text/csv;charset=utf-8' }), exportFileName(table.title, table.periodLabel, 'csv'));
}

export async function savePng(input: PngInput) {
  const blob = await renderChartPng(input);
  downloadBlob(blob, exportFileName(input.title, input.periodLabel, 'png'));
}
