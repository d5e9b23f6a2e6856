"""The taxonomy (work axes, themes, sectors, target groups) as SKOS concept schemes, in Turtle
and JSON-LD, with each term's name in every language it is translated into and its mapping to
the ESSGlobal vocabulary (purl.org/essglobal, the SSE mapping projects' shared vocabulary),
so that those projects can link their data to ours.

The taxonomy's terms are addressed by their slug, the same in every language. Another
vocabulary (the glossary) registers itself (`register_vocabulary`): opendata never imports it.
"""

from collections import defaultdict
from dataclasses import dataclass, field

from rdflib import Graph, Literal, Namespace, URIRef
from rdflib.namespace import DCTERMS, RDF, SKOS

from taxonomy.models import Sector, TargetGroup, Theme, WorkAxis

ESSGLOBAL_THEMES = Namespace("http://purl.org/essglobal/standard/themes/")
VOCABULARIES = {
    "work-axes": WorkAxis,
    "themes": Theme,
    "sectors": Sector,
    "target-groups": TargetGroup,
}
# (scheme, slug) -> [(SKOS mapping property, ESSGlobal concept)], read from ESSGlobal's
# standard/themes.skos: exactMatch where the concept is the same, closeMatch where it is
# nearly so, broadMatch where ESSGlobal's is wider, relatedMatch where they overlap.
ESSGLOBAL_MAPPINGS = {
    ("themes", "environment"): [(SKOS.closeMatch, ESSGLOBAL_THEMES.T5)],  # Environment, commons
    ("themes", "local-development"): [(SKOS.closeMatch, ESSGLOBAL_THEMES.T10)],  # territorial
    ("themes", "policy-co-construction"): [(SKOS.broadMatch, ESSGLOBAL_THEMES.T6)],  # policies
    ("themes", "transformative-economies"): [(SKOS.relatedMatch, ESSGLOBAL_THEMES.T4)],
    ("sectors", "food-sovereignty"): [(SKOS.closeMatch, ESSGLOBAL_THEMES.T2)],
    ("sectors", "ethical-finance"): [(SKOS.closeMatch, ESSGLOBAL_THEMES.T3)],
    ("sectors", "social-protection"): [(SKOS.relatedMatch, ESSGLOBAL_THEMES.T12)],
    ("target-groups", "women"): [(SKOS.exactMatch, ESSGLOBAL_THEMES.T14)],
    ("target-groups", "informal-workers"): [(SKOS.relatedMatch, ESSGLOBAL_THEMES.T13)],
    ("work-axes", "public-policy"): [(SKOS.broadMatch, ESSGLOBAL_THEMES.T6)],
    ("work-axes", "international-advocacy"): [(SKOS.relatedMatch, ESSGLOBAL_THEMES.T11)],
    ("work-axes", "alliances"): [(SKOS.relatedMatch, ESSGLOBAL_THEMES.T15)],
    ("work-axes", "information-and-tools"): [(SKOS.relatedMatch, ESSGLOBAL_THEMES.T8)],
}


@dataclass
class Concept:
    """A concept of a registered vocabulary, with its words as (language, text) pairs."""

    notation: str  # its address within the scheme: the same in every language
    labels: list = field(default_factory=list)  # skos:prefLabel, one per language
    alternative_labels: list = field(default_factory=list)  # skos:altLabel (synonyms)
    definitions: list = field(default_factory=list)  # skos:definition
    mappings: list = field(default_factory=list)  # [(SKOS mapping property, concept URI)]


# scheme slug -> (title in English, a function returning its Concepts), by the apps holding them.
_registered = {}


def register_vocabulary(scheme_slug, title, concepts):
    """Publish `concepts()` (an iterable of Concept) as the SKOS scheme `scheme_slug`."""
    _registered[scheme_slug] = (title, concepts)


def registered_vocabularies():
    return dict(_registered)


def _add_concept(graph, scheme, concept_data):
    concept = URIRef(f"{scheme}-{concept_data.notation}")
    graph.add((concept, RDF.type, SKOS.Concept))
    graph.add((concept, SKOS.inScheme, scheme))
    graph.add((concept, SKOS.topConceptOf, scheme))
    graph.add((scheme, SKOS.hasTopConcept, concept))
    graph.add((concept, SKOS.notation, Literal(concept_data.notation)))
    for predicate, words in (
        (SKOS.prefLabel, concept_data.labels),
        (SKOS.altLabel, concept_data.alternative_labels),
        (SKOS.definition, concept_data.definitions),
    ):
        for language, text in words:
            graph.add((concept, predicate, Literal(text, language)))
    for mapping, target in concept_data.mappings:
        graph.add((concept, mapping, target))


def vocabulary_graph(base_url):
    """An rdflib Graph of every vocabulary. Its addresses are fragments of the vocabularies'
    own address (…/data/vocabularies#themes, …#themes-women), so each one resolves to it."""
    graph = Graph()
    graph.bind("skos", SKOS)
    graph.bind("dcterms", DCTERMS)
    graph.bind("essglobal", ESSGLOBAL_THEMES)
    root = f"{base_url.rstrip('/')}/data/vocabularies#"
    for scheme_slug, model in VOCABULARIES.items():
        scheme = URIRef(f"{root}{scheme_slug}")
        graph.add((scheme, RDF.type, SKOS.ConceptScheme))
        graph.add((scheme, DCTERMS.title, Literal(str(model._meta.verbose_name_plural), "en")))
        terms = defaultdict(list)
        for term in model.objects.select_related("locale").order_by("pk"):
            terms[term.slug].append(term)
        for slug, versions in sorted(terms.items()):
            _add_concept(
                graph,
                scheme,
                Concept(
                    notation=slug,
                    labels=[(term.locale.language_code, term.name) for term in versions],
                    definitions=[
                        (term.locale.language_code, term.description)
                        for term in versions
                        if term.description
                    ],
                    mappings=ESSGLOBAL_MAPPINGS.get((scheme_slug, slug), []),
                ),
            )
    for scheme_slug, (title, concepts) in _registered.items():
        scheme = URIRef(f"{root}{scheme_slug}")
        graph.add((scheme, RDF.type, SKOS.ConceptScheme))
        graph.add((scheme, DCTERMS.title, Literal(title, "en")))
        for concept in concepts():
            _add_concept(graph, scheme, concept)
    return graph
