/* Reading aids; every page works without them.
   - ← / → and p / n open the previous / next lesson (as in mdBook), unless a modifier is held
     or the key is meant for a text field, a select or an editable region.
   - A display formula wider than its column becomes focusable, so a keyboard can scroll it.
   - The lesson list, folded on a phone, is opened on a wide screen.
   - A glossary tooltip inside a scrolling table floats above the page instead of being cut. */
(function () {
  'use strict';

  var WIDE = '(min-width: 60rem)';

  function typingInto(target) {
    if (!target || !target.closest) return false;
    if (target.isContentEditable) return true;
    return !!target.closest('input, textarea, select, [contenteditable]:not([contenteditable="false"])');
  }

  /* An arrow key belongs to a focused box that scrolls sideways (a wide formula, code, a table). */
  function scrollsSideways(element) {
    for (; element && element !== document.body && element.nodeType === 1; element = element.parentNode) {
      var overflow = getComputedStyle(element).overflowX;
      if ((overflow === 'auto' || overflow === 'scroll') && element.scrollWidth > element.clientWidth + 1) return true;
    }
    return false;
  }

  function onKey(event) {
    if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
    if (typingInto(event.target)) return;
    var rel = { ArrowLeft: 'prev', p: 'prev', ArrowRight: 'next', n: 'next' }[event.key];
    if (!rel) return;
    if (event.key.indexOf('Arrow') === 0 && scrollsSideways(event.target)) return;
    var link = document.querySelector('.pager a[rel="' + rel + '"]');
    if (!link) return;
    event.preventDefault();
    location.href = link.href;
  }

  /* A display formula or a code block wider than its column scrolls sideways; while it does, it
     takes the keyboard focus so it can be scrolled without a mouse. */
  function markScrollableFormulas() {
    var formulas = document.querySelectorAll('math[display="block"], pre, table');
    for (var i = 0; i < formulas.length; i++) {
      var math = formulas[i];
      if (math.scrollWidth > math.clientWidth + 1) {
        math.setAttribute('tabindex', '0');
        math.setAttribute('data-scrolls', '');
      } else if (math.hasAttribute('data-scrolls')) {
        math.removeAttribute('tabindex');
        math.removeAttribute('data-scrolls');
      }
    }
  }

  function openNavigationWhenWide() {
    var details = document.querySelector('.course-nav-details');
    if (!details || !window.matchMedia) return;
    var query = window.matchMedia(WIDE);
    var apply = function () { details.open = query.matches; };
    apply();
    if (query.addEventListener) query.addEventListener('change', apply);
  }

  /* A table scrolls sideways, so it clips anything positioned inside it; a tooltip there is
     placed with fixed coordinates next to its term instead. */
  function placeTableTooltip(event) {
    var term = event.target.closest && event.target.closest('td .term, th .term');
    if (!term) return;
    var tip = term.querySelector('.term-tip');
    var link = term.querySelector('.term-link') || term;
    if (!tip) return;
    var box = link.getBoundingClientRect();
    tip.classList.add('term-tip-fixed');
    var width = Math.min(tip.offsetWidth || 300, window.innerWidth - 16);
    tip.style.left = Math.max(8, Math.min(box.left, window.innerWidth - width - 8)) + 'px';
    tip.style.top = (box.bottom + 4) + 'px';
  }

  function start() {
    document.addEventListener('keydown', onKey);
    markScrollableFormulas();
    window.addEventListener('resize', markScrollableFormulas);
    if (document.fonts && document.fonts.ready) document.fonts.ready.then(markScrollableFormulas);
    openNavigationWhenWide();
    document.addEventListener('mouseover', placeTableTooltip);
    document.addEventListener('focusin', placeTableTooltip);
  }

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start); else start();
})();
