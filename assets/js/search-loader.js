/*
 * The masthead search box until the reader first uses it. search.js (the engine and the box's
 * suggestions) is loaded on the first focus of the box, the first input into it or the
 * "/" shortcut, not with every page: most readers of a page never search. What is typed before it
 * arrives stays in the box, and search.js runs it on arrival (it reads lastInput below to tell a
 * paste from typing). Loaded as a script element, as the index files are, so that it works from
 * file:// too; search.html loads search.js itself.
 */
(function () {
  'use strict';
  var me = document.currentScript;
  var box = document.getElementById('site-search-q');
  var requested = false;
  var state = window.siteSearchLoader = { lastInput: null };

  function load() {
    if (requested) return;
    requested = true;
    var s = document.createElement('script');
    s.src = me.getAttribute('data-search');
    s.setAttribute('data-root', me.getAttribute('data-root') || '');
    // search.js loads search-dates.js from there, with the first query that has a year in it.
    s.setAttribute('data-dates', me.getAttribute('data-dates') || '');
    // Offline for a moment: the next use tries again.
    s.onerror = function () { requested = false; s.remove(); };
    document.head.appendChild(s);
  }

  // "/" anywhere but in a field goes to the search box, as on many sites; focusing it loads search.
  document.addEventListener('keydown', function (e) {
    var t = e.target;
    if (!box || e.key !== '/' || e.ctrlKey || e.metaKey || e.altKey) return;
    if (t && (t.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName))) return;
    e.preventDefault();
    box.focus();
    box.select();
  });
  if (!box) return;
  box.addEventListener('focus', load);
  box.addEventListener('input', function (e) { state.lastInput = e; load(); });
  // The reader reached the box before this deferred script ran.
  if (document.activeElement === box || box.value) load();
})();
