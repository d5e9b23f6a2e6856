"""{% glossary_terms_on page as terms %}: the glossary terms a page's text names, with their
definitions in the page's language (templates/components/glossary_terms.html shows them)."""

from django import template

from glossary.terms import terms_in
from search.models import SearchDocument

register = template.Library()


@register.simple_tag
def glossary_terms_on(page):
    """Read from the page's search document (its summary and the words of its body, as the
    site search has them): one query whatever the page holds. A page not in the search (a
    preview, a private page) shows no terms."""
    if page.pk is None:
        return []
    text = SearchDocument.objects.filter(pk=page.pk).values_list("summary", "body").first()
    if text is None:
        return []
    return terms_in(" ".join(text), page.locale.language_code)
