"use client";

import { useEffect, useState } from "react";

/** False in the server HTML and until React has hydrated: a submit before then would be lost. */
export function useIsHydrated(): boolean {
  const [isHydrated, setIsHydrated] = useState(false);
  useEffect(() => setIsHydrated(true), []);
  return isHydrated;
}
