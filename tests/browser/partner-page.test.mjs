// A partner's page on another origin embeds the sessions, in a real headless Chromium.
// The run script starts the API (API_ORIGIN) with CORS open to HOST_ORIGIN; this file serves the partner's pages there.
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { createRequire } from "node:module";
import { chromium } from "playwright-core";
import { hostPage, startHostServer } from "./support/host-server.mjs";
import { snippet } from "./support/readme.mjs";

const API = process.env.API_ORIGIN ?? "http://127.0.0.1:5000";
const HOST_PORT = Number(process.env.HOST_PORT ?? 0);
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const AXE = createRequire(import.meta.url).resolve("axe-core/axe.min.js");

// The viewer is in Regina: Saskatchewan keeps UTC-6 all year (CST), an hour behind Eastern standard time, when the
// examples are. (tzdb 2026 moves other provinces to permanent daylight time; Saskatchewan has been there since 1960.)
const VIEWER_ZONE = "America/Regina";
const VIEWER_OFFSET_HOURS = -6;

// Rules a careless or hostile partner stylesheet might have: none of them may change the widget.
const HOSTILE_CSS = `
  :root { --wc-bg: red; --wc-text: red; --wc-link: red; --wc-muted: red; }
  * { color: red !important; font-size: 40px !important; font-family: "Comic Sans MS", cursive !important;
      line-height: 3 !important; letter-spacing: 2px !important; text-transform: uppercase !important;
      background: yellow !important; }
  h2, h3, p, a, li, ol, section, time, span { margin: 50px !important; padding: 30px !important;
      display: inline !important; text-decoration: none !important; border: 3px solid red !important; }
  .wc, .wc-title, .wc-register, .wc-badge { color: lime !important; visibility: hidden !important; }
`;

const STYLE_PROPERTIES = [
  "color", "background-color", "font-size", "font-family", "font-weight", "line-height", "letter-spacing",
  "text-transform", "text-decoration-line", "display", "margin-top", "padding-top", "border-top-width", "visibility",
];
const STYLED = [".wc", ".wc-heading", ".wc-title", ".wc-badge", ".wc-when time", ".wc-local time", ".wc-summary", ".wc-meta", ".wc-register", ".wc-add", ".wc-footer a"];

let browser;
let host;
let sessions;

async function graphql(query, variables = {}) {
  const url = `${API}/graphql?query=${encodeURIComponent(query)}&variables=${encodeURIComponent(JSON.stringify(variables))}`;
  const body = await (await fetch(url)).json();
  assert.equal(body.errors, undefined, JSON.stringify(body.errors));
  return body.data;
}

/** Opens `path` of the partner's site and records everything the browser does there. */
async function open(path, options = {}) {
  const context = await browser.newContext({ timezoneId: VIEWER_ZONE, locale: "en-CA", ...options });
  const page = await context.newPage();
  const record = { errors: [], requests: [], setCookies: [] };
  page.on("console", (message) => message.type() === "error" && record.errors.push(message.text()));
  page.on("pageerror", (error) => record.errors.push(String(error)));
  page.on("request", (request) => record.requests.push(request.url()));
  page.on("response", async (response) => {
    const cookie = await response.headerValue("set-cookie");
    if (cookie) {
      record.setCookies.push(`${response.url()}: ${cookie}`);
    }
  });
  await page.goto(`${host.origin}${path}`);
  return { context, page, record };
}

/** What the widget rendered, read through its open shadow root. */
function rendered(page, selector = "wellness-sessions") {
  return page.evaluate((selector) => {
    const root = document.querySelector(selector).shadowRoot;
    const text = (element) => element?.textContent ?? null;
    return {
      heading: text(root.querySelector(".wc-heading")),
      sessions: [...root.querySelectorAll(".wc-session")].map((item) => ({
        status: item.dataset.status,
        title: text(item.querySelector(".wc-title")),
        badge: text(item.querySelector(".wc-badge")),
        eastern: text(item.querySelector(".wc-when time")),
        easternDatetime: item.querySelector(".wc-when time")?.getAttribute("datetime"),
        local: text(item.querySelector(".wc-local time")),
        localDatetime: item.querySelector(".wc-local time")?.getAttribute("datetime") ?? null,
        register: item.querySelector(".wc-register")?.getAttribute("href") ?? null,
        registerTarget: item.querySelector(".wc-register")?.getAttribute("target") ?? null,
        registerName: text(item.querySelector(".wc-register")),
      })),
    };
  }, selector);
}

