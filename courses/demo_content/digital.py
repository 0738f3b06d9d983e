"""Demo course 2, Finnish source: Digitaaliset työkalut yhdistyksille (digital tools for associations)."""

COURSE = {
    "slug": "digitaaliset-tyokalut",
    "topic": "digital",
    "intended_roles": ["board_member", "contact", "coach"],
    "title": "Digitaaliset työkalut yhdistyksille",
    "summary": (
        "Etäkokoukset ja -koulutukset, viestiryhmät ja some, sähköinen ilmoittautuminen ja tietosuoja sekä "
        "saavutettava viestintä. Käytännön ohjeita yhdistyksen arkeen."
    ),
    "description": (
        "<p>Kurssi on tehty hallituksen jäsenille, yhteyshenkilöille ja ohjaajille, jotka hoitavat yhdistyksen "
        "viestintää ja kokouksia. Et tarvitse erityisiä tietoteknisiä taitoja: jokaisessa oppitunnissa on "
        "vaiheittaiset ohjeet, joita voit kokeilla heti.</p>"
        "<ul><li>Etäkokoukset Teamsissa, Zoomissa ja Jitsissä</li>"
        "<li>Uusien jäsenten ja perheiden tavoittaminen</li>"
        "<li>Ilmoittautuminen, jäsenrekisteri ja tietosuoja</li>"
        "<li>Saavutettava digitaalinen viestintä</li></ul>"
    ),
    "learning_outcomes": [
        ("järjestää etäkokouksen tai -koulutuksen, johon kaikki pääsevät mukaan", ["self_efficacy", "cooperation"]),
        (
            "tavoittaa uusia jäseniä ja perheitä viestiryhmien, kuvien ja monikielisten viestien avulla",
            ["linguistic_skills"],
        ),
        ("kertoa, mitä henkilötietoja yhdistys saa kerätä ja kuinka kauan niitä säilytetään", ["responsibility"]),
        ("tehdä tiedotteen, jossa kuvilla on vaihtoehtoiset tekstit ja videoilla tekstitys", []),
    ],
    "modules": [
        {
            "slug": "etakokoukset",
            "title": "Etäkokoukset ja -koulutukset",
            "summary": "Kokous tai koulutus verkossa: liittyminen, näytön jakaminen, pienryhmät ja hybridikokoukset.",
            "lessons": [
                {
                    "slug": "etakokouksen-jarjestaminen",
                    "estimated_minutes": 15,
                    "title": "Etäkokouksen järjestäminen",
                    "intro": "Hyvä etäkokous alkaa jo ennen kokousta: selkeä kutsu ja toimiva linkki.",
                    "body": [
                        (
                            "paragraph",
                            "<p>Etäkokous säästää matkoja, ja Kainuun kaltaisella laajalla alueella se tuo mukaan "
                            "ihmisiä, jotka eivät muuten pääsisi paikalle. Moni osallistuja käyttää puhelinta, "
                            "joten valitse väline, johon pääsee selaimella tai ilmaisella sovelluksella ilman "
                            "tunnuksia.</p>",
                        ),
                        (
                            "digital_tool",
                            "Jitsi Meet",
                            "https://meet.jit.si/",
                            [
                                "Avaa selaimella osoite meet.jit.si.",
                                "Kirjoita kokoushuoneelle pitkä ja yksilöllinen nimi, esimerkiksi "
                                "kajaaninpalloseura-hallitus-toukokuu, ja valitse Aloita kokous.",
                                "Salli selaimelle kameran ja mikrofonin käyttö.",
                                "Kokouksen aloittaja kirjautuu Google-, GitHub- tai Facebook-tunnuksella. "
                                "Osallistujat eivät tarvitse tunnuksia.",
                                "Kopioi kokouksen osoite ja lähetä se osallistujille. Samaa osoitetta voi käyttää "
                                "myös seuraavalla kerralla.",
                            ],
                        ),
                        (
                            "checklist",
                            "Kokouskutsuun",
                            [
                                "Päivä ja kellonaika (ja aikavyöhyke, jos osallistujia on ulkomailta)",
                                "Linkki ja ohje, miten liitytään puhelimella",
                                "Kokouksen aihe ja kesto",
                                "Kenelle voi soittaa, jos liittyminen ei onnistu",
                                "Pyydä liittymään 10 minuuttia etuajassa testaamaan ääni",
                            ],
                        ),
                        (
                            "callout",
                            "tip",
                            "Ensimmäinen kerta",
                            "<p>Järjestä ennen ensimmäistä varsinaista kokousta lyhyt harjoitustapaaminen. "
                            "Kun kaikki ovat kerran liittyneet onnistuneesti, varsinainen kokous alkaa ajallaan.</p>",
                        ),
                    ],
                },
                {
                    "slug": "teams-ja-pienryhmat",
                    "estimated_minutes": 15,
                    "title": "Teams, näytön jakaminen ja pienryhmät",
                    "intro": (
                        "Microsoft Teams on järjestöjen yleisin kokousväline. Siihen pääsee myös ilman omaa "
                        "Teams-tiliä."
                    ),
                    "body": [
                        (
                            "digital_tool",
                            "Microsoft Teams",
                            "https://www.microsoft.com/microsoft-teams/",
                            [
                                "Avaa kutsussa oleva linkki Liity kokoukseen nyt.",
                                "Valitse, liitytkö selaimella vai sovelluksella. Selain riittää hyvin.",
                                "Kirjoita nimesi, tarkista kamera ja mikrofoni ja valitse Liity nyt.",
                                "Odota, että järjestäjä päästää sinut odotustilasta kokoukseen.",
                                "Jaa näyttö valitsemalla Jaa ja sitten ikkuna tai koko näyttö.",
                            ],
                        ),
                        ("heading", "Pienryhmät eli erilliset huoneet"),
                        (
                            "paragraph",
                            "<p>Koulutuksessa keskustelu syntyy helpommin pienessä ryhmässä. Teamsissa, Zoomissa "
                            "ja Jitsissä järjestäjä voi jakaa osallistujat pienryhmiin ja kutsua heidät takaisin "
                            "yhteiseen huoneeseen. Anna jokaiselle ryhmälle selvä tehtävä ja aika, esimerkiksi "
                            "”10 minuuttia: mitä esteitä uudella jäsenellä on meidän seurassamme?” Pyydä yhtä "
                            "ryhmäläistä kirjaamaan vastaukset.</p>",
                        ),
                        (
                            "callout",
                            "tip",
                            "Kaksi vetäjää",
                            "<p>Jos mahdollista, jakakaa työ: toinen vetää sisällön, toinen seuraa chattia, "
                            "päästää myöhästyjät sisään ja auttaa teknisissä ongelmissa.</p>",
                        ),
                    ],
                },
                {
                    "slug": "hybridikokous",
                    "estimated_minutes": 10,
                    "title": "Hybridikokous",
                    "intro": (
                        "Osa on paikalla, osa etänä. Hybridikokous onnistuu, kun etäosallistujat eivät jää sivuun."
                    ),
                    "body": [
                        (
                            "paragraph",
                            "<p>Hybridikokouksessa suurin riski on, että paikalla olevat keskustelevat keskenään ja "
                            "etänä olevat vain kuuntelevat. Nimeä joku huolehtimaan etäosallistujista: hän seuraa "
                            "chattia ja kysyy heiltä mielipidettä ensimmäisenä.</p>",
                        ),
                        (
                            "checklist",
                            "Hybridikokouksen tekniikka",
                            [
                                "Yhteinen mikrofoni tai kaiutinmikrofoni pöydän keskelle",
                                "Kamera, joka näyttää koko huoneen",
                                "Esitys jaetaan verkkokokoukseen, ei vain huoneen näytölle",
                                "Puheenvuorot pyydetään samalla tavalla paikalla ja etänä",
                                "Testaa ääni etäyhteyden päästä ennen kokouksen alkua",
                            ],
                        ),
                        (
                            "faq",
                            "Usein kysyttyä",
                            [
                                (
                                    "Voiko yhdistyksen kokouksen pitää etänä?",
                                    "<p>Tarkista yhdistyksenne säännöistä, miten etäosallistumisesta on "
                                    "määrätty, ja kerro kokouskutsussa, miten etänä osallistutaan. Hallitus voi "
                                    "usein kokoontua etänä joustavammin kuin yhdistyksen kokous.</p>",
                                ),
                                (
                                    "Miten etänä äänestetään?",
                                    "<p>Avoimissa äänestyksissä riittää käden nostaminen kameralle tai "
                                    "kokousvälineen kättä nostava painike. Suljettuun lippuäänestykseen "
                                    "tarvitaan erillinen vaalijärjestelmä.</p>",
                                ),
                            ],
                        ),
                        (
                            "reflection",
                            "Muistele viimeisintä etä- tai hybridikokousta, jossa olit. Mikä toimi? Mikä jätti "
                            "jonkun ulkopuolelle?",
                        ),
                    ],
                },
            ],
        },
        {
            "slug": "uusien-jasenten-tavoittaminen",
            "title": "Uusien jäsenten ja perheiden tavoittaminen",
            "summary": "Viestiryhmät, sosiaalinen media, monikieliset viestit ja kuvat tekstin sijaan.",
            "lessons": [
                {
                    "slug": "viestiryhmat",
                    "estimated_minutes": 15,
                    "title": "Viestiryhmät",
                    "intro": "Monessa perheessä puhelin on tärkein tiedotuskanava. Viestiryhmä tavoittaa nopeasti.",
                    "body": [
                        (
                            "paragraph",
                            "<p>Sähköposti ja seuran nettisivut eivät tavoita kaikkia. Monet maahan muuttaneet "
                            "perheet käyttävät päivittäin WhatsAppia tai muuta viestisovellusta. Ryhmän kautta "
                            "tieto harjoitusten muutoksista, retkistä ja tapahtumista kulkee nopeasti.</p>",
                        ),
                        (
                            "digital_tool",
                            "WhatsApp-ryhmä",
                            "https://www.whatsapp.com/",
                            [
                                "Valitse WhatsAppissa Uusi ryhmä ja lisää jäsenet.",
                                "Anna ryhmälle selvä nimi, esimerkiksi ”Salibandy P12 – tiedotteet”.",
                                "Valitse ryhmän asetuksista, että vain ylläpitäjät voivat lähettää viestejä, jos "
                                "ryhmä on tiedotuskanava.",
                                "Kirjoita ensimmäiseksi viestiksi ryhmän säännöt lyhyesti ja selkokielellä.",
                                "Nimeä kaksi ylläpitäjää, ettei ryhmä jää tyhjän päälle, jos toinen lopettaa.",
                            ],
                        ),
                        (
                            "callout",
                            "warning",
                            "Puhelinnumerot näkyvät",
                            "<p>Tavallisessa WhatsApp-ryhmässä kaikki näkevät toistensa puhelinnumerot. Kysy lupa "
                            "ennen kuin lisäät ketään ryhmään. Suurelle joukolle sopii paremmin WhatsAppin "
                            "yhteisö, jonka tiedotusryhmässä jäsenten numerot eivät näy kaikille.</p>",
                        ),
                        (
                            "checklist",
                            "Ryhmän säännöt",
                            [
                                "Mihin ryhmä on tarkoitettu",
                                "Kuka lähettää tiedotteita",
                                "Millä kielillä voi kirjoittaa",
                                "Ei mainoksia eikä yksityisasioita",
                                "Keneen voi ottaa yhteyttä kahden kesken",
                            ],
                        ),
                    ],
                },
                {
                    "slug": "monikieliset-viestit-ja-kuvat",
                    "estimated_minutes": 15,
                    "title": "Some, monikieliset viestit ja kuvat",
                    "intro": "Kuva kertoo enemmän kuin pitkä teksti – varsinkin silloin, kun lukija opettelee kieltä.",
                    "body": [
                        (
                            "paragraph",
                            "<p>Kerro sosiaalisessa mediassa, miltä harrastus näyttää: kuva harjoituksista, "
                            "lainavarusteista tai perhekahvilan leikkinurkasta madaltaa kynnystä tulla. Kirjoita "
                            "lyhyesti ja selkokielellä. Lisää tärkeimmät tiedot myös muilla kielillä, joita "
                            "alueen perheet puhuvat.</p>",
                        ),
                        (
                            "checklist",
                            "Hyvä tapahtumailmoitus",
                            [
                                "Mitä tehdään – kuva kertoo tämän parhaiten",
                                "Missä ja milloin, numeroina",
                                "Maksaako se jotain ja tarvitaanko varusteita",
                                "Saako tulla kokeilemaan ilman ilmoittautumista",
                                "Kenelle voi soittaa tai laittaa viestin, millä kielillä",
                            ],
                        ),
                        (
                            "callout",
                            "tip",
                            "Kuvia vapaasti",
                            '<p><a href="https://papunet.net/">Papunetin</a> kuvapankissa on selkeitä kuvia, '
                            "joita voi käyttää ilmoituksissa ja ohjeissa. Kuvat auttavat myös lapsia ja kaikkia, "
                            "joille lukeminen on vaikeaa.</p>",
                        ),
                        (
                            "callout",
                            "warning",
                            "Kysy lupa kuviin",
                            "<p>Älä julkaise kuvaa, jossa ihmisen voi tunnistaa, ilman hänen lupaansa. Lapsen "
                            "kuvaan tarvitaan huoltajan lupa. Joillekin perheille tunnistettava kuva netissä voi "
                            "olla turvallisuusriski.</p>",
                        ),
                        (
                            "reflection",
                            "Millä kielillä yhdistyksesi alueella puhutaan? Kuka voisi auttaa kääntämään "
                            "tiedotteen tärkeimmät kohdat?",
                        ),
                    ],
                },
            ],
        },
        {
            "slug": "ilmoittautuminen-ja-tietosuoja",
            "title": "Ilmoittautuminen, jäsenrekisteri ja tietosuoja",
            "summary": (
                "Sähköinen ilmoittautuminen ja jäsenrekisteri helpottavat työtä. Tietoja kerätään vain tarpeeseen."
            ),
            "lessons": [
                {
                    "slug": "sahkoinen-ilmoittautuminen",
                    "estimated_minutes": 10,
                    "title": "Sähköinen ilmoittautuminen",
                    "intro": "Verkkolomake säästää aikaa – kunhan se on lyhyt ja sen voi täyttää myös puhelimella.",
                    "body": [
                        (
                            "paragraph",
                            "<p>Sähköinen ilmoittautuminen ja jäsenrekisteri vähentävät paperitöitä ja auttavat "
                            "pitämään tiedot ajan tasalla. Kaikilla ei kuitenkaan ole sähköpostia, pankkitunnuksia "
                            "tai varmuutta suomen kielestä. Lomakkeen pitää olla lyhyt ja selkeä, ja sen rinnalla "
                            "pitää olla toinen tapa ilmoittautua.</p>",
                        ),
                        (
                            "checklist",
                            "Hyvä ilmoittautumislomake",
                            [
                                "Kysyy vain tarpeelliset tiedot",
                                "Toimii puhelimella",
                                "Kertoo, mihin tietoja käytetään ja kuka ne näkee",
                                "Pakolliset kentät on merkitty selvästi",
                                "Lopuksi tulee vahvistus: ilmoittautuminen onnistui",
                            ],
                        ),
                        (
                            "callout",
                            "tip",
                            "Auta paikan päällä",
                            "<p>Ota ensimmäisellä kerralla tabletti tai puhelin mukaan ja täyttäkää lomake "
                            "yhdessä. Samalla voit kertoa, mitä tiedoille tapahtuu.</p>",
                        ),
                    ],
                },
                {
                    "slug": "tietosuoja",
                    "estimated_minutes": 15,
                    "title": "Mitä tietoja yhdistys saa säilyttää?",
                    "intro": "Tietosuoja-asetus koskee myös pieniä yhdistyksiä. Perussääntö: vain tarpeelliset tiedot.",
                    "body": [
                        (
                            "paragraph",
                            "<p>Yhdistyslain mukaan hallituksen on pidettävä jäsenluetteloa, jossa on jäsenen "
                            "nimi ja kotikunta. Muita tietoja, kuten puhelinnumeroa tai lapsen huoltajan "
                            "yhteystietoja, saa kerätä, kun niitä tarvitaan toiminnassa. Kerro jäsenille "
                            "tietosuojaselosteessa, mitä tietoja keräätte, miksi ja kuinka kauan säilytätte "
                            "niitä. Poistakaa tiedot, kun niitä ei enää tarvita.</p>",
                        ),
                        (
                            "callout",
                            "warning",
                            "Älä kysy",
                            "<p>Älä kysy oleskelulupaa, turvapaikka-asiaa, uskontoa tai etnistä taustaa. "
                            "Harrastukseen ne eivät vaikuta, ja ne ovat erityisen arkaluonteisia tietoja.</p>",
                        ),
                        (
                            "faq",
                            "Usein kysyttyä",
                            [
                                (
                                    "Saako leirille kysyä allergioita?",
                                    "<p>Saa, kun tieto tarvitaan lapsen turvallisuuden vuoksi. Säilytä tieto "
                                    "niin, että vain ohjaajat näkevät sen, ja hävitä se leirin jälkeen.</p>",
                                ),
                                (
                                    "Saako jäsenluettelon jakaa kaikille jäsenille?",
                                    "<p>Ei. Jäsenluettelo on hallituksen työväline. Jos jäsenet haluavat "
                                    "yhteystietolistan, kysy jokaiselta lupa erikseen.</p>",
                                ),
                                (
                                    "Kuinka kauan tietoja säilytetään?",
                                    "<p>Vain niin kauan kuin niitä tarvitaan. Päättäkää säilytysajat "
                                    "etukäteen, esimerkiksi että entisen jäsenen yhteystiedot poistetaan, kun "
                                    "jäsenyys on päättynyt ja maksut on selvitetty.</p>",
                                ),
                            ],
                        ),
                        (
                            "reflection",
                            "Missä yhdistyksesi jäsentiedot ovat nyt: taulukossa, sähköpostissa, jonkun "
                            "puhelimessa? Kuka ne näkee?",
                        ),
                    ],
                },
            ],
        },
        {
            "slug": "saavutettava-viestinta",
            "title": "Saavutettava digitaalinen viestintä",
            "summary": "Vaihtoehtoiset tekstit, tekstitykset ja selkeä kieli: viestit, jotka tavoittavat kaikki.",
            "lessons": [
                {
                    "slug": "saavutettavuuden-perusteet",
                    "estimated_minutes": 15,
                    "title": "Saavutettavuuden perusteet",
                    "intro": "Saavutettava viesti toimii ruudunlukijalla, ilman ääntä ja ilman hyvää kielitaitoa.",
                    "body": [
                        (
                            "paragraph",
                            "<p>Saavutettavuus tarkoittaa, että mahdollisimman moni voi käyttää verkkosivua, "
                            "tiedotetta tai videota: myös näkövammainen, kuulovammainen, ikääntynyt tai kieltä "
                            "vasta opetteleva. Samat keinot hyödyttävät kaikkia, esimerkiksi tekstitys meluisassa "
                            "bussissa.</p>",
                        ),
                        (
                            "video",
                            "Johdatus verkon saavutettavuuteen (W3C WAI)",
                            "https://www.youtube.com/watch?v=20SHvU2PKsM",
                            "Kuvaus videosta (englanniksi, noin 4 minuuttia, tekstitetty). Videolla eri ihmiset "
                            "käyttävät verkkoa omalla tavallaan: sokea ruudunlukijalla, liikuntarajoitteinen "
                            "näppäimistöllä tai muilla apuvälineillä, kuuro tekstitysten avulla ja ikääntynyt "
                            "suurennetulla tekstillä. Videossa kerrotaan, että saavutettavuus hyödyttää myös "
                            "esimerkiksi mobiilikäyttäjiä ja huonon yhteyden takana olevia, ja että W3C:n "
                            "WCAG-ohjeet kertovat, miten saavutettavia sivuja tehdään.",
                        ),
                        (
                            "checklist",
                            "Saavutettavan tiedotteen muistilista",
                            [
                                "Otsikot kertovat, mistä on kyse",
                                "Lyhyet kappaleet ja selkeä kieli",
                                "Linkin teksti kertoo, mihin linkki vie (ei ”klikkaa tästä”)",
                                "Kuvilla on vaihtoehtoiset tekstit",
                                "Videoilla on tekstitys",
                                "Tieto ei ole vain kuvan sisällä olevana tekstinä",
                            ],
                        ),
                    ],
                },
                {
                    "slug": "vaihtoehtoiset-tekstit-ja-tekstitykset",
                    "estimated_minutes": 15,
                    "title": "Vaihtoehtoiset tekstit ja tekstitykset",
                    "intro": (
                        "Kaksi pientä tekoa, joilla viesti tavoittaa myös ne, jotka eivät näe kuvaa tai kuule ääntä."
                    ),
                    "body": [
                        ("heading", "Vaihtoehtoinen teksti"),
                        (
                            "paragraph",
                            "<p>Vaihtoehtoinen teksti (alt-teksti) kertoo ruudunlukijan käyttäjälle, mitä kuvassa "
                            "on. Kirjoita se kuin kertoisit kuvan puhelimessa: ”Kuusi lasta pelaa salibandya "
                            "koulun salissa, valmentaja näyttää syöttöä.” Jos kuvassa on tekstiä, kirjoita sama "
                            "teksti myös viestiin.</p>",
                        ),
                        ("heading", "Tekstitys"),
                        (
                            "digital_tool",
                            "YouTube Studio: tekstitykset",
                            "https://studio.youtube.com/",
                            [
                                "Lataa video YouTubeen ja avaa YouTube Studio.",
                                "Valitse vasemmasta valikosta Tekstitykset ja sitten oma videosi.",
                                "Tarkista automaattinen tekstitys ja korjaa virheet, erityisesti nimet.",
                                "Lisää halutessasi käännös muille kielille.",
                                "Julkaise tekstitys ja kokeile, näkyykö se videolla.",
                            ],
                        ),
                        (
                            "callout",
                            "tip",
                            "Tekstitys etäkokouksessa",
                            "<p>Teamsissa voi ottaa käyttöön reaaliaikaisen tekstityksen kokouksen lisävalikosta. "
                            "Se auttaa kuulovammaisia ja kieltä opettelevia seuraamaan keskustelua.</p>",
                        ),
                        (
                            "reflection",
                            "Valitse yksi yhdistyksesi viimeisimmistä somepäivityksistä. Mitä sinun pitäisi "
                            "lisätä, jotta se olisi saavutettava?",
                        ),
                    ],
                },
            ],
        },
    ],
}
