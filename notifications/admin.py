"""Staff support view of notifications in the Django admin.

Read-only on purpose: a notification is a record of what a person was told,
so staff may look (to answer "did I get the mail?") and re-send an e-mail that
failed, but never rewrite one. The admin sits behind allauth login and MFA.
"""

from django.contrib import admin, messages
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from notifications.mailing import send_notification_email
from notifications.models import Delivery, Notification, NotificationPreference


class EmailStateFilter(admin.SimpleListFilter):
    title = _("e-mail")
    parameter_name = "email_state"

    def lookups(self, request, model_admin):
        return [("sent", _("sent")), ("unsent", _("not sent yet or failed"))]

    def queryset(self, request, queryset):
        if self.value() == "sent":
            return queryset.filter(email_sent_at__isnull=False)
        if self.value() == "unsent":
            return queryset.exclude(delivery=Delivery.INAPP).filter(email_sent_at__isnull=True)
        return queryset


@admin.register(Notification)
class NotificationAdmin(admin.ModelAdmin):
    list_display = ["kind", "recipient", "delivery", "created_at", "read_at", "email_sent_at"]
    list_filter = ["kind", "delivery", EmailStateFilter]
    search_fields = ["recipient__email", "kind"]
    list_select_related = ["recipient"]
    date_hierarchy = "created_at"
    actions = ["resend_email"]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    @admin.action(description=_("Send the e-mail again where it was not sent"))
    def resend_email(self, request, queryset):
        pending = queryset.filter(delivery=Delivery.EMAIL, email_sent_at__isnull=True).values_list("pk", flat=True)
        sent = sum(1 for pk in list(pending) if send_notification_email(pk))
        self.message_user(
            request,
            ngettext("%(count)d e-mail was sent.", "%(count)d e-mails were sent.", sent) % {"count": sent},
            messages.SUCCESS if sent else messages.WARNING,
        )


@admin.register(NotificationPreference)
class NotificationPreferenceAdmin(admin.ModelAdmin):
    list_display = ["user", "kind", "delivery"]
    list_filter = ["kind", "delivery"]
    search_fields = ["user__email"]
    list_select_related = ["user"]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False
