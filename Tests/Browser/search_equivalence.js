// Usage: node search_equivalence.js SEARCH_JS SITE
// Loads a built site's split search index (the table and every shard), then runs every word
// of every document, two-letter prefixes, whole titles and word pairs through both the sharded
// search (searchShards) and the reference search over all documents in memory (search), and
// prints how many queries ranked differently. Used by test_search.py.
const fs = require('fs'), path = require('path'), vm = require('vm');
const s = require(path.resolve(process.argv[2]));
const site = process.argv[3];
const ctx = { shards: {} };
ctx.LECTERN_SEARCH_SHARD = (n, d) => { ctx.shards[n] = d; };
vm.createContext(ctx);
vm.runInContext(fs.readFileSync(path.join(site, 'assets/search-index.js'), 'utf8'), ctx);
for (const f of fs.readdirSync(path.join(site, 'assets/search'))) vm.runInContext(fs.readFileSync(path.join(site, 'assets/search', f), 'utf8'), ctx);
const table = ctx.LECTERN_SEARCH_INDEX;
let docs = [];
for (let i = 0; ctx.shards['d' + i]; i++) docs = docs.concat(ctx.shards['d' + i]);
const prepared = s.prepare(docs);
const words = new Set();
docs.forEach(d => s.tokenize([d.t, d.c, d.x].join(' ')).forEach(w => words.add(w)));
let queries = [...words];
queries = queries.concat(queries.slice(0, 300).map(w => w.slice(0, 2)), docs.slice(0, 100).map(d => d.t), queries.slice(0, 200).map((w, i) => w + ' ' + queries[(i * 7) % queries.length]));
let bad = 0;
for (const q of queries) {
  const ref = s.search(prepared, q).map(r => r.index);
  const got = s.searchShards(table, ctx.shards, q).map(r => r.id);
  if (JSON.stringify(ref) !== JSON.stringify(got)) { if (bad++ < 5) console.log('DIFF', JSON.stringify(q), ref.slice(0, 8), got.slice(0, 8)); }
}
console.log(JSON.stringify({ docs: docs.length, queries: queries.length, bad }));
