"""Demo quiz of the digital tools course (Finnish and English)."""

QUIZ_FI = {
    "title": "Digitilanteita yhdistyksessä",
    "intro": "Viisi tilannetta etäkokouksista, viestiryhmistä ja tietosuojasta. Valitse vastaus, joka on lähinnä omaa toimintaasi.",
    "questions": [
        (
            "scenario",
            "Mitä teet?",
            "<p>Perhekahvilan uusi kävijä haluaisi osallistua Teams-koulutukseen, mutta hänellä ei ole Microsoft-tiliä, ja hän pelkää, ettei osaa liittyä.</p>",
            [
                (
                    "Kerrot, että liittyä voi selaimessa ilman tiliä, lähetät linkin ja lyhyen kuvallisen ohjeen ja tarjoudut kokeilemaan yhteyttä etukäteen.",
                    100,
                    "Teamsiin voi liittyä vieraana ilman tiliä. Kuvallinen ohje ja testihetki madaltavat kynnystä – samalla varmistuu, että ääni ja kamera toimivat.",
                ),
                (
                    "Lähetät linkin ja toivot, että se toimii.",
                    50,
                    "Linkki on välttämätön, mutta jännittävä ensimmäinen kerta jää yksin hoidettavaksi. Pieni tuki ratkaisee usein, tuleeko ihminen mukaan.",
                ),
                (
                    "Sanot, että koulutus on vain niille, joilla on valmiit välineet ja tili.",
                    0,
                    "Näin rajataan pois juuri ne, joita koulutus voisi hyödyttää eniten. Liittymisen tukeminen on osa saavutettavaa etäkoulutusta.",
                ),
            ],
        ),
        (
            "scenario",
            "Miten perustat viestiryhmän?",
            "<p>Valmentaja haluaa perustaa WhatsApp-ryhmän kaikille joukkueen vanhemmille ja lisätä heidät puhelinnumerolistan perusteella.</p>",
            [
                (
                    "Kysytään vanhemmilta lupa ensin, kerrotaan, että numerot näkyvät kaikille ryhmäläisille, ja tarjotaan tiedot myös muuta kautta niille, jotka eivät halua liittyä.",
                    100,
                    "Puhelinnumero on henkilötieto. Suostumus, avoimuus ja vaihtoehtoinen tiedotuskanava kunnioittavat jokaisen yksityisyyttä eivätkä jätä ketään tiedon ulkopuolelle.",
                ),
                (
                    "Lisätään kaikki, mutta kerrotaan, että ryhmästä saa poistua.",
                    50,
                    "Poistumisen mahdollisuus on hyvä, mutta numerot ovat jo näkyneet kaikille. Kysy lupa ennen lisäämistä.",
                ),
                (
                    "Lisätään kaikki ja jaetaan ryhmässä myös lasten syntymäajat ja osoitteet, jotta kimppakyydit on helpompi sopia.",
                    0,
                    "Tarpeettomien henkilötietojen jakaminen ryhmässä rikkoo tietosuojaa. Jaa vain se, mikä on välttämätöntä, ja vain suostumuksella.",
                ),
            ],
        ),
        (
            "scenario",
            "Mitä teet kuville?",
            "<p>Turnauksessa otettiin paljon hienoja kuvia lapsista. Tiedottaja haluaisi julkaista ne heti seuran Instagramissa.</p>",
            [
                (
                    "Julkaistaan vain kuvat lapsista, joiden huoltajat ovat antaneet luvan, ja kerrotaan lupakäytännöstä ymmärrettävästi myös vanhemmille, joiden kieli ei ole suomi.",
                    100,
                    "Kuvaan on aina pyydettävä lupa. Joillekin perheille julkaisu voi olla vaarallista esimerkiksi turvallisuussyistä, joten lupakysymys on selitettävä niin, että se ymmärretään.",
                ),
                (
                    "Julkaistaan ryhmäkuvat, joissa kasvot näkyvät pienenä.",
                    50,
                    "Riski on pienempi, mutta tunnistettava kuva on henkilötieto. Ilman lupaa et tiedä, kenelle julkaisu on ongelma.",
                ),
                (
                    "Julkaistaan kaikki: julkisessa tapahtumassa saa kuvata.",
                    0,
                    "Kuvaaminen ja julkaiseminen seuran kanavalla ovat eri asioita. Lasten kuvien julkaisuun tarvitaan huoltajan lupa.",
                ),
            ],
        ),
        (
            "scenario",
            "Miten tiedotat?",
            "<p>Syksyn ilmoittautuminen aukeaa. Seuran tiedote on pitkä suomenkielinen teksti verkkosivulla. Maahan muuttanut vanhempi kysyy ystävänsä kautta, miten lapsen voi ilmoittaa mukaan.</p>",
            [
                (
                    "Teet lyhyen selkokielisen tiedotteen, jossa on kuvat ja tärkeimmät tiedot myös yleisimmillä kielillä, ja kerrot yhteyshenkilön, jolta voi kysyä.",
                    100,
                    "Selkokieli, kuvat ja muutama kieliversio tavoittavat useampia. Nimetty yhteyshenkilö tekee kysymisestä helppoa.",
                ),
                (
                    "Käännät koko pitkän tiedotteen konekääntäjällä ja julkaiset sen sellaisenaan.",
                    50,
                    "Käännös auttaa, mutta pitkä ja tarkistamaton konekäännös voi olla vaikeaselkoinen tai virheellinen. Lyhennä ja selkeytä ensin.",
                ),
                (
                    "Neuvot vanhempaa lukemaan verkkosivun tarkasti.",
                    0,
                    "Tieto on olemassa, mutta se ei tavoita. Osallistumisen este on tässä tiedotus, ei kiinnostus.",
                ),
            ],
        ),
        (
            "scenario",
            "Mitä teet puheenjohtajana?",
            "<p>Hybridikokouksessa etäosallistujat kirjoittavat chattiin, etteivät kuule salissa puhuvia ja että heidän kommenttinsa jäävät huomaamatta.</p>",
            [
                (
                    "Keskeytät hetkeksi, korjaat äänen (mikrofoni puhujalle), nimeät jonkun seuraamaan chattia ja annat etäosallistujille puheenvuoron ensin.",
                    100,
                    "Hybridikokouksessa etäosallistujat jäävät helposti sivuun. Toimiva ääni ja chatin seuraaja tekevät heistä tasavertaisia osallistujia.",
                ),
                (
                    "Pyydät salissa olevia puhumaan kovempaa.",
                    50,
                    "Se voi auttaa hetken, mutta chatin kommentit jäävät edelleen huomaamatta.",
                ),
                (
                    "Jatkat: etäosallistujat voivat lukea pöytäkirjan myöhemmin.",
                    0,
                    "Päätöksenteosta sivuun jääminen ei ole osallistumista. Etäosallistuminen on tasavertainen tapa olla mukana.",
                ),
            ],
        ),
    ],
}

