// Writes public/geo/bw.map.json from geo/bw.topo.json (© GeoBasis-DE / BKG): the map of Baden-Württemberg's Kreise
// already projected into SVG paths, so the browser draws it without d3-geo and topojson-client (about 10 KB of
// JavaScript gzip on every page that shows the map, and the projection's work on a phone). Runs with
// `npm run generate`, like the contract's types.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { geoMercator, geoPath } from 'd3-geo';
import { feature, mesh } from 'topojson-client';

// The drawing's size in SVG units; components/BwMap.tsx sets its viewBox from the file.
const WIDTH = 420;
const HEIGHT = 480;

const topology = JSON.parse(readFileSync(new URL('../geo/bw.topo.json', import.meta.url), 'utf8'));
const districts = feature(topology, topology.objects.districts);
// One decimal is a tenth of an SVG unit: below a pixel even at twice the map's width.
const path = geoPath(geoMercator().fitSize([WIDTH, HEIGHT], districts)).digits(1);
const map = {
  width: WIDTH,
  height: HEIGHT,
  districts: districts.features.map((f) => ({ ...f.properties, d: path(f) })),
  regionBorders: path(mesh(topology, topology.objects.regions, (a, b) => a !== b)),
  outline: path(mesh(topology, topology.objects.regions, (a, b) => a === b)),
};
mkdirSync(new URL('../public/geo/', import.meta.url), { recursive: true });
writeFileSync(new URL('../public/geo/bw.map.json', import.meta.url), JSON.stringify(map));
