"""{% glossary_terms_on page as terms %}: the glossary terms a page's text names, with their
definitions in the page's language (templates/components/glossary_terms.html shows them)."""

from django import template

from glossary.terms import terms_in

register = template.Library()


@register.simple_tag
def glossary_terms_on(page):
    search_content = getattr(page, "search_content", None)
    if search_content is None:
        return []
    text = f"{page.summary if hasattr(page, 'summary') else ''} {search_content().body}"
    return terms_in(text, page.locale.language_code)
