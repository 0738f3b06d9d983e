"""Staff tools in the Django admin (behind allauth login and MFA)."""

from django.contrib import admin

from associations.models import (
    Association,
    CoordinatorAssignment,
    Invitation,
    JoinRequest,
    MemberImport,
    Membership,
    Municipality,
    Region,
)


class MunicipalityInline(admin.TabularInline):
    model = Municipality
    extra = 0


class CoordinatorInline(admin.TabularInline):
    model = CoordinatorAssignment
    extra = 0
    autocomplete_fields = ["user"]


@admin.register(Region)
class RegionAdmin(admin.ModelAdmin):
    list_display = ["name", "code"]
    inlines = [MunicipalityInline, CoordinatorInline]


@admin.register(Association)
class AssociationAdmin(admin.ModelAdmin):
    list_display = ["name", "association_type", "municipality"]
    list_filter = ["association_type", "municipality__region", "municipality"]
    search_fields = ["name", "slug"]
    prepopulated_fields = {"slug": ["name"]}


@admin.register(Membership)
class MembershipAdmin(admin.ModelAdmin):
    list_display = ["user", "association", "role", "active", "joined_on", "left_on"]
    list_filter = ["role", "active", "association__municipality"]
    search_fields = ["user__email", "association__name"]
    autocomplete_fields = ["user", "association"]


@admin.register(Invitation)
class InvitationAdmin(admin.ModelAdmin):
    list_display = ["email", "association", "role", "created_at", "expires_at", "accepted_at", "revoked_at"]
    search_fields = ["email", "association__name"]
    readonly_fields = ["token"]


@admin.register(JoinRequest)
class JoinRequestAdmin(admin.ModelAdmin):
    list_display = ["user", "association", "status", "created_at"]
    list_filter = ["status"]


@admin.register(MemberImport)
class MemberImportAdmin(admin.ModelAdmin):
    list_display = ["association", "uploaded_by", "created_at", "status"]
    readonly_fields = ["rows", "errors", "summary"]
