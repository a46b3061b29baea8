// Prints the content folder the browser tests serve. The repository's example sessions (Dec. 2026 to Feb. 2027)
// must be ahead of the real clock, since the server under test runs on it. When they are not, the folder is a copy
// with the examples moved on by whole years: same months, same wall-clock times, so the same expectations hold.
import { cpSync, mkdtempSync, readdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

const source = resolve(process.argv[2] ?? "content");
const examples = readdirSync(join(source, "sessions")).filter((name) => name.includes("-example-"));
const starts = examples.map((name) => readFileSync(join(source, "sessions", name), "utf8").match(/^starts: (\d{4})-(\d\d-\d\dT\d\d:\d\d)/m));
const earliest = Math.min(...starts.map((m) => Date.parse(`${m[1]}-${m[2]}:00Z`)));
const soon = Date.now() + 2 * 24 * 3600 * 1000;

let years = 0;
while (earliest + years * 365.25 * 24 * 3600 * 1000 < soon) {
  years++;
}

if (years === 0) {
  console.log(source);
} else {
  const copy = mkdtempSync(join(tmpdir(), "wc-browser-content-"));
  cpSync(source, copy, { recursive: true });
  const shift = (text) => text.replace(/^((?:starts|publishAt): )(\d{4})/gm, (_, key, year) => key + (Number(year) + years));
  for (const name of examples) {
    const from = join(copy, "sessions", name);
    writeFileSync(from, shift(readFileSync(from, "utf8")));
    renameSync(from, join(copy, "sessions", name.replace(/^\d{4}/, (year) => String(Number(year) + years))));
  }
  console.log(copy);
}
