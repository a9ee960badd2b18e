// The reference backend, run for real: `npm run serve` (build first) or `npm run server`.
// PORT (default 8080), HOST (default 127.0.0.1), DATABASE_URL or DATA_DIR (PGlite, default
// .data/db), DIST_DIR (default dist; empty: the API only), PUBLIC_ORIGIN (the https origin behind a proxy; makes the cookie Secure).
import { serve } from '@hono/node-server';
import { createApp } from './app';
import { openDatabase, optionsFromEnv } from './db';

const options = optionsFromEnv();
const handle = await openDatabase(options);
const seeded = await handle.db.selectFrom('subdistrict').select('name').executeTakeFirst();
if (!seeded) console.warn('数据库里还没有数据：运行 npm run server:seed 载入样例数据');
const users = await handle.db.selectFrom('users').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
if (Number(users.n) === 0) console.warn('还没有用户：运行 npm run server:user -- --id li --name 李主任 --role leader 添加');

const publicOrigin = process.env.PUBLIC_ORIGIN;
const app = createApp({
  db: handle.db,
  // DIST_DIR='' serves the API alone (behind a proxy or a CDN that serves the build).
  distDir: process.env.DIST_DIR === '' ? undefined : (process.env.DIST_DIR ?? 'dist'),
  allowedOrigins: publicOrigin ? [publicOrigin] : [],
  secureCookie: publicOrigin?.startsWith('https:') || undefined,
});
const port = Number(process.env.PORT ?? 8080);
const hostname = process.env.HOST ?? '127.0.0.1';
const server = serve({ fetch: app.fetch, port, hostname }, (info) => {
  console.log(`稠城街道看板：http://${hostname}:${info.port}/ （数据库：${handle.kind === 'pglite' ? `PGlite ${options.dataDir}` : 'PostgreSQL'}）`);
});
const stop = () => server.close(() => void handle.close().then(() => process.exit(0)));
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
