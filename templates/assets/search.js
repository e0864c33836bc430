/* Lectern course search. The search page loads only the table of shards (LECTERN_SEARCH_INDEX,
   assets/search-index.js, written at build time); each query then loads the term shards its
   words need and, for the results shown, their document shards (assets/search/t<n>.js and
   d<n>.js), through <script> elements that call LECTERN_SEARCH_SHARD, so search works from
   file:// without a server. Prefix matching, simple stemming, titles and headings ranked above
   body text, keyboard navigation in the listbox pattern (the options hold no links, since a
   link inside an option is an interactive element in another). */
(function (root) {
  'use strict';

  var KIND_ORDER = { glossary: 0, faq: 1, lesson: 2 };
  var KIND_LABEL = { glossary: 'Glossary', faq: 'FAQ', lesson: 'Lesson' };
  var MAX_RESULTS = 20;

  /* Plural endings to singular: "functions" -> "function", "boxes" -> "box",
     "probabilities" -> "probability", "losses" -> "loss". Words ending in ss keep it. Queries
     and documents are stemmed alike and matched by prefix, so over-stemming ("bias" -> "bia")
     costs nothing. */
  function stem(word) {
    /* "vanishing" and "vanished" -> "vanish", "running" -> "run"; a stem keeps three letters. */
    var suffix = /(ing|ed)$/.exec(word);
    if (suffix && word.length - suffix[0].length >= 3) {
      var base = word.slice(0, -suffix[0].length);
      if (/([^aeiouslz])\1$/.test(base)) base = base.slice(0, -1);
      return base;
    }
    if (word.length > 4 && /ies$/.test(word)) return word.slice(0, -3) + 'y';
    if (word.length > 4 && /(sses|shes|ches|xes|zes)$/.test(word)) return word.slice(0, -2);
    if (word.length > 3 && /s$/.test(word) && !/ss$/.test(word)) return word.slice(0, -1);
    return word;
  }

  function tokenize(text) {
    return String(text || '').toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean).map(stem);
  }

  function prepare(documents) {
    return documents.map(function (doc, index) {
      return { doc: doc, index: index, title: tokenize(doc.t), context: tokenize(doc.c), body: tokenize(doc.x) };
    });
  }

  /* Points for one query term in one list of tokens: an exact token is worth more than a
     token the term is only a prefix of. */
  function fieldScore(tokens, term, exact, prefix) {
    var best = 0;
    for (var i = 0; i < tokens.length; i++) {
      if (tokens[i] === term) return exact;
      if (best === 0 && tokens[i].lastIndexOf(term, 0) === 0) best = prefix;
    }
    return best;
  }

  function bodyScore(tokens, term) {
    var count = 0;
    for (var i = 0; i < tokens.length && count < 5; i++) {
      if (tokens[i].lastIndexOf(term, 0) === 0) count++;
    }
    return count;
  }

  /* Every query term must match somewhere. A result whose title holds every term ranks above
     one whose heading context does, which ranks above body-only matches; within a tier titles
     count most, then the context (the lesson a section belongs to), then body text. Ties go to
     glossary, FAQ, lessons, then index order. */
  function search(prepared, query) {
    var terms = tokenize(query);
    if (!terms.length) return [];
    var phrase = String(query).toLowerCase().trim();
    var results = [];
    prepared.forEach(function (entry) {
      var score = 0;
      var inTitle = 0;
      var inHeading = 0;
      for (var i = 0; i < terms.length; i++) {
        var term = terms[i];
        var title = fieldScore(entry.title, term, 12, 8);
        var heading = fieldScore(entry.context, term, 3, 2);
        var points = title + heading + bodyScore(entry.body, term);
        if (points === 0) return;
        if (title) inTitle++;
        if (title || heading) inHeading++;
        score += points;
      }
      score += inTitle === terms.length ? 2000 : inHeading === terms.length ? 1000 : 0;
      var title = String(entry.doc.t).toLowerCase();
      // A title that is the query, or starts with it, outweighs a few extra mentions in the body.
      if (title === phrase) score += 14;
      else if (title.lastIndexOf(phrase, 0) === 0) score += 11;
      else if (title.indexOf(phrase) !== -1) score += 5;
      results.push({ doc: entry.doc, score: score, index: entry.index });
    });
    results.sort(function (a, b) {
      return b.score - a.score || KIND_ORDER[a.doc.k] - KIND_ORDER[b.doc.k] || a.index - b.index;
    });
    return results;
  }

  /* ---------- the split index: the same ranking from term shards ---------- */

  /* A stemmed word's shard key: its first three characters (SearchTokens.key in lectern). */
  function shardKey(term) { return Array.from(term).slice(0, 3).join(''); }

  /* The term shards that hold every word starting with `term`: the shard of its key, or, for a
     word shorter than a key, the shards of every key it begins. */
  function termShards(table, term) {
    var names = {};
    if (Array.from(term).length >= 3) {
      var shard = table.terms[shardKey(term)];
      if (shard !== undefined) names['t' + shard] = true;
    } else {
      for (var key in table.terms) if (key.lastIndexOf(term, 0) === 0) names['t' + table.terms[key]] = true;
    }
    return Object.keys(names);
  }

  /* The term shards a query needs. */
  function queryShards(table, query) {
    var names = {};
    tokenize(query).forEach(function (term) { termShards(table, term).forEach(function (n) { names[n] = true; }); });
    return Object.keys(names).sort();
  }

  function kindOf(table, doc) {
    for (var i = 0; i < table.kinds.length; i++) {
      if (doc >= table.kinds[i][1] && doc < table.kinds[i][2]) return table.kinds[i][0];
    }
    return 'lesson';
  }

  /* `search` over the split index: `shards` maps loaded shard names to their data. Returns
     { id, score } by rank, ids being document numbers; the points are those `search` gives. */
  function searchShards(table, shards, query) {
    var terms = tokenize(query);
    if (!terms.length) return [];
    var phrase = String(query).toLowerCase().trim();
    var titles = {};
    var candidates = null;
    terms.forEach(function (term) {
      var hits = {};
      termShards(table, term).forEach(function (name) {
        var data = shards[name];
        if (!data) return;
        for (var id in data.titles) titles[id] = data.titles[id];
        for (var token in data.tokens) {
          if (token.lastIndexOf(term, 0) !== 0) continue;
          var exact = token === term;
          var list = data.tokens[token];
          for (var i = 0, doc = 0; i < list.length; i += 2) {
            doc += list[i];
            var flags = list[i + 1] & 3;
            var hit = hits[doc] || (hits[doc] = { title: 0, heading: 0, body: 0 });
            if (flags & 1) hit.title = Math.max(hit.title, exact ? 12 : 8);
            if (flags & 2) hit.heading = Math.max(hit.heading, exact ? 3 : 2);
            hit.body += list[i + 1] >> 2;
          }
        }
      });
      var next = {};
      for (var doc in hits) {
        if (candidates && !candidates[doc]) continue;
        var hit = hits[doc];
        var before = candidates ? candidates[doc] : { score: 0, inTitle: 0, inHeading: 0 };
        next[doc] = {
          score: before.score + hit.title + hit.heading + Math.min(hit.body, 5),
          inTitle: before.inTitle + (hit.title ? 1 : 0),
          inHeading: before.inHeading + (hit.title || hit.heading ? 1 : 0)
        };
      }
      candidates = next;
    });
    var results = [];
    for (var id in candidates) {
      var entry = candidates[id];
      var score = entry.score + (entry.inTitle === terms.length ? 2000 : entry.inHeading === terms.length ? 1000 : 0);
      if (titles[id] !== undefined) {
        var title = String(titles[id]).toLowerCase();
        if (title === phrase) score += 14;
        else if (title.lastIndexOf(phrase, 0) === 0) score += 11;
        else if (title.indexOf(phrase) !== -1) score += 5;
      }
      results.push({ id: Number(id), score: score, kind: kindOf(table, Number(id)) });
    }
    results.sort(function (a, b) {
      return b.score - a.score || KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || a.id - b.id;
    });
    return results;
  }

  /* Loads shards by name through <script> elements beside search-index.js; each calls
     LECTERN_SEARCH_SHARD. `done` runs once all have loaded or failed (a failed one counts as
     empty). */
  function ShardLoader(documentRef, base) {
    var data = {};
    var waiting = {};
    root.LECTERN_SEARCH_SHARD = function (name, value) { data[name] = value; };
    function settle(name) {
      if (!(name in data)) data[name] = null;
      var callbacks = waiting[name] || [];
      delete waiting[name];
      callbacks.forEach(function (callback) { callback(); });
    }
    this.data = data;
    this.load = function (names, done) {
      var missing = names.filter(function (name) { return !(name in data); });
      var left = missing.length;
      if (!left) { done(); return; }
      missing.forEach(function (name) {
        var first = !waiting[name];
        (waiting[name] = waiting[name] || []).push(function () { if (--left === 0) done(); });
        if (!first) return;
        var script = documentRef.createElement('script');
        script.src = base + 'search/' + name + '.js';
        script.onload = function () { settle(name); };
        script.onerror = function () { settle(name); };
        documentRef.head.appendChild(script);
      });
    };
  }

  /* About 160 characters of body text around the first match, cut at spaces. */
  function excerpt(text, query) {
    text = String(text || '');
    var lower = text.toLowerCase();
    var words = String(query).toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
    var at = -1;
    words.forEach(function (word) {
      var found = lower.indexOf(stem(word));
      if (found !== -1 && (at === -1 || found < at)) at = found;
    });
    if (at === -1) at = 0;
    var start = Math.max(0, at - 60);
    if (start > 0) { var space = text.indexOf(' ', start); start = space === -1 || space > at ? start : space + 1; }
    var end = Math.min(text.length, start + 160);
    if (end < text.length) { var cut = text.lastIndexOf(' ', end); if (cut > at) end = cut; }
    return (start > 0 ? '… ' : '') + text.slice(start, end) + (end < text.length ? ' …' : '');
  }

  /* Appends `text` to `parent`, wrapping the words that match the query in <mark>. */
  function appendHighlighted(parent, text, terms) {
    var pattern = terms.length ? new RegExp('(' + terms.map(function (t) {
      return t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    }).join('|') + ')[\\p{L}\\p{N}]*', 'giu') : null;
    var last = 0;
    var match;
    while (pattern && (match = pattern.exec(text)) !== null) {
      if (match[0] === '') { pattern.lastIndex++; continue; }
      parent.appendChild(document.createTextNode(text.slice(last, match.index)));
      var mark = document.createElement('mark');
      mark.textContent = match[0];
      parent.appendChild(mark);
      last = match.index + match[0].length;
    }
    parent.appendChild(document.createTextNode(text.slice(last)));
  }

  function attach(documentRef, table) {
    var input = documentRef.getElementById('search-input');
    var list = documentRef.getElementById('search-results');
    var status = documentRef.getElementById('search-status');
    if (!input || !list || !table) return;
    var tag = documentRef.querySelector('script[src$="search-index.js"]');
    var base = tag ? tag.getAttribute('src').replace(/search-index\.js$/, '') : 'assets/';
    var loader = new ShardLoader(documentRef, base);
    var generation = 0;
    var active = -1;

    function options() { return list.querySelectorAll('[role="option"]'); }

    function setActive(next) {
      var items = options();
      if (!items.length) { active = -1; input.removeAttribute('aria-activedescendant'); return; }
      active = (next + items.length) % items.length;
      for (var i = 0; i < items.length; i++) items[i].setAttribute('aria-selected', i === active ? 'true' : 'false');
      input.setAttribute('aria-activedescendant', items[active].id);
      items[active].scrollIntoView({ block: 'nearest' });
    }

    function clearActive() {
      var items = options();
      for (var i = 0; i < items.length; i++) items[i].setAttribute('aria-selected', 'false');
      active = -1;
      input.removeAttribute('aria-activedescendant');
    }

    /* Loads what the query needs, then shows its results unless a newer query came first. */
    function update() {
      var query = input.value;
      var mine = ++generation;
      loader.load(queryShards(table, query), function () {
        if (mine !== generation) return;
        var ranked = searchShards(table, loader.data, query).slice(0, MAX_RESULTS);
        var docShards = {};
        ranked.forEach(function (result) { docShards['d' + Math.floor(result.id / table.documentsPerShard)] = true; });
        loader.load(Object.keys(docShards).sort(), function () {
          if (mine !== generation) return;
          render(query, ranked.map(function (result) {
            var shard = loader.data['d' + Math.floor(result.id / table.documentsPerShard)];
            return { doc: shard ? shard[result.id % table.documentsPerShard] : null };
          }).filter(function (result) { return result.doc; }));
        });
      });
    }

    function render(query, results) {
      var terms = String(query).toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean).map(stem);
      list.textContent = '';
      active = -1;
      input.removeAttribute('aria-activedescendant');
      results.forEach(function (result, i) {
        var item = documentRef.createElement('li');
        item.setAttribute('role', 'option');
        item.setAttribute('aria-selected', 'false');
        item.id = 'search-result-' + i;
        item.className = 'search-result search-result-' + result.doc.k;
        var link = documentRef.createElement('span');
        link.className = 'search-title';
        item.setAttribute('data-href', result.doc.u);
        appendHighlighted(link, result.doc.t, terms);
        var label = documentRef.createElement('span');
        label.className = 'search-kind';
        label.textContent = KIND_LABEL[result.doc.k] + (result.doc.c ? ' · ' + result.doc.c : '');
        var snippet = documentRef.createElement('p');
        snippet.className = 'search-excerpt';
        appendHighlighted(snippet, excerpt(result.doc.x, query), terms);
        item.appendChild(link);
        item.appendChild(label);
        item.appendChild(snippet);
        item.addEventListener('mousedown', function (event) { event.preventDefault(); });
        item.addEventListener('click', function () { root.location.href = item.getAttribute('data-href'); });
        list.appendChild(item);
      });
      input.setAttribute('aria-expanded', results.length ? 'true' : 'false');
      if (status) {
        status.textContent = !query.trim() ? '' : results.length === 0 ? 'No results for “' + query + '”.'
          : results.length + (results.length === 1 ? ' result' : ' results') + ' for “' + query + '”. Use the arrow keys to choose and Enter to open.';
      }
    }

    input.addEventListener('input', update);
    input.addEventListener('keydown', function (event) {
      var count = options().length;
      if (event.key === 'ArrowDown' && count) { event.preventDefault(); setActive(active + 1); }
      else if (event.key === 'ArrowUp' && count) { event.preventDefault(); setActive(active < 0 ? count - 1 : active - 1); }
      else if (event.key === 'Home' && count && active >= 0) { event.preventDefault(); setActive(0); }
      else if (event.key === 'End' && count && active >= 0) { event.preventDefault(); setActive(count - 1); }
      else if (event.key === 'Escape') { event.preventDefault(); clearActive(); }
      else if (event.key === 'Enter' && active >= 0) {
        event.preventDefault();
        root.location.href = options()[active].getAttribute('data-href');
      }
    });

    var params = new URLSearchParams(root.location.search);
    if (params.get('q')) {
      input.value = params.get('q');
      // The header's box says what was searched for, too.
      var header = documentRef.getElementById('site-search-q');
      if (header) header.value = params.get('q');
    }
    update();
  }

  if (typeof module === 'object' && module.exports) {
    module.exports = { stem: stem, tokenize: tokenize, prepare: prepare, search: search, excerpt: excerpt,
      shardKey: shardKey, queryShards: queryShards, searchShards: searchShards };
  }
  if (typeof document !== 'undefined') {
    var start = function () { attach(document, root.LECTERN_SEARCH_INDEX); };
    if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start); else start();
  }
})(typeof window !== 'undefined' ? window : this);
