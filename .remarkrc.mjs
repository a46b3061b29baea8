// Checks the front matter of content/ against the JSON Schemas in schemas/front-matter (generated from the
// validator's definitions: `dotnet run --project src/WellnessConnection -- json-schema`). Used by VS Code's remark
// extension (unifiedjs.vscode-remark, recommended in .vscode/extensions.json) as editors type, and by
// `npm run check-front-matter`. Only the front matter is checked here; `validate` checks everything.
import remarkFrontmatter from "remark-frontmatter";
import remarkLintFrontmatterSchema from "remark-lint-frontmatter-schema";

const folders = {
  sessions: "session",
  series: "series",
  topics: "topic",
  facilitators: "facilitator",
  resources: "resource",
  "crisis-lines": "crisis-line",
  pages: "page",
};

const schemas = {};
for (const [folder, name] of Object.entries(folders)) {
  schemas[`./schemas/front-matter/${name}.schema.json`] = [`content/${folder}/!(*.fr).md`];
  schemas[`./schemas/front-matter/${name}.fr.schema.json`] = [`content/${folder}/*.fr.md`];
}

export default {
  plugins: [remarkFrontmatter, [remarkLintFrontmatterSchema, { schemas }]],
};
