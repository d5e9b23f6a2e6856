"""Form widgets of the page editor."""

import functools

from django import forms
from django.forms.utils import flatatt
from django.utils.choices import BlankChoiceIterator, CallableChoiceIterator
from django.utils.html import conditional_escape, format_html, format_html_join
from django.utils.safestring import mark_safe
from django.utils.translation import get_language


class LongSelectMixin:
    """A select of hundreds of options that writes them itself, as Django's templates would.

    Django builds a dictionary per option and renders each by including a template: a
    toolkit's edit view shows over a thousand options (every language of every file, every
    country), which cost it more than everything else on the page. The options are written once
    per list of choices (in each language: the labels are part of the key), and each rendering
    only marks the chosen ones: the editor renders every select twice, in the form and in the
    copy its scripts keep for new files.

    Choices a function gives (a model field's callable choices, django-countries' list) are
    read once per language: Django calls the function again and normalizes its 185 or 249
    choices at each iteration, two or three a rendering, and django-countries translates and
    sorts its names each time. Such a function must give the same list in a language for as
    long as the process runs (languages, countries), never content or per-user data.
    """

    def render(self, name, value, attrs=None, renderer=None):
        chosen = set(self.format_value(value))
        selected_one = False

        def option(value, opening, rest):
            nonlocal selected_one
            selected = value in chosen and (self.allow_multiple_selected or not selected_one)
            selected_one |= selected
            return f"{opening} selected{rest}" if selected else f"{opening}{rest}"

        written = []
        for item in self.written_options():
            if len(item) == 3:
                written.append(option(*item))
            else:
                group_label, options = item
                inside = "\n".join(option(*each) for each in options)
                written.append(f'<optgroup label="{group_label}">{inside}</optgroup>')
        select_attrs = self.build_attrs(self.attrs, attrs)
        if self.allow_multiple_selected:
            select_attrs["multiple"] = True
        return format_html(
            '<select name="{}"{}>\n{}\n</select>',
            name,
            flatatt(select_attrs),
            mark_safe("\n".join(written)),
        )

    def written_options(self):
        source = choices_function(self.choices)
        if source is None:
            return written_options(escaped_choices(self.choices))
        return written_options_of_function(source, self.choices)

    def use_required_attribute(self, initial):
        # Django's Select reads the first choice, which iterates them all (the blank check).
        if self.allow_multiple_selected or choices_function(self.choices) is None:
            return super().use_required_attribute(initial)
        first = next(iter(self.written_options()), None)
        return (
            forms.Widget.use_required_attribute(self, initial)
            and first is not None
            and (first[0] == "")
        )


def choices_function(choices):
    """The function that gives these choices, with the blank choice put before them, as a key;
    None when they are not a function's."""
    blank = ()
    if isinstance(choices, BlankChoiceIterator):
        blank = tuple(choices.blank_choice)
        choices = choices.choices
    if isinstance(choices, CallableChoiceIterator):
        return choices.func, blank
    return None


# By (choices_function, language): as many as fields with such choices times languages.
_options_of_functions = {}


def written_options_of_function(source, choices):
    """written_options of the choices `source` (choices_function's key for `choices`) gives in
    the active language, read from `choices` the first time."""
    key = (source, get_language())
    if key not in _options_of_functions:
        _options_of_functions[key] = written_options(escaped_choices(choices))
    return _options_of_functions[key]


def escaped_choices(choices):
    """The choices as (value, escaped label) and (escaped group label, ((value, escaped label),
    ...)), a key for written_options."""
    escaped = []
    for value, label in choices:
        if isinstance(label, (list, tuple)):
            options = tuple((option_value(v), conditional_escape(text)) for v, text in label)
            escaped.append((conditional_escape(value), options))
        else:
            escaped.append((option_value(value), conditional_escape(label)))
    return tuple(escaped)


def option_value(value):
    return "" if value is None else str(value)


@functools.lru_cache(maxsize=64)
def written_options(choices):
    """Each option as (value, its tag up to where " selected" goes, the rest), each group as
    (label, (option, ...))."""

    def written(value, label):
        return value, f'<option value="{conditional_escape(value)}"', f">{label}</option>"

    return tuple(
        (value, tuple(written(*each) for each in label))
        if isinstance(label, tuple)
        else written(value, label)
        for value, label in choices
    )


class LongSelect(LongSelectMixin, forms.Select):
    pass


class LongSelectMultiple(LongSelectMixin, forms.SelectMultiple):
    pass


class CheckboxSelectMultiple(forms.CheckboxSelectMultiple):
    """Checkboxes (the taxonomy's terms) written as Django's templates write them, without them.

    Django renders each option by including three templates (option, input, attributes): about
    0.7 ms a list of a dozen terms, and the editor renders each list twice (the form and the copy
    its scripts keep). The options are still Django's (`optgroups`: the terms are read at each
    rendering, nothing is kept). Named as Django's widget: Wagtail's admin styles a field by the
    name of its widget's class (`w-field--checkbox_select_multiple`).
    """

    def render(self, name, value, attrs=None, renderer=None):
        widget = self.get_context(name, value, attrs)["widget"]
        groups = []
        for group, options, _index in widget["optgroups"]:
            written = format_html_join(
                "", "<div>\n    {}</div>", ((written_option(o),) for o in options)
            )
            if group:
                written = format_html("\n  <div><label>{}</label>{}\n  </div>", group, written)
            groups.append(written)
        element_id, class_name = widget["attrs"].get("id"), widget["attrs"].get("class")
        return format_html(
            "<div{}{}>{}\n</div>",
            format_html(' id="{}"', element_id) if element_id else "",
            format_html(' class="{}"', class_name) if class_name else "",
            mark_safe("".join(groups)),
        )


def written_option(option):
    """django/forms/widgets/input_option.html, input.html and attrs.html, for one option."""
    attributes = format_html_join(
        "",
        "{}",
        (
            (format_html(" {}", name) if value is True else format_html(' {}="{}"', name, value),)
            for name, value in option["attrs"].items()
            if value is not False
        ),
    )
    value = "" if option["value"] is None else format_html(' value="{}"', option["value"])
    # The line ends are the templates' own (each file ends with one).
    written = format_html(
        '<input type="{}" name="{}"{}{}>\n', option["type"], option["name"], value, attributes
    )
    if not option["wrap_label"]:
        return format_html("{}\n\n", written)
    element_id = option["attrs"].get("id")
    return format_html(
        "<label{}>{} {}</label>\n\n",
        format_html(' for="{}"', element_id) if element_id else "",
        written,
        option["label"],
    )


class Select(LongSelectMixin, forms.Select):
    """A short select (a toolkit's type, level, licence) written as LongSelect writes its
    options, about 0.5 ms less a rendering. Named as Django's widget: Wagtail's admin styles
    a field by the name of its widget's class (`w-field--select`)."""
