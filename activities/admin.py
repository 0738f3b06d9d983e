"""Staff's Django admin for the offering: the region rule, and activities for support
(associations edit their own in the site, /activities/mine/)."""

from django.contrib import admin

from activities.models import Activity, ActivityException, ActivitySession, ActivityTranslation, RegionOfferingPolicy


class SessionInline(admin.TabularInline):
    model = ActivitySession
    extra = 0


class ExceptionInline(admin.TabularInline):
    model = ActivityException
    extra = 0


class TranslationInline(admin.StackedInline):
    model = ActivityTranslation
    extra = 0


@admin.register(Activity)
class ActivityAdmin(admin.ModelAdmin):
    list_display = ["title", "association", "municipality", "hobby_type", "published"]
    list_filter = ["published", "hobby_type", "municipality"]
    search_fields = ["title", "association__name"]
    list_select_related = ["association", "municipality"]
    raw_id_fields = ["association", "welcome_contact"]
    inlines = [SessionInline, ExceptionInline, TranslationInline]


@admin.register(RegionOfferingPolicy)
class RegionOfferingPolicyAdmin(admin.ModelAdmin):
    list_display = ["region", "require_readiness"]
