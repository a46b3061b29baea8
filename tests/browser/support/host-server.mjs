// The partner's site: a second origin that serves plain HTML pages, and nothing else.
import { createServer } from "node:http";

/** Serves `pages` (path → HTML) on 127.0.0.1:`port`; resolves to the origin. */
export function startHostServer(port, pages) {
  const server = createServer((request, response) => {
    const path = new URL(request.url, "http://host").pathname;
    const page = pages[path];
    if (page === undefined) {
      response.writeHead(path === "/favicon.ico" ? 204 : 404, { "Content-Type": "text/plain" });
      response.end();
      return;
    }
    response.writeHead(200, { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-store" });
    response.end(page);
  });
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => resolve({ origin: `http://127.0.0.1:${server.address().port}`, close: () => new Promise((done) => server.close(done)) }));
  });
}

/** A plain partner page around `body`, with extra `css` in its head. */
export function hostPage(body, css = "") {
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Faculty of Medicine – Wellness</title>
<style>${css}</style>
</head>
<body>
<h1>Faculty wellness</h1>
<p><a href="#resources" id="host-link">Faculty resources</a></p>
${body}
<h2 class="wc-heading" id="host-heading">Resources</h2>
<p class="wc-summary" id="host-paragraph">A host paragraph that shares a class name with the widget.</p>
</body>
</html>
`;
}
