"""The organisation directory's filters: country, kind and working group, as a GET form.

A value the form does not offer (a mistyped country, an unknown group) is ignored rather than
answered with an error page: the visitor sees the whole directory and the form says why.
"""

from django import forms
from django.utils.translation import gettext_lazy as _
from django_countries import countries

from base.languages import visitor_versions
from organisations.models import OrganisationKind, OrganisationPage


class DirectoryFilters(forms.Form):
    country = forms.ChoiceField(label=_("Country"), required=False)
    kind = forms.ChoiceField(label=_("Kind"), required=False)
    group = forms.ChoiceField(label=_("Working group"), required=False)

    def __init__(self, data, *, country_codes, groups):
        super().__init__(data)
        anything = [("", _("Any"))]
        self.fields["country"].choices = anything + sorted(
            ((code, countries.name(code)) for code in country_codes), key=lambda item: item[1]
        )
        self.fields["kind"].choices = anything + list(OrganisationKind.choices)
        self.fields["group"].choices = anything + [(group.slug, group.title) for group in groups]


def directory_context(index, query):
    language = index.locale.language_code
    # Every language's directory: an organisation not translated shows in its original.
    every_organisation = index.pages_in_every_language(OrganisationPage)
    organisations = every_organisation.order_by("title").for_listing()
    country_codes = sorted(
        {code for code in every_organisation.values_list("country", flat=True) if code}
    )
    group_model = OrganisationPage._meta.get_field("working_groups").related_model
    named = group_model.objects.filter(pk__in=every_organisation.values("working_groups")).live()
    groups = sorted(visitor_versions(list(named), language).values(), key=lambda g: g.title)
    form = DirectoryFilters(
        {key: query.get(key, "") for key in ("country", "kind", "group")},
        country_codes=country_codes,
        groups=groups,
    )
    chosen = form.cleaned_data if form.is_valid() else {}
    if chosen.get("country"):
        organisations = organisations.filter(country=chosen["country"])
    if chosen.get("kind"):
        organisations = organisations.filter(kind=chosen["kind"])
    if chosen.get("group"):
        group = next(group for group in groups if group.slug == chosen["group"])
        organisations = organisations.filter(
            working_groups__translation_key=group.translation_key
        ).distinct()
    return {
        "filters": form,
        "filtered": any(chosen.values()),
        "organisations": list(organisations),
    }
