// Thin stdin/stdout wrapper around scoreLines; not exported from the package.
import { scoreLines } from "./cli/score-lines.ts";

const chunks: Buffer[] = [];
for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
const { outputs, errors } = scoreLines(Buffer.concat(chunks).toString("utf8"));
if (outputs.length > 0) process.stdout.write(`${outputs.join("\n")}\n`);
for (const message of errors) process.stderr.write(`score: ${message}\n`);
process.exitCode = errors.length > 0 ? 1 : 0;
