/*
 * Dates in search queries (issue 29), for search.js: a day, a month or a part of one, written as
 * readers write them, read as a span of days that narrows the query's words, or that lists the
 * pages of those days. search.js loads this file with the first query that has a year in it (every
 * form below has one), so that other queries, most of them, do not pay for it; it registers as
 * "date-reader", as the index files register.
 */
(function () {
  'use strict';

  /* Numeric dates are read day first: the order of the record's readers (Syria, Turkey) and sources. */
  var DATE_ORDER = 'dmy';

  /* Dates in a query (issue 29): a day, a month or a part of a month written as readers write them
     becomes a range of days, and the rest of the query is searched as words. Numeric dates are read
     day first ("5/3/2020" is 5 March), as the record's sources and readers in Syria and Turkey write
     them (order "mdy" reads them month first). A number that cannot be a date ("31/2/2020") is left
     as words. Returns null, or { from, to, label, rest, atEnd } with from and to as YYYY-MM-DD; rest
     is the query without the date, atEnd whether the date ended the query. */
  var MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september',
    'october', 'november', 'december'];
  var MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September',
    'October', 'November', 'December'];
  var MONTH = '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
  var PART = '(early|mid|mid-|late)';
  var DAY = '(\\d{1,2})(?:st|nd|rd|th)?';
  var YEAR = '(\\d{4})';
  /* Tried in order; each gives [part, day, month, year] from its match. */
  var DATE_FORMS = [
    [new RegExp('\\b' + YEAR + '-(\\d{1,2})-(\\d{1,2})\\b'), function (m) { return [null, +m[3], +m[2], +m[1]]; }],
    [new RegExp('\\b(\\d{1,2})[/.](\\d{1,2})[/.]' + YEAR + '\\b'), function (m, order) {
      return order === 'mdy' ? [null, +m[2], +m[1], +m[3]] : [null, +m[1], +m[2], +m[3]]; }],
    [new RegExp('\\b' + DAY + '\\s+' + MONTH + ',?\\s+' + YEAR + '\\b', 'i'), function (m) { return [null, +m[1], month(m[2]), +m[3]]; }],
    [new RegExp('\\b' + MONTH + '\\s+' + DAY + ',?\\s+' + YEAR + '\\b', 'i'), function (m) { return [null, +m[2], month(m[1]), +m[3]]; }],
    [new RegExp('\\b' + PART + '\\s*' + MONTH + ',?\\s+' + YEAR + '\\b', 'i'), function (m) { return [m[1].toLowerCase().replace('-', ''), 0, month(m[2]), +m[3]]; }],
    [new RegExp('\\b' + YEAR + '-(\\d{1,2})\\b(?!-)'), function (m) { return [null, 0, +m[2], +m[1]]; }],
    [new RegExp('\\b' + MONTH + ',?\\s+' + YEAR + '\\b', 'i'), function (m) { return [null, 0, month(m[1]), +m[2]]; }]
  ];

  function month(word) {
    var w = word.toLowerCase().replace('.', '');
    for (var i = 0; i < 12; i++) if (MONTHS[i].indexOf(w.substring(0, 3)) === 0) return i + 1;
    return 0;
  }

  function pad(n) { return (n < 10 ? '0' : '') + n; }

  function readDate(original, order) {
    // A date inside quotes is words the reader wants as written ("5 March 2020" as a phrase): the
    // quoted spans are blanked, keeping every other character where it stands.
    var q = original.replace(/"[^"]*"?/g, function (s) { return s.replace(/./g, ' '); });
    for (var i = 0; i < DATE_FORMS.length; i++) {
      var m = DATE_FORMS[i][0].exec(q);
      if (!m) continue;
      var d = DATE_FORMS[i][1](m, order), part = d[0], day = d[1], mon = d[2], year = d[3];
      if (mon < 1 || mon > 12 || year < 1000) continue;
      var last = new Date(Date.UTC(year, mon, 0)).getUTCDate();
      if (day > last) continue;
      var ym = year + '-' + pad(mon), name = MONTH_NAMES[mon - 1] + ' ' + year, from, to, label;
      if (day) { from = to = ym + '-' + pad(day); label = day + ' ' + name; }
      else if (part === 'early') { from = ym + '-01'; to = ym + '-10'; label = 'early ' + name + ' (1–10 ' + MONTH_NAMES[mon - 1] + ')'; }
      else if (part === 'mid') { from = ym + '-11'; to = ym + '-20'; label = 'mid-' + name + ' (11–20 ' + MONTH_NAMES[mon - 1] + ')'; }
      else if (part === 'late') { from = ym + '-21'; to = ym + '-' + pad(last); label = 'late ' + name + ' (21–' + last + ' ' + MONTH_NAMES[mon - 1] + ')'; }
      else { from = ym + '-01'; to = ym + '-' + pad(last); label = name; }
      var end = m.index + m[0].length;
      var rest = (original.substring(0, m.index) + ' ' + original.substring(end)).replace(/[\s,]+/g, ' ').trim();
      return { from: from, to: to, label: label, rest: rest, atEnd: !original.substring(end).trim() };
    }
    return null;
  }

  /* "2020-03-05" from a day number (20200305). */
  function isoDay(n) { return Math.floor(n / 10000) + '-' + pad(Math.floor(n / 100) % 100) + '-' + pad(n % 100); }

  /* A query with a date in it: the date narrows the dates filter (never widens one the reader set)
     and the rest of the query is searched as words; a query that is only a date lists the pages of
     those days. A date that leaves no result gives way to the query's words as written. */
  function searchDated(self, q, date, opts, days) {
    var dayNumber = days.dayNumber;
    var from = Math.max(dayNumber(opts.from, 0), dayNumber(date.from, 0));
    var to = Math.min(dayNumber(opts.to, 99999999), dayNumber(date.to, 99999999));
    var narrowed = Object.assign({}, opts, { dates: false, from: isoDay(from), to: isoDay(to), typing: opts.typing && !date.atEnd,
      namedUndated: !opts.from && !opts.to });
    var found = from > to ? Promise.resolve({ total: 0 }) : date.rest ? self.searchWords(date.rest, narrowed) : onDays(self, narrowed, days);
    return found.then(function (r) {
      if (!r.total) return self.searchWords(q, opts);
      r.date = date;
      return r;
    });
  }

  /* Every dated page of the days of opts.from to opts.to, in date order (on each day its agreements,
     then its events, then the rest), with the other filters, and the chronology's month; the
     bibliography's entries only when asked for by type. */
  function onDays(self, opts, days) {
    var dayNumber = days.dayNumber, inSpan = days.inSpan;
    return self.dates().then(function (dates) {
      var from = dayNumber(opts.from, 0), to = dayNumber(opts.to, 99999999), docs = [];
      for (var d = 0; d < dates.length; d++) {
        var type = self.kind(d)[0];
        if (!inSpan(dates[d], from, to, type === 'month')) continue;
        if (!opts.type && (type === 'source' || type === 'document')) continue;
        docs.push(d);
      }
      // On its day an agreement comes before the events: "5 March 2020" is first the Moscow protocol.
      var first = function (d) { var t = self.kind(d)[0]; return t === 'agreement' ? 0 : t === 'event' ? 1 : 2; };
      docs.sort(function (a, b) { return first(a) - first(b) || a - b; });
      return self.refine(docs, Object.assign({}, opts, { sort: opts.sort || 'date' }));
    }).then(function (docs) {
      // A span of days shows its month's page of the chronology first ("March 2020", "early March
      // 2020"); a single day, last: the day's own pages are what was asked for.
      var months = docs.filter(function (d) { return self.kind(d)[0] === 'month'; });
      var rest = docs.filter(function (d) { return self.kind(d)[0] !== 'month'; });
      return dayNumber(opts.to, 0) - dayNumber(opts.from, 0) >= 9 ? months.concat(rest) : rest.concat(months);
    }).then(function (docs) {
      var shown = docs.slice(opts.offset || 0, (opts.offset || 0) + opts.limit);
      return Promise.all(shown.map(function (d) { return self.card(d); })).then(function (cards) {
        return { hits: shown.map(function (d, i) { return { doc: d, card: cards[i], type: self.kind(d)[0] }; }),
          docs: docs, total: docs.length, lacking: 0, terms: [], prefixes: [], phrases: [], partial: false, corrected: null };
      });
    });
  }

  window.__siteSearch('date-reader', {
    read: function (q) { return readDate(q, DATE_ORDER); },
    /* (engine, query, its date, opts, { dayNumber, inSpan } of search.js) → the result of search.js's search */
    search: searchDated
  });
})();
