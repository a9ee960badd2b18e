// The sample communities: the four the article names, the rest named after places in it.
// Tiles lie roughly as the places do on the map of the old city (row 0 = north).
import type { Community, ServiceId as Service } from '../../src/lib/api/contract';

const ALL: Service[] = ['visits', 'grievances', 'parking', 'cables'];
const PILOT: Service[] = [...ALL, 'case_station'];
const NO_PARKING: Service[] = ['visits', 'grievances', 'cables'];

type Seed = [id: string, name: string, households: number, row: number, col: number, services: Service[]];

const SEEDS: Seed[] = [
  ['huangyuan', '篁园社区', 2860, 0, 1, ALL],
  ['shiyuan', '诗园社区', 2310, 0, 2, ALL],
  ['lianyun', '联运社区', 1980, 0, 3, ALL],
  ['zhanqian', '站前社区', 2540, 0, 4, ALL],
  ['zhaozhai', '赵宅社区', 1720, 1, 0, ALL],
  ['cilin', '词林社区', 3120, 1, 1, PILOT],
  ['xiuhu', '绣湖社区', 3480, 1, 2, PILOT],
  ['tonghui', '通惠社区', 2950, 1, 3, PILOT],
  ['yijiashan', '义驾山社区', 2240, 1, 4, ALL],
  ['ximen', '西门社区', 1460, 2, 0, NO_PARKING],
  ['binwang', '宾王社区', 3260, 2, 1, ALL],
  ['wenhua', '文化社区', 1890, 2, 2, ALL],
  ['xinqintang', '新秦塘社区', 2630, 2, 3, ALL],
  ['datangxia', '大塘下社区', 2070, 2, 4, ALL],
  ['yingenmen', '迎恩门社区', 1640, 3, 0, ALL],
  ['leyuan', '乐园社区', 2180, 3, 1, ALL],
  ['xiachemen', '下车门社区', 1950, 3, 2, ALL],
  ['lingtou', '岭头社区', 1580, 3, 3, ALL],
  ['xiaozici', '孝子祠社区', 1360, 3, 4, NO_PARKING],
  ['santinglu', '三挺路社区', 2020, 4, 2, ALL],
];

export const SAMPLE_COMMUNITIES: Community[] = SEEDS.map(([id, name, households, row, col, services]) => ({
  id,
  name,
  households,
  services,
  tile: { row, col },
}));

/** Synthetic communities for benchmarks: sample names with a number, on a square tile grid. */
export function syntheticCommunities(count: number, random: () => number): Community[] {
  const side = Math.ceil(Math.sqrt(count));
  return Array.from({ length: count }, (_, i) => {
    const base = SAMPLE_COMMUNITIES[i % SAMPLE_COMMUNITIES.length];
    const n = Math.floor(i / SAMPLE_COMMUNITIES.length) + 1;
    return {
      id: `${base.id}-${n}`,
      name: `${base.name.replace(/社区$/, '')}${n}社区`,
      households: Math.round(1200 + random() * 2800),
      services: i % 7 === 0 ? PILOT : i % 11 === 0 ? NO_PARKING : ALL,
      tile: { row: Math.floor(i / side), col: i % side },
    };
  });
}
