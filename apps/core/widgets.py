"""Form widgets that render without the template engine.

Django renders a `<select>` through one template include per option; a filter with a
few hundred choices (the directory's parks) then costs more CPU than the rest of the
page. `FastSelect` writes the same HTML as Django's `select.html` /
`select_option.html` / `attrs.html` templates directly in Python.
"""

from __future__ import annotations

from functools import lru_cache

from django import forms
from django.forms import Form
from django.utils.html import conditional_escape
from django.utils.safestring import SafeData, mark_safe


def _attrs(attrs: dict) -> str:
    """As django/forms/widgets/attrs.html: ` name="value"`, bare for True."""
    parts = []
    for name, value in attrs.items():
        if value is False:
            continue
        if value is True:
            parts.append(f" {conditional_escape(name)}")
        else:
            parts.append(f' {conditional_escape(name)}="{conditional_escape(value)}"')
    return "".join(parts)


@lru_cache(maxsize=8192)
def _option(value: str, label: str, label_is_safe: bool) -> tuple[str, str]:
    """An option's escaped opening and label: the same few hundred options (the
    directory's parks) are on every list page, in each language."""
    return (
        f'\n  <option value="{conditional_escape(value)}"',
        f">{label if label_is_safe else conditional_escape(label)}</option>\n",
    )


class FastSelect(forms.Select):
    """A `forms.Select` rendered in Python; the HTML is the same as Django's."""

    def render(self, name, value, attrs=None, renderer=None):
        # Read once: a model choice field's choices run a query on each iteration
        # (and list() of them a COUNT first, for its length: hence iter()).
        choices = list(iter(self.choices))
        if self.allow_multiple_selected or any(
            isinstance(label, (list, tuple)) for _value, label in choices
        ):
            return self._render_groups(name, value, attrs)
        # Flat choices: what ChoiceWidget.optgroups() computes, without building a
        # dict per option (the first option whose value matches is selected).
        widget = forms.Widget.get_context(self, name, value, attrs)["widget"]
        wanted = set(widget["value"])
        out = [f'<select name="{conditional_escape(name)}"{_attrs(widget["attrs"])}>']
        selected_one = False
        for option_value, label in choices:
            text = "" if option_value is None else str(option_value)
            selected = not selected_one and text in wanted
            selected_one = selected_one or selected
            label_text = str(label)
            start, end = _option(text, label_text, isinstance(label_text, SafeData))
            out.append(f"{start} selected{end}" if selected else f"{start}{end}")
        out.append("\n</select>")
        return mark_safe("".join(out))  # noqa: S308 - every part is escaped above

    def _render_groups(self, name, value, attrs):
        widget = self.get_context(name, value, attrs)["widget"]
        out = [f'<select name="{conditional_escape(widget["name"])}"']
        out.append(_attrs(widget["attrs"]))
        out.append(">")
        for group_name, group_choices, _index in widget["optgroups"]:
            if group_name:
                out.append(f'\n  <optgroup label="{conditional_escape(group_name)}">')
            for option in group_choices:
                out.append(
                    f'\n  <option value="{conditional_escape(option["value"])}"'
                    f"{_attrs(option['attrs'])}>"
                    f"{conditional_escape(option['label'])}</option>\n"
                )
            if group_name:
                out.append("\n  </optgroup>")
        out.append("\n</select>")
        return mark_safe("".join(out))  # noqa: S308 - every part is escaped above


def use_fast_selects(form: Form) -> Form:
    """Swap every plain `forms.Select` of the form for a `FastSelect` (same HTML)."""
    for field in form.fields.values():
        widget = field.widget
        if type(widget) is forms.Select:
            fast = FastSelect.__new__(FastSelect)
            fast.__dict__.update(widget.__dict__)
            field.widget = fast
    return form
