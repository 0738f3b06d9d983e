"""Staff see failed tasks with their error and arguments and can retry them."""

import pytest
from django.contrib.auth.models import Permission
from django_tasks_db.models import DBTaskResult

from tests.factories import UserFactory
from tests.operations import sample_tasks

pytestmark = pytest.mark.django_db
LIST_URL = "/django-admin/django_tasks_database/dbtaskresult/"


@pytest.fixture
def operator(settings):
    user = UserFactory(email="operator@example.org", is_staff=True)
    user.user_permissions.add(
        Permission.objects.get(codename="view_dbtaskresult"), Permission.objects.get(codename="retry_task")
    )
    settings.MFA_EXEMPT_EMAILS = [*settings.MFA_EXEMPT_EMAILS, user.email]
    return user


def test_failed_task_is_listed_with_its_error_and_arguments(client, operator, run_worker):
    sample_tasks.buggy.enqueue(7)
    run_worker()
    client.force_login(operator)
    response = client.get(LIST_URL + "?status__exact=FAILED")
    assert response.status_code == 200
    assert "bad value 7" in response.content.decode()
    assert "[7]" in response.content.decode()


def test_retry_action_puts_the_failed_task_back_in_the_queue(client, operator, run_worker):
    sample_tasks.buggy.enqueue(7)
    run_worker()
    client.force_login(operator)
    row = DBTaskResult.objects.get()
    response = client.post(LIST_URL, {"action": "retry_failed", "_selected_action": [str(row.pk)]})
    assert response.status_code == 302
    assert DBTaskResult.objects.get().status == "READY"


def test_staff_without_the_retry_permission_cannot_retry(client, operator, run_worker):
    operator.user_permissions.remove(Permission.objects.get(codename="retry_task"))
    sample_tasks.buggy.enqueue(7)
    run_worker()
    client.force_login(operator)
    row = DBTaskResult.objects.get()
    client.post(LIST_URL, {"action": "retry_failed", "_selected_action": [str(row.pk)]})
    assert DBTaskResult.objects.get().status == "FAILED"
