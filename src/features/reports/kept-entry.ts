// What a secretary has typed into the month's form and not yet saved, kept in this browser until
// it is saved: a work app's web view that reloads or is closed mid-entry loses nothing.
import type { MetricId } from '../../lib/api/contract';

export interface KeptEntry {
  fields: Record<MetricId, string>;
  reasons: Record<MetricId, string>;
}

const keyOf = (communityId: string, month: string) => `report-entry:${communityId}:${month}`;

const isTextRecord = (value: unknown): value is Record<string, string> =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && Object.values(value).every((v) => typeof v === 'string');

/** The unsaved entry of that month, if this browser holds one (anything unreadable is ignored). */
export function readKept(communityId: string, month: string): KeptEntry | null {
  try {
    const raw = localStorage.getItem(keyOf(communityId, month));
    if (!raw) return null;
    const parsed = JSON.parse(raw) as { fields?: unknown; reasons?: unknown } | null;
    return parsed && isTextRecord(parsed.fields) && isTextRecord(parsed.reasons) ? { fields: parsed.fields, reasons: parsed.reasons } : null;
  } catch {
    return null;
  }
}

/** Keeps what is typed (storage full or refused: the form still works, only unkept). */
export function keepEntry(communityId: string, month: string, entry: KeptEntry): void {
  try {
    localStorage.setItem(keyOf(communityId, month), JSON.stringify(entry));
  } catch {
    // nothing more to do: the entry stays on the screen
  }
}

/** Forgets the entry once the server has it. */
export function forgetEntry(communityId: string, month: string): void {
  try {
    localStorage.removeItem(keyOf(communityId, month));
  } catch {
    // as above
  }
}
