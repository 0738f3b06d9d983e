"""The offering-only language prefixes are worked out once per process
(training/i18n/offering_languages.py) and again when the settings change."""

from django.test import override_settings

from training.i18n.languages import offering_only_language_codes
from training.i18n.offering_languages import offering_only_prefixes


def test_the_remembered_prefixes_are_the_settings_ones():
    assert offering_only_prefixes() == frozenset(offering_only_language_codes())
    assert {"fa", "prs", "ckb", "so", "ru", "uk"} <= offering_only_prefixes()


def test_changed_language_settings_are_used_at_once():
    offering_only_prefixes()  # remembered
    with override_settings(OFFERING_LANGUAGES=[("fi", "Suomi"), ("et", "Eesti")]):
        assert offering_only_prefixes() == {"et"}
    assert "et" not in offering_only_prefixes()
    assert "fa" in offering_only_prefixes()
