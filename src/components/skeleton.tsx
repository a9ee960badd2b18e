interface SkeletonProps {
  lines?: number;
  height?: string;
  label?: string;
}

/** A placeholder the size of what is loading, so the layout does not jump. */
export function Skeleton({ lines = 3, height = '1.2em', label = '正在加载' }: SkeletonProps) {
  return (
    <div className="skeleton" role="status" aria-label={label}>
      {Array.from({ length: lines }, (_, i) => (
        <span key={i} className="skeleton__line" style={{ height }} />
      ))}
    </div>
  );
}
