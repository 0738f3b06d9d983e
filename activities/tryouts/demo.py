"""Demo try requests for `seed_demo`: two pending requests for the first
activity of contact@example.org's association (Kajaanin Palloseura), one with
an e-mail address in Arabic, one with only a phone number in Ukrainian.
Called from activities/demo.py after the activities exist. Idempotent: a
request is found by its activity and first name."""

from activities.tryouts import services
from activities.tryouts.languages import is_newcomer_language

DEMO_ASSOCIATION = "kajaanin-palloseura"
REQUESTS = [
    services.NewRequest(
        first_name="Amina",
        email="amina.newcomer@example.org",
        language="ar",
        message="مرحبا! أود أن أجرب كرة القدم مع ابنتي. هل يمكننا أن نأتي يوم السبت؟",
    ),
    services.NewRequest(
        first_name="Dmytro",
        phone="+358401234567",
        language="uk",
        message="Добрий день! Я хотів би спробувати. Мені краще дзвонити після 16.",
    ),
]


def seed(context: dict) -> None:
    from activities.models import Activity, TryRequest

    activity = Activity.objects.filter(association__slug=DEMO_ASSOCIATION).order_by("pk").first()
    if activity is None:
        return
    for data in REQUESTS:
        if TryRequest.objects.filter(activity=activity, first_name=data.first_name).exists():
            continue
        if not is_newcomer_language(data.language):
            data = services.NewRequest(**{**data.__dict__, "language": "en"})
        services.send_request(activity, data)