QUIZ_EN = {
    "title": "Digital situations in an association",
    "intro": "Five situations about remote meetings, messaging groups and privacy. Choose the response closest to what you would do.",
    "questions": [
        (
            "scenario",
            "What do you do?",
            "<p>A new visitor to the family café would like to join a Teams training but has no Microsoft account and is afraid of not managing to join.</p>",
            [
                (
                    "You explain that they can join in a browser without an account, send the link with a short illustrated guide and offer to test the connection beforehand.",
                    100,
                    "Anyone can join Teams as a guest without an account. An illustrated guide and a test run lower the threshold, and you also check that sound and camera work.",
                ),
                (
                    "You send the link and hope it works.",
                    50,
                    "The link is essential, but the nerve-racking first time is left to them alone. A little support often decides whether someone joins.",
                ),
                (
                    "You say the training is only for those who already have the equipment and an account.",
                    0,
                    "This excludes exactly the people the training could help most. Supporting people to join is part of accessible remote training.",
                ),
            ],
        ),
        (
            "scenario",
            "How do you set up the messaging group?",
            "<p>A coach wants to set up a WhatsApp group for all the team's parents and add them from a phone number list.</p>",
            [
                (
                    "Ask the parents' permission first, tell them their numbers will be visible to everyone in the group, and offer the information another way to those who do not want to join.",
                    100,
                    "A phone number is personal data. Consent, openness and another channel respect everyone's privacy and leave nobody without the information.",
                ),
                (
                    "Add everyone but tell them they are free to leave the group.",
                    50,
                    "Being able to leave is good, but the numbers have already been shown to everyone. Ask before adding.",
                ),
                (
                    "Add everyone and also share the children's birth dates and addresses in the group to make car-sharing easier.",
                    0,
                    "Sharing unnecessary personal data in the group breaks data protection. Share only what is necessary, and only with consent.",
                ),
            ],
        ),
        (
            "scenario",
            "What do you do with the photos?",
            "<p>Lots of great photos of children were taken at the tournament. The club's communications volunteer would like to post them on the club's Instagram straight away.</p>",
            [
                (
                    "Post only photos of children whose guardians have given permission, and explain the permission practice clearly, also to parents whose language is not Finnish.",
                    100,
                    "Permission is always needed. For some families publication can be dangerous, for example for safety reasons, so the question must be explained so that it is understood.",
                ),
                (
                    "Post group photos where faces are small.",
                    50,
                    "The risk is smaller, but a recognisable photo is personal data. Without permission you do not know for whom publication is a problem.",
                ),
                (
                    "Post everything: photographing is allowed at a public event.",
                    0,
                    "Taking photos and publishing them on the club's channel are different things. Publishing photos of children needs their guardians' permission.",
                ),
            ],
        ),
        (
            "scenario",
            "How do you get the information out?",
            "<p>Autumn registration opens. The club's announcement is a long Finnish text on the website. A parent who has moved to Finland asks through a friend how to register their child.</p>",
            [
                (
                    "You write a short plain-language announcement with pictures, with the key facts also in the most common languages, and name a contact person to ask.",
                    100,
                    "Plain language, pictures and a few language versions reach more people. A named contact person makes asking easy.",
                ),
                (
                    "You run the whole long announcement through a machine translator and publish it as it is.",
                    50,
                    "Translation helps, but a long unchecked machine translation can be hard to follow or wrong. Shorten and clarify first.",
                ),
                (
                    "You advise the parent to read the website carefully.",
                    0,
                    "The information exists but does not reach people. The barrier here is communication, not interest.",
                ),
            ],
        ),
        (
            "scenario",
            "What do you do as the chair?",
            "<p>In a hybrid meeting the remote participants write in the chat that they cannot hear the people speaking in the room and that their comments go unnoticed.</p>",
            [
                (
                    "You pause briefly, fix the sound (a microphone for the speaker), name someone to follow the chat and give the remote participants the floor first.",
                    100,
                    "In hybrid meetings remote participants are easily sidelined. Working sound and a chat follower make them equal participants.",
                ),
                (
                    "You ask the people in the room to speak louder.",
                    50,
                    "It may help for a while, but the chat comments still go unnoticed.",
                ),
                (
                    "You carry on: the remote participants can read the minutes later.",
                    0,
                    "Being left out of decisions is not taking part. Joining remotely is an equal way to take part.",
                ),
            ],
        ),
    ],
}
