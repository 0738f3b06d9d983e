"""Who may open which report: no rule of its own. Associations follow THE
scope rule of `associations/querysets.py` (`overseen_by`), regions its
`regions_overseen_by` (a coordinator their regions, staff every region);
these helpers only turn "outside the scope" into a 404."""

from django.shortcuts import get_object_or_404

from associations.models import Association, Region
from associations.querysets import regions_overseen_by

__all__ = ["associations_of_region", "overseen_association_or_404", "overseen_region_or_404", "regions_overseen_by"]


def overseen_association_or_404(user, slug: str) -> Association:
    return get_object_or_404(Association.objects.overseen_by(user).select_related("municipality"), slug=slug)


def overseen_region_or_404(user, region_id: int) -> Region:
    return get_object_or_404(regions_overseen_by(user), pk=region_id)


def associations_of_region(user, region: Region):
    """The region's associations when `user` oversees the region, else none.

    Whoever oversees a region oversees every association in it
    (querysets.py: coordinated_by, staff), so this equals
    `overseen_by(user).filter(municipality__region=region)` without the
    DISTINCT over memberships that would slow every aggregate built on it.
    """
    if not regions_overseen_by(user).filter(pk=region.pk).exists():
        return Association.objects.none()
    return Association.objects.filter(municipality__region=region)
