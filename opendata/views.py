"""The Data page (what the exchange publishes, under which licence, with checksums) and the
files themselves, streamed from the last export."""

from django.http import FileResponse, Http404, HttpResponse
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


VOCABULARY_FORMATS = {
    "ttl": ("turtle", "text/turtle; charset=utf-8"),
    "jsonld": ("json-ld", "application/ld+json; charset=utf-8"),
}


def vocabularies(request, extension=None):
    """The taxonomy as SKOS (small: built on request). Without an extension, JSON-LD to whoever
    asks for it (Accept), Turtle to everyone else."""
    from opendata.export import base_url
    from opendata.vocabularies import vocabulary_graph

    if extension is None:
        extension = (
            "jsonld" if "application/ld+json" in request.headers.get("Accept", "") else "ttl"
        )
    if extension not in VOCABULARY_FORMATS:
        raise Http404("Vocabularies are in Turtle (.ttl) or JSON-LD (.jsonld).")
    rdf_format, content_type = VOCABULARY_FORMATS[extension]
    text = vocabulary_graph(base_url()).serialize(format=rdf_format)
    response = HttpResponse(text, content_type=content_type)
    response["Access-Control-Allow-Origin"] = "*"
    return response
