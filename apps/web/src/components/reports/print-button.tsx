"use client";

import { Button } from "@debrief/ui";
import { PrinterIcon } from "lucide-react";

/** Opens the browser's print dialog, where "Save as PDF" gives the report as a document. */
export function PrintButton() {
  return (
    <Button type="button" onClick={() => window.print()}>
      <PrinterIcon aria-hidden />
      Print / Save as PDF
    </Button>
  );
}
