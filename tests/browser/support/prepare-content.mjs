// Prints the content folder the browser tests serve. The repository's example sessions (Dec. 2026 to Feb. 2027)
// must be ahead of the real clock, since the server under test runs on it. When they are not, the folder is a copy
// with the examples moved on by whole years whose calendar is theirs: same dates, same weekdays ("Tues., Dec. 8"), same
// wall-clock times, so the same expectations hold. One year on is not enough: Dec. 8 is a Tuesday in 2026 and a
// Wednesday in 2027.
import { cpSync, mkdtempSync, readdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

const source = resolve(process.argv[2] ?? "content");
const examples = readdirSync(join(source, "sessions")).filter((name) => name.includes("-example-"));
const starts = examples.map((name) => readFileSync(join(source, "sessions", name), "utf8").match(/^starts: (\d{4})-(\d\d-\d\dT\d\d:\d\d)/m));
const dates = starts.map((m) => new Date(`${m[1]}-${m[2]}:00Z`));
const soon = Date.now() + 2 * 24 * 3600 * 1000;

const movedOn = (date, years) => {
  const moved = new Date(date);
  moved.setUTCFullYear(date.getUTCFullYear() + years);
  return moved;
};
const keepsTheCalendar = (years) =>
  dates.every((date) => {
    const moved = movedOn(date, years);
    return moved.getUTCDate() === date.getUTCDate() && moved.getUTCDay() === date.getUTCDay();
  });
const ahead = (years) => dates.every((date) => movedOn(date, years).getTime() >= soon);

let years = 0;
while (!ahead(years) || !keepsTheCalendar(years)) {
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
