"""The hobby offering in ten languages, the rest of the site in four (issue 16
item 2), and the language of parts on a page shown without a translation.

Asserted on codes, attributes, URLs and the English source interface, never on
strings a translator fills in."""

import re
from html.parser import HTMLParser

import pytest
from django.conf import settings
from django.urls import reverse
from django.utils import translation

from activities.models import Activity
from associations.models import Association, Municipality, Region

pytestmark = pytest.mark.django_db

OFFERING = [
    ("fi", "ltr"),
    ("sv", "ltr"),
    ("en", "ltr"),
    ("ar", "rtl"),
    ("fa", "rtl"),
    ("prs", "rtl"),
    ("ckb", "rtl"),
    ("so", "ltr"),
    ("ru", "ltr"),
    ("uk", "ltr"),
]
NEWCOMER_ONLY = ["fa", "prs", "ckb", "so", "ru", "uk"]
SITE = ["fi", "sv", "en", "ar"]
SWITCHER = re.compile(r'<nav class="language-switcher.*?</nav>', re.S)
SWITCHER_LINK = re.compile(r'<a class="dropdown-item" href="([^"]+)" hreflang="([^"]+)" lang="([^"]+)" dir="([^"]+)"')


@pytest.fixture
def activity(site_pages):
    region, _ = Region.objects.get_or_create(code="18", defaults={"name": "Kainuu"})
    kajaani, _ = Municipality.objects.get_or_create(code="205", defaults={"name": "Kajaani", "region": region})
    club = Association.objects.create(slug="club", name="Club", association_type="sports_club", municipality=kajaani)
    return Activity.objects.create(association=club, title="Jalkapallo", municipality=kajaani, hobby_type="football")


def url_in(language, name, *args):
    with translation.override(language):
        return reverse(name, args=args)


def html_attributes(html):
    return re.search(r'<html lang="([^"]+)" dir="([^"]+)">', html).groups()


def switcher_links(html):
    return SWITCHER_LINK.findall(SWITCHER.search(html).group(0))


# The offering is served in every one of the ten languages.


@pytest.mark.parametrize(("code", "direction"), OFFERING)
def test_the_activity_list_is_served_with_its_language_and_direction(client, activity, code, direction):
    response = client.get(f"/{code}/activities/")
    assert response.status_code == 200
    assert html_attributes(response.text) == (code, direction)


@pytest.mark.parametrize(("code", "direction"), OFFERING)
def test_the_activity_page_is_served_with_its_language_and_direction(client, activity, code, direction):
    response = client.get(url_in(code, "activities:detail", activity.pk))
    assert response.status_code == 200
    assert html_attributes(response.text) == (code, direction)


@pytest.mark.parametrize("code", ["fa", "prs", "ckb", "ar"])
def test_every_right_to_left_language_uses_bootstraps_rtl_stylesheet(client, activity, code):
    html = client.get(f"/{code}/activities/").text
    assert "bootstrap.rtl.min.css" in html
    assert "bootstrap.min.css" not in html


def test_the_try_form_is_served_right_to_left_in_persian(client, activity):
    response = client.get(url_in("fa", "activities:try_request", activity.pk))
    assert response.status_code == 200
    assert html_attributes(response.text) == ("fa", "rtl")


def test_a_persian_try_request_is_sent_and_remembers_the_language(client, activity, settings):
    from activities.models import TryRequest
    from activities.tryouts.forms import started_token

    settings.TRYOUT_MIN_FILL_SECONDS = 0
    data = {
        "first_name": "Zahra",
        "email": "zahra@example.org",
        "phone": "",
        "language": "fa",
        "message": "سلام",
        "consent": "on",
        "homepage": "",
        "started": started_token(),
    }
    response = client.post(url_in("fa", "activities:try_request", activity.pk), data)
    assert response.status_code == 302
    assert response["Location"].startswith("/fa/activities/try/")
    assert TryRequest.objects.get().language == "fa"


