"""Demo associations for `seed_demo`: Kainuu, 12 fictional associations across
its eight municipalities, their contacts and members, and the coordinator.

Idempotent: rows are found by their natural keys and updated in place.
"""

from django.contrib.auth import get_user_model

from associations.models import Association, CoordinatorAssignment, Municipality, Region, Role
from associations.reference_data import ensure_kainuu
from associations.services import add_member, rotate_invite_link

# slug, name, type, municipality, activity languages, description
ASSOCIATIONS = [
    ("kajaanin-palloseura", "Kajaanin Palloseura", "sports_club", "Kajaani", ["fi", "en", "ar"],
     "Jalkapalloa kaikenikäisille. Lainavarusteet ja ensimmäinen kuukausi maksutta."),
    ("sotkamon-hiihtajat", "Sotkamon Hiihtäjät", "sports_club", "Sotkamo", ["fi", "en"],
     "Hiihtokoulu aikuisille ja lapsille, lainasukset uusille harrastajille."),
    ("kuhmon-4h", "Kuhmon 4H-yhdistys", "4h", "Kuhmo", ["fi", "ru"],
     "Kerhoja, retkiä ja nuorten työllistämistä."),
    ("kajaanin-perhekahvila", "Perhekahvila Kohtaamo Kajaani", "family_cafe", "Kajaani", ["fi", "ar", "so"],
     "Avoin perhekahvila tiistaisin ja torstaisin, tulkki paikalla kerran kuussa."),
    ("suomussalmen-kulttuuriseura", "Suomussalmen Kulttuuriseura", "culture", "Suomussalmi", ["fi"],
     "Teatteria, kuoro ja kirjallisuuspiiri."),
    ("hyrynsalmen-urheilijat", "Hyrynsalmen Urheilijat", "sports_club", "Hyrynsalmi", ["fi", "en"],
     "Yleisurheilua ja salibandya."),
    ("puolangan-4h", "Puolangan 4H-yhdistys", "4h", "Puolanka", ["fi"],
     "Kädentaitoja ja luontoretkiä lapsille."),
    ("paltamon-perhekahvila", "Paltamon perhekahvila", "family_cafe", "Paltamo", ["fi", "uk"],
     "Kahvia, leikkiä ja vertaistukea perheille."),
    ("ristijarven-kylatalo", "Ristijärven kylätalo", "other", "Ristijärvi", ["fi"],
     "Kylätalon harrastusillat ja yhteiset talkoot."),
    ("kainuun-tanssiseura", "Kainuun Tanssiseura", "culture", "Kajaani", ["fi", "en", "fa"],
     "Kansantanssia ja maailman tansseja kaikille."),
    ("sotkamon-salibandy", "Sotkamon Salibandy", "sports_club", "Sotkamo", ["fi", "ar"],
     "Salibandyvuoroja nuorille ja aikuisille."),
    ("kuhmon-kamarikuoro", "Kuhmon kamarikuoro", "culture", "Kuhmo", ["fi", "sv"],
     "Kuoro, joka laulaa monella kielellä."),
]  # fmt: skip

# (email, first, last) of fictional members, by association slug
MEMBERS = {
    "kajaanin-palloseura": [("ahmed.ali", "Ahmed", "Ali", Role.COACH), ("sanna.k", "Sanna", "Kemppainen", Role.BOARD_MEMBER),
                            ("juha.m", "Juha", "Moilanen", Role.COACH), ("fatima.n", "Fatima", "Noor", Role.MEMBER)],
    "sotkamon-hiihtajat": [("tiina.h", "Tiina", "Huttunen", Role.COACH), ("markku.p", "Markku", "Pulkkinen", Role.MEMBER)],
    "kuhmon-4h": [("olga.i", "Olga", "Ivanova", Role.MEMBER), ("pekka.t", "Pekka", "Tervo", Role.BOARD_MEMBER)],
    "kajaanin-perhekahvila": [("hodan.a", "Hodan", "Abdi", Role.MEMBER), ("riikka.s", "Riikka", "Seppänen", Role.COACH)],
    "suomussalmen-kulttuuriseura": [("eila.k", "Eila", "Kyllönen", Role.BOARD_MEMBER)],
    "hyrynsalmen-urheilijat": [("ville.r", "Ville", "Rantala", Role.COACH)],
    "puolangan-4h": [("anni.l", "Anni", "Leinonen", Role.MEMBER)],
    "paltamon-perhekahvila": [("oksana.b", "Oksana", "Bondarenko", Role.MEMBER)],
    "ristijarven-kylatalo": [("aarne.v", "Aarne", "Vesterinen", Role.BOARD_MEMBER)],
    "kainuun-tanssiseura": [("maryam.r", "Maryam", "Rahimi", Role.COACH), ("laura.j", "Laura", "Jääskeläinen", Role.MEMBER)],
    "sotkamon-salibandy": [("omar.h", "Omar", "Hussein", Role.MEMBER), ("teemu.k", "Teemu", "Karjalainen", Role.COACH)],
    "kuhmon-kamarikuoro": [("helena.w", "Helena", "Wikström", Role.BOARD_MEMBER)],
}  # fmt: skip


def seed(context: dict) -> None:
    region = ensure_kainuu(Region, Municipality)
    municipalities = {m.name: m for m in Municipality.objects.filter(region=region)}
    associations = {}
    for slug, name, kind, town, languages, description in ASSOCIATIONS:
        association, _created = Association.objects.update_or_create(
            slug=slug,
            defaults={
                "name": name,
                "association_type": kind,
                "municipality": municipalities[town],
                "activity_languages": languages,
                "public_description": description,
            },
        )
        if not association.invite_link_valid:
            rotate_invite_link(association)
        associations[slug] = association

    users = context["users"]
    CoordinatorAssignment.objects.get_or_create(user=users["coordinator@example.org"], region=region)
    # Two contacts in different municipalities (Kajaani, Sotkamo), each with a demo learner.
    add_member(associations["kajaanin-palloseura"], users["contact@example.org"], Role.CONTACT)
    add_member(associations["kajaanin-palloseura"], users["learner@example.org"], Role.MEMBER)
    add_member(associations["sotkamon-hiihtajat"], users["contact2@example.org"], Role.CONTACT)
    add_member(associations["sotkamon-hiihtajat"], users["learner2@example.org"], Role.MEMBER)

    User = get_user_model()
    for slug, people in MEMBERS.items():
        for local, first, last, role in people:
            person, _created = User.objects.get_or_create(
                email=f"{local}@demo.kohtaamo.example", defaults={"first_name": first, "last_name": last}
            )
            if _created:
                person.set_unusable_password()
                person.save(update_fields=["password"])
            add_member(associations[slug], person, role)
    context["associations"] = associations
