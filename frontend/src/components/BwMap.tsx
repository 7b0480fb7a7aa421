import { useEffect, useState } from 'react';

export interface DistrictProps {
  key: string;
  name: string;
  kind: string;
  regionKey: string;
}

/** public/geo/bw.map.json, written by scripts/map-paths.mjs: the Kreise already projected into SVG paths. */
interface BwDrawing {
  width: number;
  height: number;
  districts: (DistrictProps & { d: string })[];
  regionBorders: string;
  outline: string;
}

// The drawing's size until the file is there, so the page does not jump when it arrives (as in the file).
const WIDTH = 420;
const HEIGHT = 480;

/**
 * Baden-Württemberg's Kreise with Regierungsbezirk outlines, drawn from the committed TopoJSON (© GeoBasis-DE / BKG),
 * projected when the SPA is built. The map is a pointer shortcut; keyboard and screen-reader users get the same
 * choice from the labelled select next to it, so the drawing itself is an image with a text alternative.
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
  const [drawing, setDrawing] = useState<BwDrawing>();
  const [hovered, setHovered] = useState<string>();

  useEffect(() => {
    let cancelled = false;
    void fetch('/geo/bw.map.json')
      .then((r) => (r.ok ? (r.json() as Promise<BwDrawing>) : undefined))
      .then((map) => !cancelled && map && setDrawing(map));
    return () => {
      cancelled = true;
    };
  }, []);

  const hoveredName = drawing?.districts.find((x) => x.key === hovered)?.name;

  return (
    <figure style={{ margin: 0 }}>
      <svg
        viewBox={`0 0 ${drawing?.width ?? WIDTH} ${drawing?.height ?? HEIGHT}`}
        role="img"
        aria-label={label}
        style={{ width: '100%', height: 'auto', maxWidth: WIDTH }}
      >
        {drawing?.districts.map(({ d, ...props }) => (
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