@pytest.mark.parametrize("code", NEWCOMER_ONLY)
def test_the_offerings_catalogue_is_found_for_each_newcomer_language(code):
    """Django falls back to the default language for a code it has no catalogue for."""
    assert translation.check_for_language(code)


# Outside the offering the six languages redirect to a site language.


@pytest.mark.parametrize("code", NEWCOMER_ONLY)
def test_the_home_page_under_a_newcomer_language_redirects_to_english(client, site_pages, code):
    response = client.get(f"/{code}/")
    assert response.status_code == 302
    assert response["Location"] == "/en/"


def test_the_redirect_follows_the_browsers_site_language(client, site_pages):
    response = client.get("/fa/", HTTP_ACCEPT_LANGUAGE="fa,sv;q=0.8,en;q=0.5")
    assert response["Location"] == "/sv/"


def test_a_non_offering_view_keeps_its_path_and_query(client, site_pages):
    response = client.get("/ru/accounts/login/?next=/ru/activities/")
    assert response.status_code == 302
    assert response["Location"] == "/en/accounts/login/?next=/ru/activities/"


def test_a_wagtail_page_under_a_newcomer_language_lands_on_the_page(client, site_pages):
    response = client.get("/uk/tietoa/", follow=True)
    assert response.redirect_chain == [("/en/tietoa/", 302)]
    assert response.status_code == 200


def test_an_unknown_path_under_a_newcomer_language_redirects_instead_of_404(client, site_pages):
    response = client.get("/so/no-such-page/")
    assert response.status_code == 302
    assert response["Location"] == "/en/no-such-page/"


def test_the_contacts_own_activity_pages_are_not_in_the_newcomer_languages(client, activity):
    assert client.get("/fa/activities/mine/")["Location"] == "/en/activities/mine/"
    assert client.get("/ckb/activities/requests/")["Location"] == "/en/activities/requests/"


def test_a_form_posted_to_a_non_offering_view_keeps_its_method(client, activity):
    response = client.post("/fa/accounts/logout/")
    assert response.status_code == 307
    assert response["Location"] == "/en/accounts/logout/"


def test_an_offering_address_without_its_slash_keeps_the_language(client, activity):
    response = client.get("/fa/activities", follow=True)
    assert response.redirect_chain == [("/fa/activities/", 301)]
    assert html_attributes(response.text) == ("fa", "rtl")


def test_the_root_with_a_persian_browser_ends_on_a_site_language(client, site_pages):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE="fa", follow=True)
    assert response.status_code == 200
    assert response.redirect_chain[-1][0] == "/en/"


# The language switcher: ten on the offering, four elsewhere.


def test_the_offering_switcher_lists_the_ten_languages_in_their_own_names(client, activity):
    links = switcher_links(client.get("/en/activities/").text)
    assert [hreflang for _href, hreflang, _lang, _dir in links] == [code for code, _direction in OFFERING]
    for href, hreflang, lang, direction in links:
        assert href == f"/{hreflang}/activities/"
        assert lang == hreflang
        assert direction == dict(OFFERING)[hreflang]


def test_the_offering_switcher_names_dari_in_dari(client, activity):
    html = SWITCHER.search(client.get("/en/activities/").text).group(0)
    assert '<a class="dropdown-item" href="/prs/activities/" hreflang="prs" lang="prs" dir="rtl"' in html
    assert ">دری</a>" in html


def test_the_activity_pages_switcher_keeps_the_activity(client, activity):
    links = switcher_links(client.get(url_in("ru", "activities:detail", activity.pk)).text)
    assert (f"/fa/activities/{activity.pk}/", "fa", "fa", "rtl") in links


@pytest.mark.parametrize("path", ["/en/", "/en/tietoa/", "/en/accounts/login/", "/en/readiness/directory/"])
def test_the_switcher_elsewhere_lists_the_four_site_languages(client, site_pages, path):
    links = switcher_links(client.get(path, follow=True).text)
    assert [hreflang for _href, hreflang, _lang, _dir in links] == SITE


