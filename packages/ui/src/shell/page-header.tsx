import type * as React from "react";
import { cn } from "../lib/cn.ts";

export interface PageHeaderProps {
  /** Rendered as the page's <h1>. */
  title: React.ReactNode;
  description?: React.ReactNode;
  /** Buttons or links aligned right (wrap below on narrow screens). */
  actions?: React.ReactNode;
  /** Small line above the title, e.g. a breadcrumb link or cohort name. */
  eyebrow?: React.ReactNode;
  className?: string;
}

export function PageHeader({ title, description, actions, eyebrow, className }: PageHeaderProps) {
  return (
    <div
      data-slot="page-header"
      className={cn(
        "mb-8 flex flex-col gap-4 sm:flex-row sm:items-end sm:justify-between",
        className,
      )}
    >
      <div className="min-w-0 space-y-1.5">
        {eyebrow ? <div className="text-sm text-muted-foreground">{eyebrow}</div> : null}
        <h1 className="text-2xl font-semibold tracking-tight text-balance">{title}</h1>
        {description ? (
          <p className="max-w-prose text-sm text-muted-foreground text-pretty">{description}</p>
        ) : null}
      </div>
      {actions ? (
        <div data-print="hide" className="flex shrink-0 flex-wrap items-center gap-2">
          {actions}
        </div>
      ) : null}
    </div>
  );
}
