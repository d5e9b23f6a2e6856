from django.core.management.base import BaseCommand

from opendata.export import export_folder, export_open_data


class Command(BaseCommand):
    help = "Write the open data export (CSV, JSON and their manifest with SHA-256 checksums)."

    def add_arguments(self, parser):
        parser.add_argument("--folder", help=f"where to write (default: {export_folder()})")

    def handle(self, *args, folder=None, **options):
        manifest = export_open_data(folder)
        for dataset in manifest["datasets"]:
            self.stdout.write(f"{dataset['name']}: {dataset['rows']} rows")
