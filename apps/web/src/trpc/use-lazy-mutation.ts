"use client";

import type { TRPCClient } from "@trpc/client";
import { useCallback, useRef, useState } from "react";
import type { AppRouter } from "~/server/routers/root";
import { lazyMutation } from "./lazy-client";

/**
 * A TanStack Query mutation through the lazily loaded tRPC client, which is fetched on first
 * submit.
 * `mutateAsync` throws what the call throws (a TRPCClientError, or a failed chunk load offline).
 */
export function useLazyMutation<Input, Output>(
  call: (client: TRPCClient<AppRouter>, input: Input) => Promise<Output>,
) {
  const [status, setStatus] = useState<"idle" | "pending" | "success" | "error">("idle");
  const latestCall = useRef(call);
  latestCall.current = call;
  const mutateAsync = useCallback(async (input: Input): Promise<Output> => {
    setStatus("pending");
    try {
      const output = await lazyMutation((client) => latestCall.current(client, input));
      setStatus("success");
      return output;
    } catch (error) {
      setStatus("error");
      throw error;
    }
  }, []);
  return { mutateAsync, isPending: status === "pending", isSuccess: status === "success" };
}
