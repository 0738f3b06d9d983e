"""django-allauth adapters: Kohtaamo's rules for sign-up and login flows."""

import logging
from types import SimpleNamespace
from urllib.parse import urlsplit, urlunsplit

from allauth.account.adapter import DefaultAccountAdapter
from allauth.core import context as allauth_context
from django.conf import settings
from django.contrib import messages
from django.db import DatabaseError
from django.urls import reverse
from django.utils import translation
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from operations.mail import enqueue_mail, mail_failed
from training.mail import MAIL_FAILED_MESSAGE

logger = logging.getLogger(__name__)

# allauth's "we sent you an e-mail" messages, not shown when the e-mail failed.
SENT_MESSAGE_TEMPLATES = frozenset(
    {"account/messages/email_confirmation_sent.txt", "account/messages/login_code_sent.txt"}
)


def on_site(url: str) -> str:
    """`url` (a path or an absolute URL) on settings.SITE_URL.

    Every link in a mail comes from SITE_URL, like the links of the other
    mails (notifications, invitations, reminders): never from the Host and
    port a request happened to come in on (a second dev server, a proxy, a
    forged Host header)."""
    parts = urlsplit(url)
    return settings.SITE_URL.rstrip("/") + urlunsplit(("", "", parts.path or "/", parts.query, parts.fragment))


def mail_site() -> SimpleNamespace:
    """What allauth's mail templates read as `current_site`: our name and SITE_URL's host."""
    return SimpleNamespace(name="Kohtaamo", domain=urlsplit(settings.SITE_URL).netloc)


def _start_url(language: str) -> str:
    """The start page's path in `language` ("/fi/start/")."""
    with translation.override(language):
        return reverse("start")


class AccountAdapter(DefaultAccountAdapter):
    error_messages = {
        **DefaultAccountAdapter.error_messages,
        "too_many_login_attempts": _(
            "Too many failed login attempts from this device. Try again in a few minutes, "
            "or ask for a login code by e-mail."
        ),
    }

    def _get_login_attempts_cache_key(self, request, **credentials) -> str:
        """Count failed logins per account *and* client (the `key` of the
        `login_failed` rate limit), so that a stranger typing wrong passwords
        for someone's address locks out only their own client, never the
        owner. The client IP comes from allauth's helper, which trusts
        X-Forwarded-For only as far as ALLAUTH_TRUSTED_PROXY_COUNT says. The
        per-IP part of the limit still caps one client across accounts.

        allauth uses this key also to clear the count after a password reset
        (then: the resetting client's count)."""
        account_key = super()._get_login_attempts_cache_key(request, **credentials)
        return f"{account_key}:{self.get_client_ip(request)}"

    def send_mail(self, template_prefix: str, email: str, context: dict) -> None:
        """Hand allauth's e-mails (address verification, password reset,
        login codes) to the durable mail task (operations.mail): in production
        the request only stores the task and the worker sends it, with
        retries while the mail server is down. With the immediate backend
        (demo, tests) it is sent at once, and when the mail server refused it
        (or the queue cannot be reached) the person is told to try again in a
        few minutes, and allauth's "we sent you an e-mail" message is left
        out (add_message); never a 500."""
        request = allauth_context.request
        # Links allauth built without a hook of ours (sign-up and reset links in the
        # "account already exists" and "unknown account" mails) are moved onto SITE_URL too.
        links = {key: on_site(url) for key, url in context.items() if key.endswith("_url") and isinstance(url, str)}
        message = self.render_mail(
            template_prefix,
            email,
            {"request": request, "email": email, "current_site": mail_site(), **context, **links},
        )
        label = "accounts:" + template_prefix.rsplit("/", 1)[-1]
        try:
            failed = mail_failed(enqueue_mail(message, label=label))
        except DatabaseError:
            logger.warning("allauth e-mail %s not queued: the task queue is unavailable", label, exc_info=True)
            failed = True
        if not failed or request is None:
            return
        if not getattr(request, "_mail_not_sent", False):
            request._mail_not_sent = True
            self.add_message(request, messages.ERROR, message=str(MAIL_FAILED_MESSAGE))

    def get_email_confirmation_url(self, request, emailconfirmation) -> str:
        """The address-confirmation link, on SITE_URL."""
        return on_site(super().get_email_confirmation_url(request, emailconfirmation))

    def get_reset_password_from_key_url(self, key: str) -> str:
        """The password-reset link, on SITE_URL."""
        return on_site(super().get_reset_password_from_key_url(key))

    def add_message(self, request, level, message_template=None, message_context=None, extra_tags="", message=None):
        if message_template in SENT_MESSAGE_TEMPLATES and getattr(request, "_mail_not_sent", False):
            return
        super().add_message(request, level, message_template, message_context, extra_tags, message)

    def get_login_redirect_url(self, request):
        """Without a `next`, land on one's start page (accounts/start.py) in
        the person's preferred language, or else in the language just used.

        A bare "/" would re-negotiate the language from the browser and drop
        someone who signed in on the Arabic pages onto the Finnish ones.
        (allauth calls this only when the login had no explicit `next`, so a
        `next` always wins.)
        """
        user = getattr(request, "user", None)
        preferred = getattr(user, "preferred_language", "") if user is not None and user.is_authenticated else ""
        site = dict(settings.SITE_LANGUAGES)
        current = get_language() or settings.LANGUAGE_CODE
        language = preferred if preferred in site else (current if current in site else settings.LANGUAGE_CODE)
        return _start_url(language)

    def get_signup_redirect_url(self, request):
        """After sign-up and e-mail verification, land on the start page in the
        language the person signed up in (not on a bare "/")."""
        return _start_url(get_language() or "fi")

    def get_logout_redirect_url(self, request):
        """After logging out, stay in the same language too."""
        return "/" + (get_language() or "fi") + "/"
