"use client";

import type { TRPCClient } from "@trpc/client";
import { useCallback, useEffect, useId, useRef, useState } from "react";
import type { AppRouter } from "~/server/routers/root";
import { lazyQuery } from "./lazy-client";

/**
 * Data the server rendered, refetched as a TanStack query through the lazily loaded tRPC client
 * when `input` changes (or on `refetch`), keeping the previous data on screen meanwhile and
 * dropping answers that arrive out of order: a page whose one list follows a few filters.
 */
export function useLazyQuery<Input, Output>(
  input: Input,
  call: (client: TRPCClient<AppRouter>, input: Input) => Promise<Output>,
  initial: { input: Input; data: Output },
) {
  const id = useId();
  const key = JSON.stringify(input);
  const initialKey = useRef(JSON.stringify(initial.input));
  const [data, setData] = useState(initial.data);
  const [error, setError] = useState<Error | null>(null);
  const [isFetching, setIsFetching] = useState(false);
  const [generation, setGeneration] = useState(0);
  const latest = useRef({ call, input });
  latest.current = { call, input };
  const requestId = useRef(0);

  useEffect(() => {
    // The server already rendered this input's data.
    if (generation === 0 && key === initialKey.current) return;
    const request = ++requestId.current;
    setIsFetching(true);
    lazyQuery(["useLazyQuery", id, key, generation], (client) =>
      latest.current.call(client, latest.current.input),
    )
      .then(
        (next) => {
          if (request !== requestId.current) return;
          setData(next);
          setError(null);
        },
        (failure: unknown) => {
          if (request !== requestId.current) return;
          setError(failure instanceof Error ? failure : new Error("The request failed."));
        },
      )
      .finally(() => {
        if (request === requestId.current) setIsFetching(false);
      });
  }, [id, key, generation]);

  const refetch = useCallback(() => setGeneration((g) => g + 1), []);
  return { data, error, isFetching, refetch };
}
