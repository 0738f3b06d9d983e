"""Demo offering for `seed_demo`: a dozen activities of the demo associations across
Kainuu, some with the association's own Arabic and English translations, then the
demo try requests. Idempotent: an activity is found by its association and title."""

import datetime

from activities.models import Activity, ActivitySession, ActivityTranslation

T = datetime.time
# (association slug, title, hobby type, age group, group kind, languages, cost, weekly sessions, description)
ACTIVITIES = [
    ("kajaanin-palloseura", "Jalkapallo lapsille", "football", "children", "mixed", ["fi", "en", "ar"], "fee",
     [(1, T(17), T(18)), (3, T(17), T(18))], "Hauskaa pelaamista 7–12-vuotiaille. Pallot ja liivit saa lainaksi."),
    ("kajaanin-palloseura", "Naisten futis", "football", "adults", "women", ["fi", "en", "ar", "so"], "free",
     [(5, T(11), T(12, 30))], "Rento jalkapallovuoro naisille. Kokemusta ei tarvita."),
    ("sotkamon-hiihtajat", "Hiihtokoulu aloittelijoille", "skiing", "all", "mixed", ["fi", "en"], "fee",
     [(5, T(10), T(12))], "Opettelemme hiihdon perusteet. Sukset ja monot lainaksi."),
    ("sotkamon-salibandy", "Salibandy nuorille", "floorball", "youth", "mixed", ["fi", "ar"], "free",
     [(0, T(18), T(19, 30))], "Salibandyvuoro 13–18-vuotiaille. Mailat lainaksi."),
    ("hyrynsalmen-urheilijat", "Aikuisten salibandy", "floorball", "adults", "men", ["fi", "en"], "fee",
     [(2, T(19), T(20, 30))], "Miesten kuntosalibandy. Tule kokeilemaan!"),
    ("kajaanin-perhekahvila", "Perhekahvila", "family_cafe", "families", "mixed", ["fi", "ar", "so"], "free",
     [(1, T(10), T(12)), (3, T(10), T(12))], "Kahvia, leikkiä ja juttuseuraa. Lapset mukaan!"),
    ("paltamon-perhekahvila", "Perhekahvila Paltamo", "family_cafe", "families", "mixed", ["fi", "uk"], "free",
     [(2, T(9, 30), T(11, 30))], "Avoin kohtaamispaikka perheille."),
    ("kainuun-tanssiseura", "Maailman tanssit", "dance", "adults", "mixed", ["fi", "en", "fa"], "fee",
     [(1, T(18), T(19, 30))], "Tanssimme eri maiden tansseja. Ei paritanssia."),
    ("kainuun-tanssiseura", "Tanssi tytöille", "dance", "youth", "women", ["fi", "fa", "ar"], "free",
     [(4, T(16), T(17))], "Tanssiryhmä 10–16-vuotiaille tytöille."),
    ("kuhmon-4h", "4H-kerho", "club", "children", "mixed", ["fi", "ru"], "free",
     [(2, T(15), T(16, 30))], "Kädentaitoja, leikkejä ja retkiä luontoon."),
    ("puolangan-4h", "Luontokerho", "nature", "children", "mixed", ["fi"], "free",
     [(3, T(15), T(16, 30))], "Retkiä metsään ja nuotiolle."),
    ("kuhmon-kamarikuoro", "Kuoro kaikille", "music", "adults", "mixed", ["fi", "sv", "en"], "fee",
     [(0, T(18, 30), T(20))], "Laulamme monella kielellä. Nuotteja ei tarvitse osata."),
]  # fmt: skip

TRANSLATIONS = {
    "Jalkapallo lapsille": {
        "en": ("Football for children", "Fun games for 7–12-year-olds. You can borrow balls and bibs."),
        "ar": ("كرة القدم للأطفال", "ألعاب ممتعة للأطفال من 7 إلى 12 سنة. يمكنكم استعارة الكرات."),
    },
    "Naisten futis": {
        "en": ("Football for women", "A relaxed football session for women. No experience needed."),
        "ar": ("كرة القدم للنساء", "حصة كرة قدم مريحة للنساء. لا حاجة إلى خبرة."),
    },
    "Perhekahvila": {
        "en": ("Family café", "Coffee, play and company. Bring the children!"),
        "ar": ("مقهى العائلة", "قهوة ولعب وصحبة. أحضروا الأطفال!"),
    },
    "Salibandy nuorille": {"ar": ("هوكي الصالات للشباب", "حصة للشباب من 13 إلى 18 سنة. يمكن استعارة العصي.")},
}


def seed(context: dict) -> None:
    from associations.models import Association, Membership, Role

    associations = {a.slug: a for a in Association.objects.select_related("municipality")}
    for slug, title, kind, age, group, languages, cost, sessions, description in ACTIVITIES:
        association = associations.get(slug)
        if association is None:
            continue
        contact = (
            Membership.objects.filter(association=association, role=Role.CONTACT, active=True)
            .values_list("user", flat=True)
            .first()
        )
        activity, created = Activity.objects.update_or_create(
            association=association,
            title=title,
            defaults={
                "description": description,
                "original_language": "fi",
                "hobby_type": kind,
                "age_group": age,
                "group_kind": group,
                "municipality": association.municipality,
                "address": f"{association.municipality.name}",
                "accessible_venue": kind in ("family_cafe", "music"),
                "languages": languages,
                "cost": cost,
                "fee_details": "20 € / kausi" if cost == "fee" else "",
                "fee_support": cost == "fee",
                "loan_equipment": kind in ("football", "floorball", "skiing"),
                "first_visit_free": True,
                "welcome_contact_id": contact,
            },
        )
        if created:
            ActivitySession.objects.bulk_create(
                ActivitySession(activity=activity, weekday=day, starts_at=start, ends_at=end)
                for day, start, end in sessions
            )
        for language, (t_title, t_description) in TRANSLATIONS.get(title, {}).items():
            ActivityTranslation.objects.update_or_create(
                activity=activity, language=language, defaults={"title": t_title, "description": t_description}
            )

    from activities.tryouts import demo as tryout_demo

    tryout_demo.seed(context)
