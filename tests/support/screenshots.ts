// Screenshots of the running app at the two sizes we review: 1440×900 and 1920×1080.
// Usage: npm run screenshots -- [baseUrl] [outDir] [path ...]
import { mkdirSync } from 'node:fs';
import { launchChromium } from './chromium';

const [baseUrl = 'http://127.0.0.1:4173', outDir = '.tmp/screenshots', ...paths] = process.argv.slice(2);
const targets = paths.length ? paths : ['/overview?from=2020-01&to=2020-12'];
const sizes = [
  { width: 1440, height: 900 },
  { width: 1920, height: 1080 },
];

mkdirSync(outDir, { recursive: true });
const browser = await launchChromium();
for (const size of sizes) {
  const page = await browser.newPage({ viewport: size, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
  page.on('console', (msg) => {
    if (msg.type() === 'error') console.log(`console error: ${msg.text()}`);
  });
  for (const path of targets) {
    await page.goto(baseUrl + path, { waitUntil: 'networkidle' });
    // Charts draw when scrolled near: scroll through the page before the full-page shot.
    await page.evaluate(async () => {
      for (let y = 0; y < document.body.scrollHeight; y += 600) {
        window.scrollTo(0, y);
        await new Promise((r) => setTimeout(r, 100));
      }
      window.scrollTo(0, 0);
    });
    await page.waitForTimeout(1800); // let chart animations finish
    const name = `${path.replace(/[^a-z0-9]+/gi, '_').replace(/^_|_$/g, '') || 'root'}-${size.width}x${size.height}.png`;
    await page.screenshot({ path: `${outDir}/${name}`, fullPage: true });
    console.log(`${outDir}/${name}`);
  }
  await page.close();
}
await browser.close();
