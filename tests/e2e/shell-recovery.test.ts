// The shell's recovery in the production build: 全部重试 after requests timed out.
import { describe, expect, it } from 'vitest';
import { startMockHttpServer } from '../../mocks/http-server';
import { launchChromium } from '../support/chromium';

const OVERVIEW = '/overview?from=2021-01&to=2021-06';

describe('全部重试 after requests timed out', () => {
  it('brings every panel back in one click once the backend answers again', { timeout: 90_000 }, async () => {
    const server = await startMockHttpServer({ distDir: 'dist', config: { requestTimeoutMs: 8000 } });
    const browser = await launchChromium();
    try {
      const page = await browser.newPage({ viewport: { width: 1440, height: 900 }, serviceWorkers: 'block' });
      await page.goto(`${server.url}${OVERVIEW}&scenario=hang`);
      const attention = page.getByRole('region', { name: '需要关注' });
      await expect.poll(() => attention.textContent(), { timeout: 25_000 }).toContain('超时');
      // The backend answers again (the app keeps the scenario for the session).
      await page.evaluate(() => sessionStorage.removeItem('mock-scenario'));
      await page.getByRole('button', { name: '全部重试' }).click();
      await expect.poll(() => page.getByRole('article', { name: '走访群众' }).textContent(), { timeout: 20_000 }).toContain('1,608户');
      await attention.getByRole('listitem').first().waitFor({ timeout: 20_000 });
      await expect.poll(() => page.getByRole('alert').count(), { timeout: 20_000 }).toBe(0);
    } finally {
      await browser.close();
      await server.close();
    }
  });
});
