import factory
import wagtail_factories

from base.factories import default_locale
from organisations.models import OrganisationIndexPage, OrganisationPage
from search.factories import SearchablePageFactory


class OrganisationIndexPageFactory(wagtail_factories.PageFactory):
    title = "Members and allies"
    slug = "organisations"
    locale = factory.LazyFunction(default_locale)

    class Meta:
        model = OrganisationIndexPage


class OrganisationPageFactory(SearchablePageFactory):
    title = factory.Sequence(lambda n: f"Réseau national de l'économie solidaire {n}")
    acronym = "RENES"
    kind = "national-network"
    summary = "The national network of SSE actors."
    country = "SN"
    website = "https://example.org/"
    member_since = 2014
    locale = factory.LazyFunction(default_locale)

    class Meta:
        model = OrganisationPage
