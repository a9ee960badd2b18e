// How a chart fills its box (the chart frame's or the slide's, which sets the height): recharts'
// own `responsive`, which reads the box's size as the chart is committed, not ResponsiveContainer,
// which renders nothing, lets a frame pass, and measures in an effect before the chart's first
// render. No width in the style: recharts takes a first size from it ('100%' is read as 100 px,
// a whole render at that size); a block's width is its box's anyway.
// Figures: docs/performance.md#charts-measure-their-box-as-they-commit-componentschartsfill-boxts.
export const FILL_BOX = { responsive: true, style: { height: '100%' } } as const;
