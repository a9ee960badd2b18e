import { TOUCH_QUERY } from '../use-match-media';

/**
 * Saves `blob` as `name` through a temporary link (the browser's own download). The link opens
 * in a new view where a web view ignores `download`, so the file is shown rather than lost.
 */
export function downloadBlob(blob: Blob, name: string) {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.target = '_blank';
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  // Revoke after the download has had its turn to start.
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}

export type SaveOutcome = 'downloaded' | 'shared' | 'cancelled';

/** What a save needs from the browser; passed in by tests. */
export interface SaveEnv {
  /** A finger, not a mouse: a phone or tablet, often inside a work app's web view. */
  touch: boolean;
  share?: Pick<Navigator, 'canShare' | 'share'>;
  download: (blob: Blob, name: string) => void;
}

function browserEnv(): SaveEnv {
  return {
    touch: typeof window !== 'undefined' && (window.matchMedia?.(TOUCH_QUERY).matches ?? false),
    share: typeof navigator !== 'undefined' && typeof navigator.share === 'function' ? navigator : undefined,
    download: downloadBlob,
  };
}

/**
 * Saves a file the way the device expects: on a touch device that can share files, through the
 * share sheet (save to files, send in the work app); otherwise, or when sharing fails, as a
 * download. A user closing the share sheet is not an error.
 */
export async function saveBlob(blob: Blob, name: string, env: SaveEnv = browserEnv()): Promise<SaveOutcome> {
  if (env.touch && env.share && typeof File === 'function') {
    const file = new File([blob], name, { type: blob.type });
    if (env.share.canShare?.({ files: [file] })) {
      try {
        await env.share.share({ files: [file], title: name });
        return 'shared';
      } catch (error) {
        if (error instanceof Error && error.name === 'AbortError') return 'cancelled';
        // NotAllowedError (the tap's activation expired), a web view's refusal…: download instead.
      }
    }
  }
  env.download(blob, name);
  return 'downloaded';
}
