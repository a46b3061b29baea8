// The widget on a partner's page, against an API that runs trusted documents only (PersistedQueries:TrustedOnly):
// every request the widget makes must then be a trusted document. Its listings of several topics, of a series and
// in French used to send query text, refused with TRUSTED_DOCUMENTS_ONLY.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { chromium } from "playwright-core";
import { hostPage, startHostServer } from "./support/host-server.mjs";

const API = process.env.TRUSTED_API_ORIGIN ?? "http://127.0.0.1:5001";
const HOST_PORT = Number(process.env.TRUSTED_HOST_PORT ?? 0);
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

let browser;
let host;

before(async () => {
  const script = `<script src="${API}/embed/v1/sessions.js" defer></script>`;
  host = await startHostServer(HOST_PORT, {
    "/one-topic.html": hostPage(`<wellness-sessions topic="peer-support"></wellness-sessions>\n${script}`),
    "/french.html": hostPage(`<wellness-sessions lang="fr" limit="2"></wellness-sessions>\n${script}`),
    "/several.html": hostPage(`<wellness-sessions topic="sleep,burnout" series="sleep"></wellness-sessions>\n${script}`),
  });
  browser = await chromium.launch({ executablePath: CHROMIUM });
});

after(async () => {
  await browser?.close();
  await host?.close();
});

for (const path of ["/one-topic.html", "/french.html", "/several.html"]) {
  test(`the widget lists sessions with trusted documents only (${path})`, async () => {
    const context = await browser.newContext({ timezoneId: "America/Toronto", locale: "en-CA" });
    const page = await context.newPage();
    const graphql = [];
    page.on("request", (request) => request.url().startsWith(`${API}/graphql`) && graphql.push(new URL(request.url())));
    await page.goto(`${host.origin}${path}`);
    await page.waitForFunction(() => document.querySelector("wellness-sessions")?.shadowRoot?.querySelector(".wc[aria-busy='false']"), null, { timeout: 15000 });

    const sessions = await page.evaluate(() => document.querySelector("wellness-sessions").shadowRoot.querySelectorAll(".wc-session").length);
    await context.close();

    assert.ok(sessions > 0, "the widget shows sessions");
    assert.ok(graphql.length > 0);
    for (const url of graphql) {
      assert.ok(url.searchParams.get("documentId")?.startsWith("sha256:"), `a request by id, not ${url}`);
      assert.equal(url.searchParams.get("query"), null);
    }
  });
}
