import Link from "next/link";
import { Fragment, type ReactNode } from "react";

export interface Crumb {
  label: ReactNode;
  /** Omitted for a step that is not a page of its own (a cohort's name). */
  href?: string;
}

/** Where a page sits: the pages above it, as links, for a PageHeader's eyebrow. */
export function Breadcrumbs({ items }: { items: readonly Crumb[] }) {
  return (
    <nav aria-label="Breadcrumb">
      <ol className="flex flex-wrap items-center gap-1.5">
        {items.map((item, index) => (
          // The trail is fixed per page: its position is its identity.
          // biome-ignore lint/suspicious/noArrayIndexKey: see above
          <Fragment key={index}>
            {index > 0 ? <li aria-hidden>/</li> : null}
            <li>
              {item.href ? (
                <Link href={item.href} className="underline-offset-4 hover:underline">
                  {item.label}
                </Link>
              ) : (
                item.label
              )}
            </li>
          </Fragment>
        ))}
      </ol>
    </nav>
  );
}