def test_the_offering_and_other_pages_do_not_share_a_switcher(client, activity):
    """The chrome is cached per language and content version: the switcher's two
    variants must still differ, whichever is rendered first."""
    first = switcher_links(client.get("/en/activities/").text)
    other = switcher_links(client.get("/en/").text)
    again = switcher_links(client.get("/en/activities/").text)
    assert (len(first), len(other), len(again)) == (10, 4, 10)


def test_the_switcher_button_marks_the_current_languages_name(client, activity):
    html = SWITCHER.search(client.get("/fa/activities/").text).group(0)
    assert re.search(r'<button[^>]*id="language-menu-button".*?<span lang="fa" dir="rtl">', html, re.S)


def test_the_menu_page_titles_on_a_persian_page_are_marked_finnish(client, activity):
    """Wagtail has no Persian content: the menu falls back to the Finnish pages."""
    html = client.get("/fa/activities/").text
    footer = re.search(r"<footer.*?</footer>", html, re.S).group(0)
    titles = re.findall(r'<a href="/fi/[^"]*" lang="([^"]+)" dir="([^"]+)">', footer)
    assert titles
    assert set(titles) == {("fi", "ltr")}


# Settings and the rest of the site keep four languages.


def test_dari_is_written_right_to_left():
    assert "prs" in settings.LANGUAGES_BIDI
    info = translation.get_language_info("prs")
    assert (info["name"], info["name_local"], info["bidi"]) == ("Dari", "دری", True)


def test_somali_has_language_info():
    assert translation.get_language_info("so")["bidi"] is False


def test_the_url_prefixes_are_the_ten_and_content_the_four():
    assert [code for code, _name in settings.LANGUAGES] == [code for code, _direction in OFFERING]
    assert [code for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES] == SITE


def test_no_wagtail_locale_exists_for_the_newcomer_languages(activity):
    from wagtail.models import Locale

    assert sorted(Locale.objects.values_list("language_code", flat=True)) == sorted(SITE)


def test_the_profile_offers_only_the_site_languages():
    from accounts.forms import ProfileForm

    choices = [code for code, _label in ProfileForm().fields["preferred_language"].choices if code]
    assert choices == SITE


def test_a_person_who_prefers_persian_gets_mail_in_the_default_language():
    from types import SimpleNamespace

    from notifications.services import language_of

    assert language_of(SimpleNamespace(preferred_language="fa")) == settings.LANGUAGE_CODE


def test_the_course_catalogue_filters_only_by_site_languages():
    from courses.forms import CatalogueFilterForm

    choices = [code for code, _label in CatalogueFilterForm().fields["language"].choices if code]
    assert choices == SITE


def test_the_newcomer_may_ask_to_be_answered_in_any_offering_language():
    from activities.tryouts.languages import newcomer_language_choices

    assert [code for code, _name in newcomer_language_choices()] == [code for code, _direction in OFFERING]


# A page without a translation in the interface language: only its own fields carry its language.


class NearestLang(HTMLParser):
    """Records, for elements with an id or class of interest, the nearest lang above or on them."""

    def __init__(self, wanted):
        super().__init__()
        self.wanted, self.stack, self.found = wanted, [], {}

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        lang = attrs.get("lang") or (self.stack[-1][1] if self.stack else None)
        if tag not in {"meta", "link", "input", "br", "img", "hr", "source", "path", "circle"}:
            self.stack.append((tag, lang))
        names = {attrs.get("id") or "", *(attrs.get("class") or "").split(), tag}
        for key in self.wanted:
            if key in names and key not in self.found:
                self.found[key] = (lang, attrs.get("dir") or "")

    def handle_endtag(self, tag):
        for index in range(len(self.stack) - 1, -1, -1):
            if self.stack[index][0] == tag:
                del self.stack[index:]
                break


