/*
 * The query analysis of the site search: a step-by-step copy of the Lucene chain in
 * org.idlibchronicle.index.SearchAnalyzer (char filters, letter/digit tokens, lower case, Arabic
 * normalisation, ASCII folding, stop words, Porter stemming, doubled letters collapsed). SearchAnalyzerParityIT checks
 * in Chromium that it gives Lucene's terms for the whole vocabulary of the corpus.
 * Kept with the generator, not in a site's assets/, because it must match the generator's Java
 * analyzer. The index stage publishes it at the start of search/boot.js (IndexFiles), so that the
 * first query loads one file before its shards, not two; it registers itself with
 * __siteSearch("analyzer", factory) before the boot data registers.
 */
(function () {
  'use strict';
  var MARKS = /\p{M}/gu;
  var POSSESSIVE = /['\u2019]s(?![\p{L}\p{N}])/gu;
  var NAME_MARKS = /(?<=\p{L})['\u2019\u2018`\u00b4\u02bc\u02bf\u02be]/gu;
  var TOKEN = /[\p{L}\p{N}]+/gu;
  var DOUBLE = /(\p{L})\1+/gu;
  /* JoinedForms in Java: hyphenated compounds, and letters run into digits. */
  var COMPOUND = /[\p{L}\p{N}\p{M}'\u2019\u2018`\u00b4\u02bc\u02bf\u02be]+(?:-[\p{L}\p{N}\p{M}'\u2019\u2018`\u00b4\u02bc\u02bf\u02be]+)+/gu;
  var LETTERS_DIGITS = /(?<![\p{L}\p{N}])(\p{L}+)(\p{N}+)(?![\p{L}\p{N}])/gu;

  /* Lucene's LowerCaseFilter maps each code point with Character.toLowerCase (simple case mapping);
     the first code point of JavaScript's full mapping is the same (İ → i). */
  function lower(s) {
    var out = '';
    for (var ch of s) {
      var l = ch.toLowerCase();
      out += l.length > 1 ? String.fromCodePoint(l.codePointAt(0)) : l;
    }
    return out;
  }

  /* Lucene's ArabicNormalizer, character for character: the hamza forms of alef (آ أ إ) become ا,
     alef maqsura ى becomes ي, ta marbuta ة becomes ه, tatweel and the vowel marks go. */
  var ARABIC = /[\u0622\u0623\u0625\u0649\u0629\u0640\u064b-\u0652]/g;
  function arabic(s) {
    return s.replace(ARABIC, function (c) { var i = '\u0622\u0623\u0625\u0649\u0629'.indexOf(c); return i < 0 ? '' : '\u0627\u0627\u0627\u064a\u0647'.charAt(i); });
  }
  /* Letters that ASCII folding leaves as they are (SearchAnalyzerTest proves it for the Arabic block):
     a query in them needs no folding table beyond the boot file's. */
  var UNFOLDED = /[\u0600-\u06ff]/;

  /* Porter stemmer: the algorithm of Lucene's PorterStemmer (Release 3 with its two bug fixes). */
  function porter(word) {
    var b = word.split(''), k = b.length - 1, k0 = 0, j = 0;
    function cons(i) {
      switch (b[i]) {
        case 'a': case 'e': case 'i': case 'o': case 'u': return false;
        case 'y': return i === k0 ? true : !cons(i - 1);
        default: return true;
      }
    }
    function m() {
      var n = 0, i = k0;
      for (;;) { if (i > j) return n; if (!cons(i)) break; i++; }
      i++;
      for (;;) {
        for (;;) { if (i > j) return n; if (cons(i)) break; i++; }
        i++; n++;
        for (;;) { if (i > j) return n; if (!cons(i)) break; i++; }
        i++;
      }
    }
    function vowelinstem() { for (var i = k0; i <= j; i++) if (!cons(i)) return true; return false; }
    function doublec(x) { if (x < k0 + 1) return false; if (b[x] !== b[x - 1]) return false; return cons(x); }
    function cvc(i) {
      if (i < k0 + 2 || !cons(i) || cons(i - 1) || !cons(i - 2)) return false;
      var ch = b[i];
      return !(ch === 'w' || ch === 'x' || ch === 'y');
    }
    function ends(s) {
      var l = s.length, o = k - l + 1;
      if (o < k0) return false;
      for (var i = 0; i < l; i++) if (b[o + i] !== s.charAt(i)) return false;
      j = k - l;
      return true;
    }
    function setto(s) { var o = j + 1; for (var i = 0; i < s.length; i++) b[o + i] = s.charAt(i); k = j + s.length; }
    function r(s) { if (m() > 0) setto(s); }
    function step1() {
      if (b[k] === 's') {
        if (ends('sses')) k -= 2;
        else if (ends('ies')) setto('i');
        else if (b[k - 1] !== 's') k--;
      }
      if (ends('eed')) { if (m() > 0) k--; }
      else if ((ends('ed') || ends('ing')) && vowelinstem()) {
        k = j;
        if (ends('at')) setto('ate');
        else if (ends('bl')) setto('ble');
        else if (ends('iz')) setto('ize');
        else if (doublec(k)) { var ch = b[k--]; if (ch === 'l' || ch === 's' || ch === 'z') k++; }
        else if (m() === 1 && cvc(k)) setto('e');
      }
    }
    function step2() { if (ends('y') && vowelinstem()) b[k] = 'i'; }
    var STEP3 = {
      a: [['ational', 'ate'], ['tional', 'tion']], c: [['enci', 'ence'], ['anci', 'ance']], e: [['izer', 'ize']],
      l: [['bli', 'ble'], ['alli', 'al'], ['entli', 'ent'], ['eli', 'e'], ['ousli', 'ous']],
      o: [['ization', 'ize'], ['ation', 'ate'], ['ator', 'ate']],
      s: [['alism', 'al'], ['iveness', 'ive'], ['fulness', 'ful'], ['ousness', 'ous']],
      t: [['aliti', 'al'], ['iviti', 'ive'], ['biliti', 'ble']], g: [['logi', 'log']]
    };
    var STEP4 = { e: [['icate', 'ic'], ['ative', ''], ['alize', 'al']], i: [['iciti', 'ic']],
      l: [['ical', 'ic'], ['ful', '']], s: [['ness', '']] };
    function table(rules) {
      if (!rules) return;
      for (var i = 0; i < rules.length; i++) if (ends(rules[i][0])) { r(rules[i][1]); return; }
    }
    function step3() { if (k === k0) return; table(Object.prototype.hasOwnProperty.call(STEP3, b[k - 1]) ? STEP3[b[k - 1]] : null); }
    function step4() { table(Object.prototype.hasOwnProperty.call(STEP4, b[k]) ? STEP4[b[k]] : null); }
    function step5() {
      if (k === k0) return;
      switch (b[k - 1]) {
        case 'a': if (ends('al')) break; return;
        case 'c': if (ends('ance')) break; if (ends('ence')) break; return;
        case 'e': if (ends('er')) break; return;
        case 'i': if (ends('ic')) break; return;
        case 'l': if (ends('able')) break; if (ends('ible')) break; return;
        case 'n': if (ends('ant')) break; if (ends('ement')) break; if (ends('ment')) break; if (ends('ent')) break; return;
        case 'o': if (ends('ion') && j >= 0 && (b[j] === 's' || b[j] === 't')) break; if (ends('ou')) break; return;
        case 's': if (ends('ism')) break; return;
        case 't': if (ends('ate')) break; if (ends('iti')) break; return;
        case 'u': if (ends('ous')) break; return;
        case 'v': if (ends('ive')) break; return;
        case 'z': if (ends('ize')) break; return;
        default: return;
      }
      if (m() > 1) k = j;
    }
    function step6() {
      j = k;
      if (b[k] === 'e') { var a = m(); if (a > 1 || (a === 1 && !cvc(k - 1))) k--; }
      if (b[k] === 'l' && doublec(k) && m() > 1) k--;
    }
    if (k > k0 + 1) { step1(); step2(); step3(); step4(); step5(); step6(); }
    return b.slice(0, k + 1).join('');
  }

  /* config: { stop: [...], fold: {char: folded} } (Lucene's ASCII folding, from the index). */
  function create(config) {
    var stop = new Set(config.stop);
    var fold = config.fold;
    function asciiFold(s) {
      if (!/[^\x00-\x7f]/.test(s)) return s;
      var out = '';
      for (var i = 0; i < s.length; i++) {
        var c = s.charAt(i);
        out += c.charCodeAt(0) < 0x80 || !Object.prototype.hasOwnProperty.call(fold, c) ? c : fold[c];
      }
      return out;
    }
    function charFilters(text) {
      return text.replace(MARKS, '').replace(POSSESSIVE, '').replace(NAME_MARKS, '');
    }
    /* A token as the chain leaves it before stop words: lower case, Arabic normalised, folded. */
    function normalize(token) { return asciiFold(arabic(lower(token))); }
    /* Stems remembered: highlighting and passages stem the same words again and again. */
    var stems = new Map();
    function stemmed(word) {
      var s = stems.get(word);
      if (s === undefined) { s = porter(word); stems.set(word, s); }
      return s;
    }
    function finish(word, stem) { return (stem ? stemmed(word) : word).replace(DOUBLE, '$1'); }
    function analyze(text, stem) {
      var out = [], tokens = charFilters(text).match(TOKEN) || [];
      for (var i = 0; i < tokens.length; i++) {
        var w = normalize(tokens[i]);
        if (!stop.has(w)) out.push(finish(w, stem));
      }
      return out;
    }
    /* The extra index terms of a text (JoinedForms.terms): "Su-24" → su24, "al-Sham" → alsham, "F16" → f, 16. */
    function joined(text) {
      var out = [], m;
      function add(t) { if (out.indexOf(t) < 0) out.push(t); }
      COMPOUND.lastIndex = 0;
      while ((m = COMPOUND.exec(text))) {
        var j = analyze(m[0].replace(/-/g, ''), true);
        if (j.length === 1 && analyze(m[0], true).indexOf(j[0]) < 0) add(j[0]);
      }
      LETTERS_DIGITS.lastIndex = 0;
      while ((m = LETTERS_DIGITS.exec(text))) analyze(m[1] + ' ' + m[2], true).forEach(add);
      return out;
    }
    return {
      joined: joined,
      /* The indexed terms of a text (stemmed). */
      terms: function (text) { return analyze(text, true); },
      /* The words as typed (not stemmed), for prefix matching. */
      surface: function (text) { return analyze(text, false); },
      /* One typed word without the stop list: the prefix being typed. */
      fragment: function (token) { var t = (charFilters(token).match(TOKEN) || []); return t.length ? finish(normalize(t[t.length - 1]), false) : ''; },
      isStop: function (token) { return stop.has(normalize(token)); },
      /* Whether folding needs characters that the boot table does not carry. */
      needsFullFold: function (text) {
        for (var i = 0; i < text.length; i++) {
          var c = text.charAt(i);
          if (c.charCodeAt(0) >= 0x80 && !Object.prototype.hasOwnProperty.call(fold, c) && !UNFOLDED.test(c)
              && /[\p{L}\p{N}]/u.test(c)) return true;
        }
        return false;
      },
      addFolding: function (more) { for (var c in more) fold[c] = more[c]; },
      stem: porter
    };
  }

  window.__siteSearch('analyzer', create);
})();
