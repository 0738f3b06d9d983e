"""Staff's view of the background tasks (Django admin, /django-admin/):
what failed, with which error and arguments, and a "retry" action.

Replaces django-tasks-db's read-only admin: the same fields, plus the
arguments and the last error in the list, a filter for failed tasks, and
the retry action (superusers and the "Can retry failed background tasks"
permission).
"""

from django.contrib import admin, messages
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from django_tasks_db.admin import DBTaskResultAdmin
from django_tasks_db.models import DBTaskResult

from operations import queue
from operations.models import WorkerHeartbeat

if admin.site.is_registered(DBTaskResult):
    admin.site.unregister(DBTaskResult)


@admin.register(DBTaskResult)
class TaskResultAdmin(DBTaskResultAdmin):
    list_display = ("task_name", "status", "attempts", "arguments", "error", "enqueued_at", "finished_at")
    list_filter = ("status", "queue_name")
    search_fields = ("task_path", "exception_class_path")
    actions = ["retry_failed"]

    @admin.display(description=_("attempts"))
    def attempts(self, obj: DBTaskResult) -> int:
        return len(obj.worker_ids or [])

    @admin.display(description=_("arguments"))
    def arguments(self, obj: DBTaskResult) -> str:
        data = obj.args_kwargs or {}
        return f"{data.get('args', [])} {data.get('kwargs', {})}"

    @admin.display(description=_("last error"))
    def error(self, obj: DBTaskResult) -> str:
        if not obj.exception_class_path:
            return ""
        last_line = (obj.traceback or "").strip().splitlines()[-1:] or [""]
        return last_line[0][:200]

    def has_retry_permission(self, request) -> bool:
        return request.user.has_perm("operations.retry_task")

    @admin.action(description=_("Retry the selected failed tasks"), permissions=["retry"])
    def retry_failed(self, request, queryset):
        count = queue.retry(queryset.values_list("pk", flat=True))
        self.message_user(
            request,
            ngettext("%(count)d failed task will run again.", "%(count)d failed tasks will run again.", count)
            % {"count": count},
            messages.SUCCESS,
        )


@admin.register(WorkerHeartbeat)
class WorkerHeartbeatAdmin(admin.ModelAdmin):
    list_display = ("hostname", "pid", "worker_id", "started_at", "last_seen")
    ordering = ["-last_seen"]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False
