"""Badge names and descriptions are authored in the site's default language:
on a page in another interface language they carry lang and dir."""


def test_arabic_my_badges_marks_the_badge_name_as_finnish(client, award, person):
    client.force_login(person)
    html = client.get("/ar/badges/").content.decode()
    assert '<h2 class="h5 card-title" lang="fi" dir="auto">Family café host</h2>' in html


def test_finnish_my_badges_adds_no_language_attributes(client, award, person):
    client.force_login(person)
    html = client.get("/fi/badges/").content.decode()
    assert '<h2 class="h5 card-title">Family café host</h2>' in html
