"""Helpers of the try-request tests."""

from activities.tryouts import services


def make_activity(association, title):
    from activities.models import Activity

    return Activity.objects.create(association=association, title=title, municipality=association.municipality)


def new_request(activity, **fields):
    data = {"first_name": "Amina", "language": "ar", "email": "amina@example.org", **fields}
    return services.send_request(activity, services.NewRequest(**data))


class FailingBackend:
    """An e-mail backend whose server is down."""

    def __init__(self, *args, **kwargs):
        pass

    def send_messages(self, messages):
        raise OSError("mail server down")
