// Checks the front matter of content/ against the JSON Schemas in schemas/front-matter (generated from the
// validator's definitions: `dotnet run --project src/WellnessConnection -- json-schema`). Used by VS Code's remark
// extension (unifiedjs.vscode-remark, recommended in .vscode/extensions.json) as editors type, and by
// `npm run check-front-matter`. Only the front matter is checked here; `validate` checks everything. Which schema
// applies to which files is generated too (files.json), from the same list as the schemas.
import { readFileSync } from "node:fs";
import remarkFrontmatter from "remark-frontmatter";
import remarkLintFrontmatterSchema from "remark-lint-frontmatter-schema";

const folder = new URL("./schemas/front-matter/", import.meta.url);
const files = JSON.parse(readFileSync(new URL("files.json", folder), "utf8"));
const schemas = Object.fromEntries(
  Object.entries(files).map(([schema, globs]) => [`./schemas/front-matter/${schema}`, globs]),
);

export default {
  plugins: [remarkFrontmatter, [remarkLintFrontmatterSchema, { schemas }]],
};
