/*
 * The search page's own part (search.html): its results list with passages, the filters, the pages
 * of results and the URL that keeps them. search.js, the engine and the masthead box, is what every
 * other page loads on the box's first use; this part was a quarter of it and none of it served the
 * box, so it is a file of its own, which only search.html names (after search.js, whose parts it uses).
 */
(function () {
  'use strict';

  var PAGE_SIZE = 10;
  var phraseSpans;

  /* The sentence of a document's text (eng.text, the d/ chunk files) that holds the query's phrases, else most of its terms, cut
     to about 240 characters around the first phrase. Resolves to null when no sentence has any. */
  function passage(self, doc, result) {
    var want = new Set(result.terms), phrases = result.phrases || [];
    function termsOf(w) { return self.an.terms(w); }
    return Promise.all([self.text(doc), self.card(doc)]).then(function (r) {
      var text = [r[0] || '', r[1][3] || ''].join(' ');
      return self.prepare(text).then(function () {
        var best = null, bestScore = 0, bestSpan = null;
        // A point between digits ends no sentence: "7.5 mi" is not "7." and "5 mi".
        (text.match(/(?:[^.!?]|\.(?=\p{N}))+[.!?]*/gu) || []).forEach(function (sentence) {
          var hits = 0, trimmed = sentence.trim();
          var spans = phrases.length ? phraseSpans(trimmed, termsOf, phrases) : [];
          if (want.size) new Set(self.an.terms(sentence).concat(self.an.joined(sentence))).forEach(function (t) { if (want.has(t)) hits++; });
          var score = spans.length * 1000 + hits;
          if (score > bestScore) { best = trimmed; bestScore = score; bestSpan = spans[0]; }
        });
        return best && excerptAround(best, bestSpan);
      });
    });
  }

  /* About 240 characters of a sentence, starting some 80 before the span [start, end] (a phrase)
     when the sentence is longer, cut at spaces, with an ellipsis where cut. */
  function excerptAround(sentence, span) {
    if (sentence.length <= 240) return sentence;
    var from = 0;
    if (span && span[0] > 80) {
      var space = sentence.indexOf(' ', span[0] - 80);
      from = space >= 0 && space < span[0] ? space + 1 : span[0];
    }
    var cut = sentence.substring(from, from + 237);
    if (from + 237 < sentence.length) cut = cut.replace(/\s+\S*$/, '') + '…';
    return (from > 0 ? '…' : '') + cut;
  }


  /* The search page: its state is the URL (q, type, year, from, to, sort, page, exact and one
     parameter per filter of boot.facets, e.g. place=ID), so a search can be shared. */
  function initPage(input, parts) {
    var Combobox = parts.Combobox, el = parts.el, highlight = parts.highlight, start = parts.start;
    phraseSpans = parts.phraseSpans;
    var form = document.getElementById('search-page-form');
    var params = new URLSearchParams(location.search);
    var fields = ['type', 'year', 'from', 'to', 'sort'];
    var controls = {};
    fields.forEach(function (f) { controls[f] = document.getElementById('search-' + f); });
    var facetBox = document.getElementById('search-facets');
    var facetSelects = {};
    var pageNumber = Math.max(1, parseInt(params.get('page'), 10) || 1);
    var cameByPager = pageNumber > 1;
    var exact = params.get('exact') === '1';
    input.value = params.get('q') || '';
    fields.forEach(function (f) { if (params.get(f) && controls[f]) controls[f].value = params.get(f); });

    function state(q) {
      var p = new URLSearchParams();
      if (q) p.set('q', q);
      fields.forEach(function (f) { if (controls[f] && controls[f].value) p.set(f, controls[f].value); });
      Object.keys(facetSelects).forEach(function (k) { if (facetSelects[k].value) p.set(k, facetSelects[k].value); });
      if (exact) p.set('exact', '1');
      return p;
    }
    // Before the combobox's own listener: a query pasted on page 2 is searched from page 1.
    input.addEventListener('input', function () { pageNumber = 1; exact = false; });
    var page = new Combobox(input, document.getElementById('search-results'), {
      page: true, limit: PAGE_SIZE, status: document.getElementById('search-status'),
      filters: function () {
        var o = { offset: (pageNumber - 1) * PAGE_SIZE, exact: exact, facets: {} };
        fields.forEach(function (f) { if (controls[f]) o[f] = controls[f].value; });
        Object.keys(facetSelects).forEach(function (k) { o.facets[k] = facetSelects[k].value; });
        return o;
      },
      onQuery: function (q) {
        var p = state(q);
        if (pageNumber > 1) p.set('page', String(pageNumber));
        // Only when it changes: the call costs the first search a few milliseconds for nothing.
        if ('?' + p.toString() === location.search) return;
        try { history.replaceState(null, '', '?' + p.toString()); } catch (e) { /* file:// may refuse: the page still works */ }
      },
      onResults: function (r, eng, q) {
        drawCorrection(r, q); drawPager(r, q); drawPassages(r, eng); drawCounts(r, eng);
        // Arrived from a page link ("2", "Next"): the reader wants the results, not the top of the
        // page and some 25 Tab stops above them. The list takes focus once, without scrolling past it.
        if (cameByPager && r.hits.length) {
          cameByPager = false;
          var list = document.getElementById('search-results');
          list.setAttribute('tabindex', '-1');
          list.focus();
        }
      }
    });
    function rerun() { pageNumber = 1; page.runWhole(); }
    fields.forEach(function (f) { if (controls[f]) controls[f].addEventListener('change', rerun); });
    form.addEventListener('submit', function (e) { e.preventDefault(); rerun(); });

    /* "Showing results for X" when a word was corrected or the query is another name of X, with
       the exact spelling one click away. */
    function drawCorrection(r, q) {
      var line = document.getElementById('search-corrected');
      line.replaceChildren();
      var other = state(q);
      if (r.corrected && !exact) {
        line.append('Showing results for ', el('em', null, r.corrected), '. ');
        other.set('exact', '1');
        var a = el('a', null, 'Search instead for “' + q.trim() + '”');
        a.href = '?' + other.toString();
        line.append(a);
      } else if (exact) {
        line.append('Showing results for the exact spelling “' + q.trim() + '”. ');
        other.delete('exact');
        var b = el('a', null, 'Allow other spellings');
        b.href = '?' + other.toString();
        line.append(b);
      }
      line.hidden = !line.firstChild;
    }

    /* Links to the other pages of results: plain links, each a shareable URL. */
    function drawPager(r, q) {
      var nav = document.getElementById('search-pages'), pages = Math.ceil(r.total / PAGE_SIZE);
      nav.replaceChildren();
      if (pages <= 1) return;
      function link(n, text) {
        var p = state(q);
        if (n > 1) p.set('page', String(n));
        var a = el('a', null, text);
        a.href = '?' + p.toString();
        if (n === pageNumber) a.setAttribute('aria-current', 'page');
        return a;
      }
      if (pageNumber > 1) nav.append(link(pageNumber - 1, '← Previous'), ' ');
      var from = Math.max(1, Math.min(pageNumber - 4, pages - 8)), to = Math.min(pages, from + 8);
      for (var n = from; n <= to; n++) nav.append(link(n, String(n)), ' ');
      if (pageNumber < pages) nav.append(link(pageNumber + 1, 'Next →'));
      nav.prepend(el('span', 'search-pages-of', 'Page ' + pageNumber + ' of ' + pages + ': '));
    }

    /* Where each result matched: the sentence with the most query terms, when the excerpt shows none. */
    function drawPassages(r, eng) {
      var items = document.querySelectorAll('#search-results .search-hit');
      r.hits.forEach(function (h, i) {
        var li = items[i];
        // A phrase query wants the place the phrase stands, not only its words.
        if (!li || li.querySelector(r.phrases.length ? '.search-hit-excerpt mark.search-phrase' : '.search-hit-excerpt mark')) return;
        passage(eng, h.doc, r).then(function (text) {
          if (!text || !li.isConnected) return;
          var ex = li.querySelector('.search-hit-excerpt');
          if (!ex) { ex = el('span', 'search-hit-excerpt'); li.querySelector('a').appendChild(ex); }
          ex.replaceChildren();
          highlight(ex, text, eng.an, r);
        }, function () {});
      });
    }

    /* How many of the results each filter value keeps, written into its option. */
    function drawCounts(r, eng) {
      var byType = new Map(), byYear = new Map();
      r.docs.forEach(function (d) {
        var k = eng.kind(d);
        byType.set(k[0], (byType.get(k[0]) || 0) + 1);
        if (k[1]) byYear.set(String(k[1]), (byYear.get(String(k[1])) || 0) + 1);
      });
      label(controls.type, byType);
      label(controls.year, byYear);
      shownDocs = new Set(r.docs);
      Object.keys(facetSelects).forEach(function (key) { countFacet(eng, key); });
    }
    /* The filters of boot.facets (place, actor, ...) get their options when the reader first
       reaches one (focus, by keyboard, pointer or screen reader; or the pointer over it), not
       with the results: their hundreds of options, styled and laid out with the first results,
       made the page's largest style pass. A value given in the URL is named and counted at once. */
    var shownDocs = null;
    function countFacet(eng, key) {
      var sel = facetSelects[key];
      if (!shownDocs || !(filled[key] || sel.value)) return;
      (filled[key] || eng.facet(key)).then(function (values) {
        var chosen = values.get(sel.value);
        if (chosen && sel.selectedOptions[0]) sel.selectedOptions[0].setAttribute('data-name', chosen.name);
        var counts = new Map();
        values.forEach(function (v) {
          var n = 0;
          v.docs.forEach(function (d) { if (shownDocs.has(d)) n++; });
          if (n) counts.set(v.id, n);
        });
        label(sel, counts);
      });
    }
    function openFacet(eng, key) {
      fill(eng, key).then(function () { countFacet(eng, key); });
    }
    function label(select, counts) {
      Array.prototype.forEach.call(select.options, function (o) {
        if (!o.value) return;
        var base = o.getAttribute('data-name') || o.textContent;
        o.setAttribute('data-name', base);
        o.textContent = base + ' (' + (counts.get(o.value) || 0) + ')';
        o.hidden = !counts.get(o.value) && select.value !== o.value;
      });
    }

    start().then(function (eng) {
      eng.years().forEach(function (y) { var o = el('option', null, String(y)); o.value = String(y); controls.year.appendChild(o); });
      if (params.get('year')) controls.year.value = params.get('year');
      // One select per filter of the kind registry (boot.facets); its items are loaded when the
      // reader reaches it (openFacet), so they cost the first search nothing.
      // The page draws the selects (so nothing moves when results arrive); a record whose page
      // lacks one still gets it here.
      eng.boot.facets.forEach(function (f) {
        var id = 'search-f-' + f[0], sel = document.getElementById(id);
        if (!sel) {
          sel = el('select');
          sel.id = id;
          sel.name = f[0];
          var all = el('option', null, 'All');
          all.value = '';
          sel.appendChild(all);
          var wrap = el('span', 'search-facet'), lab = el('label', null, f[1]);
          lab.htmlFor = id;
          wrap.append(lab, ' ', sel);
          facetBox.append(wrap, ' ');
        }
        if (params.get(f[0])) {
          var chosen = el('option', null, params.get(f[0]));
          chosen.value = params.get(f[0]);
          sel.appendChild(chosen);
          sel.value = chosen.value;
        }
        facetSelects[f[0]] = sel;
        sel.addEventListener('change', rerun);
        sel.addEventListener('focus', function () { openFacet(eng, f[0]); });
        sel.addEventListener('pointerover', function () { openFacet(eng, f[0]); });
      });
      if (input.value) page.runWhole();
    });
    /* The items of a filter as options, by name (once). */
    var filled = {};
    function fill(eng, key) {
      if (!filled[key]) {
        filled[key] = eng.facet(key).then(function (values) {
          var sel = facetSelects[key], keep = sel.value;
          while (sel.options.length > 1) sel.remove(1);
          var items = document.createDocumentFragment();
          values.forEach(function (v) { var o = el('option', null, v.name); o.value = v.id; items.appendChild(o); });
          sel.appendChild(items);
          sel.value = keep;
          return values;
        });
      }
      return filled[key];
    }
    window.siteSearchPage = page;
  }

  function go() {
    var input = document.getElementById('search-page-q');
    if (input && window.siteSearch && window.siteSearch.parts) initPage(input, window.siteSearch.parts);
  }
  // search.js sets window.siteSearch when the page is parsed (both scripts are deferred, search.js first).
  if (window.siteSearch) go(); else document.addEventListener('DOMContentLoaded', go);
})();