@pytest.fixture
def finnish_only_page(site_pages):
    from wagtail.models import Locale, Page

    from home.models import ContentPage

    home = Page.objects.get(depth=2, locale=Locale.objects.get(language_code="fi")).specific
    page = ContentPage(title="Vain suomeksi", slug="vain-suomeksi", lead="Johdanto.", body="<p>Leipäteksti.</p>")
    home.add_child(instance=page)
    page.save_revision().publish()
    return page


def nearest_langs(html, *keys):
    parser = NearestLang(keys)
    parser.feed(html)
    return parser.found


def test_the_interface_of_an_untranslated_page_keeps_the_interface_language(client, finnish_only_page):
    html = client.get(f"{finnish_only_page.url}?lang=ar").text
    found = nearest_langs(html, "missing-translation-notice", "skip-link", "language-switcher")
    assert {key: lang for key, (lang, _dir) in found.items()} == {
        "missing-translation-notice": "ar",
        "skip-link": "ar",
        "language-switcher": "ar",
    }


def test_the_title_and_body_of_an_untranslated_page_carry_the_pages_language(client, finnish_only_page):
    html = client.get(f"{finnish_only_page.url}?lang=ar").text
    found = nearest_langs(html, "h1", "lead", "rich-text")
    assert found == {"h1": ("fi", "ltr"), "lead": ("fi", "ltr"), "rich-text": ("fi", "ltr")}


def test_nothing_wraps_the_whole_content_in_the_pages_language(client, finnish_only_page):
    html = client.get(f"{finnish_only_page.url}?lang=ar").text
    main = re.search(r'<main id="main".*?</main>', html, re.S).group(0)
    assert '<div lang="fi"' not in main


def test_a_translated_page_marks_nothing(client, finnish_only_page):
    html = client.get(finnish_only_page.url).text
    assert '<h1 lang="fi"' not in html
    assert "<h1>Vain suomeksi</h1>" in html


# The catalogues: every string a newcomer meets on the offering is translated in fa, prs, ru and uk.

NEWCOMER_SOURCES = (
    "templates/activities/offering.html",
    "templates/activities/detail.html",
    "templates/activities/_pictogram.html",
    "templates/activities/tryouts/button.html",
    "templates/activities/tryouts/deleted.html",
    "templates/activities/tryouts/orientation.html",
    "templates/activities/tryouts/request_form.html",
    "templates/activities/tryouts/status.html",
    "templates/activities/tryouts/email/",
    "activities/forms.py",
    "activities/presentation.py",
    "activities/models/",
    "activities/views/public.py",
    "activities/tryouts/forms.py",
    "activities/tryouts/guidance.py",
    "activities/tryouts/phone.py",
    "activities/tryouts/views.py",
    "templates/base.html",
    "templates/includes/",
    "templates/400.html",
    "templates/404.html",
    "training/forms.py",
    "training/validators.py",
)


def catalogue(code):
    import polib

    return polib.pofile(str(settings.BASE_DIR / "locale" / code / "LC_MESSAGES" / "django.po"))


@pytest.mark.parametrize("code", ["fa", "prs", "ru", "uk"])
def test_every_string_of_the_newcomers_pages_is_translated(code):
    missing = [
        entry.msgid
        for entry in catalogue(code)
        if not entry.obsolete
        and any(path.startswith(NEWCOMER_SOURCES) for path, _line in entry.occurrences)
        and (not entry.translated() or "fuzzy" in entry.flags)
    ]
    assert missing == []


@pytest.mark.parametrize("code", NEWCOMER_ONLY)
def test_the_compiled_catalogue_holds_every_translation(code):
    import gettext

    path = settings.BASE_DIR / "locale" / code / "LC_MESSAGES" / "django.mo"
    with path.open("rb") as mo:
        compiled = gettext.GNUTranslations(mo)._catalog
    translated = {e.msgid: e.msgstr for e in catalogue(code).translated_entries() if not e.msgid_plural}
    assert {msgid: compiled.get(msgid) for msgid in translated} == translated
