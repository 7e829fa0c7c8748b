"""The tools as HTML: whole widgets for the build, and answers for the page's worker."""

import re

import pytest

from thankyou.api import handle
from thankyou.web.markup import Markup, tag

CONTEXT = {"now": "2026-11-26T05:00:00Z", "tz": "Asia/Jakarta", "offset": 420}


def view(form, lang="id", **extra):
    return handle({"op": "view", "tool": "check", "lang": lang, "form": form, "context": CONTEXT, **extra})


def test_markup_escapes_text_and_attributes():
    html = tag("p", {"title": '"><script>'}, "<img src=x onerror=alert(1)>", Markup("<b>ok</b>"))
    assert html == '<p title="&quot;&gt;&lt;script&gt;">&lt;img src=x onerror=alert(1)&gt;<b>ok</b></p>'


@pytest.mark.parametrize("lang", ["id", "en"])
def test_widget_has_a_labelled_form_and_a_prerendered_answer(lang):
    html = handle({"op": "widget", "tool": "check", "lang": lang, "size": "full"})["html"]
    assert 'data-state="loading"' in html
    for control_id in re.findall(r'<(?:select|input|textarea)[^>]* id="([^"]+)"', html):
        assert f'<label for="{control_id}">' in html
    assert 'data-verdict="send"' in html


def test_view_reads_the_form_in_the_readers_zone():
    answer = view({"stage": ["final"], "ended_at": ["2026-11-26T10:00"]})
    assert answer["errors"] == {}
    assert 'data-deadline="2026-11-27T10:00:00+07:00"' in answer["html"]
    assert "(masih 22 jam lagi)" in answer["html"]


def test_view_puts_errors_next_to_their_field_in_the_readers_language():
    answer = view({"stage": ["final"], "ended_at": ["not a date"]}, lang="en")
    assert answer["html"] is None
    assert answer["errors"] == {"ended_at": "The interview ended at: not a valid date or time. A valid example: 2026-11-26T14:30+07:00."}


@pytest.mark.parametrize("payload", ["<img src=x onerror=alert(1)>", "</textarea><script>alert(1)</script>"])
def test_hostile_values_never_come_back_as_markup(payload):
    answer = view({"stage": [payload], "ended_at": [payload]})
    assert "<img" not in str(answer) and "<script" not in str(answer)


def test_links_are_relative_to_the_page():
    answer = view({"stage": ["first"]}, link_base="../")
    assert 'href="../kirim-atau-tidak.html#selalu-kirim"' in answer["html"]


def test_repeatable_group_renders_items_a_template_and_buttons():
    from thankyou.web.forms import Field, FormWords, Group, group_items, render_group

    group = Group("panel", (Field("name", "text"), Field("role", "select", options=("a", "b"))), initial=2, maximum=5)
    labels = {"panel": "Panel", "panel.item": "Member {n}", "panel.name": "Name", "panel.role": "Role"}
    html = render_group("demo", group, labels, lambda name: {}, {}, FormWords(add="Add", remove="Remove"))
    assert html.count('data-repeat-item="') == 3  # two items and the template's
    assert 'name="panel.0.name"' in html and 'name="panel.1.role"' in html and 'name="panel.__i__.name"' in html
    assert '<label for="ty-demo-panel-1-name">Name</label>' in html
    assert 'Member <span data-repeat-number>2</span>' in html
    assert 'data-max="5"' in html and 'data-action="add"' in html
    form = {"panel.10.name": ["Sari"], "panel.2.name": ["Budi"], "panel.2.role": ["b"], "other": ["x"], "panel.x.name": ["?"]}
    assert group_items(form, "panel") == [(2, {"name": "Budi", "role": "b"}), (10, {"name": "Sari"})]
