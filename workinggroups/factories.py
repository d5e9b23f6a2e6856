import factory
import wagtail_factories

from base.factories import default_locale
from search.factories import SearchablePageFactory
from workinggroups.models import WorkingGroupCoordinator, WorkingGroupIndexPage, WorkingGroupPage


class WorkingGroupIndexPageFactory(wagtail_factories.PageFactory):
    title = "Working groups"
    slug = "working-groups"
    locale = factory.LazyFunction(default_locale)

    class Meta:
        model = WorkingGroupIndexPage


class WorkingGroupPageFactory(SearchablePageFactory):
    title = factory.Sequence(lambda n: f"Food sovereignty {n}")
    kind = "sectoral"
    summary = "Brings the SSE's answers to the food systems arenas."
    mandate = "<p>Advocacy at the Committee on World Food Security.</p>"
    locale = factory.LazyFunction(default_locale)

    class Meta:
        model = WorkingGroupPage


class WorkingGroupCoordinatorFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Coordinator {n}")
    role = "Co-coordinator"

    class Meta:
        model = WorkingGroupCoordinator
