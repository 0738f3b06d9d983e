"""The profile page costs a fixed number of queries, whether or not the person
has given their municipality (it is read with the person, not again by the
form), and however many municipalities the list offers."""

import pytest

from accounts.forms import ProfileForm, Select
from associations.models import Municipality, Region
from tests.plain_selects import with_plain_selects

pytestmark = pytest.mark.django_db

# Under test settings (database sessions): the request's own queries (session,
# user, the MFA gate's checks on /profile/, the site chrome) plus the page's one
# read, the municipality list (the person is not read again for a GET).
PROFILE_QUERIES = 9


def add_municipalities(n: int) -> list[Municipality]:
    region, _ = Region.objects.get_or_create(code="18", defaults={"name": "Kainuu"})
    return [
        Municipality.objects.get_or_create(code=f"9{i:02d}", defaults={"name": f"Kunta {i}", "region": region})[0]
        for i in range(n)
    ]


@pytest.mark.parametrize("n", [1, 20])
@pytest.mark.parametrize("with_municipality", [False, True], ids=["no-municipality", "municipality"])
def test_profile_costs_the_same_queries_for_any_number_of_municipalities(
    client, learner, django_assert_num_queries, n, with_municipality
):
    municipalities = add_municipalities(n)
    if with_municipality:
        learner.municipality = municipalities[-1]
        learner.save()
    client.force_login(learner)
    assert client.get("/fi/profile/").status_code == 200  # fills the per-process caches
    with django_assert_num_queries(PROFILE_QUERIES):
        response = client.get("/fi/profile/")
    assert response.content.decode().count("Kunta ") == n


# --- the profile's selects are written in Python (accounts.forms.Select) ---


@pytest.mark.parametrize("bound", [False, True], ids=["unbound", "bound"])
def test_the_profile_selects_render_exactly_as_djangos_select(learner, bound):
    municipalities = add_municipalities(5)
    learner.municipality = municipalities[2]
    learner.gender = ProfileForm.base_fields["gender"].choices[1][0]
    data = (
        {"municipality": str(municipalities[3].pk), "preferred_language": "sv", "age_band": '<&>"'} if bound else None
    )
    fast, plain = ProfileForm(data, instance=learner), with_plain_selects(ProfileForm(data, instance=learner))
    names = [name for name, field in fast.fields.items() if isinstance(field.widget, Select)]
    assert set(names) == {
        "preferred_language",
        "gender",
        "age_band",
        "employment_status",
        "education_level",
        "municipality",
    }
    for name in names:
        attrs = {"class": "form-select", "aria-describedby": f"{name}_helptext", "data-x": True, "hidden": False}
        assert str(fast[name].as_widget(attrs=attrs)) == str(plain[name].as_widget(attrs=attrs)), name


def test_fast_select_writes_option_groups_and_escapes_like_djangos_select():
    from django import forms

    choices = [("", "—"), ("Ryhmä <1>", [("a", "A & B"), ('b"', "<b>")]), ("c", "C")]
    fast, plain = Select(choices=choices), forms.Select(choices=choices)
    for value in ("", "a", 'b"', "c", None):
        assert fast.render("x", value, {"id": "id_x", "required": True}) == plain.render(
            "x", value, {"id": "id_x", "required": True}
        )


def test_the_profile_page_offers_every_municipality_once_and_the_persons_own_selected(client, learner):
    municipalities = add_municipalities(3)
    learner.municipality = municipalities[1]
    learner.save()
    client.force_login(learner)
    html = client.get("/fi/profile/").content.decode()
    assert f'<option value="{municipalities[1].pk}" selected>Kunta 1</option>' in html
    for municipality in municipalities:
        assert html.count(f'<option value="{municipality.pk}"') == 1
    assert 'name="municipality" class="select form-select"' in html  # crispy's class from the widget's name
