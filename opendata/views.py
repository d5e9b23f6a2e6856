"""The Data page (what the exchange publishes, under which licence, with checksums) and the
files themselves, streamed from the last export."""

from django.http import FileResponse, Http404
from django.template.response import TemplateResponse

from opendata.export import MANIFEST, export_folder, read_manifest

CONTENT_TYPES = {"csv": "text/csv; charset=utf-8", "json": "application/json; charset=utf-8"}


def data_page(request):
    return TemplateResponse(request, "opendata/data_page.html", {"manifest": read_manifest()})


def data_file(request, name):
    manifest = read_manifest()
    published = {MANIFEST: "json"}
    for dataset in (manifest or {}).get("datasets", []):
        for kind, described in dataset["files"].items():
            published[described["file"]] = kind
    if name not in published:
        raise Http404("No such file in the open data export.")
    path = export_folder() / name
    if not path.exists():
        raise Http404("No such file in the open data export.")
    # FileResponse sends the file in blocks: a large export never sits whole in memory.
    response = FileResponse(path.open("rb"), content_type=CONTENT_TYPES[published[name]])
    response["Content-Disposition"] = f'attachment; filename="sse-exchange-{name}"'
    response["Access-Control-Allow-Origin"] = "*"  # open data: other sites' scripts may read it
    return response
