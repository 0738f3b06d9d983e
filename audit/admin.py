"""Staff read the audit log in the Django admin: list, filters, detail; no
add, change or delete (the model has only the view permission, and these
methods refuse the rest even to superusers)."""

from django.contrib import admin
from django.utils.translation import gettext_lazy as _

from accounts.roles import is_staff
from audit.models import AuditEvent


class AssociationFilter(admin.SimpleListFilter):
    title = _("association")
    parameter_name = "association"

    def lookups(self, request, model_admin):
        rows = (
            AuditEvent.objects.exclude(association_id=None)
            .order_by("association_label")
            .values_list("association_id", "association_label")
            .distinct()
        )
        return [(str(pk), label) for pk, label in rows]

    def queryset(self, request, queryset):
        value = self.value()
        if value and value.isdigit():
            return queryset.filter(association_id=int(value))
        return queryset


@admin.register(AuditEvent)
class AuditEventAdmin(admin.ModelAdmin):
    list_display = ["occurred_at", "action", "actor_label", "subject_label", "association_label", "target_repr"]
    list_filter = ["action", "occurred_at", AssociationFilter]
    date_hierarchy = "occurred_at"
    search_fields = ["actor_label", "subject_label", "association_label"]
    list_select_related = False
    show_full_result_count = False

    def get_readonly_fields(self, request, obj=None):
        return [field.name for field in self.model._meta.fields]

    # Staff see everything (accounts.roles); others need the view permission.
    def has_view_permission(self, request, obj=None):
        return is_staff(request.user) or super().has_view_permission(request, obj)

    def has_module_permission(self, request):
        return is_staff(request.user) or super().has_module_permission(request)

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False
