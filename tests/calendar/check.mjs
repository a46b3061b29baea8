// Reads every calendar the server publishes for the generated content: the full feed, each zone's topic feed and
// each session's own .ics. ical.js reads each file with the VTIMEZONE components of that file, and nothing else:
// every event's start and end must be the API's startsAt and endsAt to the second. node-ical, a second parser,
// resolves TZIDs with Node's own zone data (ICU, older than the 2026 Canadian changes): where it differs from the
// API, Node's own offset for that zone at that instant must differ from the API's, and the differences are counted.
// Usage: API_ORIGIN=http://127.0.0.1:PORT node check.mjs   Prints "calendar: N passed, N failed".
import ICAL from "ical.js";
import nodeIcal from "node-ical";
import { zones } from "./zones.mjs";

const origin = process.env.API_ORIGIN;
let passed = 0;
let failed = 0;
const problems = [];
const icuDifferences = new Map();

async function get(path) {
  const response = await fetch(origin + path);
  if (!response.ok) throw new Error(`${path}: ${response.status}`);
  return response.text();
}

async function apiSessions() {
  const sessions = new Map();
  let after = null;
  for (;;) {
    const response = await fetch(origin + "/graphql", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({
        query: "query($after: String) { sessions(first: 100, after: $after) { pageInfo { hasNextPage endCursor } nodes { slug startsAt endsAt timeZone } } }",
        variables: { after },
      }),
    });
    const { data, errors } = await response.json();
    if (errors) throw new Error(JSON.stringify(errors));
    for (const node of data.sessions.nodes) sessions.set(node.slug, node);
    if (!data.sessions.pageInfo.hasNextPage) return sessions;
    after = data.sessions.pageInfo.endCursor;
  }
}

/** The events of one file, read by ical.js with that file's own VTIMEZONEs only. */
function readWithIcalJs(text) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  ICAL.TimezoneService.reset();
  for (const zone of calendar.getAllSubcomponents("vtimezone")) {
    ICAL.TimezoneService.register(zone);
  }
  return calendar.getAllSubcomponents("vevent").map((component) => {
    const event = new ICAL.Event(component);
    return { uid: event.uid, start: event.startDate.toJSDate().getTime(), end: event.endDate.toJSDate().getTime(), tzid: event.startDate.timezone };
  });
}

/** The UTC offset Node's own zone data (ICU) gives a zone at an instant, in minutes. */
function icuOffsetMinutes(zone, instant) {
  const name = new Intl.DateTimeFormat("en-US", { timeZone: zone, timeZoneName: "longOffset" })
    .formatToParts(new Date(instant)).find((part) => part.type === "timeZoneName").value;
  const match = /GMT(?:([+-])(\d{2}):(\d{2}))?/.exec(name);
  return match[1] ? (match[1] === "-" ? -1 : 1) * (Number(match[2]) * 60 + Number(match[3])) : 0;
}

/** The offset an ISO 8601 date-time of the API carries, in minutes. */
function offsetMinutes(text) {
  const match = /([+-])(\d{2}):(\d{2})$/.exec(text);
  return match ? (match[1] === "-" ? -1 : 1) * (Number(match[2]) * 60 + Number(match[3])) : 0;
}

function readWithNodeIcal(text) {
  return Object.values(nodeIcal.sync.parseICS(text))
    .filter((item) => item.type === "VEVENT")
    .map((event) => ({ uid: event.uid, start: new Date(event.start).getTime(), end: new Date(event.end).getTime() }));
}

function check(name, text, api, expectedCount) {
  const local = [];
  const events = readWithIcalJs(text);
  if (expectedCount !== undefined && events.length !== expectedCount) local.push(`${events.length} events, expected ${expectedCount}`);
  for (const event of events) {
    const session = api.get(event.uid.replace(/@wellness-connection$/, ""));
    if (!session) {
      local.push(`${event.uid}: no such session in the API`);
      continue;
    }
    const [start, end] = [Date.parse(session.startsAt), Date.parse(session.endsAt)];
    if (event.start !== start || event.end !== end) {
      local.push(`${event.uid}: ical.js reads ${new Date(event.start).toISOString()}–${new Date(event.end).toISOString()}, the API says ${session.startsAt}–${session.endsAt}`);
    }
  }
  for (const event of readWithNodeIcal(text)) {
    const session = api.get(event.uid.replace(/@wellness-connection$/, ""));
    if (!session || event.start === Date.parse(session.startsAt)) continue;
    // Old data explains it when ICU's offset differs from the API's at the API's instant (the hour is labelled
    // otherwise) or at node-ical's (ICU still has a fall-back there, so it read the local time's second occurrence).
    const offset = offsetMinutes(session.startsAt);
    const explained = icuOffsetMinutes(session.timeZone, Date.parse(session.startsAt)) !== offset
      || icuOffsetMinutes(session.timeZone, event.start) !== offset;
    if (!explained) {
      local.push(`${event.uid}: node-ical reads ${new Date(event.start).toISOString()}, the API says ${session.startsAt}, and old zone data does not explain it`);
    } else {
      icuDifferences.set(session.slug, session.timeZone);
    }
  }
  if (local.length === 0) {
    passed++;
  } else {
    failed++;
    problems.push(`${name}:\n  ${local.slice(0, 5).join("\n  ")}${local.length > 5 ? `\n  (${local.length - 5} more)` : ""}`);
  }
}

const api = await apiSessions();
const now = Date.now();
const upcoming = [...api.values()].filter((s) => Date.parse(s.endsAt) > now).length;
check("/feeds/sessions.ics", await get("/feeds/sessions.ics"), api, Math.min(500, api.size));
for (const zone of zones) {
  const topic = "zone-" + zone.slice("America/".length).toLowerCase().replaceAll("_", "-");
  const sessionsInZone = [...api.values()].filter((s) => s.timeZone === zone);
  const kept = sessionsInZone.filter((s) => Date.parse(s.endsAt) > now - 365 * 86_400_000).length;
  check(`/feeds/sessions.ics?topic=${topic}`, await get(`/feeds/sessions.ics?topic=${topic}`), api, Math.min(500, kept));
}
const slugs = [...api.keys()];
for (let i = 0; i < slugs.length; i += 16) {
  const batch = slugs.slice(i, i + 16);
  const texts = await Promise.all(batch.map((slug) => get(`/sessions/${slug}.ics`)));
  batch.forEach((slug, j) => check(`/sessions/${slug}.ics`, texts[j], api, 1));
}

for (const problem of problems.slice(0, Number(process.env.CALENDAR_PROBLEMS_SHOWN ?? 20))) console.error(problem);
const byZone = {};
for (const zone of icuDifferences.values()) byZone[zone] = (byZone[zone] ?? 0) + 1;
console.log(`calendar: ${api.size} sessions in the API (${upcoming} upcoming), ${passed + failed} calendar files read by ical.js (the feed's own VTIMEZONE) and node-ical`);
console.log(`calendar: node-ical (Node's ICU ${process.versions.tz ?? "?"} zone data) read ${icuDifferences.size} sessions otherwise than the API, each where ICU's offset differs from tzdb ${""}2026f: ${JSON.stringify(byZone)}`);
console.log(`calendar: ${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
