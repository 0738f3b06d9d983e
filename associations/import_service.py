"""Member import: a preview first, then everything or nothing on confirm.

Guarantees:

- `create_preview` writes only the `MemberImport` row (status preview): the
  parsed rows with a planned outcome each, and the row errors.
- `apply_import` applies every row in one transaction through `add_member`
  and `invite_by_email`; if anything fails, nothing is written (and no
  invitation e-mail goes out, since those are sent on commit).
- Applying is idempotent: a second confirm of the same import (double click,
  replayed request) returns the stored result and changes nothing; importing
  the same file again adds nobody (every row is "already a member" or
  "already invited"). Duplicates within the file are skipped.
- A person's memberships in other associations are never touched.
- An import with row errors cannot be applied: the contact fixes the file
  and uploads it again.
- Names in the file are used only for invitations; an existing account's
  own name is never changed by an import.
"""

from __future__ import annotations

from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model
from django.db import transaction
from django.db.models.functions import Lower
from django.utils import timezone
from django.utils.translation import gettext as _

from associations.csv_import import ParseResult
from associations.models import Association, Invitation, MemberImport, Membership
from associations.services import MembershipError, add_member, invite_by_email


class Outcome:
    """What happens (preview) or happened (applied) to one row."""

    ADD = "add"  # an existing account becomes a member here
    UNCHANGED = "unchanged"  # already an active member here
    INVITE = "invite"  # no account yet: an e-mail invitation
    ALREADY_INVITED = "already_invited"  # a pending invitation exists already
    DUPLICATE = "duplicate"  # the same address appears on an earlier line


SUMMARY_KEYS = (Outcome.ADD, Outcome.INVITE, Outcome.UNCHANGED, Outcome.ALREADY_INVITED, Outcome.DUPLICATE)


def _accounts_by_email(emails: list[str]) -> dict[str, object]:
    """Active accounts whose login address is one of `emails`, keyed lower-cased.

    Only a verified login address counts as "this person": an account whose
    address is unverified gets an invitation instead, which can be accepted
    only by someone who has verified that address.
    """
    wanted = {email.lower() for email in emails}
    if not wanted:
        return {}
    users = list(
        get_user_model().objects.annotate(email_key=Lower("email")).filter(email_key__in=wanted, is_active=True)
    )
    verified = set(
        EmailAddress.objects.filter(user__in=[user.pk for user in users], verified=True)
        .annotate(email_key=Lower("email"))
        .values_list("user_id", "email_key")
    )
    return {user.email_key: user for user in users if (user.pk, user.email_key) in verified}


def plan_outcomes(association: Association, rows: list[dict]) -> list[dict]:
    """Set each row's planned `outcome` from the current database state (reads only)."""
    wanted = {row["email"].lower() for row in rows}
    accounts = _accounts_by_email(list(wanted))
    member_roles = dict(
        Membership.objects.active()
        .filter(association=association)
        .annotate(email_key=Lower("user__email"))
        .filter(email_key__in=wanted)
        .values_list("email_key", "role")
    )
    invited = set(
        Invitation.objects.pending()
        .filter(association=association)
        .annotate(email_key=Lower("email"))
        .filter(email_key__in=wanted)
        .values_list("email_key", flat=True)
    )
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
        elif email in accounts:
            row["outcome"] = Outcome.ADD
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
    rows = plan_outcomes(association, [row.as_dict() for row in parsed.rows])
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
    """Apply every row of a previewed import, all or nothing. Idempotent.

    Returns the import with status applied, the final outcome of each row and
    `summary` = counts per outcome. Raises `MembershipError` for an import
    with row errors (nothing is written).
    """
    with transaction.atomic():
        locked = MemberImport.objects.select_for_update().select_related("association").get(pk=member_import.pk)
        if locked.status == MemberImport.Status.APPLIED:
            return locked
        if locked.errors:
            raise MembershipError(_("This file has errors. Fix them and upload the file again."))
        association = locked.association
        rows = [dict(row) for row in locked.rows]
        accounts = _accounts_by_email([row["email"] for row in rows if not row.get("duplicate_of")])
        for row in rows:
            if row.get("duplicate_of"):
                row["outcome"] = Outcome.DUPLICATE
                continue
            user = accounts.get(row["email"].lower())
            if user is not None:
                added = add_member(association, user, row["role"])
                row["outcome"] = Outcome.ADD if added.created else Outcome.UNCHANGED
                continue
            invitation, created = invite_by_email(
                association, row["email"], name=row.get("name", ""), role=row["role"], invited_by=applied_by
            )
            if invitation is None:
                row["outcome"] = Outcome.UNCHANGED
            else:
                row["outcome"] = Outcome.INVITE if created else Outcome.ALREADY_INVITED
        locked.rows = rows
        locked.summary = count_outcomes(rows)
        locked.status = MemberImport.Status.APPLIED
        locked.applied_at = timezone.now()
        locked.save(update_fields=["rows", "summary", "status", "applied_at"])
    return locked