async function waitForListing(page, selector = "wellness-sessions") {
  await page.waitForFunction((selector) => document.querySelector(selector)?.shadowRoot?.querySelector(".wc[aria-busy='false']"), selector, { timeout: 15000 });
}

function computedStyles(page) {
  return page.evaluate(({ selectors, properties }) => {
    const root = document.querySelector("wellness-sessions").shadowRoot;
    return Object.fromEntries(selectors.map((selector) => {
      const element = root.querySelector(selector);
      if (!element) {
        return [selector, null];
      }
      const style = getComputedStyle(element);
      return [selector, Object.fromEntries(properties.map((property) => [property, style.getPropertyValue(property)]))];
    }));
  }, { selectors: STYLED, properties: STYLE_PROPERTIES });
}

function assertOnlyOurOrigins(record) {
  const foreign = record.requests.filter((url) => ![API, host.origin].includes(new URL(url).origin));
  assert.deepEqual(foreign, [], "requests outside the API's and the partner's origins");
}

/** Intl puts no-break or narrow no-break spaces in times: compare them as plain spaces. */
const spaces = (text) => text.replace(/\s/g, " ");

/** "6:00 p.m." for a UTC instant, in the viewer's fixed offset. */
function viewerClock(iso) {
  const date = new Date(new Date(iso).getTime() + VIEWER_OFFSET_HOURS * 3600 * 1000);
  const hours = date.getUTCHours();
  return `${hours % 12 || 12}:${String(date.getUTCMinutes()).padStart(2, "0")} ${hours < 12 ? "a.m." : "p.m."}`;
}

