from django.contrib import admin

from reports.models import Reminder


@admin.register(Reminder)
class ReminderAdmin(admin.ModelAdmin):
    """Read-only audit trail of reminders sent to inactive members."""

    list_display = ["user", "association", "sent_by", "sent_at"]
    list_filter = ["sent_at"]
    search_fields = ["user__email", "association__name"]
    raw_id_fields = ["user", "association", "sent_by"]

    def has_add_permission(self, request) -> bool:
        return False

    def has_change_permission(self, request, obj=None) -> bool:
        return False
