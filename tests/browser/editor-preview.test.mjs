// The editor preview in Chromium, as an editor uses it: a document's page is open; the file is saved with a change,
// and the page shows it by itself (server-sent events, no manual reload); the file is broken, and the page shows the
// error with its file and line while the last good content stays in service.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { chromium } from "playwright-core";

const ORIGIN = process.env.PREVIEW_ORIGIN ?? "http://127.0.0.1:5002";
const CONTENT = process.env.PREVIEW_CONTENT;
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const FAQ = CONTENT ? join(CONTENT, "pages", "faq.md") : "";

let browser;

before(async () => {
  assert.ok(CONTENT, "PREVIEW_CONTENT is not set: run tests/browser/run");
  browser = await chromium.launch({ executablePath: CHROMIUM });
});

after(async () => {
  await browser?.close();
});

const heading = (page) => page.evaluate(() => document.querySelector("h1")?.textContent);

test("a saved edit shows in the open page, and a broken file shows its error with its line", async () => {
  const page = await browser.newPage();
  const errors = [];
  page.on("pageerror", (error) => errors.push(error.message));
  // A CSP violation is a console error; a missing resource is a failed response (Chromium asks for /favicon.ico).
  page.on("console", (message) => {
    if (message.type() === "error" && !message.text().startsWith("Failed to load resource")) errors.push(message.text());
  });
  page.on("response", (response) => {
    if (response.status() >= 400 && !response.url().endsWith("/favicon.ico")) errors.push(`${response.status()} ${response.url()}`);
  });
  await page.goto(`${ORIGIN}/preview/pages/faq`);
  assert.equal(await heading(page), "Frequently asked questions");
  const original = await readFile(FAQ, "utf8");

  await writeFile(FAQ, original.replace("title: Frequently asked questions", "title: Questions editors ask"));
  await page.waitForFunction(() => document.querySelector("h1")?.textContent === "Questions editors ask", null, {
    timeout: 20000,
  });

  await writeFile(FAQ, original.replace("title: Frequently asked questions", "titel: Questions editors ask"));
  await page.waitForFunction(() => document.querySelector(".problems")?.textContent.includes("pages/faq.md:2:1"), null, {
    timeout: 20000,
  });
  const problems = await page.evaluate(() => document.querySelector(".problems").textContent);
  assert.match(problems, /Not published: the site still shows the last good content/);
  assert.match(problems, /error WC201/);
  assert.match(problems, /unknown key "titel"/);
  assert.equal(await heading(page), "Questions editors ask", "the last good content is still shown");
  assert.deepEqual(errors, [], "no script or CSP error in the page");

  await writeFile(FAQ, original);
  await page.close();
});
