"""Django's own messages that Django's catalogs leave untranslated in our languages.

Why the password-length error was English on the Finnish and Arabic sign-up
pages: Django 5.2's contrib.auth catalogs have no usable translation of
MinimumLengthValidator's error. In `fi` the entry exists with an empty
msgstr; in `ar` only an older msgid ("…%(min_length)d character.") is
translated, which no longer matches the "%d" msgid the validator asks for.
Everything else on the form (the help texts, the other validators) was
already in the active language: no message was evaluated at import time.

Listing the msgids here (exactly as Django spells them) makes `make messages`
put them into locale/<lang>/LC_MESSAGES/django.po; LOCALE_PATHS catalogs take
precedence over Django's, so Django's unchanged validator then answers in the
active language. tests/accounts/test_signup_password_language.py checks that
these msgids still match Django's and that the sign-up pages show them
translated.
"""

from django.utils.translation import ngettext_lazy

PASSWORD_TOO_SHORT = ngettext_lazy(
    "This password is too short. It must contain at least %d character.",
    "This password is too short. It must contain at least %d characters.",
)
