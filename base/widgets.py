"""Form widgets of the page editor."""

from django import forms
from django.forms.utils import flatatt
from django.utils.html import format_html, format_html_join
from django.utils.safestring import mark_safe


class LongSelectMixin:
    """A select of hundreds of options that writes them itself, as Django's templates would.

    Django builds a dictionary per option and renders each by including a template: a
    toolkit's edit view shows over a thousand options (every language of every file, every
    country), which cost it more than everything else on the page.
    """

    def render(self, name, value, attrs=None, renderer=None):
        chosen = set(self.format_value(value))
        selected_one = False

        def options(choices):
            nonlocal selected_one
            for option_value, label in choices:
                option_value = "" if option_value is None else str(option_value)
                selected = option_value in chosen and (
                    self.allow_multiple_selected or not selected_one
                )
                selected_one |= selected
                yield option_value, " selected" if selected else "", label

        def group(choices):
            return format_html_join("\n", '<option value="{}"{}>{}</option>', options(choices))

        groups = []
        for group_name, label in self.choices:
            if isinstance(label, (list, tuple)):
                groups.append(
                    format_html('<optgroup label="{}">{}</optgroup>', group_name, group(label))
                )
            else:
                groups.append(group([(group_name, label)]))
        select_attrs = self.build_attrs(self.attrs, attrs)
        if self.allow_multiple_selected:
            select_attrs["multiple"] = True
        return format_html(
            '<select name="{}"{}>\n{}\n</select>',
            name,
            flatatt(select_attrs),
            mark_safe("\n".join(groups)),
        )


class LongSelect(LongSelectMixin, forms.Select):
    pass


class LongSelectMultiple(LongSelectMixin, forms.SelectMultiple):
    pass
