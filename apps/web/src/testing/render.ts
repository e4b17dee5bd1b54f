import { cleanup } from "@testing-library/react";
import { afterEach } from "vitest";

// For component tests (`*.test.tsx`, `@vitest-environment jsdom`). Without vitest globals,
// Testing Library cannot register its own cleanup.
afterEach(() => {
  cleanup();
});

export { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
