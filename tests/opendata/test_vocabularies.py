"""The taxonomy and the glossary as SKOS in Turtle and JSON-LD: every term a concept of its
scheme, named in every language, mapped to ESSGlobal where it matches; both serialisations the
same graph."""

import json

from pyld import jsonld
from rdflib import Graph, Literal, URIRef
from rdflib.compare import isomorphic
from rdflib.namespace import RDF, SKOS
from wagtail.models import Locale

from glossary.models import GlossaryTerm
from opendata.vocabularies import ESSGLOBAL_THEMES, VOCABULARIES, registered_vocabularies
from taxonomy.models import Theme


def fetch(client, path, rdf_format):
    response = client.get(path)
    assert response.status_code == 200
    return response, Graph().parse(data=response.content.decode(), format=rdf_format)


def test_taxonomy_as_skos_in_turtle_and_json_ld(client, settings, db):
    settings.OPEN_DATA_BASE_URL = "https://sse.example.org"
    response, turtle = fetch(client, "/data/vocabularies.ttl", "turtle")
    assert response["Content-Type"].startswith("text/turtle")
    _response, json_ld = fetch(client, "/data/vocabularies.jsonld", "json-ld")
    assert isomorphic(turtle, json_ld)

    root = "https://sse.example.org/data/vocabularies#"
    schemes = set(turtle.subjects(RDF.type, SKOS.ConceptScheme))
    assert schemes == {URIRef(root + name) for name in [*VOCABULARIES, *registered_vocabularies()]}
    for model_scheme, model in VOCABULARIES.items():
        slugs = set(model.objects.values_list("slug", flat=True))
        concepts = set(turtle.subjects(SKOS.inScheme, URIRef(root + model_scheme)))
        assert {str(concept).rsplit("#", 1)[1] for concept in concepts} == {
            f"{model_scheme}-{slug}" for slug in slugs
        }
    women = URIRef(root + "target-groups-women")
    assert (women, RDF.type, SKOS.Concept) in turtle
    labels = {label.language: str(label) for label in turtle.objects(women, SKOS.prefLabel)}
    assert labels == {"en": "Women", "fr": "Femmes", "es": "Mujeres", "pt": "Mulheres"}
    assert (women, SKOS.exactMatch, ESSGLOBAL_THEMES.T14) in turtle
    assert (URIRef(root + "themes-environment"), SKOS.closeMatch, ESSGLOBAL_THEMES.T5) in turtle
    assert not list(turtle.objects(URIRef(root + "themes-sdgs"), SKOS.exactMatch))


def test_a_new_term_joins_its_scheme(client, db):
    english = Locale.objects.get(language_code="en")
    Theme.objects.create(name="Housing", slug="housing", locale=english)
    _response, graph = fetch(client, "/data/vocabularies", "turtle")
    concept = next(graph.subjects(SKOS.notation, Literal("housing")))
    assert (concept, SKOS.prefLabel, Literal("Housing", "en")) in graph


def test_json_ld_by_content_negotiation_expands_with_a_processor(client, db):
    response = client.get("/data/vocabularies", headers={"accept": "application/ld+json"})
    assert response["Content-Type"].startswith("application/ld+json")
    expanded = jsonld.expand(json.loads(response.content))
    types = {node_type for node in expanded for node_type in node.get("@type", [])}
    assert str(SKOS.Concept) in types and str(SKOS.ConceptScheme) in types
    assert client.get("/data/vocabularies.xml").status_code == 404


def test_the_glossary_is_a_scheme_with_every_language_and_its_synonyms(client, db):
    english = GlossaryTerm.objects.create(
        term="rotating savings club", synonyms="ROSCA\nsavings circle", definition="Members save."
    )
    GlossaryTerm.objects.create(
        term="tontine",
        translation_key=english.translation_key,
        locale=Locale.objects.get(language_code="fr"),
    )
    _response, turtle = fetch(client, "/data/vocabularies.ttl", "turtle")
    _response, json_ld = fetch(client, "/data/vocabularies.jsonld", "json-ld")
    assert isomorphic(turtle, json_ld)

    scheme = next(s for s in turtle.subjects(RDF.type, SKOS.ConceptScheme) if "#glossary" in s)
    concept = next(turtle.subjects(SKOS.notation, Literal(str(english.translation_key))))
    assert (concept, SKOS.inScheme, scheme) in turtle
    labels = set(turtle.objects(concept, SKOS.prefLabel))
    assert labels == {Literal("rotating savings club", "en"), Literal("tontine", "fr")}
    assert set(turtle.objects(concept, SKOS.altLabel)) == {
        Literal("ROSCA", "en"),
        Literal("savings circle", "en"),
    }
    assert (concept, SKOS.definition, Literal("Members save.", "en")) in turtle
    # The seeded glossary is there too, one concept per entry.
    entries = GlossaryTerm.objects.values("translation_key").distinct().count()
    assert len(set(turtle.subjects(SKOS.inScheme, scheme))) == entries


def test_the_data_page_tells_of_the_glossary_in_the_visitors_language(client, db):
    html = client.get("/fr/data/").content.decode()
    assert "Le glossaire est un schéma à part" in html


def test_seeded_glossary_entries_match_their_essglobal_concepts(client, db):
    from glossary.concepts import ESSGLOBAL_CONCEPTS
    from glossary.seed import seed_entries

    seeded = {entry["en"][0] for entry in seed_entries()}
    assert set(ESSGLOBAL_CONCEPTS) <= seeded  # every mapping names a seeded entry
    _response, turtle = fetch(client, "/data/vocabularies.ttl", "turtle")
    women = GlossaryTerm.objects.get(term="Women", locale__language_code="en")
    concept = next(turtle.subjects(SKOS.notation, Literal(str(women.translation_key))))
    assert (concept, SKOS.exactMatch, ESSGLOBAL_THEMES.T14) in turtle
    farming = "http://purl.org/essglobal/standard/activities/a01"
    assert len(list(turtle.subjects(SKOS.exactMatch, URIRef(farming)))) == 1
