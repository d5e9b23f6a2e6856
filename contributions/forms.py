"""The public forms: asking to join for an organisation, and contributing a story, a toolkit or
a public policy. Each contribution form says which page type it makes (`page_model`) and how its
fields fill a page (`fill_page`); contributions/drafts.py does the rest.

Every form carries a honeypot (`website`), hidden from people and filled by bots, and limits on
the size of what it accepts; the toolkit's file is checked exactly as the admin's uploads
(toolkits.forms.check_uploaded_document).
"""

import datetime

from django import forms
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.forms import UserCreationForm
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from django_countries import countries as all_countries
from wagtail.models import Locale

from organisations.models import OrganisationPage
from policies.models import PolicyLevel, PolicyPage, PolicyStatus, PolicyType
from stories.models import StoryPage
from taxonomy.models import GovernmentLevel, Theme, WorkAxis
from toolkits.forms import check_uploaded_document
from toolkits.models import Licence, ToolkitPage, ToolkitType, language_choices

TEXT_MAX_CHARS = 20_000
SUMMARY_MAX_CHARS = 600


class HoneypotMixin(forms.Form):
    """A field people never see (hidden by CSS and from assistive technologies) and bots fill."""

    website = forms.CharField(
        required=False,
        label=_("Leave this field empty"),
        widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}),
    )

    @property
    def is_bot(self):
        return bool(self.data.get("website"))


