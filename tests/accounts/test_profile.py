"""The profile page: names, preferred language and optional funder facts."""

import pytest
from django.conf import settings

from accounts.forms import ProfileForm
from associations.models import Municipality
from tests.accounts.conftest import log_in, url

pytestmark = pytest.mark.django_db

EMPTY = {
    "first_name": "",
    "last_name": "",
    "preferred_language": "",
    "gender": "",
    "age_band": "",
    "employment_status": "",
    "education_level": "",
    "municipality": "",
}


def post_profile(client, language="fi", **values):
    return client.post(url("accounts:profile", language), {**EMPTY, **values})


@pytest.fixture
def logged_in(client, learner):
    client.force_login(learner)
    return client


def test_profile_requires_login(client):
    response = client.get("/fi/profile/")
    assert response.status_code == 302
    assert response["Location"].startswith(url("account_login") + "?next=/fi/profile/")


def test_profile_page_shows_the_form_and_one_heading(logged_in, site_pages):
    response = logged_in.get("/fi/profile/")
    assert response.status_code == 200
    assert response.content.count(b"<h1") == 1
    assert b'name="first_name"' in response.content


def test_profile_page_links_to_account_and_security_pages(logged_in, site_pages):
    content = logged_in.get("/en/profile/").content.decode()
    for name in ["account_change_password", "account_email", "mfa_index"]:
        assert f'href="{url(name, "en")}"' in content
    for name in ["accounts:personal_data", "accounts:delete"]:
        assert f'href="{url(name, "en")}"' in content


def test_header_links_to_the_profile_for_logged_in_users(logged_in, site_pages):
    assert b'href="/fi/profile/"' in logged_in.get("/fi/").content


def test_funder_facts_show_their_purpose_as_help_text(logged_in, site_pages):
    content = logged_in.get("/en/profile/").content.decode()
    assert (
        "Asked by the EU funder to report participants by gender. Optional; reports only show totals of 5 or more."
        in content
    )


def test_every_profile_field_is_optional(learner):
    form = ProfileForm(EMPTY, instance=learner)
    assert form.is_valid(), form.errors
    assert not any(field.required for field in form.fields.values())


def test_saving_the_profile_stores_names_and_funder_facts(logged_in, learner):
    kajaani = Municipality.objects.get(name="Kajaani")
    response = post_profile(
        logged_in,
        first_name="Amal",
        last_name="Hassan-Virtanen",
        gender="woman",
        age_band="30_54",
        employment_status="unemployed",
        education_level="isced_3_4",
        municipality=kajaani.pk,
    )
    assert response.status_code == 302
    learner.refresh_from_db()
    assert (learner.last_name, learner.gender, learner.age_band) == ("Hassan-Virtanen", "woman", "30_54")
    assert (learner.employment_status, learner.education_level, learner.municipality) == (
        "unemployed",
        "isced_3_4",
        kajaani,
    )


def test_clearing_a_funder_fact_stores_blank(logged_in, learner):
    learner.gender = "man"
    learner.save()
    post_profile(logged_in, first_name="Amal")
    learner.refresh_from_db()
    assert learner.gender == ""


def test_municipality_choices_come_from_the_reference_data(learner):
    form = ProfileForm(instance=learner)
    names = [m.name for m in form.fields["municipality"].queryset]
    assert "Kajaani" in names and names == sorted(names)


def test_unknown_municipality_id_is_a_form_error_and_saves_nothing(logged_in, learner, site_pages):
    response = post_profile(logged_in, first_name="Changed", municipality="999999")
    assert response.status_code == 200
    assert "municipality" in response.context["form"].errors
    learner.refresh_from_db()
    assert learner.first_name == "Amal"


def test_non_numeric_municipality_id_is_a_form_error(logged_in, site_pages):
    response = post_profile(logged_in, municipality="kajaani")
    assert response.status_code == 200
    assert "municipality" in response.context["form"].errors


@pytest.mark.parametrize("field", ["gender", "age_band", "employment_status", "education_level"])
def test_unknown_choice_is_a_form_error(logged_in, site_pages, field):
    response = post_profile(logged_in, **{field: "not-a-choice"})
    assert response.status_code == 200
    assert field in response.context["form"].errors


def test_unknown_language_is_a_form_error(logged_in, site_pages):
    response = post_profile(logged_in, preferred_language="de")
    assert response.status_code == 200
    assert "preferred_language" in response.context["form"].errors


