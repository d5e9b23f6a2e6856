"""The world map of the atlas: country outlines as SVG paths, shaded by what the exchange holds.

The outlines are Natural Earth's 1:110m admin-0 countries as the npm package `world-atlas`
ships them (TopoJSON, node_modules/world-atlas/countries-110m.json). `manage.py
build_world_map` decodes them once, projects them with the Equal Earth projection (equal areas,
so no continent looks bigger than it is) and writes atlas/world_map_shapes.json, which is kept
in the repository: the site reads only that file, and never asks another host for anything.
"""

import json
import math
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from django_countries import countries as all_countries

SHAPES_FILE = Path(__file__).with_name("world_map_shapes.json")
TOPOJSON_FILE = Path(__file__).parent.parent / "node_modules/world-atlas/countries-110m.json"
MAP_WIDTH = 1000

# Equal Earth (Šavrič, Patterson & Jenny, 2018).
A1, A2, A3, A4 = 1.340264, -0.081106, 0.000893, 0.003796
M = math.sqrt(3) / 2
X_EXTENT = 2.7064  # |x| at longitude ±180°, latitude 0
Y_EXTENT = 1.3173  # |y| at latitude ±90°


def equal_earth(longitude, latitude):
    """(x, y) in the projection's units for a point in degrees."""
    theta = math.asin(M * math.sin(math.radians(latitude)))
    t2 = theta * theta
    t6 = t2 * t2 * t2
    x = (
        math.radians(longitude)
        * math.cos(theta)
        / (M * (A1 + 3 * A2 * t2 + t6 * (7 * A3 + 9 * A4 * t2)))
    )
    y = theta * (A1 + A2 * t2 + t6 * (A3 + A4 * t2))
    return x, y


