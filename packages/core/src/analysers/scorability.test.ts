import { describe, expect, it } from "vitest";
import { loadLabelledAnswers } from "../calibration/fixtures.ts";
import { scoreAnswer } from "../score-answer.ts";

const prompt = "Tell me about a production bug you diagnosed and fixed.";
const unscorable = (answer: string, kind: "debugging" | "intro" = "debugging") =>
  scoreAnswer({ kind, prompt, answer });

describe("text that is not an answer gets no score", () => {
  it("names the language of an answer in Spanish", () => {
    const result = unscorable(
      "El año pasado tuvimos un problema en producción con la base de datos. Primero revisé los registros y encontré que las consultas eran muy lentas porque faltaba un índice. Lo agregué y el tiempo de respuesta bajó mucho.",
    );
    expect(result).toMatchObject({ status: "unscorable", reason: "not_english" });
    expect(result.status === "unscorable" && result.message).toBe(
      "This looks like Spanish; Debrief scores English answers for now.",
    );
  });

  it("refuses lorem ipsum", () => {
    const result = unscorable(
      "Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore et dolore magna aliqua. Ut enim ad minim veniam, quis nostrud exercitation.",
    );
    expect(result).toMatchObject({ status: "unscorable", reason: "placeholder" });
  });

  it("refuses random letters", () => {
    const result = unscorable("asdf qwer zxcv hjkl uiop vbnm rtyu fghj wert sdfg xcvb tyui ghjk");
    expect(result.status).toBe("unscorable");
  });

  it("refuses the question pasted back", () => {
    expect(unscorable(`${prompt} ${prompt}`)).toMatchObject({ reason: "prompt_echo" });
    expect(unscorable(Array.from({ length: 8 }, () => prompt).join(" "))).toMatchObject({
      status: "unscorable",
    });
  });

  it("refuses one sentence repeated", () => {
    const result = unscorable(
      Array.from({ length: 30 }, () => "I fixed it. I found it.").join(" "),
    );
    expect(result).toMatchObject({ status: "unscorable", reason: "repetition" });
  });

  it("refuses a keyword salad with STAR labels", () => {
    const result = unscorable(
      "Situation: microservices, Kafka, Kubernetes, latency.\nTask: scalability, observability, SLOs.\nAction: Redis cache, idempotency keys, circuit breakers, canary.\nResult: 99.99% availability, p99 latency, cost savings.\nLessons: ownership, resilience, blameless postmortems.",
    );
    expect(result).toMatchObject({ status: "unscorable", reason: "keyword_list" });
  });

  it("scores short, plain, spoken or non-native answers: only non-answers are refused", () => {
    const voices = [
      "Um, so, yeah, the checkout was timing out, like, every few minutes. I looked at the logs and saw the database was waiting on a lock, so I split the big update into small ones and it stopped.",
      "Checkout failed at night. I read the logs. A cron job locked the orders table. I moved the job to a replica. No failures since.",
      "In my last company we have problem that payments is failing sometimes. I was checking the logs many days and I find that the retry was sending same payment two times, so I add a key to make it only one time.",
    ];
    for (const answer of voices) expect(unscorable(answer).status).toBe("scored");
  });

  it("scores every labelled answer", () => {
    for (const row of loadLabelledAnswers()) {
      expect(scoreAnswer(row).status, row.id).toBe("scored");
    }
  });
});
