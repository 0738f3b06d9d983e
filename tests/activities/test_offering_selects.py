"""The offering's filter selects are written in Python (accounts.forms.Select,
activities/forms.py): the page's HTML is what Django's template-rendered
selects give, for every filter, chosen or not, valid or not."""

import pytest
from django import forms
from django.urls import reverse

from accounts.forms import Select
from activities.forms import ActivityFilterForm
from tests.activities.offering_world import kainuu_clubs, make
from tests.plain_selects import with_plain_selects

pytestmark = pytest.mark.django_db


@pytest.fixture
def world(site_pages):
    return kainuu_clubs()


@pytest.mark.parametrize(
    "query",
    [
        {},
        {"hobby_type": "sports", "weekday": "2", "language": "fi", "cost": "free", "age_group": "children"},
        {"municipality": "x' OR 1=1", "weekday": "99", "language": "<script>"},
    ],
)
def test_the_offering_page_writes_each_select_as_djangos_select(client, world, query):
    make(world["club"], "Jalkapallo")
    query = {**query, "municipality": query.get("municipality", str(world["sotkamo"].pk))}
    response = client.get(reverse("activities:offering"), query)
    assert response.status_code == 200
    page_form = response.context["form"]
    plain = with_plain_selects(ActivityFilterForm(page_form.data))
    names = [name for name, field in page_form.fields.items() if isinstance(field.widget, Select)]
    assert set(names) == {"municipality", "hobby_type", "weekday", "language", "cost", "age_group"}
    for name in names:
        assert type(plain.fields[name].widget) is forms.Select
        written = str(page_form[name].as_widget())
        assert written == str(plain[name].as_widget()), name
        assert written in response.text, name


def test_the_chosen_municipality_is_selected_in_the_list(client, world):
    response = client.get(reverse("activities:offering"), {"municipality": world["sotkamo"].pk})
    assert f'<option value="{world["sotkamo"].pk}" selected>' in response.text
