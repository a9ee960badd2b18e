/**
 * Calls `run` when the page is about to print: `beforeprint`, and the print media query turning
 * on (print preview emulation fires no beforeprint). Returns the unsubscribe.
 */
export function onPrint(run: () => void): () => void {
  const print = window.matchMedia?.('print');
  const onMedia = (event: MediaQueryListEvent) => event.matches && run();
  window.addEventListener('beforeprint', run);
  print?.addEventListener?.('change', onMedia);
  return () => {
    window.removeEventListener('beforeprint', run);
    print?.removeEventListener?.('change', onMedia);
  };
}

/** Whether the page is being printed right now. */
export function printing(): boolean {
  return typeof window !== 'undefined' && (window.matchMedia?.('print').matches ?? false);
}
