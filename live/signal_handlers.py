"""How `live` plugs into the layers below (connected in AppConfig.ready()).

- when a trainer publishes a session with more places, people waiting get them;
- the trainers of a session see its participants (names, e-mails, associations)
  whatever groups they are in, so they must use MFA (accounts.policies).
"""

from wagtail.signals import page_published

from accounts.policies import register_mfa_requirement


def trains_a_session(user) -> bool:
    """Trainers listed on any session see participants' data."""
    return user.live_sessions_trained.exists()


def promote_after_publish(sender, instance, **kwargs):
    from live.services import promote_waitlist

    promote_waitlist(instance)


def connect() -> None:
    from live.models import LiveSessionPage

    register_mfa_requirement(trains_a_session)

    page_published.connect(promote_after_publish, sender=LiveSessionPage, dispatch_uid="live_promote_after_publish")
