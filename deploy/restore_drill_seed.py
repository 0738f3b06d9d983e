"""A small, realistic data set for the restore drill (deploy/restore_drill.py):
people, an association with members, a readiness plan in the private storage
(one with a hostile original name), a Wagtail image and its rendition, a
document and a badge class image in the public media storage.

Run in the source install's environment after `migrate`; not for production.
"""

import sys
from datetime import timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import backup_files as bf


def png(size=(80, 60)) -> bytes:
    import io

    from PIL import Image

    out = io.BytesIO()
    Image.new("RGB", size, (20, 120, 200)).save(out, "PNG")
    return out.getvalue()


def seed() -> None:
    from django.contrib.auth import get_user_model
    from django.core.files.base import ContentFile
    from django.core.files.images import ImageFile
    from django.utils import timezone
    from wagtail.documents import get_document_model
    from wagtail.images import get_image_model

    from associations.models import Association, Membership, Municipality, Region, Role
    from badges.models import BadgeClass, BadgeKind
    from badges.services import ensure_image
    from readiness import services

    password = "drill-password-1"  # noqa: S105 -- throwaway drill accounts
    users = [get_user_model().objects.create_user(email=f"drill{i}@example.org", password=password) for i in range(5)]
    region, _ = Region.objects.get_or_create(code="18", defaults={"name": "Kainuu"})
    town, _ = Municipality.objects.get_or_create(code="205", defaults={"name": "Kajaani", "region": region})
    for n, name in enumerate(["Palloseura", "Hiihtäjät"]):
        association = Association.objects.create(
            slug=f"drill-{n}", name=name, association_type="sports_club", municipality=town
        )
        Membership.objects.create(user=users[n], association=association, role=Role.CONTACT)
        Membership.objects.create(user=users[n + 2], association=association)
        today = timezone.localdate()
        services.save_plan(
            association,
            users[n],
            upload=ContentFile(b"%PDF-1.4\n" + name.encode() * 50 + b"\n%%EOF\n", name=f"../plan {name}\r\n.pdf"),
            board_approved_on=today - timedelta(days=10),
            review_date=today + timedelta(days=300),
        )
    image = get_image_model().objects.create(title="Drill photo", file=ImageFile(ContentFile(png()), name="drill.png"))
    image.get_rendition("fill-40x40")
    get_document_model().objects.create(title="Drill audio", file=ContentFile(b"ID3" + b"x" * 2000, name="a.mp3"))
    badge = BadgeClass.objects.create(
        kind=BadgeKind.MANUAL, name="Drill badge", description="For the drill.", criteria_narrative="Drill."
    )
    ensure_image(badge)


if __name__ == "__main__":
    bf.setup_django()
    seed()
    print("Small drill data set seeded.")
