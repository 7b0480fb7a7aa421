import { geoMercator, geoPath } from 'd3-geo';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { useEffect, useMemo, useState } from 'react';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';

export interface DistrictProps {
  key: string;
  name: string;
  kind: string;
  regionKey: string;
}

type BwTopology = Topology<{
  regions: GeometryCollection<{ key: string; name: string }>;
  districts: GeometryCollection<DistrictProps>;
}>;

const WIDTH = 420;
const HEIGHT = 480;

/**
 * Baden-Württemberg's Kreise with Regierungsbezirk outlines, drawn offline from the committed TopoJSON
 * (© GeoBasis-DE / BKG). The map is a pointer shortcut; keyboard and screen-reader users get the same choice
 * from the labelled select next to it, so the drawing itself is an image with a text alternative.
 */
export function BwMap({
  selectedKey,
  onSelect,
  label,
  fillFor,
}: {
  selectedKey?: string;
  onSelect?: (key: string) => void;
  label: string;
  /** Colours a Kreis by its properties (e.g. by its Regierungsbezirk's quota); otherwise selection colours. */
  fillFor?: (district: DistrictProps) => string;
}) {
  const [topology, setTopology] = useState<BwTopology>();
  const [hovered, setHovered] = useState<string>();

  useEffect(() => {
    let cancelled = false;
    void fetch('/geo/bw.topo.json')
      .then((r) => r.json() as Promise<BwTopology>)
      .then((t) => !cancelled && setTopology(t));
    return () => {
      cancelled = true;
    };
  }, []);

  const drawing = useMemo(() => {
    if (!topology) return undefined;
    const districts = feature(topology, topology.objects.districts) as FeatureCollection<Geometry, DistrictProps>;
    const projection = geoMercator().fitSize([WIDTH, HEIGHT], districts);
    const path = geoPath(projection);
    const regionBorders = path(mesh(topology, topology.objects.regions, (a, b) => a !== b)) ?? '';
    const outline = path(mesh(topology, topology.objects.regions, (a, b) => a === b)) ?? '';
    return {
      districts: districts.features.map((f: Feature<Geometry, DistrictProps>) => ({
        props: f.properties,
        d: path(f) ?? '',
      })),
      regionBorders,
      outline,
    };
  }, [topology]);

  const hoveredName = drawing?.districts.find((x) => x.props.key === hovered)?.props.name;

  return (
    <figure style={{ margin: 0 }}>
      <svg
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        role="img"
        aria-label={label}
        style={{ width: '100%', height: 'auto', maxWidth: WIDTH }}
      >
        {drawing?.districts.map(({ props, d }) => (
          <path
            key={props.key}
            d={d}
            data-key={props.key}
            data-testid={`district-${props.key}`}
            fill={
              fillFor
                ? fillFor(props)
                : props.key === selectedKey
                  ? '#174f92'
                  : props.key === hovered
                    ? '#9fc1e8'
                    : '#e8f1fb'
            }
            stroke="#4a5563"
            strokeWidth={0.6}
            style={{ cursor: onSelect ? 'pointer' : 'default' }}
            onClick={() => onSelect?.(props.key)}
            onMouseEnter={() => setHovered(props.key)}
            onMouseLeave={() => setHovered(undefined)}
          >
            <title>{props.name}</title>
          </path>
        ))}
        {drawing && <path d={drawing.regionBorders} fill="none" stroke="#111" strokeWidth={1.6} pointerEvents="none" />}
        {drawing && <path d={drawing.outline} fill="none" stroke="#111" strokeWidth={1.6} pointerEvents="none" />}
      </svg>
      <figcaption aria-live="polite" style={{ minHeight: '1.5em' }}>
        {hoveredName ?? '\u00a0'}
      </figcaption>
    </figure>
  );
}
