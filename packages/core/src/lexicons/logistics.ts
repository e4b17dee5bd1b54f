// The items a logistics question can ask about, how a prompt asks them and how an answer
// addresses them.

/** One logistics item: prompt cues, answer cues and what counts as a concrete answer. */
export interface LogisticsItem {
  key: string;
  label: string;
  askedCues: readonly string[];
  answerCues: readonly string[];
  /** A direct yes/no or status answers it fully; no number or name is needed. */
  isCategorical?: boolean;
}

/** The logistics items of a recruiter screen. */
export const logisticsItems: readonly LogisticsItem[] = [
  {
    key: "authorization",
    label: "work authorization",
    isCategorical: true,
    askedCues: [
      "authorization",
      "authorized",
      "authorised",
      "visa",
      "sponsorship",
      "sponsor",
      "right to work",
      "work permit",
    ],
    answerCues: [
      "citizen",
      "h-1b",
      "h1b",
      "green card",
      "visa",
      "sponsorship",
      "authorized",
      "authorised",
      "permanent resident",
      "leave to remain",
      "no sponsorship",
      "don't need",
      "do not need",
      "settled status",
      "work permit",
      "right to work",
      "transfer",
    ],
  },
  {
    key: "location",
    label: "location",
    askedCues: [
      "location",
      "where",
      "based",
      "hybrid",
      "remote",
      "relocate",
      "office",
      "work from",
    ],
    answerCues: [
      "remote",
      "hybrid",
      "office",
      "relocate",
      "based in",
      "i'm in",
      "i live",
      "days a week",
      "on site",
      "onsite",
      "currently in",
    ],
  },
  {
    key: "timeline",
    label: "notice period and timeline",
    askedCues: ["notice", "timeline", "start", "when could", "when can", "available"],
    answerCues: [
      "notice",
      "start",
      "weeks",
      "week",
      "month",
      "available",
      "timeline",
      "offers",
      "starting",
    ],
  },
  {
    key: "compensation",
    label: "compensation",
    askedCues: ["compensation", "salary", "pay", "comp", "range", "expectations"],
    answerCues: [
      "salary",
      "compensation",
      "base",
      "range",
      "equity",
      "total",
      "package",
      "$",
      "£",
      "€",
      "k",
      "comp",
      "market",
    ],
  },
  {
    key: "work_mix",
    label: "preferred mix of work",
    askedCues: ["hands-on", "coding", "leading", "lead", "mix", "split", "prefer", "management"],
    answerCues: [
      "hands-on",
      "coding",
      "leading",
      "lead",
      "mix",
      "split",
      "mentoring",
      "design reviews",
      "management",
    ],
  },
];

/** Words that make a logistics answer a guess rather than an answer. */
export const uncertainAnswerWords = [
  "probably",
  "maybe",
  "guess",
  "not",
  "check",
  "depends",
  "while",
  "somewhere",
] as const;
