#!/usr/bin/env node
// bench/run's helper for the comparison with the Node peers (see bench/README.md). No dependencies.
//
//   node comparison.mjs bodies --corpus DIR --queries DIR --out DIR
//     For each operation (q1-listing, q2-detail, q3-search) writes OUT/OP.ours.json, the POST body in our schema's
//     spelling (QUERIES/OP.graphql), and OUT/OP.peer.json, in the peer's (QUERIES/peer/OP.graphql when there is
//     one, else the same). Both carry the same variables, QUERIES/OP.json, except that a session slug or a topic
//     the corpus does not have becomes the corpus's own (sessionSlug or listingTopic of its .corpus.json): the
//     operations' variables were written for the peers' generator. Prints one line per such change.
//
//   node comparison.mjs listing-slugs FILE
//     Prints the session slugs of a q1-listing response, one a line: ours and the peers must list the same.
import fs from 'node:fs';
import path from 'node:path';

const operations = ['q1-listing', 'q2-detail', 'q3-search'];

function options(args) {
  const out = {};
  for (let i = 0; i < args.length; i += 2) {
    if (!args[i].startsWith('--') || args[i + 1] === undefined) throw new Error(`bad arguments: ${args.join(' ')}`);
    out[args[i].slice(2)] = args[i + 1];
  }
  return out;
}

function sessionExists(corpus, slug) {
  // Session files are named YYYY-MM-DD-slug.md.
  const names = fs.readdirSync(path.join(corpus, 'sessions'));
  return names.some((name) => name.replace(/^\d{4}-\d{2}-\d{2}-/, '') === `${slug}.md`);
}

function variablesFor(corpus, manifest, variables, operation) {
  const result = { ...variables };
  const changes = [];
  if (typeof result.slug === 'string' && !sessionExists(corpus, result.slug)) {
    changes.push(`${operation}: session "${result.slug}" is not in this corpus; "${manifest.sessionSlug}" instead`);
    result.slug = manifest.sessionSlug;
  }
  if (typeof result.topic === 'string' && !fs.existsSync(path.join(corpus, 'topics', `${result.topic}.md`))) {
    changes.push(`${operation}: topic "${result.topic}" is not in this corpus; "${manifest.listingTopic}" instead`);
    result.topic = manifest.listingTopic;
  }
  return { variables: result, changes };
}

function writeBodies({ corpus, queries, out }) {
  const manifest = JSON.parse(fs.readFileSync(path.join(corpus, '.corpus.json'), 'utf8'));
  fs.mkdirSync(out, { recursive: true });
  for (const operation of operations) {
    const read = (file) => fs.readFileSync(file, 'utf8');
    const raw = JSON.parse(read(path.join(queries, `${operation}.json`)));
    const { variables, changes } = variablesFor(corpus, manifest, raw, operation);
    changes.forEach((line) => console.log(line));
    const ours = read(path.join(queries, `${operation}.graphql`));
    const peerFile = path.join(queries, 'peer', `${operation}.graphql`);
    const peer = fs.existsSync(peerFile) ? read(peerFile) : ours;
    fs.writeFileSync(path.join(out, `${operation}.ours.json`), JSON.stringify({ query: ours, variables }));
    fs.writeFileSync(path.join(out, `${operation}.peer.json`), JSON.stringify({ query: peer, variables }));
  }
}

function listingSlugs(file) {
  const response = JSON.parse(fs.readFileSync(file, 'utf8'));
  for (const node of response?.data?.sessions?.nodes ?? []) console.log(node.slug);
}

const [command, ...args] = process.argv.slice(2);
if (command === 'bodies') writeBodies(options(args));
else if (command === 'listing-slugs' && args.length === 1) listingSlugs(args[0]);
else {
  console.error('usage: comparison.mjs bodies --corpus DIR --queries DIR --out DIR | listing-slugs FILE');
  process.exit(2);
}
