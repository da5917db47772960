/** Loads data for a screen and reloads when its inputs change; errors are shown, never swallowed. */
import { useCallback, useEffect, useRef, useState } from "react";

export function useLoad<T>(
  load: () => Promise<T>,
  deps: unknown[],
): { data: T | undefined; loading: boolean; error: Error | null; reload: () => void } {
  const [data, setData] = useState<T>();
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<Error | null>(null);
  const [tick, setTick] = useState(0);
  const generation = useRef(0);
  // biome-ignore lint/correctness/useExhaustiveDependencies: the caller's deps are the contract, as for useEffect itself
  useEffect(() => {
    const mine = ++generation.current;
    setLoading(true);
    load()
      .then((value) => {
        if (mine === generation.current) {
          setData(value);
          setError(null);
        }
      })
      .catch((e: unknown) => {
        if (mine === generation.current) setError(e instanceof Error ? e : new Error(String(e)));
      })
      .finally(() => {
        if (mine === generation.current) setLoading(false);
      });
  }, [...deps, tick]);
  const reload = useCallback(() => setTick((n) => n + 1), []);
  return { data, loading, error, reload };
}
