import { type FlagKey, flagInfo } from "@debrief/core/rubric";
import { Badge } from "@debrief/ui";

/**
 * The pitfalls the engine flagged in an answer, under it on the review page. Rendered on the
 * server and handed to the grading panel, so it adds nothing to the page's JavaScript.
 */
export function EngineFlags({ flags }: { flags: readonly FlagKey[] }) {
  if (flags.length === 0) return null;
  return (
    <section aria-labelledby="engine-flags-heading" className="flex flex-col gap-2">
      <h2 id="engine-flags-heading" className="text-sm font-semibold">
        Pitfalls the engine flagged
      </h2>
      <ul className="flex flex-wrap gap-1.5">
        {flags.map((flag) => (
          <li key={flag}>
            <Badge variant="warning">{flagInfo[flag].label}</Badge>
          </li>
        ))}
      </ul>
    </section>
  );
}
