// Derived figures computed once per piece of query data: query data is never mutated, so a
// result keyed by the object itself stays right for as long as the object lives.

/** `compute`, remembered per argument object (held weakly: dropped with the data). */
export function oncePer<K extends object, V>(compute: (key: K) => V): (key: K) => V {
  const results = new WeakMap<K, V>();
  return (key) => {
    if (!results.has(key)) results.set(key, compute(key));
    return results.get(key) as V;
  };
}
