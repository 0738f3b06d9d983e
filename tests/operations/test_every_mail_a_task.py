"""Every e-mail is a task of the durable queue (operations.mail): with the
production (database) task backend a request only stores the task, the
worker sends the mail and retries it while the mail server refuses; the
stored message is encrypted (no reset link or login code for staff to read).
allauth's account mails, association invitations and newcomers' try-request
mails."""

import pytest
from django.contrib.auth import get_user_model
from django.core import mail
from django.core.mail import EmailMessage, EmailMultiAlternatives
from django_tasks_db.models import DBTaskResult

from associations.models import Invitation
from associations.services import invite_by_email
from operations import mail as durable
from tests.accounts.conftest import url
from tests.associations.conftest import world  # noqa: F401 (the shared scope world)
from tests.mail_backends import FAILING_EMAIL_BACKEND, on_commit_runs_at_once

pytestmark = pytest.mark.django_db
LOCMEM = "django.core.mail.backends.locmem.EmailBackend"
GOOD_PASSWORD = "tuuli-kantele-revontuli-42"


def _tasks(path: str):
    return DBTaskResult.objects.filter(task_path=path)


@pytest.fixture
def learner(db):
    user = get_user_model().objects.create_user(email="amal@example.org", password=GOOD_PASSWORD)
    user.emailaddress_set.create(email=user.email, verified=True, primary=True)
    return user


# --- the stored message ------------------------------------------------------------------------


def test_a_sealed_message_opens_with_its_subject_body_recipients_alternative_and_attachments():
    message = EmailMultiAlternatives("Aihe", "Teksti", None, ["a@example.org"], headers={"X-Kohtaamo": "1"})
    message.attach_alternative("<p>Teksti</p>", "text/html")
    message.attach("kutsu.ics", "BEGIN:VCALENDAR", "text/calendar")
    message.attach("kuva.bin", b"\x00\x01", "application/octet-stream")

    opened = durable.unseal(durable.seal(message))

    assert (opened.subject, opened.body, opened.to) == ("Aihe", "Teksti", ["a@example.org"])
    assert opened.extra_headers == {"X-Kohtaamo": "1"}
    assert opened.alternatives[0][:2] == ("<p>Teksti</p>", "text/html")
    assert [a[:2] for a in opened.attachments] == [("kutsu.ics", "BEGIN:VCALENDAR"), ("kuva.bin", b"\x00\x01")]


def test_a_sealed_message_does_not_show_its_text_or_address():
    token = durable.seal(EmailMessage("Reset", "https://kohtaamo.example/reset/SECRET-KEY/", None, ["a@example.org"]))
    assert "SECRET-KEY" not in token
    assert "a@example.org" not in token


def test_a_message_sealed_before_a_secret_key_rotation_still_opens(settings):
    token = durable.seal(EmailMessage("Aihe", "Teksti", None, ["a@example.org"]))
    settings.SECRET_KEY_FALLBACKS = [settings.SECRET_KEY]
    settings.SECRET_KEY = "a-new-secret-key-after-the-rotation-0123456789"
    assert durable.unseal(token).body == "Teksti"


def test_a_message_sealed_with_a_forgotten_key_fails_with_a_clear_error(settings):
    token = durable.seal(EmailMessage("Aihe", "Teksti", None, ["a@example.org"]))
    settings.SECRET_KEY = "a-new-secret-key-without-fallback-0123456789"
    with pytest.raises(durable.UnreadableMail, match="SECRET_KEY_FALLBACKS"):
        durable.unseal(token)


# --- allauth's mails ---------------------------------------------------------------------------


def test_a_password_reset_request_only_enqueues_and_the_worker_sends_the_mail(client, learner, run_worker):
    response = client.post(url("account_reset_password", "en"), {"email": learner.email})
    assert response.status_code == 302
    assert mail.outbox == []
    task = _tasks("operations.tasks.deliver_mail").get()
    assert task.args_kwargs["kwargs"]["label"] == "accounts:password_reset_key"
    assert "/password/reset/key/" not in str(task.args_kwargs)

    run_worker()

    assert [message.to for message in mail.outbox] == [[learner.email]]
    assert "/password/reset/key/" in mail.outbox[0].body


def test_a_sign_up_only_enqueues_the_confirmation_and_the_worker_sends_it(client, run_worker):
    client.post(
        url("account_signup", "en"),
        {"email": "newcomer@example.org", "password1": GOOD_PASSWORD, "password2": GOOD_PASSWORD},
    )
    assert mail.outbox == []

    run_worker()

    assert [message.to for message in mail.outbox] == [["newcomer@example.org"]]
    assert "/accounts/confirm-email/" in mail.outbox[0].body


def test_a_login_code_request_only_enqueues_and_the_worker_sends_the_code(client, learner, run_worker):
    client.post(url("account_request_login_code", "en"), {"email": learner.email})
    assert mail.outbox == []
    assert _tasks("operations.tasks.deliver_mail").count() == 1

    run_worker()

    assert [message.to for message in mail.outbox] == [[learner.email]]


def test_a_reset_mail_refused_by_the_mail_server_is_retried_by_the_worker(client, learner, run_worker, settings):
    settings.EMAIL_BACKEND = FAILING_EMAIL_BACKEND
    client.post(url("account_reset_password", "en"), {"email": learner.email})
    run_worker(max_tasks=1)
    task = _tasks("operations.tasks.deliver_mail").get()
    assert task.status == "READY"
    assert task.exception_class_path == "training.tasks_retry.RetryLater"
    settings.EMAIL_BACKEND = LOCMEM

    run_worker()

    assert [message.to for message in mail.outbox] == [[learner.email]]


