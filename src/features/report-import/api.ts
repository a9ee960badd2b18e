// The import's two requests: the template's address (a plain download link) and the upload,
// whose answer is checked against the contract like every other.
import type * as z from 'zod/mini';
import { apiUrl, ContractError, HttpError, NetworkError } from '../../lib/api/client';
import { getConfig } from '../../lib/api/config';
import { IMPORT_PATHS, ImportPreviewResponse, ImportWriteResponse, withoutBidi } from '../../lib/api/contract';
import { mockRequestHeaders } from '../../lib/api/mock-identity';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export const templateHref = (month: string) => apiUrl(IMPORT_PATHS.template, { month }).href;

async function send<S extends z.ZodMiniType>(file: Blob, month: string, preview: boolean, schema: S): Promise<z.infer<S>> {
  const endpoint = `POST ${IMPORT_PATHS.upload}`;
  let response: Response;
  try {
    response = await fetch(apiUrl(IMPORT_PATHS.upload, { month, preview: preview ? 1 : undefined }), {
      method: 'POST',
      body: file,
      headers: { 'content-type': XLSX_TYPE, accept: 'application/json', ...mockRequestHeaders(getConfig().mockMode) },
    });
  } catch {
    throw new NetworkError(endpoint);
  }
  const body: unknown = await response.json().catch(() => undefined);
  if (!response.ok) {
    const said = body && typeof body === 'object' && 'error' in body && typeof body.error === 'string' ? withoutBidi(body.error) : undefined;
    throw new HttpError(endpoint, response.status, said);
  }
  const parsed = schema.safeParse(body);
  if (!parsed.success) throw new ContractError(endpoint, parsed.error.issues);
  return parsed.data;
}

/** What the sheet would change, and its problems; nothing is written. */
export const previewImport = (file: Blob, month: string) => send(file, month, true, ImportPreviewResponse);

/** Writes the sheet (all or nothing). */
export const writeImport = (file: Blob, month: string) => send(file, month, false, ImportWriteResponse);
