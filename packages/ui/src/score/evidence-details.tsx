import type { CommentRange, DimensionKey, Evidence } from "./types.ts";

export type Mark =
  | { kind: "evidence"; start: number; end: number; item: Evidence }
  | { kind: "comment"; start: number; end: number; item: CommentRange };

/** A highlight's note: each piece of evidence and comment on those words. */
export function EvidenceDetails({
  marks,
  labelFor,
}: {
  marks: readonly Mark[];
  labelFor: (key: DimensionKey) => string;
}) {
  return (
    <ul className="flex flex-col gap-2">
      {marks.map((m) =>
        m.kind === "evidence" ? (
          <li
            key={`e-${m.item.dimension}-${m.start}-${m.end}-${m.item.tag}`}
            className="flex flex-col gap-0.5"
          >
            <span className="font-semibold">
              {m.item.effect === "supports" ? "✓ Supports" : "! Hurts"} ·{" "}
              {labelFor(m.item.dimension)}
            </span>
            <span className="text-muted-foreground">{m.item.note}</span>
          </li>
        ) : (
          <li key={`c-${m.item.id}`} className="flex flex-col gap-0.5">
            <span className="font-semibold">
              Comment{m.item.author ? ` · ${m.item.author}` : ""}
            </span>
            <span className="whitespace-pre-wrap text-muted-foreground">{m.item.body}</span>
          </li>
        ),
      )}
    </ul>
  );
}