def test_a_reset_mail_refused_on_every_attempt_is_recorded_as_failed_for_staff(client, learner, run_worker, settings):
    settings.EMAIL_BACKEND = FAILING_EMAIL_BACKEND
    client.post(url("account_reset_password", "en"), {"email": learner.email})

    run_worker()

    task = _tasks("operations.tasks.deliver_mail").get()
    assert task.status == "FAILED"
    assert len(task.worker_ids) == settings.TASK_MAX_ATTEMPTS


# --- invitations -------------------------------------------------------------------------------


def test_an_invitation_is_only_enqueued_and_the_worker_sends_it(world, run_worker):  # noqa: F811
    with on_commit_runs_at_once():
        invite_by_email(world.a, "uusi@example.org", invited_by=world.people["contact_a"])
    assert mail.outbox == []

    run_worker()

    assert [message.to for message in mail.outbox] == [["uusi@example.org"]]


def test_an_invitation_stays_pending_while_its_mail_is_retried(world, run_worker, settings):  # noqa: F811
    settings.EMAIL_BACKEND = FAILING_EMAIL_BACKEND
    with on_commit_runs_at_once():
        invitation, _created = invite_by_email(world.a, "uusi@example.org", invited_by=world.people["contact_a"])

    run_worker(max_tasks=1)

    assert Invitation.objects.filter(pk=invitation.pk).exists()
    assert _tasks("associations.tasks.send_invitation_email").get().status == "READY"


def test_an_invitation_whose_mail_failed_on_every_attempt_is_deleted_so_it_can_be_sent_again(
    world,  # noqa: F811
    run_worker,
    settings,
):
    settings.EMAIL_BACKEND = FAILING_EMAIL_BACKEND
    with on_commit_runs_at_once():
        invitation, _created = invite_by_email(world.a, "uusi@example.org", invited_by=world.people["contact_a"])

    run_worker()

    assert not Invitation.objects.filter(pk=invitation.pk).exists()
    assert _tasks("associations.tasks.send_invitation_email").get().status == "FAILED"


# --- newcomers' try requests -------------------------------------------------------------------


@pytest.fixture
def activity(world, settings):  # noqa: F811
    from tests.activities.test_tryouts.helpers import make_activity

    settings.TRYOUT_MIN_FILL_SECONDS = 0
    return make_activity(world.a, "Football for everyone")


def test_a_try_request_only_enqueues_the_newcomers_mail_and_the_worker_sends_it(activity, run_worker):
    from tests.activities.test_tryouts.helpers import new_request

    with on_commit_runs_at_once():
        new_request(activity, email="amina@example.org")
    newcomer_mails = [m for m in mail.outbox if m.to == ["amina@example.org"]]
    assert newcomer_mails == []

    run_worker()

    assert [m.to for m in mail.outbox if m.to == ["amina@example.org"]] == [["amina@example.org"]]


def test_an_answer_is_marked_mailed_only_after_the_worker_sent_it(activity, run_worker, world):  # noqa: F811
    from activities.tryouts import services
    from tests.activities.test_tryouts.helpers import new_request

    with on_commit_runs_at_once():
        try_request = new_request(activity, email="amina@example.org")
        services.answer_request(try_request, answer="call", by=world.people["contact_a"])
    try_request.refresh_from_db()
    assert try_request.answer_mailed_at is None

    run_worker()

    try_request.refresh_from_db()
    assert try_request.answer_mailed_at is not None
    assert len([m for m in mail.outbox if m.to == ["amina@example.org"]]) == 2  # received, answered


def test_an_answer_replaced_before_its_mail_went_sends_only_the_new_answer(activity, run_worker, world):  # noqa: F811
    from activities.tryouts import services
    from tests.activities.test_tryouts.helpers import new_request

    with on_commit_runs_at_once():
        try_request = new_request(activity, email="amina@example.org")
        services.answer_request(try_request, answer="call", by=world.people["contact_a"])
        services.answer_request(try_request, answer="declined", by=world.people["contact_a"])

    run_worker()

    assert len([m for m in mail.outbox if m.to == ["amina@example.org"]]) == 2  # received, the last answer


# --- contacts' and coordinators' reminders -----------------------------------------------------


def _reminder_enqueued():
    from reports.tasks import send_reminder_email
    from tests.reports.factories import ReminderFactory

    reminder = ReminderFactory()
    send_reminder_email.enqueue(reminder.pk, "fi")
    return reminder


def test_a_reminder_stays_recorded_while_its_mail_is_retried(run_worker, settings):
    from reports.models import Reminder

    settings.EMAIL_BACKEND = FAILING_EMAIL_BACKEND
    reminder = _reminder_enqueued()

    run_worker(max_tasks=1)

    assert Reminder.objects.filter(pk=reminder.pk).exists()
    assert _tasks("reports.tasks.send_reminder_email").get().status == "READY"


def test_a_reminder_whose_mail_failed_on_every_attempt_is_deleted_and_the_task_failed(run_worker, settings):
    from reports.models import Reminder

    settings.EMAIL_BACKEND = FAILING_EMAIL_BACKEND
    reminder = _reminder_enqueued()

    run_worker()

    assert not Reminder.objects.filter(pk=reminder.pk).exists()
    assert _tasks("reports.tasks.send_reminder_email").get().status == "FAILED"


def test_a_reminder_mail_refused_once_is_sent_on_the_retry(run_worker, settings):
    from reports.models import Reminder

    settings.EMAIL_BACKEND = FAILING_EMAIL_BACKEND
    reminder = _reminder_enqueued()
    run_worker(max_tasks=1)
    settings.EMAIL_BACKEND = LOCMEM

    run_worker()

    assert [message.to for message in mail.outbox] == [[reminder.user.email]]
    assert Reminder.objects.filter(pk=reminder.pk).exists()