before(async () => {
  const readme = snippet("A listing on your page", API);
  const iframe = snippet("A listing in an iframe", API);
  const script = `<script src="${API}/embed/v1/sessions.js" defer></script>`;
  host = await startHostServer(HOST_PORT, {
    "/partner.html": hostPage(readme, HOSTILE_CSS),
    "/control.html": hostPage(readme),
    "/no-widget.html": hostPage(""),
    "/topic.html": hostPage(`<wellness-sessions topic="peer-support"></wellness-sessions>\n${script}`),
    "/french.html": hostPage(`<wellness-sessions lang="fr" theme="dark" limit="2"></wellness-sessions>\n${script}`),
    "/two.html": hostPage(`<wellness-sessions id="a" topic="sleep" limit="1"></wellness-sessions>\n<wellness-sessions id="b" series="sleep" theme="light"></wellness-sessions>\n${script}`),
    "/iframe.html": hostPage(iframe),
  });
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    chromiumSandbox: false,
    args: ["--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
  ({ upcomingSessions: { nodes: sessions } } = await graphql(
    `{ upcomingSessions(first: 5) { nodes { slug title status startsAt registrationUrl eastern: displayTime(timeZone: "America/Toronto") } } }`));
  assert.equal(sessions.length, 5, "the sample content has five upcoming example sessions");
});

after(async () => {
  await browser?.close();
  await host?.close();
});

describe("the README snippet on a partner's page", () => {
  test("renders the upcoming sessions from the API", async () => {
    const { context, page, record } = await open("/control.html");
    await waitForListing(page);
    const widget = await rendered(page);
    await context.close();

    assert.equal(widget.heading, "Upcoming sessions");
    assert.deepEqual(widget.sessions.map((s) => s.status), sessions.map((s) => s.status.toLowerCase()));
    assert.deepEqual(widget.sessions.map((s) => s.title.replace(/^(Cancelled|Postponed|Full): /, "")), sessions.map((s) => s.title));
    assert.deepEqual(record.errors, []);
  });

  test("shows Eastern time as published and the viewer's own time, in <time> elements", async () => {
    const { context, page } = await open("/control.html");
    await waitForListing(page);
    const widget = await rendered(page);
    await context.close();

    widget.sessions.forEach((shown, i) => {
      const expected = sessions[i];
      assert.equal(shown.eastern, expected.eastern);
      assert.match(shown.eastern, /^[A-Z][a-z]+\.?, [A-Z][a-z]+\.? \d{1,2}, \d{4}, \d{1,2}(:\d\d)? [AP]M ET$/);
      assert.equal(shown.easternDatetime, expected.startsAt);
      assert.equal(shown.localDatetime, new Date(expected.startsAt).toISOString());
      assert.ok(spaces(shown.local).includes(viewerClock(expected.startsAt)) && shown.local.endsWith("CST"), `${shown.local} is not ${viewerClock(expected.startsAt)} CST`);
    });
    // 7 PM in Toronto is 6 PM in Regina.
    assert.equal(widget.sessions[0].eastern.endsWith(", 7 PM ET"), true);
    assert.ok(spaces(widget.sessions[0].local).includes("6:00 p.m."));
  });

  test("marks the cancelled session and gives every other one its registration link", async () => {
    const { context, page } = await open("/control.html");
    await waitForListing(page);
    const widget = await rendered(page);
    await context.close();

    const cancelled = widget.sessions.filter((s) => s.status === "cancelled");
    assert.equal(cancelled.length, 1);
    assert.equal(cancelled[0].badge, "Cancelled");
    assert.equal(cancelled[0].register, null);
    widget.sessions.filter((s) => s.status === "scheduled").forEach((shown) => {
      const expected = sessions.find((s) => shown.title === s.title);
      assert.equal(shown.register, expected.registrationUrl);
      assert.equal(shown.registerTarget, "_blank");
      assert.equal(shown.registerName, `Register for ${expected.title} (opens in a new tab)`);
    });
  });

  test("makes no request outside the API's origin, logs no error and sets no cookie", async () => {
    const { context, page, record } = await open("/partner.html");
    await waitForListing(page);
    const cookies = await context.cookies([API, host.origin]);
    await context.close();

    assertOnlyOurOrigins(record);
    assert.ok(record.requests.some((url) => url.startsWith(`${API}/graphql?`)), "the widget read the GraphQL API");
    assert.deepEqual(record.errors, []);
    assert.deepEqual(cookies, []);
    assert.deepEqual(record.setCookies, []);
  });

  test("is not changed by the host page's style rules", async () => {
    const hostile = await open("/partner.html");
    await waitForListing(hostile.page);
    const control = await open("/control.html");
    await waitForListing(control.page);
    const [attacked, clean] = [await computedStyles(hostile.page), await computedStyles(control.page)];
    await hostile.context.close();
    await control.context.close();

    for (const selector of STYLED) {
      assert.notEqual(clean[selector], null, `${selector} is rendered`);
      assert.deepEqual(attacked[selector], clean[selector], `${selector} kept its style`);
    }
    assert.equal(clean[".wc"]["font-size"], "16px");
    assert.equal(clean[".wc"]["color"], "rgb(27, 28, 31)");
  });

  test("does not change the host page's own elements", async () => {
    const read = (page) => page.evaluate(() => ["#host-heading", "#host-paragraph", "#host-link"].map((selector) => {
      const style = getComputedStyle(document.querySelector(selector));
      return [style.color, style.fontSize, style.fontFamily, style.margin, style.padding, style.textDecorationLine].join(" | ");
    }));
    const withWidget = await open("/control.html");
    await waitForListing(withWidget.page);
    const without = await open("/no-widget.html");
    const [a, b] = [await read(withWidget.page), await read(without.page)];
    await withWidget.context.close();
    await without.context.close();

    assert.deepEqual(a, b);
  });

  test("puts schema.org Events in the page for search engines", async () => {
    const { context, page } = await open("/control.html");
    await waitForListing(page);
    const events = JSON.parse(await page.locator("wellness-sessions script[type='application/ld+json']").textContent());
    await context.close();

    assert.equal(events.length, 5);
    events.forEach((event, i) => {
      assert.equal(event["@type"], "Event");
      assert.equal(event.name, sessions[i].title);
      assert.equal(event.startDate, sessions[i].startsAt);
      assert.equal(event.eventAttendanceMode, "https://schema.org/OnlineEventAttendanceMode");
      assert.equal(event.location["@type"], "VirtualLocation");
      assert.equal(event.organizer.name, "Canadian Medical Association");
    });
    assert.equal(events.find((e) => e.name === "Example: Burnout check-in").eventStatus, "https://schema.org/EventCancelled");
  });

  test("can be used with the keyboard, with a visible focus", async () => {
    const { context, page } = await open("/control.html");
    await waitForListing(page);
    await page.keyboard.press("Tab");
    await page.keyboard.press("Tab");
    const focused = await page.evaluate(() => {
      const element = document.activeElement.shadowRoot?.activeElement;
      const style = element && getComputedStyle(element);
      return element && { className: element.className, text: element.textContent, outline: `${style.outlineStyle} ${style.outlineWidth}` };
    });
    await context.close();

    assert.equal(focused.className, "wc-register");
    assert.equal(focused.text, `Register for ${sessions[0].title} (opens in a new tab)`);
    assert.equal(focused.outline, "solid 3px");
  });

  for (const colorScheme of ["light", "dark"]) {
    test(`meets WCAG 2.1 AA in the ${colorScheme} theme`, async () => {
      const { context, page } = await open("/control.html", { colorScheme });
      await waitForListing(page);
      await page.addScriptTag({ path: AXE });
      const result = await page.evaluate(() => window.axe.run(document.querySelector("wellness-sessions"), {
        runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
      }));
      const background = await page.evaluate(() => getComputedStyle(document.querySelector("wellness-sessions").shadowRoot.querySelector(".wc")).backgroundColor);
      await context.close();

      assert.deepEqual(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`), []);
      assert.ok(result.passes.some((rule) => rule.id === "color-contrast"), "contrast was checked");
      assert.equal(background, colorScheme === "dark" ? "rgb(22, 24, 27)" : "rgb(255, 255, 255)");
    });
  }

  test("fits a phone's width", async () => {
    const { context, page } = await open("/control.html", { viewport: { width: 320, height: 640 } });
    await waitForListing(page);
    const widths = await page.evaluate(() => ({ page: document.documentElement.scrollWidth, viewport: window.innerWidth }));
    await context.close();

    assert.ok(widths.page <= widths.viewport, `the page scrolls sideways: ${widths.page}px in ${widths.viewport}px`);
  });

  test("shows the iframe fallback of its <noscript> when scripts are off", async () => {
    const { context, page, record } = await open("/control.html", { javaScriptEnabled: false });
    const frame = page.frameLocator("wellness-sessions iframe");
    await frame.locator(".wc-session").first().waitFor();
    const eastern = await frame.locator(".wc-when time").allTextContents();
    const local = await frame.locator(".wc-local").count();
    await context.close();

    assert.deepEqual(eastern, sessions.map((s) => s.eastern));
    assert.equal(local, 0, "without scripts, only Eastern time");
    assertOnlyOurOrigins(record);
  });
});

describe("a partner the API does not know yet", () => {
  test("sees the same listing in a frame", async () => {
    const readme = snippet("A listing on your page", API);
    const stranger = await startHostServer(0, { "/page.html": hostPage(readme) });
    const context = await browser.newContext({ timezoneId: VIEWER_ZONE });
    const page = await context.newPage();
    const requests = [];
    const warnings = [];
    page.on("request", (request) => requests.push(request.url()));
    page.on("console", (message) => message.type() === "warning" && warnings.push(message.text()));
    try {
      await page.goto(`${stranger.origin}/page.html`);
      const frame = page.frameLocator("wellness-sessions iframe.wc-frame");
      await frame.locator(".wc-session").first().waitFor();
      const eastern = await frame.locator(".wc-when time").allTextContents();

      assert.deepEqual(eastern, sessions.map((s) => s.eastern));
      assert.ok(warnings.some((w) => w.includes(`ask for this site's origin, ${stranger.origin}, to be allowed`)), warnings.join("\n"));
      assert.deepEqual(requests.filter((url) => ![API, stranger.origin].includes(new URL(url).origin)), []);
    } finally {
      await context.close();
      await stranger.close();
    }
  });
});

describe("other listings", () => {
  test("one topic is read by its trusted document id", async () => {
    const { context, page, record } = await open("/topic.html");
    await waitForListing(page);
    const widget = await rendered(page);
    await context.close();

    assert.ok(record.requests.some((url) => url.startsWith(`${API}/graphql?documentId=sha256%3A`)), record.requests.join("\n"));
    assert.deepEqual(widget.sessions.map((s) => [s.status, s.badge]), [["scheduled", null], ["cancelled", "Cancelled"]]);
    assert.equal(widget.sessions[0].eastern, sessions.find((s) => s.slug === "example-peer-support-drop-in").eastern);
    assert.deepEqual(record.errors, []);
  });

  test("French and dark", async () => {
    const { context, page, record } = await open("/french.html");
    await waitForListing(page);
    const widget = await rendered(page);
    const background = await page.evaluate(() => getComputedStyle(document.querySelector("wellness-sessions").shadowRoot.querySelector(".wc")).backgroundColor);
    // The examples have no French translation: their English title and summary are marked as English.
    const english = await page.evaluate(() => [...document.querySelector("wellness-sessions").shadowRoot.querySelectorAll("[lang='en']")].map((e) => e.className || e.parentElement.className));
    await context.close();

    assert.deepEqual(english, ["wc-title", "wc-summary", "wc-title", "wc-summary"]);
    assert.equal(widget.heading, "Séances à venir");
    assert.equal(widget.sessions.length, 2);
    assert.match(widget.sessions[0].eastern, /^[a-z]+\. \d{1,2} [a-zé]+\.? \d{4}, 19 h HE$/);
    assert.match(spaces(widget.sessions[0].local), /18 h 00/);
    assert.equal(background, "rgb(22, 24, 27)");
    assert.deepEqual(record.errors, []);
  });

  test("two listings on one page keep to their own options", async () => {
    const { context, page, record } = await open("/two.html");
    await waitForListing(page, "#a");
    await waitForListing(page, "#b");
    const [a, b] = [await rendered(page, "#a"), await rendered(page, "#b")];
    await context.close();

    assert.deepEqual(a.sessions.map((s) => s.title), ["Example: Sleep (part II) — building a routine that works"]);
    assert.deepEqual(b.sessions.map((s) => s.title), ["Example: Sleep (part II) — building a routine that works"]);
    assert.deepEqual(record.errors, []);
  });
});

describe("the iframe snippet", () => {
  test("shows the server-rendered listing with the viewer's time, under the page's own policy", async () => {
    const { context, page, record } = await open("/iframe.html");
    const frame = page.frameLocator("iframe");
    await frame.locator(".wc-local").first().waitFor();
    const items = await frame.locator(".wc-session").evaluateAll((elements) => elements.map((li) => ({
      status: li.dataset.status,
      eastern: li.querySelector(".wc-when time").textContent,
      local: li.querySelector(".wc-local time")?.textContent ?? null,
    })));
    await context.close();

    const sleep = sessions.filter((s) => s.slug.includes("sleep"));
    assert.deepEqual(items.map((i) => i.eastern), sleep.map((s) => s.eastern));
    items.forEach((item, i) => assert.ok(spaces(item.local).includes(viewerClock(sleep[i].startsAt)), item.local));
    assertOnlyOurOrigins(record);
    assert.deepEqual(record.errors, [], "no CSP violation or script error");
  });

  test("meets WCAG 2.1 AA on its own", async () => {
    const context = await browser.newContext({ timezoneId: VIEWER_ZONE, bypassCSP: true });
    const page = await context.newPage();
    await page.goto(`${API}/embed/sessions?limit=5`);
    await page.addScriptTag({ path: AXE });
    const result = await page.evaluate(() => window.axe.run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] } }));
    await context.close();

    assert.deepEqual(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`), []);
  });
});
