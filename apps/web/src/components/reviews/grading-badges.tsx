import { Badge } from "@debrief/ui";
import { EyeOffIcon, HourglassIcon } from "lucide-react";

/** The candidate is hidden behind the set's pseudonym until its reviews are published. */
export function BlindBadge() {
  return (
    <Badge variant="outline" title="Blind grading: the name shows once the review is published">
      <EyeOffIcon aria-hidden /> Blind
    </Badge>
  );
}

/** Submitted in a set held for publishing: the candidate cannot see it yet. */
export function HeldBadge() {
  return (
    <Badge variant="info" title="Submitted; the candidate sees it when you publish the set">
      <HourglassIcon aria-hidden /> Held until published
    </Badge>
  );
}
