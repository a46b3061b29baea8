// Writes a content folder of sessions in every Canadian zone, 2024 to 2030: on each day clocks may change
// (the second Sunday of March, the first Sunday of November) and on ordinary days, at midnight, 00:30, 01:30,
// 03:00, noon, half hours and late evening. One topic per zone, so that each zone also has its own topic feed.
// The dates come from the calendar rule alone, never from Node's zone data (ICU lacks the 2026 changes): on the
// days a zone no longer changes its clocks, the same times are ordinary times, which must stay right too.
// Usage: node generate.mjs <folder>
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { zones } from "./zones.mjs";

const folder = process.argv[2];
if (!folder) {
  console.error("usage: node generate.mjs <folder>");
  process.exit(2);
}

const pad = (n) => String(n).padStart(2, "0");
const dateText = (d) => `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
const slugOf = (zone) => zone.slice("America/".length).toLowerCase().replaceAll("_", "-");

// The nth Sunday of a month, as a date (no time, no zone).
function nthSunday(year, month, n) {
  const first = new Date(Date.UTC(year, month - 1, 1));
  const offset = (7 - first.getUTCDay()) % 7;
  return new Date(Date.UTC(year, month - 1, 1 + offset + 7 * (n - 1)));
}

function write(path, text) {
  mkdirSync(join(folder, path, ".."), { recursive: true });
  writeFileSync(join(folder, path), text);
}

write("site.yml", "name: Wellness Connection calendar test (generated example content)\ndefaultDurationMinutes: 60\n");
write("facilitators/example-facilitator.md", "---\nname: Example facilitator\n---\nA generated example.\n");

let count = 0;
for (const zone of zones) {
  const topic = slugOf(zone);
  write(`topics/zone-${topic}.md`, `---\nname: "Zone ${zone}"\n---\nGenerated sessions in ${zone}.\n`);
  for (let year = 2024; year <= 2030; year++) {
    const spring = nthSunday(year, 3, 2);
    const fall = nthSunday(year, 11, 1);
    const ordinary = new Date(Date.UTC(year, 5, 17 + (year % 7)));
    const days = [
      // 02:00-02:59 does not exist on a spring day where clocks change: none is written there.
      [spring, ["00:00", "01:30", "03:00", "03:30", "12:00", "23:30"]],
      // 01:00-01:59 happens twice on a fall day where clocks change (a warning, not an error): 01:30 is the test.
      [fall, ["00:00", "00:30", "01:30", "02:00", "12:00", "19:30"]],
      [ordinary, ["00:00", "12:30", "19:00"]],
    ];
    for (const [day, times] of days) {
      for (const time of times) {
        const date = dateText(day);
        const slug = `${topic}-${date}-${time.replace(":", "")}`;
        const duration = [30, 60, 90][count % 3];
        write(`sessions/${date}-${slug}.md`,
          `---\ntitle: "Example session ${zone} ${date} ${time}"\nstarts: ${date}T${time}\ntimeZone: ${zone}\ndurationMinutes: ${duration}\n` +
          `facilitators: [example-facilitator]\ntopics: [zone-${topic}]\n---\nA generated example session, not a real event.\n`);
        count++;
      }
    }
  }
}
console.log(`calendar: generated ${count} sessions in ${zones.length} zones, 2024 to 2030`);
