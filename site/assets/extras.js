/* Small behaviours for the pages around the lessons; every page works without them.
   - An FAQ link (faq.html#id, or a related question on a lesson page) opens its <details>.
   - Escape hides a glossary tooltip shown by keyboard focus or hover (WCAG 1.4.13).
   - A term linked again on a page gets a copy of its first link's tooltip when hovered or
     focused: the page holds each definition once, however often the term is linked.
   - Printing opens every question, so answers reach the paper; closing them again after. */
(function () {
  'use strict';

  function openFromHash() {
    var id;
    // A malformed escape in a hand-typed or hostile link ("#%E0%A4%A") makes decoding throw;
    // such a hash names no entry, so there is nothing to open.
    try { id = decodeURIComponent(location.hash.slice(1)); } catch (error) { return; }
    if (!id) return;
    var found = document.getElementById(id);
    var target = found && (found.tagName === 'DETAILS' ? found : found.closest('details.faq-entry'));
    if (target) {
      target.open = true;
      target.scrollIntoView();
      var summary = target.querySelector('summary');
      if (summary) summary.focus({ preventScroll: true });
    }
  }

  function dismissTooltips(event) {
    if (event.key !== 'Escape') return;
    var terms = document.querySelectorAll('.term');
    for (var i = 0; i < terms.length; i++) terms[i].classList.add('term-dismissed');
  }

  function restoreTooltip(event) {
    var term = event.target.closest && event.target.closest('.term');
    if (term) term.classList.remove('term-dismissed');
  }

  /* The later links of a term name the first link's tooltip in data-tip (and aria-describedby,
     so screen readers already have the definition); a sighted reader gets a copy placed beside
     the link, made before the CSS hover and focus rules look for it. */
  function copyTooltip(event) {
    var link = event.target.closest && event.target.closest('.term-link[data-tip]');
    if (!link) return;
    var next = link.nextElementSibling;
    if (next && next.classList.contains('term-tip')) return;
    var tip = document.getElementById(link.getAttribute('data-tip'));
    if (!tip) return;
    var copy = tip.cloneNode(true);
    copy.removeAttribute('id');
    copy.removeAttribute('style');
    copy.classList.remove('term-tip-fixed');
    copy.setAttribute('aria-hidden', 'true');
    link.parentNode.insertBefore(copy, link.nextSibling);
  }

  var openedForPrint = [];

  function openForPrint() {
    var closed = document.querySelectorAll('details.faq-entry:not([open])');
    for (var i = 0; i < closed.length; i++) { closed[i].open = true; openedForPrint.push(closed[i]); }
  }

  function closeAfterPrint() {
    openedForPrint.forEach(function (details) { details.open = false; });
    openedForPrint = [];
  }

  function start() {
    openFromHash();
    window.addEventListener('hashchange', openFromHash);
    document.addEventListener('keydown', dismissTooltips);
    // Capturing, so the copy exists before reader.js places a tooltip inside a table.
    document.addEventListener('mouseover', copyTooltip, true);
    document.addEventListener('focusin', copyTooltip, true);
    document.addEventListener('focusin', restoreTooltip);
    document.addEventListener('mouseover', restoreTooltip);
    window.addEventListener('beforeprint', openForPrint);
    window.addEventListener('afterprint', closeAfterPrint);
  }

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start); else start();
})();
