from django.contrib import admin

from badges.models import Award, AwardEvent


class AwardEventInline(admin.TabularInline):
    model = AwardEvent
    extra = 0
    can_delete = False
    readonly_fields = ["action", "actor", "reason", "at"]

    def has_add_permission(self, request, obj=None):
        return False


@admin.register(Award)
class AwardAdmin(admin.ModelAdmin):
    """Read-only: awards are issued by the services and revoked on the
    verification page (with a reason, logged)."""

    list_display = ["badge_class", "recipient_name", "source", "issued_on", "valid_until", "revoked_at"]
    list_filter = ["source", "badge_class"]
    search_fields = ["recipient_name", "id"]
    inlines = [AwardEventInline]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False