def test_nul_byte_in_a_name_is_a_clear_form_error(logged_in, learner, site_pages):
    response = post_profile(logged_in, "en", first_name="Am\x00al")
    assert response.status_code == 200
    assert response.context["form"].errors["first_name"] == ["Null characters are not allowed."]
    learner.refresh_from_db()
    assert learner.first_name == "Amal"


def test_over_long_name_is_a_form_error(logged_in, learner, site_pages):
    response = post_profile(logged_in, last_name="x" * 151)
    assert response.status_code == 200
    assert "last_name" in response.context["form"].errors
    learner.refresh_from_db()
    assert learner.last_name == "Hassan"


def test_invalid_form_does_not_change_the_name_shown_in_the_header(logged_in, site_pages):
    response = post_profile(logged_in, first_name="Zainab", last_name="x" * 151)
    assert response.context["user"].first_name == "Amal"


def test_arabic_name_with_zero_width_joiner_and_emoji_is_stored_exactly(logged_in, learner):
    first = "أمل\u200dنور"
    last = "حسن 👩\u200d👩\u200d👧 🌙"
    post_profile(logged_in, first_name=first, last_name=last)
    learner.refresh_from_db()
    assert (learner.first_name, learner.last_name) == (first, last)


def test_saving_a_preferred_language_switches_the_interface(logged_in, learner):
    response = post_profile(logged_in, "fi", first_name="Amal", preferred_language="ar")
    assert response.status_code == 302
    assert response["Location"] == "/ar/profile/"
    assert response.cookies[settings.LANGUAGE_COOKIE_NAME].value == "ar"
    learner.refresh_from_db()
    assert learner.preferred_language == "ar"


def test_saved_message_is_in_the_new_language(logged_in, site_pages):
    post_profile(logged_in, "fi", first_name="Amal", preferred_language="en")
    response = logged_in.get("/en/profile/")
    assert "Your profile has been saved." in response.content.decode()


def test_saving_without_a_preferred_language_stays_on_the_same_page(logged_in):
    response = post_profile(logged_in, "sv", first_name="Amal")
    assert response["Location"] == "/sv/profile/"
    assert settings.LANGUAGE_COOKIE_NAME not in response.cookies


def test_profile_form_cannot_change_email_or_staff_flags(logged_in, learner):
    post_profile(logged_in, email="other@example.org", is_staff="on", is_superuser="on")
    learner.refresh_from_db()
    assert learner.email == "amal@example.org"
    assert not learner.is_staff and not learner.is_superuser


def test_login_without_next_lands_on_the_start_page_in_the_preferred_language(client, learner, password):
    learner.preferred_language = "sv"
    learner.save()
    response = log_in(client, learner.email, password)
    assert response["Location"] == "/sv/start/"


def test_login_without_preferred_language_stays_in_the_current_language(client, learner, password):
    with_language = client.post(url("account_login", "en"), {"login": learner.email, "password": password})
    assert with_language["Location"] == "/en/start/"


def test_login_with_next_keeps_next_over_the_preferred_language(client, learner, password):
    learner.preferred_language = "sv"
    learner.save()
    response = log_in(client, learner.email, password, next_url="/fi/profile/")
    assert response["Location"] == "/fi/profile/"


@pytest.mark.parametrize("name", ["Amal\x1b[31m", "\u202enasaH", "Amal\u2067"])
def test_profile_refuses_names_with_control_characters_and_changes_nothing(logged_in, learner, name, site_pages):
    response = post_profile(logged_in, "en", first_name=name, last_name="Uusi")
    assert response.status_code == 200
    assert "Remove control characters and invisible formatting marks" in response.content.decode()
    learner.refresh_from_db()
    assert (learner.first_name, learner.last_name) == ("Amal", "Hassan")


@pytest.mark.parametrize("name", ["أمل", "Amal 🌟", "محمد\u200cرضا"])
def test_profile_accepts_arabic_emoji_and_joiner_names(logged_in, learner, name, site_pages):
    response = post_profile(logged_in, first_name=name)
    assert response.status_code == 302
    learner.refresh_from_db()
    assert learner.first_name == name


def test_user_model_validation_refuses_a_bidi_override(learner):
    from django.core.exceptions import ValidationError

    learner.last_name = "\u202eHassan"
    with pytest.raises(ValidationError) as error:
        learner.full_clean()
    assert "last_name" in error.value.message_dict
