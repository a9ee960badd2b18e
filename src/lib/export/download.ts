/** Saves `blob` as `name` through a temporary link (the browser's own download). */
export function downloadBlob(blob: Blob, name: string) {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  // Revoke after the download has had its turn to start.
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}
