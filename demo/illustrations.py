"""Text-free illustrations drawn with Pillow (landscapes and woven patterns), so the demo ships
no photos. Each drawing comes with words describing what it shows, for alt text and titles."""

import io
import math
from dataclasses import dataclass

from PIL import Image, ImageDraw

WIDTH, HEIGHT = 1200, 675


@dataclass(frozen=True)
class Palette:
    sky: tuple[str, str]  # top, horizon
    sky_words: str
    land: tuple[str, str, str, str]  # far to near
    land_words: str
    sun: str


PALETTES = {
    "dawn": Palette(
        ("#f6d1a3", "#fbeee0"),
        "a pale dawn sky",
        ("#9bb7a0", "#5f8c6e", "#2f5d46", "#173828"),
        "soft to deep greens",
        "#f29e4c",
    ),
    "dusk": Palette(
        ("#3b2c5a", "#f08a5d"),
        "a violet and orange dusk sky",
        ("#6b4e71", "#4a3557", "#2b1d3a", "#150d1f"),
        "plum and aubergine",
        "#ffd56b",
    ),
    "noon": Palette(
        ("#4aa3df", "#c9e8f7"),
        "a clear blue sky",
        ("#c9b458", "#a58e3b", "#7a6a2a", "#4d431b"),
        "ochre and olive",
        "#fff3b0",
    ),
    "rain": Palette(
        ("#7d8b99", "#c5ced6"),
        "a grey rainy-season sky",
        ("#6f9c8a", "#4b7d6c", "#2e5c4f", "#173b33"),
        "sea greens",
        "#e8eef2",
    ),
    "desert": Palette(
        ("#f3b562", "#fde2b3"),
        "a hot amber sky",
        ("#d98c4e", "#b8653a", "#8c4527", "#5c2a18"),
        "terracotta and rust",
        "#fff1c1",
    ),
    "highland": Palette(
        ("#8ec5e8", "#eaf6fb"),
        "a cold highland sky",
        ("#a3a86b", "#7d8a4a", "#56652f", "#2f3b18"),
        "moss and khaki",
        "#ffffff",
    ),
    "tropic": Palette(
        ("#2bb5b8", "#bff0e6"),
        "a turquoise sky",
        ("#3fa34d", "#2a7f3a", "#16602a", "#0b3d1a"),
        "bright tropical greens",
        "#ffe66d",
    ),
    "night": Palette(
        ("#0f1b3d", "#3a4f8a"),
        "a deep blue night sky",
        ("#2d3f6e", "#213157", "#162340", "#0b1429"),
        "inky blues",
        "#f5f1d6",
    ),
    "autumn": Palette(
        ("#e9c46a", "#f4e3b5"),
        "a golden autumn sky",
        ("#e76f51", "#c4573e", "#9c3f2b", "#6b2a1c"),
        "coral and brick red",
        "#fefae0",
    ),
    "lagoon": Palette(
        ("#90e0ef", "#e0fbfc"),
        "a bright coastal sky",
        ("#48cae4", "#0096c7", "#0077b6", "#023e8a"),
        "lagoon blues",
        "#ffd166",
    ),
}


@dataclass(frozen=True)
class Illustration:
    jpeg: bytes
    description: str  # what it shows, e.g. "terraced hillsides in moss and khaki under ..."


def draw_illustration(scene, palette_name, rng):
    """Draw `scene` (a key of SCENES) in the named palette; `rng` is a random.Random."""
    palette = PALETTES[palette_name]
    image = _sky(palette)
    draw = ImageDraw.Draw(image)
    shows = SCENES[scene](draw, palette, rng)
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=82, optimize=True)
    if scene == "weave":
        description = f"{shows} in {palette.land_words}"
    else:
        description = f"{shows} in {palette.land_words} under {palette.sky_words}"
    return Illustration(buffer.getvalue(), description)


def _sky(palette):
    top = Image.new("RGB", (WIDTH, HEIGHT), palette.sky[0])
    horizon = Image.new("RGB", (WIDTH, HEIGHT), palette.sky[1])
    gradient = Image.linear_gradient("L").resize((WIDTH, HEIGHT))
    return Image.composite(horizon, top, gradient)


def _ridge(rng, base, amplitude, waves=3):
    """Points of a wavy skyline across the whole width, closed along the bottom edge."""
    phases = [rng.uniform(0, math.tau) for _ in range(waves)]
    frequencies = [rng.uniform(0.6, 1.4) * (i + 1) for i in range(waves)]
    points = []
    for x in range(0, WIDTH + 20, 20):
        t = x / WIDTH * math.tau
        y = sum(
            math.sin(f * t + p) / (i + 1)
            for i, (f, p) in enumerate(zip(frequencies, phases, strict=True))
        )
        points.append((x, base - amplitude * y))
    return [*points, (WIDTH, HEIGHT), (0, HEIGHT)]


