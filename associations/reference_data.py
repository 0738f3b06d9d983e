"""Reference data loaded on migrate: the Kainuu region and its municipalities
(Statistics Finland codes). Other regions are added by staff in the admin."""

KAINUU = {"name": "Kainuu", "code": "18"}
KAINUU_MUNICIPALITIES = [
    ("Hyrynsalmi", "105"),
    ("Kajaani", "205"),
    ("Kuhmo", "290"),
    ("Paltamo", "578"),
    ("Puolanka", "620"),
    ("Ristijärvi", "697"),
    ("Sotkamo", "765"),
    ("Suomussalmi", "777"),
]


def ensure_kainuu(region_model, municipality_model):
    """Create or update Kainuu and its eight municipalities (idempotent)."""
    region, _created = region_model.objects.update_or_create(code=KAINUU["code"], defaults={"name": KAINUU["name"]})
    for name, code in KAINUU_MUNICIPALITIES:
        municipality_model.objects.update_or_create(code=code, defaults={"name": name, "region": region})
    return region
