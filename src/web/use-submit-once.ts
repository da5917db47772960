/**
 * A submit that runs at most once at a time. Enter in a field and a click on OK arrive in the same
 * moment and both call the handler; a `busy` state would still read false in the second call (its
 * re-render comes later), so two records were written (UX review P2). A ref is current at once.
 */
import { useCallback, useRef } from "react";

export function useSubmitOnce(): <A extends unknown[]>(
  work: (...args: A) => Promise<unknown>,
) => (...args: A) => Promise<void> {
  const pending = useRef(false);
  return useCallback(
    <A extends unknown[]>(work: (...args: A) => Promise<unknown>) =>
      async (...args: A) => {
        if (pending.current) return;
        pending.current = true;
        try {
          await work(...args);
        } finally {
          pending.current = false;
        }
      },
    [],
  );
}
