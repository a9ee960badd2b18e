// npm run server:seed [-- --communities 500 --months 60]: loads the sample data (the seed
// article's 2020 figures and the sample years; or a large synthetic set) into the database
// (DATABASE_URL, else PGlite in DATA_DIR, default .data/db). Users stay.
import { parseArgs } from 'node:util';
import { addMonths } from '../../src/domain/month';
import { generateDataset } from '../../mocks/data/generate';
import { openDatabase, optionsFromEnv } from '../db';
import { seedDataset } from '../seed';

const { values } = parseArgs({ options: { communities: { type: 'string' }, months: { type: 'string' }, latest: { type: 'string' } } });
const communities = values.communities === undefined ? undefined : Number(values.communities);
const months = values.months === undefined ? undefined : Number(values.months);
if ((communities !== undefined && !(Number.isInteger(communities) && communities > 0)) || (months !== undefined && !(Number.isInteger(months) && months > 0))) {
  console.error('--communities 与 --months 应为正整数');
  process.exit(2);
}
const latestMonth = values.latest ?? '2021-06';
const dataset = generateDataset({ communities, latestMonth, firstMonth: months ? addMonths(latestMonth, 1 - months) : undefined });
const options = optionsFromEnv();
const handle = await openDatabase(options);
const t0 = Date.now();
const counts = await seedDataset(handle.db, dataset);
await handle.close();
console.log(`已载入 ${dataset.communities.length} 个社区、${dataset.months.length} 个月（${dataset.meta.firstMonth}—${dataset.meta.latestMonth}）：${counts.figures} 条月度数据、${counts.targets} 条目标，用时 ${((Date.now() - t0) / 1000).toFixed(1)} 秒 → ${options.url ? 'PostgreSQL' : `PGlite ${options.dataDir}`}`);
