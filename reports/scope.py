"""Who may open which report. The association half is THE scope rule of
`associations/querysets.py`; regions follow the same idea: a coordinator
oversees the regions they are assigned to, staff every region."""

from django.shortcuts import get_object_or_404

from associations.models import Association, Region


def regions_overseen_by(user):
    if not user.is_authenticated:
        return Region.objects.none()
    if user.is_staff or user.is_superuser:
        return Region.objects.all()
    return Region.objects.filter(coordinator_assignments__user=user).distinct()


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