def _decoded_arcs(topology):
    """The TopoJSON arcs as lists of (longitude, latitude): undo the quantisation and the
    delta encoding."""
    (scale_x, scale_y), (shift_x, shift_y) = (
        topology["transform"]["scale"],
        topology["transform"]["translate"],
    )
    arcs = []
    for arc in topology["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x, y = x + dx, y + dy
            points.append((x * scale_x + shift_x, y * scale_y + shift_y))
        arcs.append(points)
    return arcs


def _ring(arcs, indexes):
    points = []
    for index in indexes:
        arc = arcs[index] if index >= 0 else list(reversed(arcs[~index]))
        points.extend(arc if not points else arc[1:])
    return points


def _split_at_antimeridian(ring):
    """A ring that crosses longitude ±180° (Russia, Fiji) as two rings, one on each edge of
    the map: the unwrapped ring, shifted by 0 and by ±360°, each clamped to [-180°, 180°].
    Points pushed onto the edge make slivers of no area, so each copy fills its own side."""
    longitudes = [longitude for longitude, _latitude in ring]
    if all(abs(b - a) <= 180 for a, b in zip(longitudes, longitudes[1:], strict=False)):
        return [ring]
    unwrapped, shift, previous = [], 0, ring[0][0]
    for longitude, latitude in ring:
        if longitude - previous > 180:
            shift -= 360
        elif previous - longitude > 180:
            shift += 360
        previous = longitude
        unwrapped.append((longitude + shift, latitude))
    other_side = -360 if max(longitude for longitude, _ in unwrapped) > 180 else 360
    return [
        [(min(max(longitude + offset, -180), 180), latitude) for longitude, latitude in unwrapped]
        for offset in (0, other_side)
    ]


def _path(rings, scale):
    commands = []
    for ring in (part for whole in rings for part in _split_at_antimeridian(whole)):
        previous = None
        for number, (longitude, latitude) in enumerate(ring):
            x, y = equal_earth(longitude, latitude)
            point = (round((x + X_EXTENT) * scale, 1), round((Y_EXTENT - y) * scale, 1))
            if point == previous:
                continue
            commands.append(f"{'M' if number == 0 else 'L'}{point[0]:g},{point[1]:g}")
            previous = point
        commands.append("Z")
    return "".join(commands)


def build_shapes(topology):
    """{"width", "height", "countries": {ISO alpha-2: SVG path}} from the world-atlas
    topology; features with no ISO 3166 numeric code (e.g. disputed areas) are left out."""
    arcs = _decoded_arcs(topology)
    scale = MAP_WIDTH / (2 * X_EXTENT)
    shapes = {}
    for geometry in topology["objects"]["countries"]["geometries"]:
        code = all_countries.alpha2(geometry.get("id") or "")
        if not code or geometry["type"] not in ("Polygon", "MultiPolygon"):
            continue
        polygons = [geometry["arcs"]] if geometry["type"] == "Polygon" else geometry["arcs"]
        rings = [_ring(arcs, ring) for polygon in polygons for ring in polygon]
        shapes[code] = shapes.get(code, "") + _path(rings, scale)
    return {
        "source": "world-atlas countries-110m.json (Natural Earth 1:110m), Equal Earth",
        "width": MAP_WIDTH,
        "height": round(2 * Y_EXTENT * scale),
        "countries": dict(sorted(shapes.items())),
    }


@cache
def shapes():
    return json.loads(SHAPES_FILE.read_text(encoding="utf-8"))


# Shades, from none to most; a count falls in the first class whose upper bound it reaches.
SHADE_BOUNDS = (0, 1, 3, 6)


def shade_of(count):
    for shade, bound in enumerate(SHADE_BOUNDS):
        if count <= bound:
            return shade
    return len(SHADE_BOUNDS)


def legend():
    """[(shade, lowest count, highest count or None)] for the map's legend."""
    rows, low = [], 0
    for shade, bound in enumerate(SHADE_BOUNDS):
        rows.append((shade, low, bound))
        low = bound + 1
    rows.append((len(SHADE_BOUNDS), low, None))
    return rows


@dataclass
class MapCountry:
    code: str
    name: str
    count: int
    shade: int
    has_content: bool  # of any measure: then a link to its dossier
    path: str  # empty: too small for the 1:110m outlines, reachable from the list only


# The exchange flows on the map -----------------------------------------------------------------

FLOW_WIDTHS = 4  # classes flow-map__width-1 … -4 (site.css): 1, 2, 3, 4 or more tools
FLOW_BEND = 0.2  # how far an arc bows from the straight line, as a share of its length


def outline_rings(path):
    """The rings of a country's SVG path ("Mx,yLx,y…Z…") as lists of (x, y)."""
    for ring in path.split("Z"):
        points = [tuple(map(float, point.split(","))) for point in ring[1:].split("L") if point]
        if len(points) >= 3:
            yield points


def _centroid(ring):
    """(area, (x, y)) of a polygon, by the shoelace formula."""
    twice_area = cx = cy = 0.0
    for (x0, y0), (x1, y1) in zip(ring, ring[1:] + ring[:1], strict=True):
        cross = x0 * y1 - x1 * y0
        twice_area += cross
        cx += (x0 + x1) * cross
        cy += (y0 + y1) * cross
    if not twice_area:
        return 0.0, ring[0]
    return abs(twice_area) / 2, (cx / (3 * twice_area), cy / (3 * twice_area))


@cache
def anchors():
    """{ISO alpha-2: (x, y)}: where a flow starts or ends in each country, the centre of its
    largest ring (mainland France, not the average of France and French Guiana)."""
    return {
        code: max((_centroid(ring) for ring in outline_rings(path)), key=lambda found: found[0])[1]
        for code, path in shapes()["countries"].items()
    }


@dataclass
class FlowLine:
    from_code: str
    to_code: str
    label: str
    tools: int
    width: int  # 1 to FLOW_WIDTHS
    path: str  # a quadratic arc from the origin's anchor to the destination's


def _arc(start, end):
    """An arc that bows to the left of its direction, so that the flows A→B and B→A part."""
    (x0, y0), (x1, y1) = start, end
    cx = (x0 + x1) / 2 + (y1 - y0) * FLOW_BEND
    cy = (y0 + y1) / 2 - (x1 - x0) * FLOW_BEND
    return f"M{x0:.1f},{y0:.1f}Q{cx:.1f},{cy:.1f} {x1:.1f},{y1:.1f}"


def flow_map(flows):
    """The map of dossier.exchange_flows(): every country's outline, those at either end of a
    flow shaded, and one arc per flow, wider for more tools; a flow from or to a country too
    small for the outlines is in the table only."""
    points = anchors()
    ends = {code for flow in flows for code in (flow["from_code"], flow["to_code"])}
    lines = [
        FlowLine(
            from_code=flow["from_code"],
            to_code=flow["to_code"],
            label=f"{flow['from_name']} → {flow['to_name']}: {len(flow['tools'])}",
            tools=len(flow["tools"]),
            width=min(len(flow["tools"]), FLOW_WIDTHS),
            path=_arc(points[flow["from_code"]], points[flow["to_code"]]),
        )
        for flow in flows
        if flow["from_code"] in points and flow["to_code"] in points
    ]
    outlines = shapes()
    return {
        "width": outlines["width"],
        "height": outlines["height"],
        "countries": [
            {"code": code, "path": path, "shade": 2 if code in ends else 0}
            for code, path in outlines["countries"].items()
        ],
        # The widest drawn first, so that a thin flow stays visible on top of it.
        "lines": sorted(lines, key=lambda line: -line.tools),
    }
