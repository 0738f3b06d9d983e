"""Every personal record the platform keeps is in the data download (GDPR
art. 15/20): each model of our apps with a foreign key, one-to-one or
many-to-many field to the user model must be listed in the `models` of a
registered personal-data section (accounts.personal_data.register_section).

Only the project's own apps are walked. Tables of the libraries are outside
this check, by choice:

- allauth's EmailAddress and MFA Authenticator are covered anyway: the
  profile section lists the addresses and which kinds of second factor exist
  (never their secrets), so they are in the profile's `models`;
- Wagtail's own tables (page owner and lock, revisions, page and model log
  entries, comments, workflow states, uploaded images and documents, editing
  sessions, admin form state, API tokens, page subscriptions, the admin
  UserProfile) and wagtail-localize's translators: they record editors' work
  in the admin, which editors see there; exporting them is a follow-up for
  editors, not learners;
- django.contrib.admin's LogEntry: the same, for staff in the Django admin.
"""

from django.apps import apps
from django.contrib.auth import get_user_model

from accounts import personal_data
from tests.training.test_layers import LAYERS

# Models of ours with a user relation that are deliberately not exported: model label -> why.
NOT_EXPORTED: dict[str, str] = {}


def _user_relations(model) -> list[str]:
    """The model's own (not inherited) fields that point at the user model.

    A many-to-many field with its own `through` model is left to that model
    (associations.Region.coordinators is CoordinatorAssignment)."""
    user_model = get_user_model()
    many_to_many = [field for field in model._meta.local_many_to_many if field.remote_field.through._meta.auto_created]
    fields = [*model._meta.local_fields, *many_to_many]
    return [field.name for field in fields if field.is_relation and field.related_model is user_model]


def _models_with_user_relations() -> dict[str, list[str]]:
    return {
        model._meta.label: relations
        for model in apps.get_models()
        if model._meta.app_label in LAYERS and (relations := _user_relations(model))
    }


def _covered() -> set[str]:
    return {model._meta.label for section in personal_data.sections() for model in section.models}


def test_every_model_with_a_user_relation_is_in_a_personal_data_section():
    missing = {
        label: relations
        for label, relations in _models_with_user_relations().items()
        if label not in _covered() and label not in NOT_EXPORTED
    }
    assert not missing, f"models with a user relation that no personal-data section lists in `models`: {missing}"


def test_the_walk_finds_the_models_it_must():
    """The check itself works: it sees a few models we know to hold a user relation."""
    found = _models_with_user_relations()
    assert {"courses.Reflection", "quizzes.Attempt", "audit.AuditEvent", "live.LiveSessionPage"} <= set(found)


def test_allauth_addresses_and_authenticators_are_in_the_profile_section():
    [profile] = [section for section in personal_data.sections() if section.key == personal_data.PROFILE_KEY]
    assert {model._meta.label for model in profile.models} >= {"account.EmailAddress", "mfa.Authenticator"}
