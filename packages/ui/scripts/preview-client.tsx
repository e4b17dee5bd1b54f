// Browser entry for the preview page: hydrates the server-rendered HTML.
import { hydrateRoot } from "react-dom/client";
import { ThemeProvider } from "../src/shell/theme-provider.tsx";
import { PreviewPage } from "./preview-page.tsx";

const root = document.getElementById("root");
const theme = document.documentElement.dataset.previewTheme === "dark" ? "dark" : "light";
if (root) {
  hydrateRoot(
    root,
    <ThemeProvider forcedTheme={theme}>
      <PreviewPage />
    </ThemeProvider>,
  );
}
