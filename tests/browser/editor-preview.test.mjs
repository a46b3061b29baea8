// The editor preview in a real headless Chromium: a document's page loads again by itself when its file is saved
// (the server-sent event after each reload), shows a broken file's error with its line, and recovers when the file is
// fixed. The run script starts this API (PREVIEW_API_ORIGIN) with the preview on, watching PREVIEW_CONTENT, a
// temporary copy of the content that this file edits.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { chromium } from "playwright-core";

const API = process.env.PREVIEW_API_ORIGIN ?? "http://127.0.0.1:5002";
const CONTENT = process.env.PREVIEW_CONTENT;
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const SLUG = "example-sleep-part-2";
// A save reaches the page after the watcher's quiet time, a reload of the content and a page load: seconds at most.
const WAIT = { timeout: 20000 };

let browser;
let file;
let original;

before(async () => {
  assert.ok(CONTENT, "PREVIEW_CONTENT names the content copy the preview API watches");
  // The run may have moved the examples on by whole years: find the file by its slug.
  const name = readdirSync(join(CONTENT, "sessions")).find((entry) => entry.endsWith(`-${SLUG}.md`));
  assert.ok(name, `a session file for ${SLUG}`);
  file = join(CONTENT, "sessions", name);
  original = readFileSync(file, "utf8");
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    chromiumSandbox: false,
    args: ["--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
});

after(async () => {
  if (file && original !== undefined) {
    writeFileSync(file, original);
  }
  await browser?.close();
});

/** Rewrites the session's title line, as an editor saves the file. */
function saveTitleLine(line) {
  writeFileSync(file, original.replace(/^title: .*$/m, line));
}

/** Opens a preview page, records script errors and policy violations, and waits until it listens for reloads. */
async function open(path) {
  const context = await browser.newContext({ timezoneId: "America/Toronto", locale: "en-CA" });
  const page = await context.newPage();
  const problems = [];
  page.on("pageerror", (error) => problems.push(String(error)));
  page.on("console", (message) => {
    // The browser asks for /favicon.ico, which the API does not have: that 404 is no problem of the page.
    if (message.type() === "error" && !message.location().url.endsWith("/favicon.ico")) {
      problems.push(message.text());
    }
  });
  const response = await page.goto(`${API}${path}`);
  assert.equal(response.status(), 200);
  // The script marks the page once its event stream is open: from then on a save reaches it.
  await page.waitForFunction(() => document.documentElement.dataset.live === "open", null, WAIT);
  return { context, page, problems };
}

const heading = (page) => page.locator("h1").textContent();

test("a document's page shows a saved change, then a broken file's error with its line, without a manual reload", async () => {
  const { context, page, problems } = await open(`/preview/sessions/${SLUG}`);
  try {
    assert.equal(await heading(page), "Example: Sleep (part II) — building a routine that works");
    assert.match(await page.locator(".ep-times time").first().textContent(), /^Tues\., Dec\. 8, \d{4}, 7 PM ET$/);
    const loads = [];
    page.on("load", () => loads.push(Date.now()));

    // 1. An edit appears.
    saveTitleLine('title: "Example: Sleep (part II) — edited while the page was open"');
    await page.waitForFunction(
      () => document.querySelector("h1")?.textContent === "Example: Sleep (part II) — edited while the page was open",
      null,
      WAIT,
    );
    assert.ok(loads.length >= 1, "the page loaded again by itself");
    await page.waitForFunction(() => document.documentElement.dataset.live === "open", null, WAIT);

    // 2. Invalid front matter: the reload is refused, the page says so and shows the error at its line; the last good
    // content stays on show.
    saveTitleLine('title: "Example: Sleep (part II) — never closed');
    await page.waitForSelector(".ep-problems tr[data-code='WC106']", WAIT);
    const row = page.locator(".ep-problems tr[data-code='WC106']");
    assert.equal(await row.locator(".ep-path").textContent(), `sessions/${file.split("/").pop()}`);
    assert.equal(await row.locator(".ep-line").textContent(), "2:8");
    assert.match(await row.locator(".ep-message").textContent(), /quoted value is not closed/);
    assert.match(await page.locator(".ep-banner[role=alert]").textContent(), /The last reload was refused: 1 error\./);
    assert.equal(await heading(page), "Example: Sleep (part II) — edited while the page was open");
    await page.waitForFunction(() => document.documentElement.dataset.live === "open", null, WAIT);

    // 3. Fixed: the error and the banner go, the content is the file's again.
    writeFileSync(file, original);
    await page.waitForFunction(
      () => !document.querySelector(".ep-banner") && document.querySelector("h1")?.textContent === "Example: Sleep (part II) — building a routine that works",
      null,
      WAIT,
    );
    assert.equal(await page.locator(".ep-problems tbody tr").count(), 0);
    assert.deepEqual(problems, [], "no script error and no policy violation");
  } finally {
    await context.close();
  }
});

test("the list of documents shows a broken file's error and recovers, by itself", async () => {
  const { context, page, problems } = await open("/preview");
  try {
    assert.equal(await page.locator(".ep-problems tbody tr").count(), 0);
    assert.ok(await page.locator(`.ep-list li[data-slug='${SLUG}'] .ep-badge`).count() === 0);
    assert.equal(await page.locator(".ep-list li[data-slug='example-leadership-draft'] .ep-draft").textContent(), "Draft");

    saveTitleLine("titel: a misspelt key");
    await page.waitForSelector(".ep-problems tr[data-code='WC201']", WAIT);
    const row = page.locator(".ep-problems tr[data-code='WC201']");
    assert.equal(await row.locator(".ep-line").textContent(), "2:1");
    assert.match(await row.locator(".ep-message").textContent(), /Did you mean "title"\?/);
    assert.equal(await page.locator(`.ep-list li[data-slug='${SLUG}'] .ep-error-count`).textContent(), "2 problems");
    await page.waitForFunction(() => document.documentElement.dataset.live === "open", null, WAIT);

    writeFileSync(file, original);
    await page.waitForFunction(() => document.querySelectorAll(".ep-problems tbody tr").length === 0, null, WAIT);
    assert.deepEqual(problems, [], "no script error and no policy violation");
  } finally {
    await context.close();
  }
});
