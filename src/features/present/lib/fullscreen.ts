/** F in the deck: into full screen, or back out (Fullscreen API; a no-op where it is missing). */
export function toggleFullscreen() {
  if (document.fullscreenElement) void document.exitFullscreen?.().catch(() => undefined);
  else void document.documentElement.requestFullscreen?.().catch(() => undefined);
}
