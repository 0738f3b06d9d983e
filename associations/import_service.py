"""Applying a previewed member import: an import only ever invites.

Guarantees:

- An import never adds anyone to an association and never gives anyone a
  role. Every row becomes a pending invitation (with the proposed role) and
  an invitation e-mail; a person becomes a member, in that role, only by
  accepting it themselves while logged in with the invited, verified address
  (`services.accept_invitation`). This holds whether or not the address has
  an account, and whatever that account belongs to elsewhere.
- Preview and result never reveal whether an address has an account: accounts
  are not even looked up. The only other outcomes come from what the
  uploader can already see on the members page: "already a member" (an active
  member here, found through `Membership.objects.visible_to(uploader)`),
  "already invited" (a pending invitation here) and repeated lines.
- `create_preview` writes only the `MemberImport` row (status preview): the
  parsed rows with a planned outcome each, and the row errors.
- `apply_import` applies every row in one transaction through `invite_by_email`;
  if anything fails, nothing is written (and no invitation e-mail goes out,
  since those are sent on commit).
- Applying is idempotent: a second confirm of the same import (double click,
  replayed request) returns the stored result and changes nothing; importing
  the same file again invites nobody twice (every row is "already a member" or
  "already invited"). Duplicates within the file are skipped.
- An import with row errors cannot be applied: the contact fixes the file
  and uploads it again.
- Names in the file are used only for invitations; an existing account's
  own name is never changed by an import.
"""

from __future__ import annotations

from django.db import transaction
from django.db.models.functions import Lower
from django.utils import timezone
from django.utils.translation import gettext as _

import audit
from associations.csv_import import ParseResult
from associations.models import Association, Invitation, MemberImport, Membership
from associations.services import MembershipError, invite_by_email


class Outcome:
    """What happens (preview) or happened (applied) to one row."""

    INVITE = "invite"  # an invitation e-mail; the person decides whether to join
    UNCHANGED = "unchanged"  # already an active member here (the uploader sees their members anyway)
    ALREADY_INVITED = "already_invited"  # a pending invitation exists already
    DUPLICATE = "duplicate"  # the same address appears on an earlier line
    # Only in imports applied before imports became invitation-only (issue 17):
    # an existing account was then added directly. Kept so those results still read right.
    ADD = "add"


SUMMARY_KEYS = (Outcome.INVITE, Outcome.UNCHANGED, Outcome.ALREADY_INVITED, Outcome.DUPLICATE)


def _visible_member_roles(association: Association, viewer, emails: set[str]) -> dict[str, str]:
    """Role of each address in `emails` that is the login address of an active
    member of `association` whom `viewer` may see, keyed lower-cased."""
    if not emails:
        return {}
    return dict(
        Membership.objects.visible_to(viewer)
        .active()
        .filter(association=association)
        .annotate(email_key=Lower("user__email"))
        .filter(email_key__in=emails)
        .values_list("email_key", "role")
    )


def _invited_emails(association: Association, emails: set[str]) -> set[str]:
    if not emails:
        return set()
    return set(
        Invitation.objects.pending()
        .filter(association=association)
        .annotate(email_key=Lower("email"))
        .filter(email_key__in=emails)
        .values_list("email_key", flat=True)
    )


def plan_outcomes(association: Association, rows: list[dict], viewer) -> list[dict]:
    """Set each row's planned `outcome` from what `viewer` may see (reads only).

    Accounts are never looked up, so the plan is the same whether or not an
    address has one.
    """
    wanted = {row["email"].lower() for row in rows}
    member_roles = _visible_member_roles(association, viewer, wanted)
    invited = _invited_emails(association, wanted)
    for row in rows:
        email = row["email"].lower()
        if row.get("duplicate_of"):
            row["outcome"] = Outcome.DUPLICATE
        elif email in member_roles:
            row["outcome"] = Outcome.UNCHANGED
            if member_roles[email] != row["role"]:
                row.setdefault("notes", []).append(
                    {"code": "role_not_changed", "params": {"role": member_roles[email]}}
                )
        else:
            row["outcome"] = Outcome.ALREADY_INVITED if email in invited else Outcome.INVITE
    return rows


def count_outcomes(rows: list[dict]) -> dict[str, int]:
    counts = dict.fromkeys(SUMMARY_KEYS, 0)
    for row in rows:
        counts[row["outcome"]] = counts.get(row["outcome"], 0) + 1
    return counts


def create_preview(association: Association, uploaded_by, filename: str, parsed: ParseResult) -> MemberImport:
    """Store the parse result with planned outcomes; nothing else is written."""
    rows = plan_outcomes(association, [row.as_dict() for row in parsed.rows], uploaded_by)
    return MemberImport.objects.create(
        association=association,
        uploaded_by=uploaded_by,
        filename=filename[:255],
        encoding=parsed.encoding,
        delimiter=parsed.delimiter,
        rows=rows,
        errors=[error.as_dict() for error in parsed.errors],
    )


def apply_import(member_import: MemberImport, applied_by) -> MemberImport:
    """Invite every row of a previewed import, all or nothing. Idempotent.

    Adds nobody and changes no role: each row that is not already an active
    member (as `applied_by` sees them) gets a pending invitation, through the
    one invitation service. Returns the import with status applied, the
    final outcome of each row and `summary` = counts per outcome. Raises
    `MembershipError` for an import with row errors (nothing is written).
    """
    with transaction.atomic():
        locked = MemberImport.objects.select_for_update().select_related("association").get(pk=member_import.pk)
        if locked.status == MemberImport.Status.APPLIED:
            return locked
        if locked.errors:
            raise MembershipError(_("This file has errors. Fix them and upload the file again."))
        association = locked.association
        rows = [dict(row) for row in locked.rows]
        members = _visible_member_roles(
            association, applied_by, {row["email"].lower() for row in rows if not row.get("duplicate_of")}
        )
        for row in rows:
            if row.get("duplicate_of"):
                row["outcome"] = Outcome.DUPLICATE
                continue
            if row["email"].lower() in members:
                row["outcome"] = Outcome.UNCHANGED
                continue
            invitation, created = invite_by_email(
                association, row["email"], name=row.get("name", ""), role=row["role"], invited_by=applied_by
            )
            if invitation is None:  # became a member between preview and confirm
                row["outcome"] = Outcome.UNCHANGED
            else:
                row["outcome"] = Outcome.INVITE if created else Outcome.ALREADY_INVITED
        locked.rows = rows
        locked.summary = count_outcomes(rows)
        locked.status = MemberImport.Status.APPLIED
        locked.applied_at = timezone.now()
        locked.save(update_fields=["rows", "summary", "status", "applied_at"])
        audit.record(
            audit.Action.MEMBER_IMPORT_APPLIED,
            actor=applied_by,
            association=association,
            target=locked,
            details={"rows": len(rows), **locked.summary},
        )
    return locked