class JoinForm(HoneypotMixin, UserCreationForm):
    email = forms.EmailField(label=_("E-mail address"))
    organisation = forms.ModelChoiceField(
        label=_("Organisation"),
        queryset=OrganisationPage.objects.none(),
        help_text=_("The member organisation you contribute for."),
    )
    role = forms.CharField(label=_("Your role in the organisation"), max_length=200, required=False)

    class Meta(UserCreationForm.Meta):
        model = get_user_model()
        fields = ("username", "email")

    def __init__(self, *args, language=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["organisation"].queryset = (
            OrganisationPage.objects.live().public().in_language(language).order_by("title")
        )

    def clean_email(self):
        email = self.cleaned_data["email"]
        if get_user_model().objects.filter(email__iexact=email).exists():
            raise ValidationError(_("An account already uses this e-mail address."))
        return email


def _terms(model, language):
    return model.objects.filter(locale__language_code=language).order_by("name")


class ContributionForm(HoneypotMixin):
    """What every contribution has: a title, a summary, a text and its classification."""

    page_model = None
    kind = None

    title = forms.CharField(label=_("Title"), max_length=255)
    summary = forms.CharField(
        label=_("Summary"),
        max_length=SUMMARY_MAX_CHARS,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Two or three sentences."),
    )
    text = forms.CharField(
        label=_("Text"),
        max_length=TEXT_MAX_CHARS,
        widget=forms.Textarea(attrs={"rows": 10}),
        help_text=_("Paragraphs separated by an empty line."),
    )
    work_axis = forms.ModelChoiceField(label=_("Work axis"), queryset=WorkAxis.objects.none())
    themes = forms.ModelMultipleChoiceField(
        label=_("Themes"),
        queryset=Theme.objects.none(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )

    def __init__(self, *args, language, **kwargs):
        super().__init__(*args, **kwargs)
        self.language = language
        axes = _terms(WorkAxis, language)
        self.fields["work_axis"].queryset = axes if axes.exists() else WorkAxis.objects.all()
        self.fields["themes"].queryset = _terms(Theme, language)

    @classmethod
    def initial_from_page(cls, page):
        """The form's values from a draft, to answer a request for changes."""
        initial = {name: getattr(page, name) for name in ("title", "summary", "work_axis_id")}
        initial["work_axis"] = initial.pop("work_axis_id")
        initial["themes"] = [theme.pk for theme in page.themes.all()]
        initial["text"] = "\n\n".join(
            _plain(block.value.source)
            for block in page_body(page)
            if block.block_type == "paragraph"
        )
        return initial

    def fill_page(self, page):
        data = self.cleaned_data
        page.title = data["title"]
        page.summary = data["summary"]
        page.work_axis = data["work_axis"]
        page.themes = list(data["themes"])
        setattr(page, self.body_field, paragraphs(data["text"]))

    @property
    def body_field(self):
        return {"story": "body", "toolkit": "description", "policy": "body"}[self.kind]


def page_body(page):
    return getattr(page, {StoryPage: "body", ToolkitPage: "description"}.get(type(page), "body"))


def paragraphs(text):
    """A StreamField value of paragraph blocks from plain text (escaped)."""
    from django.utils.html import escape

    chunks = [chunk.strip() for chunk in text.replace("\r\n", "\n").split("\n\n") if chunk.strip()]
    return [
        ("paragraph", "<p>" + escape(chunk).replace("\n", "<br/>") + "</p>") for chunk in chunks
    ]


def _plain(html):
    from django.utils.html import strip_tags

    return strip_tags(html.replace("<br>", "\n").replace("<br/>", "\n"))


def _year_choices():
    this_year = datetime.date.today().year
    return [(year, year) for year in range(this_year, 1949, -1)]


def _countries():
    return list(all_countries)


class StoryForm(ContributionForm):
    page_model = StoryPage
    kind = "story"

    country = forms.ChoiceField(label=_("Country"), choices=_countries)
    locality = forms.CharField(label=_("Town or region"), max_length=200, required=False)
    organisation = forms.CharField(label=_("Organisation or network"), max_length=200)
    date = forms.DateField(
        label=_("Date"),
        widget=forms.DateInput(attrs={"type": "date"}),
        help_text=_("When it happened."),
    )
    toolkits_used = forms.ModelMultipleChoiceField(
        label=_("Toolkits you used"),
        queryset=ToolkitPage.objects.none(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["toolkits_used"].queryset = (
            ToolkitPage.objects.live().public().in_language(self.language).order_by("title")
        )

    @classmethod
    def initial_from_page(cls, page):
        initial = super().initial_from_page(page)
        initial.update(
            country=page.country.code,
            locality=page.locality,
            organisation=page.organisation,
            date=page.date,
            toolkits_used=[link.toolkit_id for link in page.related_toolkits.all()],
        )
        return initial

    def fill_page(self, page):
        from stories.models import StoryRelatedToolkit

        super().fill_page(page)
        data = self.cleaned_data
        page.country = data["country"]
        page.locality = data["locality"]
        page.organisation = data["organisation"]
        page.date = data["date"]
        page.related_toolkits = [StoryRelatedToolkit(toolkit=t) for t in data["toolkits_used"]]


class ToolkitForm(ContributionForm):
    page_model = ToolkitPage
    kind = "toolkit"

    toolkit_type = forms.ChoiceField(label=_("Type"), choices=ToolkitType.choices)
    countries = forms.MultipleChoiceField(
        label=_("Countries"),
        choices=_countries,
        widget=forms.SelectMultiple(attrs={"size": 8}),
        help_text=_("The countries it comes from or applies to."),
    )
    government_level = forms.ChoiceField(
        label=_("Level of government addressed"), choices=GovernmentLevel.choices
    )
    publisher = forms.CharField(label=_("Publisher"), max_length=200)
    year = forms.TypedChoiceField(label=_("Year"), choices=_year_choices, coerce=int)
    licence = forms.ChoiceField(
        label=_("Licence"), choices=Licence.choices, initial=Licence.CC_BY_SA
    )
    file = forms.FileField(
        label=_("File"),
        help_text=_("PDF, DOCX, ODT or another document, at most %(megabytes)s MB."),
    )
    file_language = forms.ChoiceField(label=_("Language of the file"), choices=language_choices)
    adapted_from = forms.ModelChoiceField(
        label=_("Adapted from"),
        queryset=ToolkitPage.objects.none(),
        required=False,
        help_text=_("The toolkit from another country or language that yours adapts, if any."),
    )
    adaptation_notes = forms.CharField(
        label=_("What changed"),
        max_length=2000,
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
    )

    def __init__(self, *args, file_required=True, **kwargs):
        super().__init__(*args, **kwargs)
        megabytes = settings.CONTRIBUTION_MAX_FILE_BYTES // (1024 * 1024)
        self.fields["file"].help_text = self.fields["file"].help_text % {"megabytes": megabytes}
        self.fields["file"].required = file_required
        self.fields["file_language"].initial = self.language
        self.fields["adapted_from"].queryset = (
            ToolkitPage.objects.live().public().in_language(self.language).order_by("title")
        )

    def clean_file(self):
        file = self.cleaned_data.get("file")
        if not file:
            return file
        if file.size > settings.CONTRIBUTION_MAX_FILE_BYTES:
            raise ValidationError(
                _("The file is larger than %(megabytes)s MB.")
                % {"megabytes": settings.CONTRIBUTION_MAX_FILE_BYTES // (1024 * 1024)},
                code="file_too_large",
            )
        return check_uploaded_document(file)

    @classmethod
    def initial_from_page(cls, page):
        initial = super().initial_from_page(page)
        initial.update(
            {
                name: getattr(page, name)
                for name in ("toolkit_type", "government_level", "publisher", "year", "licence")
            }
        )
        initial.update(
            countries=page.country_codes,
            adapted_from=page.adapted_from_id,
            adaptation_notes=page.adaptation_notes,
        )
        files = list(page.files.all())
        if files:
            initial["file_language"] = files[0].language
        return initial

    def fill_page(self, page):
        super().fill_page(page)
        data = self.cleaned_data
        for name in ("toolkit_type", "government_level", "publisher", "year", "licence"):
            setattr(page, name, data[name])
        page.countries = data["countries"]
        page.adapted_from = data["adapted_from"]
        page.adaptation_notes = data["adaptation_notes"]


class PolicyForm(ContributionForm):
    page_model = PolicyPage
    kind = "policy"

    original_title = forms.CharField(
        label=_("Official title"), max_length=400, help_text=_("As the official text has it.")
    )
    original_language = forms.ChoiceField(
        label=_("Language of the official text"), choices=language_choices
    )
    policy_type = forms.ChoiceField(label=_("Kind of policy"), choices=PolicyType.choices)
    status = forms.ChoiceField(label=_("Status"), choices=PolicyStatus.choices)
    government_level = forms.ChoiceField(
        label=_("Level of government"), choices=PolicyLevel.choices
    )
    country = forms.ChoiceField(label=_("Country"), choices=_countries)
    place = forms.CharField(label=_("Region or city"), max_length=200, required=False)
    year = forms.TypedChoiceField(label=_("Year"), choices=_year_choices, coerce=int)
    official_text_url = forms.URLField(
        label=_("Link to the official text"), required=False, assume_scheme="https"
    )
    adapted_from = forms.ModelChoiceField(
        label=_("Adapted from"),
        queryset=PolicyPage.objects.none(),
        required=False,
        help_text=_("The policy of another country that served as a model, if any."),
    )
    adaptation_notes = forms.CharField(
        label=_("What changed"),
        max_length=2000,
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
    )

    FIELDS = (
        "original_title",
        "original_language",
        "policy_type",
        "status",
        "government_level",
        "place",
        "year",
        "official_text_url",
        "adaptation_notes",
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["original_language"].initial = self.language
        self.fields["adapted_from"].queryset = (
            PolicyPage.objects.live().public().in_language(self.language).order_by("title")
        )

    @classmethod
    def initial_from_page(cls, page):
        initial = super().initial_from_page(page)
        initial.update({name: getattr(page, name) for name in cls.FIELDS})
        initial.update(country=page.country.code, adapted_from=page.adapted_from_id)
        return initial

    def fill_page(self, page):
        super().fill_page(page)
        data = self.cleaned_data
        for name in self.FIELDS:
            setattr(page, name, data[name])
        page.country = data["country"]
        page.adapted_from = data["adapted_from"]


FORMS = {form.kind: form for form in (StoryForm, ToolkitForm, PolicyForm)}


class ReplyForm(forms.Form):
    reply = forms.CharField(
        label=_("Your answer to the moderator"),
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 3}),
    )


def locale_for(language):
    return Locale.objects.filter(language_code=language).first() or Locale.get_default()
