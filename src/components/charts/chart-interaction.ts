import { createContext, useContext } from 'react';

/**
 * How a chart's tooltip opens: on hover with a mouse; on tap with a finger (nothing hover-only),
 * dismissed by a tap elsewhere (`active` false). ChartFrame provides it; the charts read it.
 */
export interface ChartInteraction {
  trigger: 'hover' | 'click';
  /** false: hidden (a tap landed outside the chart); undefined: the chart decides. */
  active: false | undefined;
  /** true on a projected slide: no tooltip and no hover band at all (a resting mouse shows nothing). */
  off?: boolean;
}

export const ChartInteractionContext = createContext<ChartInteraction>({ trigger: 'hover', active: undefined });

export function useChartInteraction(): ChartInteraction {
  return useContext(ChartInteractionContext);
}
