// The snippets partners copy from the README, so that the tests run exactly what the README tells them to paste.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

const README = fileURLToPath(new URL("../../../README.md", import.meta.url));

/** The README's address for the API, which the tests replace with the server under test. */
export const README_ORIGIN = "http://localhost:5000";

/** The first ```html block under the heading `### <heading>` of the README, pointed at `origin`. */
export function snippet(heading, origin) {
  const text = readFileSync(README, "utf8");
  const start = text.indexOf(`\n### ${heading}\n`);
  if (start < 0) {
    throw new Error(`README.md has no "### ${heading}" section.`);
  }
  const block = text.slice(start).match(/```html\n([\s\S]*?)```/);
  if (!block) {
    throw new Error(`README.md has no html block under "### ${heading}".`);
  }
  return block[1].replaceAll(README_ORIGIN, origin);
}
