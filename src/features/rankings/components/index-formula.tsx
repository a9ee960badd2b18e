import { Panel } from '../../../components/panel';
import { indexWeights } from '../../../domain/overall-index';
import type { Catalogue } from '../../../lib/api/contract';
import { formatPercent } from '../../../lib/i18n/format';
import { rankingRule } from '../../../lib/i18n/sentences';
import { INDEX_NAME } from '../../../lib/i18n/strings';

/** How the 综合指数 is made: the catalogue's weights and the formula, on the page. */
export function IndexFormula({ catalogue }: { catalogue: Catalogue }) {
  const weights = indexWeights(catalogue.metrics);
  const total = weights.reduce((s, w) => s + w.weight, 0);
  return (
    <Panel title={`${INDEX_NAME}怎么算`}>
      <p className="index-formula__rule">{rankingRule('index')}</p>
      <table className="table index-formula__table">
        <caption className="visually-hidden">{`${INDEX_NAME}各项权重`}</caption>
        <thead>
          <tr>
            <th scope="col">指标</th>
            <th scope="col" className="num">
              权重
            </th>
            <th scope="col" className="num">
              占比（全部开通时）
            </th>
          </tr>
        </thead>
        <tbody>
          {weights.map(({ metric, weight }) => (
            <tr key={metric.id}>
              <th scope="row">{metric.name}</th>
              <td className="num">{weight}</td>
              <td className="num">{formatPercent(weight / total)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </Panel>
  );
}
