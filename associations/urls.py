from django.urls import path

from associations.views import audit_log, imports, manage, membership

app_name = "associations"

urlpatterns = [
    path("", membership.my_associations, name="mine"),
    path("find/", membership.find_association, name="find"),
    path("join/<slug:slug>/<str:token>/", membership.join_by_link, name="join_by_link"),
    path("invitations/<str:token>/", membership.accept_invitation, name="accept_invitation"),
    path("<slug:slug>/", membership.association_detail, name="detail"),
    path("<slug:slug>/request/", membership.request_to_join, name="request_to_join"),
    path("<slug:slug>/leave/", membership.leave_association, name="leave"),
    path("<slug:slug>/edit/", manage.edit_details, name="edit"),
    path("<slug:slug>/members/", manage.members, name="members"),
    path("<slug:slug>/members/<int:pk>/role/", manage.change_role, name="change_role"),
    path("<slug:slug>/members/<int:pk>/remove/", manage.remove_member, name="remove_member"),
    path("<slug:slug>/invitations/", manage.invite, name="invite"),
    path("<slug:slug>/invitations/<int:pk>/revoke/", manage.revoke_invitation, name="revoke_invitation"),
    path("<slug:slug>/invite-link/rotate/", manage.rotate_invite_link, name="rotate_invite_link"),
    path("<slug:slug>/invite-link/disable/", manage.disable_invite_link, name="disable_invite_link"),
    path("<slug:slug>/join-requests/<int:pk>/", manage.decide_join_request, name="decide_join_request"),
    path("<slug:slug>/audit/", audit_log.association_log, name="audit_log"),
    # --- member CSV import (associations/views/imports.py) ---
    path("<slug:slug>/members/import/", imports.upload, name="import_upload"),
    path("<slug:slug>/members/import/<int:pk>/", imports.preview, name="import_preview"),
    path("<slug:slug>/members/import/<int:pk>/confirm/", imports.confirm, name="import_confirm"),
    # --- end member CSV import ---
]
