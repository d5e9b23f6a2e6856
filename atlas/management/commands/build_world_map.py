"""Regenerate atlas/world_map_shapes.json from the npm package world-atlas (`npm ci` first)."""

import json

from django.core.management.base import BaseCommand, CommandError

from atlas.world_map import SHAPES_FILE, TOPOJSON_FILE, build_shapes


class Command(BaseCommand):
    help = "Project the world-atlas country outlines into the SVG paths the atlas map draws."

    def handle(self, *args, **options):
        if not TOPOJSON_FILE.exists():
            raise CommandError(f"{TOPOJSON_FILE} is missing: run `npm ci` first.")
        shapes = build_shapes(json.loads(TOPOJSON_FILE.read_text(encoding="utf-8")))
        SHAPES_FILE.write_text(json.dumps(shapes, separators=(",", ":")) + "\n", encoding="utf-8")
        self.stdout.write(f"{len(shapes['countries'])} countries written to {SHAPES_FILE}")
