/* Lectern course search: runs over LECTERN_SEARCH_INDEX (assets/search-index.js, written at
   build time) so it works from file:// without a server. Prefix matching, simple stemming,
   titles and headings ranked above body text, keyboard navigation in the listbox pattern (the
   options hold no links, since a link inside an option is an interactive element in another). */
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

  function attach(documentRef, index) {
    var input = documentRef.getElementById('search-input');
    var list = documentRef.getElementById('search-results');
    var status = documentRef.getElementById('search-status');
    if (!input || !list) return;
    var prepared = prepare(index || []);
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

    function render() {
      var query = input.value;
      var results = search(prepared, query).slice(0, MAX_RESULTS);
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

    input.addEventListener('input', render);
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
    render();
  }

  if (typeof module === 'object' && module.exports) {
    module.exports = { stem: stem, tokenize: tokenize, prepare: prepare, search: search, excerpt: excerpt };
  }
  if (typeof document !== 'undefined') {
    var start = function () { attach(document, root.LECTERN_SEARCH_INDEX); };
    if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start); else start();
  }
})(typeof window !== 'undefined' ? window : this);