def _sun(draw, palette, rng, low=False):
    x = rng.randint(150, WIDTH - 150)
    y = rng.randint(260, 330) if low else rng.randint(90, 200)
    r = rng.randint(45, 75)
    draw.ellipse((x - r, y - r, x + r, y + r), fill=palette.sun)


def _hills(draw, palette, rng):
    low = rng.random() < 0.5
    _sun(draw, palette, rng, low=low)
    for depth, colour in enumerate(palette.land):
        draw.polygon(_ridge(rng, 330 + depth * 95, 55 - depth * 8), fill=colour)
    return "rolling hills" + (" with a low sun" if low else " with the sun high above")


def _terraces(draw, palette, rng):
    _sun(draw, palette, rng)
    for depth, colour in enumerate(palette.land):
        points = _ridge(rng, 300 + depth * 100, 70 - depth * 12)
        draw.polygon(points, fill=colour)
        lighter = palette.land[max(depth - 1, 0)]
        for offset in range(18, 100, 18):
            line = [(x, y + offset) for x, y in points[:-2]]
            draw.line(line, fill=lighter, width=3)
    return "terraced hillsides"


def _fields(draw, palette, rng):
    horizon = rng.randint(230, 290)
    _sun(draw, palette, rng)
    draw.rectangle((0, horizon, WIDTH, HEIGHT), fill=palette.land[0])
    vanishing_x = rng.randint(400, 800)
    bands = sorted(rng.sample(range(horizon + 20, HEIGHT), 5))
    edges = [horizon, *bands, HEIGHT]
    for i, (top, bottom) in enumerate(zip(edges, edges[1:], strict=False)):
        draw.rectangle((0, top, WIDTH, bottom), fill=palette.land[i % 4])
    for x in range(-1200, 2400, 90):
        draw.line((vanishing_x, horizon, x, HEIGHT), fill=palette.land[3], width=2)
    return "a patchwork of ploughed fields"


def _coast(draw, palette, rng):
    _sun(draw, palette, rng, low=True)
    sea_top = rng.randint(330, 380)
    draw.polygon(_ridge(rng, sea_top - 10, 40), fill=palette.land[2])
    draw.rectangle((0, sea_top, WIDTH, HEIGHT), fill=palette.land[1])
    for y in range(sea_top + 15, HEIGHT, 22):
        phase = rng.uniform(0, math.tau)
        wave = [(x, y + 5 * math.sin(x / 40 + phase)) for x in range(0, WIDTH + 10, 10)]
        draw.line(wave, fill=palette.land[0], width=3)
    draw.polygon(
        [(0, HEIGHT), (0, HEIGHT - 140), (WIDTH // 3, HEIGHT - 60), (WIDTH // 2, HEIGHT)],
        fill=palette.land[3],
    )
    return "a coastline with waves and a headland"


def _town(draw, palette, rng):
    _sun(draw, palette, rng)
    draw.polygon(_ridge(rng, 330, 50), fill=palette.land[0])
    draw.polygon(_ridge(rng, 430, 30), fill=palette.land[1])
    x = -20
    while x < WIDTH:
        width = rng.randint(60, 130)
        top = rng.randint(420, 520)
        colour = palette.land[rng.choice((2, 3))]
        draw.rectangle((x, top, x + width, HEIGHT), fill=colour)
        draw.polygon([(x - 8, top), (x + width // 2, top - 45), (x + width + 8, top)], fill=colour)
        for wx in range(x + 15, x + width - 20, 35):
            draw.rectangle((wx, top + 30, wx + 16, top + 52), fill=palette.sun)
        x += width + rng.randint(5, 25)
    return "a row of small houses with lit windows in front of hills"


def _weave(draw, palette, rng):
    colours = [*palette.land, palette.sun, palette.sky[1]]
    y = 0
    while y < HEIGHT:
        height = rng.choice((20, 30, 45, 70))
        draw.rectangle((0, y, WIDTH, y + height), fill=rng.choice(colours))
        if height >= 45:
            colour = rng.choice(colours)
            for x in range(0, WIDTH, height):
                middle = y + height / 2
                draw.polygon(
                    [
                        (x, middle),
                        (x + height / 2, y),
                        (x + height, middle),
                        (x + height / 2, y + height),
                    ],
                    fill=colour,
                )
        y += height
    return "a woven textile pattern of stripes and diamonds"


SCENES = {
    "hills": _hills,
    "terraces": _terraces,
    "fields": _fields,
    "coast": _coast,
    "town": _town,
    "weave": _weave,
}
