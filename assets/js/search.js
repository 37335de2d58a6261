/*
 * Site search: the search box of every page and the search page, over the static
 * index under search/ (written by org.idlibchronicle.index.IndexFiles). Index files are scripts
 * that register themselves with __siteSearch, so the search works from file:// as well as over
 * http, and offline. Everything is loaded on first use: this script itself (search-loader.js loads
 * it on the first use of a page's box; search.html loads it with the page), boot.js (the query
 * analyzer and the boot data), then one prefix shard per word. Results are drawn with DOM text nodes only.
 */
(function () {
  'use strict';
  var me = document.currentScript;
  var ROOT = (me && me.getAttribute('data-root')) || '';
  var waiting = {}, loaded = {};

  window.__siteSearch = function (name, data) {
    loaded[name] = data;
    if (waiting[name]) waiting[name].resolve(data);
  };

  /* An index file by name (search/VERSION/NAME.js), or the script at src that registers as name. */
  function load(name, src) {
    if (loaded[name]) return Promise.resolve(loaded[name]);
    if (waiting[name]) return waiting[name].promise;
    var w = {};
    w.promise = new Promise(function (resolve, reject) { w.resolve = resolve; w.reject = reject; });
    waiting[name] = w;
    var s = document.createElement('script');
    // Every file but boot.js lies in the folder of its index's version, which boot.js names: a page
    // that loaded one deploy's boot.js never reads the next deploy's files (their numbers differ).
    var version = name !== 'boot' && loaded.boot ? loaded.boot.version + '/' : '';
    s.src = src || ROOT + 'search/' + version + name + '.js';
    s.async = true;
    s.onerror = function () { delete waiting[name]; s.remove(); w.reject(new Error('could not load ' + s.src)); };
    document.head.appendChild(s);
    return w.promise;
  }

  /* Resolves in a later task, so that the browser can paint and answer input between two parts of
     a long piece of work (building the engine, running the query, drawing). scheduler.yield where the
     browser has it (the continuation runs before other queued tasks), otherwise a timeout, which
     also works from file://. */
  function nextTask() {
    return window.scheduler && typeof scheduler.yield === 'function'
      ? scheduler.yield() : new Promise(function (resolve) { setTimeout(resolve, 0); });
  }

  /* ---------------------------------------------------------------- engine */

  var engine = null;
  function start() {
    if (!engine) {
      // boot.js starts with the analyzer, which has registered itself by the time the boot data does.
      engine = load('boot').then(function (boot) { return new Engine(boot, loaded.analyzer({ stop: boot.stop, fold: boot.fold })); });
      engine.catch(function () { engine = null; });
    }
    return engine;
  }

  function Engine(boot, analyzer) {
    this.boot = boot;
    this.an = analyzer;
    // One map of the prefix shards, name to file number (a set of the names beside it cost the
    // first search as much again to build).
    this.shardIndex = new Map(shardNames(boot.shards).map(function (s, i) { return [s, i]; }));
  }

  /* The shard names, front-coded by ShardPlan.frontCoded: characters shared with the name before, in base 36, and the rest. */
  function shardNames(coded) {
    var names = [], name = '', ends = coded.ends ? coded.ends.split(' ') : [];
    ends.forEach(function (end, i) { name = name.substring(0, parseInt(coded.shared.charAt(i), 36)) + end; names.push(name); });
    return names;
  }

  Engine.prototype.shardOf = function (key) {
    for (var len = Math.min(this.boot.maxPrefix, key.length); len >= 1; len--) {
      var p = key.substring(0, len);
      var file = this.shardIndex.get(p);
      if (file !== undefined) return 't/' + file;
    }
    return null;
  };
  Engine.prototype.shard = function (key) {
    var name = this.shardOf(key);
    return name ? load(name) : Promise.resolve(null);
  };
  /* [type, year] of a document, from the contiguous ranges of the boot file. */
  Engine.prototype.kind = function (doc) {
    var r = this.boot.ranges, lo = 0, hi = r.length - 1;
    while (lo < hi) { var mid = (lo + hi + 1) >> 1; if (r[mid][2] <= doc) lo = mid; else hi = mid - 1; }
    return r[lo];
  };
  Engine.prototype.years = function () {
    var ys = new Set();
    this.boot.ranges.forEach(function (r) { if (r[1]) ys.add(r[1]); });
    return Array.from(ys).sort();
  };

  function decode(list, weight, into) {
    var doc = 0;
    for (var i = 0; i < list.length; i += 2) {
      doc += list[i];
      var s = list[i + 1] * weight;
      if (!(into.get(doc) >= s)) into.set(doc, s);
    }
    return into;
  }

  /* Optimal-string-alignment distance, stopping early above max. */
  function distance(a, b, max) {
    if (Math.abs(a.length - b.length) > max) return max + 1;
    var prev2 = null, prev = [], cur;
    for (var j = 0; j <= b.length; j++) prev[j] = j;
    for (var i = 1; i <= a.length; i++) {
      cur = [i];
      var rowMin = i;
      for (j = 1; j <= b.length; j++) {
        var cost = a.charAt(i - 1) === b.charAt(j - 1) ? 0 : 1;
        var v = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
        if (i > 1 && j > 1 && a.charAt(i - 1) === b.charAt(j - 2) && a.charAt(i - 2) === b.charAt(j - 1)) v = Math.min(v, prev2[j - 2] + 1);
        cur[j] = v;
        if (v < rowMin) rowMin = v;
      }
      if (rowMin > max) return max + 1;
      prev2 = prev; prev = cur;
    }
    return prev[b.length];
  }

  /* Splits a query into "quoted phrases" and loose words; while the reader is typing (typing true),
     the last loose word, when the query does not end in a space, is the word being typed: a prefix.
     A query from the URL, pasted or ended with Enter is whole words ("5 March 2020" is not 2020…). */
  function parse(q, typing) {
    var phrases = [], rest = q.replace(/"([^"]*)("|$)/g, function (m, p) { if (p.trim()) phrases.push(p); return ' '; });
    var words = rest.match(/[^\s"]+/g) || [];
    var typed = typing && /[^\s"]$/.test(q) && words.length ? words[words.length - 1] : null;
    return { phrases: phrases, words: words, typing: typed, all: q.replace(/"/g, ' ') };
  }

  Engine.prototype.prepare = function (text) {
    return this.an.needsFullFold(text)
      ? load('fold').then(function (f) { this.an.addFolding(f); }.bind(this)) : Promise.resolve();
  };

  /* ---------------------------------------------------------------- matching: typos */

  /* The edits allowed for a word of this length: one from 4 letters, two from 8. */
  function allowedEdits(length) { return length >= 8 ? 2 : length >= 4 ? 1 : 0; }

  /* The typo files to load for words of lengths lo to hi. File v/C holds the words of lengths C ± allowedEdits(C)
     (IndexFiles.vocabularyFiles); for each length not yet covered, the file that covers it and reaches hi with the
     fewest lengths beyond, else the one reaching farthest. One file for a typo, two when the word as typed is longer. */
  function vocabularyFiles(lo, hi, centers) {
    var files = [];
    function covers(c, l) { return Math.abs(l - c) <= allowedEdits(c); }
    function reach(c) { return c + allowedEdits(c); }
    for (var l = lo; l <= hi; l++) {
      if (files.some(function (c) { return covers(c, l); })) continue;
      var cover = centers.filter(function (c) { return covers(c, l); });
      if (!cover.length) continue;
      var whole = cover.filter(function (c) { return reach(c) >= hi; });
      files.push(whole.length ? whole.reduce(function (a, b) { return reach(b) < reach(a) ? b : a; })
        : cover.reduce(function (a, b) { return reach(b) > reach(a) ? b : a; }));
    }
    return files;
  }

  /* The vocabulary words within the allowed edits of the word as typed, as {word, term}, closest
     first (as analysed, then as typed), then the word more pages use (the likelier meaning of the
     typo); at most 5. The typed
     word is compared as analysed (doubled letters collapsed, as the vocabulary is) and as typed
     (lower case, folded), so "daascus" is one edit from "damascus". Entries are "word" or "word>term". */
  Engine.prototype.typos = function (typed, raw) {
    var max = allowedEdits(Math.max(typed.length, raw ? raw.length : 0));
    if (!max) return Promise.resolve([]);
    var self = this, files = vocabularyFiles(typed.length - max, Math.max(typed.length, raw ? raw.length : 0) + max, this.boot.vocabulary);
    return Promise.all(files.map(function (l) { return load('v/' + l); })).then(function (lists) {
      var best = new Map();
      lists.forEach(function (list) {
        list.split(' ').forEach(function (entry) {
          var gt = entry.indexOf('>'), w = gt < 0 ? entry : entry.substring(0, gt), t = gt < 0 ? entry : entry.substring(gt + 1);
          var d = distance(typed, w, max);
          if (raw && raw !== typed && d > 0) d = Math.min(d, distance(raw, w, max));
          // Between words equally close, the one closer to the letters as typed is the likelier
          // meaning ("ankaar": ankara, a swap, before ansar, once the doubled a is collapsed).
          var dr = raw && raw !== typed ? distance(raw, w, max + 1) : d;
          if (d <= max && !(best.has(t) && (best.get(t).d < d || (best.get(t).d === d && best.get(t).dr <= dr)))) best.set(t, { d: d, dr: dr, word: w, term: t });
        });
      });
      var found = Array.from(best.values());
      found.sort(function (a, b) { return a.d - b.d || a.dr - b.dr || (a.term < b.term ? -1 : 1); });
      found = found.slice(0, 5);
      return Promise.all(found.map(function (f) { return self.shard(f.term); })).then(function (shards) {
        var df = found.map(function (f, i) { return shards[i] && shards[i].t[f.term] ? shards[i].t[f.term].length : 0; });
        var order = found.map(function (f, i) { return i; });
        order.sort(function (a, b) { return found[a].d - found[b].d || found[a].dr - found[b].dr || df[b] - df[a] || a - b; });
        return order.map(function (i) { return found[i]; });
      });
    });
  };

  /* ---------------------------------------------------------------- matching: one word */

  /* One required part of the query → { scores: Map(doc → score), terms (to mark), prefix, term
     (the term the clause stands for, after correction), corrected (the word it was corrected to) }.
     how: { acronym: typed in capitals (2–4 letters), raw: the word as typed, corrected: no further correction,
     word: the query's word, as written }. A corrected clause also has typed: that word, and quiet: the
     correction is not to be said, the word being a prefix of others as typed. */
  Engine.prototype.termClause = function (term, typing, fragment, typed, how) {
    var self = this, keys = [term];
    how = how || {};
    if (typing && fragment && fragment !== term) keys.push(fragment);
    return Promise.all(keys.map(function (k) { return self.shard(k); })).then(function (shards) {
      var scores = new Map(), s = shards[0], known = !!(s && s.t[term]);
      // A known acronym or alias typed in capitals means that name, not every word it starts.
      var exactName = known && how.acronym && !!s.n[term];
      if (known) decode(s.t[term], 1, scores);
      if (known && how.exact && s.w && s.w[term]) keepWritten(scores, s.w[term]);
      if (typing && fragment.length >= 2 && !exactName) {
        var fs = shards[shards.length - 1];
        if (fs && fragment.length <= self.boot.maxPrefix && fs.p[fragment]) decode(fs.p[fragment], 0.9, scores);
        if (fs && fragment.length > self.boot.maxPrefix) {
          Object.keys(fs.t).forEach(function (t) {
            if (t !== term && (t.indexOf(fragment) === 0 || t.indexOf(term) === 0 ||
                (fragment.indexOf(t) === 0 && t.length >= fragment.length - 3))) decode(fs.t[t], 0.9, scores);
          });
        }
      }
      var prefix = typing && !exactName ? fragment : null;
      // The item's other names are marked too: the page may use another spelling (Saraqeb).
      var plain = { scores: scores, terms: [term].concat(known && s.s && s.s[term] ? s.s[term] : []), prefix: prefix, term: term };
      // Typo tolerance when the word itself is not in the index, even if it starts other words
      // ("halba" is a typo of Halab, and starts other names).
      if (known || how.corrected) return plain;
      // But a word being typed that, as typed, starts other words is not said to be corrected: its
      // completions are among the results ("libe" is on its way to "liberation"; it is also one edit
      // from "line"). "ankaar" starts "ankara" only once its doubled a is collapsed: it is said.
      var completed = typing && scores.size > 0 && how.raw === fragment;
      return self.typos(typed || term, how.raw).then(function (alts) {
        if (!alts.length) return plain;
        // The closest word is searched as if it had been typed (same ranking, same prefixes), so a
        // corrected query finds what the right spelling finds; the other candidates rank below.
        return self.termClause(alts[0].term, typing, alts[0].word, alts[0].word, { corrected: true }).then(function (c) {
          alts.slice(1).forEach(function (a) { var sh = loaded[self.shardOf(a.term)]; if (sh && sh.t[a.term]) decode(sh.t[a.term], 0.1, c.scores); });
          scores.forEach(function (sc, d) { if (!(c.scores.get(d) >= sc)) c.scores.set(d, sc); });
          c.terms = [term].concat(alts.map(function (a) { return a.term; }), c.terms);
          c.corrected = alts[0].word;
          c.typed = how.word;
          c.quiet = completed;
          // Marked then: what the reader is typing, and the correction, not the correction's other
          // candidates and spellings ("libe" marked "sources", a spelling of a name with "line").
          if (completed) { c.prefix = fragment; c.terms = [term, alts[0].term]; }
          return c;
        });
      });
    });
  };

  /* The other terms of every group of site.yaml's query synonyms (boot.synonyms, index terms) that
     holds term, in group order, each once: QuerySynonyms.of in Java, compared by SearchAnalyzerParityIT. */
  Engine.prototype.synonymsOf = function (term) {
    var others = [];
    (this.boot.synonyms || []).forEach(function (group) {
      if (group.indexOf(term) >= 0) group.forEach(function (t) { if (t !== term && others.indexOf(t) < 0) others.push(t); });
    });
    return others;
  };

  /* A word of a synonym group also finds the pages that use another word of the group ("captured":
     "take", "seized"), weighed below the reader's own word (1) and a completion of the word being
     typed (0.9), so that of two pages alike the one with the reader's word ranks first, and far above
     a typo's other readings (0.1): a title that says "take" still outranks a text that says "captured"
     in passing. The other words are marked in the results too. */
  var SYNONYM_WEIGHT = 0.7;
  Engine.prototype.withSynonyms = function (term, clause) {
    var self = this, others = this.synonymsOf(term);
    if (!others.length) return clause;
    return Promise.all([clause].concat(others.map(function (t) { return self.shard(t); }))).then(function (r) {
      var c = r[0];
      others.forEach(function (t, i) {
        var s = r[i + 1];
        if (s && s.t[t]) { decode(s.t[t], SYNONYM_WEIGHT, c.scores); c.terms = c.terms.concat([t]); }
      });
      return c;
    });
  };

  /* Keeps the documents that write a name's term as typed, not only another name of the item:
     written is [1, doc gaps...] (the documents that write it) or [0, doc gaps...] (those that do not). */
  function keepWritten(scores, written) {
    var listed = new Set(), doc = 0;
    for (var i = 1; i < written.length; i++) { doc += written[i]; listed.add(doc); }
    scores.forEach(function (s, d) { if (listed.has(d) !== (written[0] === 1)) scores.delete(d); });
  }

  /* ---------------------------------------------------------------- matching: phrases */

  /* The file of a phrase pair: FNV-1a of the key, as PairShards.shardOf in Java. */
  function pairFile(key, count) {
    var h = 0x811c9dc5;
    for (var i = 0; i < key.length; i++) { h ^= key.charCodeAt(i); h = Math.imul(h, 0x01000193); }
    return 'b/' + ((h >>> 0) % count);
  }

  /* A quoted phrase: the documents where each two of its terms follow each other (the pair files,
     no document text), scored by its terms. Exact for two words; for more, each pair is checked
     on its own (a page with "a b" in one place and "b c" in another also matches "a b c"). */
  Engine.prototype.phraseClause = function (terms) {
    var self = this, pairs = [];
    for (var i = 1; i < terms.length; i++) pairs.push(terms[i - 1] + ' ' + terms[i]);
    var loads = terms.map(function (t) { return self.shard(t); })
      .concat(pairs.map(function (p) { return load(pairFile(p, self.boot.pairFiles)); }));
    return Promise.all(loads).then(function (files) {
      var result = null;
      terms.forEach(function (t, i) {
        var m = files[i] && files[i].t[t] ? decode(files[i].t[t], 1, new Map()) : new Map();
        if (!result) { result = m; return; }
        var next = new Map();
        result.forEach(function (s, d) { if (m.has(d)) next.set(d, s + m.get(d)); });
        result = next;
      });
      pairs.forEach(function (p, k) {
        var gaps = files[terms.length + k][p] || [], inPair = new Set(), doc = 0;
        for (var g = 0; g < gaps.length; g++) { doc += gaps[g]; inPair.add(doc); }
        result.forEach(function (s, d) { if (!inPair.has(d)) result.delete(d); });
      });
      return { scores: result || new Map(), terms: terms, phrase: terms };
    });
  };

  /* The text of a document, for its passage. */
  Engine.prototype.text = function (doc) {
    var size = this.boot.chunk;
    return load('d/' + Math.floor(doc / size)).then(function (c) { return c[doc % size]; });
  };
  /* A result card [title, url, date, excerpt]: from a loaded shard, else from its small card file. */
  Engine.prototype.card = function (doc) {
    for (var name in loaded) {
      if (name.charAt(0) === 't' && name.charAt(1) === '/' && loaded[name].c[doc]) return Promise.resolve(loaded[name].c[doc]);
    }
    var size = this.boot.cardGroup;
    return load('c/' + Math.floor(doc / size)).then(function (g) { return g[doc % size]; });
  };

  /* opts: { limit, typing (the last word is being typed), offset, exact, type, year, from, to, sort, facets,
     dates (false: a date is words), namedUndated (a page without a date that the words name passes from and to:
     the words of a query whose date set them) }. A result of a query with a date also has date: { from, to, label }. Resolves to
     { hits: [{doc, card, type, lacks (the word a page without every word lacks)}], docs, total, lacking (how many of
     docs lack a word), terms, prefixes, phrases (each an array of terms), partial, corrected }. */
  /* Words that ask rather than name ("who violated the Sochi agreement"): required like any other
     word, "who" left one result of a question whose other words found three. Dropped when the query
     has other words; kept when it is all question ("what"). */
  var QUESTION = /^(who|whom|whose|what|which|when|where|why|how|many|much|did|does|do|was|were|has|have|had)$/i;
  function withoutQuestionWords(query) {
    var named = query.words.filter(function (w) { return !QUESTION.test(w); });
    if (!named.length || named.length === query.words.length) return query;
    var typing = query.typing !== null && !QUESTION.test(query.typing) ? query.typing : null;
    return { phrases: query.phrases, words: named, typing: typing, all: named.concat(query.phrases).join(' ') };
  }

  /* A date in the query is read as a span of days (issue 29): "5 March 2020", "2020-03-05", "5/3/2020".
     search-dates.js reads them (its address is the script's data-dates): loaded with the first query
     that has a number of four digits, as every date form has its year, so that a query for a name,
     most queries, does not pay for it. */
  var DATES_SCRIPT = me && me.getAttribute('data-dates');
  Engine.prototype.search = function (q, opts) {
    var self = this;
    // A date inside quotes is words as written (search-dates.js leaves it so): no need to load it then.
    if (opts.dates === false || !DATES_SCRIPT || !/\b\d{4}\b/.test(q.replace(/"[^"]*"?/g, ' '))) return this.searchWords(q, opts);
    return load('date-reader', DATES_SCRIPT).then(function (reader) {
      var date = reader.read(q);
      return date ? reader.search(self, q, date, opts, { dayNumber: dayNumber, inSpan: inSpan }) : self.searchWords(q, opts);
    });
  };

  /* The query as words (and phrases), without reading a date in it. */
  Engine.prototype.searchWords = function (q, opts) {
    var self = this, an = this.an, query = withoutQuestionWords(parse(q, opts.typing));
    /* A clause knows the query's word it stands for: a result without it says which. */
    function named(clause, label) { return clause.then(function (c) { c.label = label; return c; }); }
    return this.prepare(q).then(function () {
      var clauses = [];
      query.words.forEach(function (w, i) {
        var typing = query.typing !== null && i === query.words.length - 1;
        var terms = an.terms(w), frag = typing ? an.fragment(w) : '';
        var words = an.surface(w);
        var how = { acronym: /^[A-Z]{2,4}$/.test(w), raw: terms.length === 1 ? rawWord(w) : null, corrected: !!opts.exact, exact: !!opts.exact, word: w };
        terms.forEach(function (t, k) {
          var clause = self.termClause(t, typing && k === terms.length - 1, frag, words.length === terms.length ? words[k] : t, how);
          clauses.push(named(opts.exact ? clause : self.withSynonyms(t, clause), '“' + w + '”'));
        });
        if (!terms.length && typing && frag.length >= 2) clauses.push(named(self.termClause(frag, true, frag), '“' + w + '”'));
      });
      var phrases = [];
      query.phrases.forEach(function (p) {
        var t = an.terms(p);
        if (t.length) { phrases.push(t); clauses.push(named(self.phraseClause(t), '“' + p.trim() + '”')); }
      });
      if (!clauses.length) return { hits: [], docs: [], total: 0, terms: [], prefixes: [], phrases: [] };
      var nameKey = an.terms(query.all).join(' ');
      return Promise.all(clauses.concat([self.shard(nameKey.split(' ')[0])])).then(function (all) {
        var nameShard = all.pop();
        return Promise.all([self.exactName(nameKey, nameShard, all), self.namesWithin(nameKey)])
          .then(function (x) { return [all, x[0], opts.namedUndated ? x[1].concat(namesStarting(nameKey, nameShard)) : x[1]]; });
      }).then(function (r) {
        var all = r[0], exact = r[1], within = r[2];
        var total = new Map(), count = new Map();
        all.forEach(function (c) {
          c.scores.forEach(function (s, d) { total.set(d, (total.get(d) || 0) + s); count.set(d, (count.get(d) || 0) + 1); });
        });
        var ranked = [], partial = false;
        total.forEach(function (s, d) { if (count.get(d) === all.length) ranked.push(d); });
        if (!ranked.length && all.length > 1 && !phrases.length) {
          partial = true;
          ranked = Array.from(total.keys());
        }
        // Fewer than 5 pages with every word (issue 29): the pages that have all but one follow
        // them, each saying which word it lacks (they rank below, having one clause fewer).
        var lacking = new Map();
        if (!partial && ranked.length < 5 && all.length > 1) {
          total.forEach(function (s, d) {
            if (count.get(d) !== all.length - 1) return;
            lacking.set(d, all.filter(function (c) { return !c.scores.has(d); })[0].label);
            ranked.push(d);
          });
        }
        var bonus = new Map();
        // A page named by a part of the query ("what did the Moscow protocol agree") comes first
        // among the pages found, below one named by the whole query.
        // A page so named that lacks one other word is still found, saying which ("Moscow protocol
        // agree": the protocol's page says "agreement", never "agree").
        var isRanked = new Set(ranked);
        within.forEach(function (d) {
          if (!isRanked.has(d) && !partial && all.length > 1 && count.get(d) === all.length - 1) {
            lacking.set(d, all.filter(function (c) { return !c.scores.has(d); })[0].label);
            ranked.push(d);
            isRanked.add(d);
          }
          if (isRanked.has(d)) bonus.set(d, 5e5);
        });
        exact.forEach(function (d) { bonus.set(d, 1e6); if (!total.has(d)) { total.set(d, 0); count.set(d, all.length); ranked.push(d); } });
        function score(d) { return (bonus.get(d) || 0) + count.get(d) * 1e4 + total.get(d); }
        ranked.sort(function (a, b) { return score(b) - score(a) || a - b; });
        var terms = [], prefixes = [], found = [], corrected = null;
        // A phrase's words are marked together where they follow each other, not one by one.
        all.forEach(function (c) { if (c.phrase) found.push(c.phrase); else terms = terms.concat(c.terms); if (c.prefix) prefixes.push(c.prefix); });
        // The query as corrected, each corrected word in its place ("human rihgts" → "human rights").
        var quiet = all.some(function (c) { return c.quiet; });
        all.forEach(function (c) { if (c.corrected && !c.quiet) corrected = c.typed ? (corrected || q.trim()).replace(c.typed, c.corrected) : c.corrected; });
        // The words of a query with a date may name a page that has no date ("displaced February
        // 2020": the Displacement topic, whose name "displaced" stems to): a date cannot put such a
        // page outside its days, so it stays, first as any page the words name, the date narrowing the rest.
        var keep = opts.namedUndated ? new Set(exact.concat(within.filter(function (d) { return isRanked.has(d); }))) : null;
        return self.refine(ranked, opts, keep).then(function (docs) {
          var info = { terms: terms, prefixes: prefixes, phrases: found, partial: partial, corrected: corrected, total: docs.length, docs: docs,
            lacking: docs.filter(function (d) { return lacking.has(d); }).length };
          var shown = docs.slice(opts.offset || 0, (opts.offset || 0) + opts.limit);
          // A corrected query that names something is shown by that name ("Damscus" → Damascus): the
          // page titled so, or the one page that has it as another name. So is a query that is
          // another name of one page (an alias or another spelling), unless the exact spelling was asked for.
          var named = corrected || !opts.exact ? exact.slice(0, 5) : [];
          return Promise.all(shown.concat(named).map(function (d) { return self.card(d); })).then(function (cards) {
            info.hits = shown.map(function (d, i) { return { doc: d, card: cards[i], type: self.kind(d)[0], lacks: lacking.get(d) }; });
            var titles = cards.slice(shown.length).map(function (c) { return c[0]; });
            var key = corrected ? an.terms(corrected).join(' ') : nameKey;
            var titled = titles.filter(function (t) { return an.terms(t).join(' ') === key; });
            if (corrected && titled.length) info.corrected = titled[0];
            else if (!quiet && exact.length === 1 && titles.length && !titled.length) info.corrected = titles[0];
            return info;
          });
        });
      });
    });
  };

  /* ---------------------------------------------------------------- filters and order */

  /* The search page's data, loaded only when a filter or the date order needs it: every
     document's date (YYYYMMDD, 0 undated), and per filter (place, actor, agreement) the
     documents of each item. */
  Engine.prototype.dates = function () { return load('dates'); };
  Engine.prototype.facet = function (key) {
    var self = this;
    if (!this.facetDocs) this.facetDocs = {};
    if (this.facetDocs[key]) return Promise.resolve(this.facetDocs[key]);
    return load('f/' + key).then(function (values) {
      var byId = new Map();
      values.forEach(function (v) {
        var docs = new Set(), doc = 0;
        for (var i = 2; i < v.length; i++) { doc += v[i]; docs.add(doc); }
        byId.set(v[0], { id: v[0], name: v[1], docs: docs });
      });
      self.facetDocs[key] = byId;
      return byId;
    });
  };

  /* Keeps the documents that pass every filter of opts (type, year, from, to as YYYY-MM-DD,
     facets: {key: id}; an undated document of the set undatedKept passes from and to) and orders them by opts.sort ('date' oldest first, 'newest'), relevance otherwise. */
  Engine.prototype.refine = function (ranked, opts, undatedKept) {
    var self = this, facets = opts.facets || {}, keys = Object.keys(facets).filter(function (k) { return facets[k]; });
    var needDates = opts.from || opts.to || opts.sort === 'date' || opts.sort === 'newest';
    return Promise.all([needDates ? this.dates() : null].concat(keys.map(function (k) { return self.facet(k); }))).then(function (data) {
      var dates = data[0], from = dayNumber(opts.from, 0), to = dayNumber(opts.to, 99999999);
      var docs = ranked.filter(function (d) {
        var k = self.kind(d);
        if (opts.type && k[0] !== opts.type) return false;
        if (opts.year && String(k[1]) !== String(opts.year)) return false;
        if ((opts.from || opts.to) && !inSpan(dates[d], from, to, k[0] === 'month') && !(undatedKept && undatedKept.has(d) && !dates[d])) return false;
        return keys.every(function (key, i) { var v = data[i + 1].get(facets[key]); return v && v.docs.has(d); });
      });
      if (opts.sort === 'date' || opts.sort === 'newest') {
        var sign = opts.sort === 'date' ? 1 : -1, rank = new Map(docs.map(function (d, i) { return [d, i]; }));
        // Undated documents last either way; equal dates keep their relevance order.
        docs.sort(function (a, b) {
          var da = dates[a] || 0, db = dates[b] || 0;
          if (!da !== !db) return da ? -1 : 1;
          return sign * (da - db) || rank.get(a) - rank.get(b);
        });
      }
      return docs;
    });
  };

  /* Whether a document's date (YYYYMMDD; DD 00 for a month) lies within from..to. An event dated to
     its month only is within a span that holds the whole month ("February 2020"), not one of its
     days; a month of the chronology is within any span that shares a day with it. */
  function inSpan(date, from, to, overlap) {
    if (!date) return false;
    if (date % 100) return date >= from && date <= to;
    // The month's own last day: with 31 for every month, an event dated "February 2020" was not
    // within the span of February 2020 (1–29), nor one of a 30-day month within its month.
    var y = Math.floor(date / 10000), m = Math.floor(date / 100) % 100;
    var first = date + 1, last = date + new Date(Date.UTC(y, m, 0)).getUTCDate();
    return overlap ? first <= to && last >= from : first >= from && last <= to;
  }

  /* "2020-02-07" → 20200207; a year or month alone counts from its start (from) or to its end (to). */
  function dayNumber(iso, otherwise) {
    var m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/.exec(iso || '');
    if (!m) return otherwise;
    var end = otherwise > 0;
    return Number(m[1]) * 10000 + Number(m[2] || (end ? 12 : 0)) * 100 + Number(m[3] || (end ? 99 : 0));
  }

  /* The documents whose title or alias is the whole query, by the corrected terms when a word was
     corrected (so "damscus" still puts the Damascus page first). */
  Engine.prototype.exactName = function (nameKey, nameShard, clauses) {
    var fixes = new Map();
    clauses.forEach(function (c) { if (c.corrected) fixes.set(c.terms[0], c.term); });
    if (!fixes.size) return Promise.resolve(nameShard && nameShard.n[nameKey] ? nameShard.n[nameKey] : []);
    var key = nameKey.split(' ').map(function (t) { return fixes.get(t) || t; }).join(' ');
    return this.shard(key.split(' ')[0]).then(function (sh) { return sh && sh.n[key] ? sh.n[key] : []; });
  };

  /* The documents named by a run of two or more of the query's terms, shorter than the whole query
     (that is exactName): the longest runs first. Their shards are mostly loaded already, for the
     query's words. */
  Engine.prototype.namesWithin = function (nameKey) {
    var terms = nameKey.split(' '), runs = [], self = this;
    for (var len = terms.length - 1; len >= 2; len--) {
      for (var i = 0; i + len <= terms.length; i++) runs.push(terms.slice(i, i + len).join(' '));
    }
    return Promise.all(runs.map(function (k) {
      return self.shard(k.split(' ')[0]).then(function (sh) { return sh && sh.n[k] ? sh.n[k] : []; });
    })).then(function (lists) {
      var out = [];
      lists.forEach(function (l) { l.forEach(function (d) { if (out.indexOf(d) < 0) out.push(d); }); });
      return out;
    });
  };

  /* The documents with a name (title or other name) that starts with the query's words, longer than
     them ("displaced" for "Displacement of civilians"), from the shard of the first word, which the
     query has loaded. Used for the words of a query with a date, where the date already says when and
     the words say what: the pages named so are the overview the reader asks for beside that period's pages. */
  function namesStarting(nameKey, nameShard) {
    var out = [];
    if (!nameKey || !nameShard) return out;
    Object.keys(nameShard.n).forEach(function (k) {
      if (k.indexOf(nameKey + ' ') === 0) nameShard.n[k].forEach(function (d) { if (out.indexOf(d) < 0) out.push(d); });
    });
    return out;
  }

  /* A query word in lower case without diacritics, doubled letters kept: the word as typed. */
  function rawWord(w) { return w.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^\p{L}\p{N}]/gu, ''); }

  /* ------------------------------------------------------------- drawing */

  /* A word as written, with its name marks and hyphens: a compound is marked whole when its joined
     form matched ("Su-24" for su24), otherwise word by word. */
  /* A decimal or grouped number ("7.5", "1,000") is one word, marked whole or not at all. */
  var WORD = /\p{N}+(?:[.,]\p{N}+)+|[\p{L}\p{N}\p{M}]+(?:['\u2019\u02bc`\u02bf\u02be-][\p{L}\p{N}\p{M}]+)*/gu;
  var NUMBER = /^\p{N}+(?:[.,]\p{N}+)+$/u;
  var PART = /[\p{L}\p{N}\p{M}]+(?:['\u2019\u02bc`\u02bf\u02be][\p{L}\p{N}\p{M}]+)*/gu;
  var SEPARATOR = /['\u2019\u02bc`\u02bf\u02be-]/;
  /* The [start, end] of each place in text where the terms of one of the phrases (arrays of terms)
     follow each other, from the first term of a word to the last term of a word (the "5" of "7.5"
     does not begin "5 March"); stop words between them are skipped, as the index skips them. */
  function phraseSpans(text, termsOf, phrases) {
    var flat = [], m;
    WORD.lastIndex = 0;
    while ((m = WORD.exec(text))) {
      var ts = termsOf(m[0]);
      for (var k = 0; k < ts.length; k++) flat.push({ term: ts[k], start: m.index, end: m.index + m[0].length, first: k === 0, last: k === ts.length - 1 });
    }
    var spans = [];
    for (var i = 0; i < flat.length; i++) {
      if (!flat[i].first) continue;
      for (var p = 0; p < phrases.length; p++) {
        var ph = phrases[p], n = ph.length, j = 0;
        while (j < n && i + j < flat.length && flat[i + j].term === ph[j]) j++;
        if (j === n && flat[i + n - 1].last) {
          spans.push([flat[i].start, flat[i + n - 1].end]);
          i += n - 1;
          break;
        }
      }
    }
    return spans;
  }

  /* Appends text to el, with the words that match the query inside <mark>, each place a phrase
     of the query stands in one <mark class="search-phrase">. */
  function highlight(el, text, an, result) {
    var matches = matcher(an, result), marks = [], m;
    var phrases = result.phrases && result.phrases.length ? phraseSpans(text, matches.terms, result.phrases) : [];
    var p = 0;
    WORD.lastIndex = 0;
    while ((m = WORD.exec(text))) {
      while (p < phrases.length && phrases[p][1] <= m.index) p++;
      if (p < phrases.length && phrases[p][0] <= m.index) continue;
      if (NUMBER.test(m[0])) { if (matches.number(m[0])) marks.push([m.index, m[0]]); continue; }
      if (m[0].indexOf('-') > 0 && matches.compound(m[0])) { marks.push([m.index, m[0]]); continue; }
      // A word without marks or hyphens is its one part (PART, compiled on first use, is not needed).
      if (!SEPARATOR.test(m[0])) { if (matches.word(m[0])) marks.push([m.index, m[0]]); continue; }
      var part, at = m.index;
      PART.lastIndex = 0;
      while ((part = PART.exec(m[0]))) if (matches.word(part[0])) marks.push([at + part.index, part[0]]);
    }
    phrases.forEach(function (sp) { marks.push([sp[0], text.substring(sp[0], sp[1]), 'search-phrase']); });
    marks.sort(function (a, b) { return a[0] - b[0]; });
    var last = 0;
    marks.forEach(function (mk) {
      el.appendChild(document.createTextNode(text.substring(last, mk[0])));
      var mark = document.createElement('mark');
      if (mk[2]) mark.className = mk[2];
      mark.textContent = mk[1];
      el.appendChild(mark);
      last = mk[0] + mk[1].length;
    });
    el.appendChild(document.createTextNode(text.substring(last)));
  }

  /* Whether a word of a result matches its query, remembered per result: titles, excerpts and
     passages repeat their words, and each answer costs a run of the analyzer. */
  var matchers = new WeakMap();
  function matcher(an, result) {
    if (matchers.has(result)) return matchers.get(result);
    var terms = new Set(result.terms), words = new Map(), compounds = new Map(), analysed = new Map();
    function has(x) { return terms.has(x); }
    function typedPrefix(x) { return result.prefixes.some(function (p) { return x.indexOf(p) === 0; }); }
    function remembered(memo, word, answer) {
      if (!memo.has(word)) memo.set(word, answer(word));
      return memo.get(word);
    }
    var m = {
      word: function (word) {
        return remembered(words, word, function (w) { return an.terms(w).some(has) || an.surface(w).some(typedPrefix); });
      },
      compound: function (word) {
        return remembered(compounds, word, function (w) { return an.joined(w).some(has); });
      },
      /* "7.5" is marked for a query of 7.5, not of 5 or 7. */
      number: function (word) {
        return remembered(words, word, function (w) { var t = an.terms(w); return t.length > 0 && t.every(has); });
      },
      terms: function (word) {
        return remembered(analysed, word, function (w) { return an.terms(w); });
      }
    };
    matchers.set(result, m);
    return m;
  }

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text) e.textContent = text;
    return e;
  }

  /* ------------------------------------------------------------- combobox */

  var uid = 0;

  /* The search box of every page is an ARIA 1.2 combobox: input[type=text][role=combobox]
     controlling ul[role=listbox] of li[role=option], each option plain text with its address in
     data-href (an option holds no link: nothing interactive nests inside it). On search.html
     (opts.page) the same engine fills a plain list of links instead, reachable with Tab. */
  function Combobox(input, list, opts) {
    this.input = input; this.list = list; this.opts = opts; this.active = -1; this.seq = 0;
    this.id = 'sr' + (++uid);
    var self = this;
    input.addEventListener('focus', function () { start().then(null, function () {}); });
    input.addEventListener('input', function (e) { self.onInput(e); });
    if (!opts.page) wireSuggestions(this);
  }

  /* The pause after a keystroke before the query runs while the reader types: half as long again
     as the reader's own time between keys, at least TYPING_PAUSE and at most LONGEST_PAUSE. Each
     letter's search loads the index file of its prefix (and, for a word not yet a word of the
     record, the typo files), so a search per letter cost a query typed letter by letter up to 13
     times what it costs pasted (bench/TypingBench.java). Keys of a fluent typist come 150-200 ms
     apart (60-80 words a minute): for them the pause is 200 ms, and a word is searched at its end,
     its results within a blink of the last key. An ordinary typist's keys come some 300 ms apart:
     a fixed 200 ms would search every letter, so their pause is their own pace and a half (450 ms).
     Beyond 600 ms the reader is pausing, not typing slowly, and sees the results. Measured at
     steady paces; a reader's keys are less even, and a key late by half the pace searches once more. */
  var TYPING_PAUSE = 200, LONGEST_PAUSE = 600;

  /* Whether an input event is the reader typing (a letter added or removed), not a paste, a drop,
     an autocompletion or a script setting the value: only while typing is the last word a prefix. */
  function isTyping(e) {
    var t = e && e.inputType;
    return !!t && /^(insertText|insertCompositionText|deleteContent|deleteWord|deleteSoftLine|deleteHardLine)/.test(t);
  }

  /* An input event: a typed letter runs the query once the typing pauses, the last word a prefix;
     anything else (a paste) runs it at once, every word whole. */
  Combobox.prototype.onInput = function (e) {
    var self = this, now = Date.now();
    clearTimeout(this.pause);
    if (!isTyping(e) || !this.input.value.trim()) { this.run(false); return; }
    // The reader's pace: the time between keys, averaged over the last few (a gap over the longest
    // pause is a stop, not the pace).
    var gap = this.lastKey ? now - this.lastKey : 0;
    this.lastKey = now;
    if (gap > 0 && gap < LONGEST_PAUSE) this.pace = this.pace ? (this.pace + gap) / 2 : gap;
    // Until the second key, the pace is unknown: the longest pause (one letter alone finds little).
    var wait = this.pace ? Math.min(LONGEST_PAUSE, Math.max(TYPING_PAUSE, 1.5 * this.pace)) : LONGEST_PAUSE;
    this.pause = setTimeout(function () { self.run(true); }, wait);
  };

  /* The query as it stands, every word whole: Enter, a filter changed, a query from the URL. */
  Combobox.prototype.runWhole = function () {
    clearTimeout(this.pause);
    return this.run(false);
  };

  Combobox.prototype.options = function () { return this.list.querySelectorAll('[role=option]'); };

  /* ------------------------------------------------ suggestions (accessibility) */

  /* Keyboard and pointer for the suggestions: arrows move the active option, Enter opens it,
     Escape closes the list and leaves the typed words alone; a click on an option opens it. */
  function wireSuggestions(combo) {
    var input = combo.input, list = combo.list;
    input.addEventListener('keydown', function (e) { suggestionKey(combo, e); });
    document.addEventListener('click', function (e) { if (!input.form.contains(e.target)) combo.close(); });
    // Tab away and the list closes: left open it covered the link that took focus (WCAG 2.4.11).
    input.form.addEventListener('focusout', function (e) { if (!input.form.contains(e.relatedTarget)) combo.close(); });
    // A scrolling list is a Tab stop of its own in Chromium; the options are reached with the arrows.
    list.setAttribute('tabindex', '-1');
    list.addEventListener('mousedown', function (e) { e.preventDefault(); });
    list.addEventListener('click', function (e) {
      var opt = e.target.closest('[role=option]');
      if (opt) location.href = opt.getAttribute('data-href');
    });
  }

  function suggestionKey(combo, e) {
    var n = combo.options().length;
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      if (!n) return;
      e.preventDefault();
      if (combo.list.hidden) combo.open();
      combo.select(e.key === 'ArrowDown' ? (combo.active + 1) % n : (combo.active <= 0 ? n : combo.active) - 1);
    } else if (e.key === 'Enter') {
      var opt = combo.active >= 0 ? combo.options()[combo.active] : null;
      if (opt && !combo.list.hidden) {
        e.preventDefault();
        location.href = opt.getAttribute('data-href');
      }
    } else if (e.key === 'Escape' && !combo.list.hidden) {
      e.preventDefault();
      combo.close();
    }
  }

  /* One suggestion: a listbox option, text only, that knows its address. */
  function suggestionOption(id, href, content) {
    var li = el('li', 'search-hit');
    li.setAttribute('role', 'option');
    li.id = id;
    li.setAttribute('aria-selected', 'false');
    li.setAttribute('data-href', href);
    li.appendChild(content);
    return li;
  }

  /* One result on search.html: a list item holding a link, in the page's Tab order. */
  function resultItem(href, content) {
    var li = el('li', 'search-hit'), a = el('a');
    a.href = href;
    a.appendChild(content);
    li.appendChild(a);
    return li;
  }

  Combobox.prototype.select = function (i) {
    var opts = this.options();
    opts.forEach(function (o, k) { o.setAttribute('aria-selected', k === i ? 'true' : 'false'); });
    this.active = i;
    if (i >= 0) {
      this.input.setAttribute('aria-activedescendant', opts[i].id);
      opts[i].scrollIntoView({ block: 'nearest' });
    } else {
      this.input.removeAttribute('aria-activedescendant');
    }
  };

  Combobox.prototype.open = function () {
    this.list.hidden = false;
    if (!this.opts.page) this.input.setAttribute('aria-expanded', 'true');
  };
  Combobox.prototype.close = function () {
    if (this.opts.page) return;
    this.list.hidden = true;
    this.input.setAttribute('aria-expanded', 'false');
    this.select(-1);
  };

  /* Runs the query in the box; typing: the reader is typing its last word, which is then a prefix. */
  Combobox.prototype.run = function (typing) {
    var self = this, q = this.input.value, seq = ++this.seq;
    if (this.opts.onQuery) this.opts.onQuery(q);
    if (!q.trim()) { this.draw(null, q); return Promise.resolve(); }
    var filters = this.opts.filters ? this.opts.filters() : {};
    var started = performance.now();
    var eng;
    // The query runs in a task of its own, not in the one that built the engine or took the keystroke.
    return start().then(function (e) { eng = e; return nextTask(); }).then(function () {
      if (seq !== self.seq) return;
      return eng.search(q, Object.assign({ limit: self.opts.limit, typing: !!typing }, filters)).then(function (r) {
        if (seq !== self.seq) return;
        r.millis = performance.now() - started;
        self.draw(r, q, eng);
        // The results are painted first: marking their words waits for the next task, and what the
        // page adds around them (pager, counts, passages) for the one after.
        return nextTask().then(function () {
          if (seq !== self.seq) return;
          self.mark(r, eng);
          return self.opts.onResults ? nextTask() : null;
        }).then(function () {
          if (seq !== self.seq) return;
          if (self.opts.onResults) self.opts.onResults(r, eng, q);
          // Read by the tests as "this query's results are all drawn".
          self.list.setAttribute('data-query', q);
        });
      });
    }).catch(function (err) {
      if (seq !== self.seq) return;
      self.status('Search is unavailable: ' + err.message);
    });
  };

  Combobox.prototype.status = function (text) { if (this.opts.status) this.opts.status.textContent = text; };

  /* Marks the query's words in the titles and excerpts drawn. The first marking on a page is
     most of the drawing's work: the analyzer's regular expressions (Unicode classes) compile on
     their first use. */
  Combobox.prototype.mark = function (r, eng) {
    this.list.querySelectorAll('.search-hit-title, .search-hit-excerpt').forEach(function (span) {
      var text = span.textContent;
      span.replaceChildren();
      highlight(span, text, eng.an, r);
    });
  };

  Combobox.prototype.draw = function (r, q, eng) {
    var list = this.list, self = this;
    list.replaceChildren();
    this.select(-1);
    if (!r) { this.status(''); this.close(); list.removeAttribute('data-query'); return; }
    var items = document.createDocumentFragment();
    r.hits.forEach(function (h, i) {
      var parts = document.createDocumentFragment();
      parts.appendChild(el('span', 'search-hit-title', h.card[0]));
      var meta = el('span', 'search-hit-meta', [eng.boot.labels[h.type], h.card[2], h.lacks && 'without ' + h.lacks].filter(Boolean).join(' · '));
      parts.appendChild(meta);
      if (h.card[3]) parts.appendChild(el('span', 'search-hit-excerpt', h.card[3]));
      var href = ROOT + h.card[1];
      items.appendChild(self.opts.page ? resultItem(href, parts) : suggestionOption(self.id + '-' + i, href, parts));
    });
    list.appendChild(items);
    if (!this.opts.page && r.hits.length) {
      var more = suggestionOption(this.id + '-all', ROOT + 'search.html?q=' + encodeURIComponent(q.trim()),
        document.createTextNode('All results for “' + q.trim() + '”'));
      more.className = 'search-more';
      list.appendChild(more);
    }
    var n = r.total - (r.lacking || 0), words = [];
    words.push((n === 0 ? 'No results' : n === 1 ? '1 result' : n + ' results') + (r.date ? ' dated ' + r.date.label : ''));
    if (r.lacking) words[0] += ', and ' + r.lacking + ' with every word but one';
    if (r.corrected && !this.opts.page) words.push('(showing matches for “' + r.corrected + '”)');
    if (r.partial) words.push('(no page has every word; showing pages with some)');
    this.status(words.join(' '));
    if (r.hits.length || this.opts.page) this.open(); else this.close();
  };

  /* ------------------------------------------------------------- wiring */

  function init() {
    var box = document.getElementById('site-search-q');
    if (box) {
      var combo = new Combobox(box, document.getElementById('site-search-list'),
        { limit: 8, status: document.getElementById('site-search-status') });
      // search-loader.js loaded this script on the box's first use (it also keeps the "/" shortcut):
      // the focus that asked for it has passed, and what was typed meanwhile is searched now, at
      // once (the reader has waited for the script), its last word a prefix if it was typed.
      if (document.activeElement === box || box.value) start().then(null, function () {});
      if (box.value.trim()) combo.run(isTyping(window.siteSearchLoader && siteSearchLoader.lastInput));
      window.siteSearch = { box: combo, load: start };
    } else {
      // search.html has no masthead box; the engine is still reachable (tests compare its analyzer)
      window.siteSearch = { load: start };
    }
    // What search-page.js (search.html's results, filters and pages, loaded there only) builds on.
    window.siteSearch.parts = { Combobox: Combobox, el: el, highlight: highlight, start: start, phraseSpans: phraseSpans };
  }

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', init); else init();
})();
