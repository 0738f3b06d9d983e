"""Demo course 3, Finnish source: Uudet jäsenet tervetulleiksi (welcoming newcomers into your association)."""

COURSE = {
    "slug": "uudet-jasenet-tervetulleiksi",
    "topic": "welcoming",
    "intended_roles": ["member", "coach", "board_member", "contact"],
    "title": "Uudet jäsenet tervetulleiksi yhdistykseen",
    "summary": (
        "Mikä tekee yhdistyksestä avoimen, mitkä esteet pitävät uudet tulijat poissa ja miten ne madalletaan. "
        "Lisäksi: yhteistyö kotoutumisen toimijoiden kanssa ja tervetullut perhekahvila tai ryhmä."
    ),
    "description": (
        "<p>Kurssi on tehty urheiluseuroille, 4H-kerhoille, perhekahviloille ja kulttuuriyhdistyksille, jotka "
        "haluavat toivottaa maahan muuttaneet tervetulleiksi harrastuksiinsa. Se sopii jäsenille, ohjaajille "
        "ja hallitukselle. Kun useampi yhdistyksen jäsen suorittaa kurssin, yhdistyksen valmius ei ole yhden "
        "ihmisen varassa.</p>"
        "<ul><li>Pohdi omaa toimintaasi ja yhdistyksesi tapoja.</li>"
        "<li>Löydä keinot, jotka sopivat juuri teidän yhdistykseenne.</li>"
        "<li>Kurssi on saatavilla myös arabiaksi ja englanniksi.</li></ul>"
    ),
    "learning_outcomes": [
        ("kuvata, mikä tekee yhdistyksestä avoimen, ja arvioida omaa toimintaansa", ["knowledge_of_self", "empathy"]),
        (
            "tunnistaa osallistumisen esteet ja valita yhdistykselle sopivat matalan kynnyksen keinot",
            ["analytical_thinking"],
        ),
        ("puhua osallisuudesta jäsenten ja perheiden kanssa", ["listening_observing", "conflict_resolution"]),
        ("kertoa, kuka kotoutumisessa tekee mitä ja keneen yhdistys voi olla yhteydessä", ["knowledge_of_world"]),
        ("suunnitella perhekahvilan tai ryhmän yhdessä kävijöiden kanssa", ["cooperation", "civic_mindedness"]),
    ],
    "modules": [
        {
            "slug": "mika-on-avoin-seura",
            "title": "Mikä on avoin yhdistys?",
            "summary": (
                "Avoimuus näkyy arjen teoissa. Tässä osassa pohdit, miltä yhdistyksesi näyttää uuden tulijan silmin."
            ),
            "lessons": [
                {
                    "slug": "avoimen-seuran-tuntomerkit",
                    "estimated_minutes": 10,
                    "title": "Avoimen yhdistyksen tuntomerkit",
                    "intro": "Avoin yhdistys ei vain sano, että kaikki ovat tervetulleita. Se näyttää sen teoillaan.",
                    "body": [
                        (
                            "paragraph",
                            "<p>Moni yhdistys sanoo olevansa avoin kaikille. Silti uusi tulija voi jäädä ovelle, "
                            "jos kukaan ei tervehdi, tieto on vain suomeksi tai kaikki muut tuntevat toisensa "
                            "entuudestaan. Avoimuus syntyy pienistä asioista, jotka toistuvat joka kerta.</p>",
                        ),
                        (
                            "checklist",
                            "Avoimen yhdistyksen tuntomerkit",
                            [
                                "Uusi tulija tervehditään ja esitellään ryhmälle",
                                "Tieto on saatavilla selkokielellä ja tarvittaessa muilla kielillä",
                                "Yhdistyksellä on nimetty yhteyshenkilö uusille jäsenille",
                                "Kokeilemaan voi tulla maksutta ja ilman omia varusteita",
                                "Säännöt ja tavat kerrotaan ääneen, ei oleteta",
                                "Syrjintään puututaan, ja kaikki tietävät miten",
                            ],
                        ),
                        (
                            "callout",
                            "tip",
                            "Katso uuden tulijan silmin",
                            "<p>Pyydä jotakuta, joka ei tunne yhdistystänne, etsimään verkosta tieto: milloin ja "
                            "missä voi tulla kokeilemaan? Kuinka kauan etsiminen kesti?</p>",
                        ),
                        (
                            "reflection",
                            "Mitkä listan kohdista toteutuvat jo yhdistyksessäsi? Minkä yhden asian voisitte "
                            "aloittaa seuraavassa kokoontumisessa?",
                        ),
                    ],
                },
                {
                    "slug": "oma-toiminta",
                    "estimated_minutes": 15,
                    "title": "Oma toimintani uuden tulijan kohtaamisessa",
                    "intro": "Yhdistyksen avoimuus on jokaisen jäsenen asia. Jokainen tervehdys ratkaisee.",
                    "body": [
                        (
                            "video",
                            "Brené Brown: empatiasta (RSA Short)",
                            "https://www.youtube.com/watch?v=1Evwgu369Jw",
                            "Kuvaus videosta (englanniksi, noin 3 minuuttia, piirretty animaatio). Tutkija Brené "
                            "Brown kertoo empatian ja myötätuntoisen säälin erosta. Empatia yhdistää ihmisiä, sääli "
                            "erottaa. Empatiaan kuuluu, että yrittää nähdä asian toisen näkökulmasta, ei tuomitse, "
                            "tunnistaa toisen tunteen ja kertoo sen hänelle. Animaatiossa kettu istuu pimeässä "
                            "kuopassa. Karhu kiipeää alas hänen luokseen ja sanoo: ”Tiedän, miltä täällä tuntuu, "
                            "etkä ole yksin.” Toinen eläin vain kurkistaa ylhäältä ja tarjoaa voileipää. Videon "
                            "viesti: harvoin mikään vastaus korjaa tilanteen. Yhteys toiseen ihmiseen auttaa.",
                        ),
                        ("heading", "Ensimmäinen kerta ratkaisee"),
                        (
                            "paragraph",
                            "<p>Uusi tulija muistaa usein ensimmäisestä kerrasta yhden asian: tuliko joku "
                            "puhumaan hänelle. Sinun ei tarvitse osata hänen kieltään. Hymy, nimen kysyminen ja "
                            "”tule tänne meidän ryhmään” riittävät. Ajattele myös, kenen viereen istut kahvilla ja "
                            "kenelle syötät pallon.</p>",
                        ),
                        (
                            "callout",
                            "note",
                            "Tilanne: oma porukka",
                            "<p>Perhekahvilan vakiokävijät istuvat aina samassa pöydässä. Uusi äiti istuu lapsensa "
                            "kanssa yksin toisessa pöydässä. Kukaan ei tarkoita pahaa – kaikki vain juttelevat "
                            "tuttujen kanssa.</p>",
                        ),
                        (
                            "reflection",
                            "Milloin olet itse ollut uusi jossakin porukassa? Mikä sai sinut tuntemaan itsesi "
                            "tervetulleeksi, tai mikä olisi auttanut?",
                        ),
                    ],
                },
            ],
        },
        {
            "slug": "esteet-ja-keinot",
            "title": "Esteet ja matalan kynnyksen keinot",
            "summary": (
                "Maksut, varusteet, kieli, tiedon puute, ennakkoluulot ja elämäntilanne voivat estää "
                "osallistumisen. Pienillä keinoilla kynnys madaltuu."
            ),
            "lessons": [
                {
                    "slug": "osallistumisen-esteet",
                    "estimated_minutes": 10,
                    "title": "Osallistumisen esteet",
                    "intro": "Kun joku ei tule, syy on harvoin se, ettei häntä kiinnostaisi.",
                    "body": [
                        (
                            "paragraph",
                            "<p>Tavallisimmat esteet ovat arkisia. <b>Maksut</b>: jäsenmaksu, kausimaksu ja "
                            "kilpailumaksut voivat olla pienituloiselle perheelle liikaa. <b>Varusteet</b>: "
                            "luistimet, sukset tai pelikengät ovat kalliita. <b>Kieli ja tieto</b>: perhe ei tiedä, "
                            "että harrastus on olemassa tai miten siihen pääsee mukaan. <b>Ennakkoluulot</b>: "
                            "huoli siitä, ettei ole tervetullut. <b>Elämäntilanne</b>: vuorotyö, kielikurssit, "
                            "pitkät matkat ilman autoa tai epävarmuus tulevasta.</p>",
                        ),
                        (
                            "callout",
                            "note",
                            "Hyvä tietää",
                            "<p>Vastaanottokeskuksessa asuva turvapaikanhakija voi joutua muuttamaan toiselle "
                            "paikkakunnalle lyhyellä varoitusajalla. Sitoutumista kauden ajaksi ei voi aina "
                            "vaatia, mutta jokainen harjoituskerta on silti arvokas.</p>",
                        ),
                        (
                            "faq",
                            "Kysymyksiä",
                            [
                                (
                                    "Mistä tiedämme, mitkä esteet koskevat meidän yhdistystämme?",
                                    "<p>Kysykää. Jutelkaa uusien jäsenten, kotoutumispalvelujen ja "
                                    "vastaanottokeskuksen työntekijöiden kanssa. Kysykää myös niiltä, jotka "
                                    "kävivät kerran eivätkä tulleet uudelleen.</p>",
                                ),
                                (
                                    "Eikö tasapuolisuus vaadi, että kaikki maksavat saman?",
                                    "<p>Yhdenvertaisuus ei tarkoita, että kaikkia kohdellaan täsmälleen samoin. "
                                    "Se tarkoittaa, että kaikilla on todellinen mahdollisuus osallistua. "
                                    "Maksutuki on tavallinen keino, jota käytetään myös suomalaisissa "
                                    "perheissä.</p>",
                                ),
                            ],
                        ),
                        (
                            "reflection",
                            "Mikä näistä esteistä on suurin teidän yhdistyksessänne? Mistä sen tiedät?",
                        ),
                    ],
                },
                {
                    "slug": "matalan-kynnyksen-keinot",
                    "estimated_minutes": 10,
                    "title": "Matalan kynnyksen keinot",
                    "intro": "Kynnyksen madaltaminen ei vaadi suurta budjettia. Usein riittää vähän järjestelyä.",
                    "body": [
                        (
                            "checklist",
                            "Keinoja, joita yhdistykset käyttävät",
                            [
                                "Ensimmäinen kerta tai kuukausi maksutta",
                                "Lainavarusteet: kerätkää jäsenten käytetyt varusteet kiertoon",
                                "Maksutuki tai porrastettu maksu, josta voi kysyä luottamuksellisesti",
                                "Kaveri, joka on mukana ensimmäisillä kerroilla",
                                "Kyyti- tai kimppakyytirinki",
                                "Tiedote selkokielellä ja kuvin, tärkeimmät tiedot myös muilla kielillä",
                                "Avoimet kokeilupäivät tai harrastusmessut",
                            ],
                        ),
                        (
                            "paragraph",
                            "<p>Kertokaa keinoista ääneen ja kirjallisesti. Lainavarusteista ja maksutuesta ei ole "
                            "hyötyä, jos kukaan ei tiedä niistä. Kirjatkaa ne myös yhdistyksen esittelyyn "
                            "Kohtaamossa, niin alueen koordinaattori voi kertoa niistä perheille.</p>",
                        ),
                        (
                            "callout",
                            "tip",
                            "Esimerkki",
                            "<p>Jalkapalloseura voi kerätä keväällä jäsenten pieneksi jääneet pelikengät ja "
                            "säärisuojat. Lainavarasto mahtuu yhteen kaappiin, ja sen ansiosta uusi lapsi pääsee "
                            "aloittamaan heti ilman hankintoja.</p>",
                        ),
                    ],
                },
                {
                    "slug": "kaveritoiminta",
                    "estimated_minutes": 10,
                    "title": "Kaveri ensimmäisille kerroille",
                    "intro": "Kaveri on jäsen, joka ottaa uuden tulijan vastaan ja on hänen tukenaan alussa.",
                    "body": [
                        (
                            "paragraph",
                            "<p>Ensimmäinen kerta uudessa paikassa jännittää. Kaveri odottaa ovella, näyttää "
                            "pukuhuoneen, esittelee muille ja istuu vieressä tauolla. Hänen ei tarvitse olla "
                            "valmentaja eikä osata uuden tulijan kieltä. Tärkeintä on, että joku tuttu on "
                            "paikalla.</p>",
                        ),
                        (
                            "checklist",
                            "Kaverin tehtävät",
                            [
                                "Sovi tapaaminen ovella ennen ensimmäistä kertaa",
                                "Näytä paikat: pukuhuone, vessa, mistä saa vettä",
                                "Esittele uusi tulija ohjaajalle ja muutamalle ryhmäläiselle",
                                "Kerro ääneen ryhmän tavat",
                                "Kysy lopuksi: ”Tuletko ensi kerralla? Tavataan taas ovella.”",
                                "Ole mukana ainakin kolmella ensimmäisellä kerralla",
                            ],
                        ),
                        (
                            "reflection",
                            "Kuka yhdistyksessänne voisi toimia kaverina? Mitä hän tarvitsisi, jotta tehtävä "
                            "tuntuisi helpolta?",
                        ),
                    ],
                },
            ],
        },
        {
            "slug": "osallisuudesta-puhuminen",
            "title": "Osallisuudesta puhuminen ja yhteistyö",
            "summary": (
                "Miten ottaa avoimuus puheeksi jäsenten ja perheiden kanssa, ja kuka kotoutumisessa tekee mitä: "
                "kunta, työllisyyspalvelut ja järjestöt."
            ),
            "lessons": [
                {
                    "slug": "puhu-jasenten-kanssa",
                    "estimated_minutes": 15,
                    "title": "Puhu osallisuudesta jäsenten ja perheiden kanssa",
                    "intro": (
                        "Muutos onnistuu, kun jäsenet ymmärtävät, miksi sitä tehdään, ja saavat sanoa mielipiteensä."
                    ),
                    "body": [
                        (
                            "paragraph",
                            "<p>Kun yhdistys päättää toivottaa uudet tulijat tervetulleiksi, osa jäsenistä innostuu "
                            "ja osa epäilee. Epäilyn takana on usein huoli: riittävätkö vuorot, muuttuuko tuttu "
                            "porukka, osaanko toimia oikein? Kuuntele huoli ja vastaa siihen. Kerro konkreettisesti, "
                            "mitä muuttuu ja mitä ei.</p>",
                        ),
                        (
                            "callout",
                            "note",
                            "Tilanne: ”Meillä ei ole tilaa”",
                            "<p>Hallituksen kokouksessa joku sanoo: ”Meidän ryhmät ovat jo täynnä. Ei meillä ole "
                            "resursseja alkaa kotouttaa ketään.”</p>",
                        ),
                        (
                            "faq",
                            "Miten vastata?",
                            [
                                (
                                    "”Ryhmät ovat täynnä.”",
                                    "<p>Kysy, onko jossain ryhmässä tilaa, tai voisiko avata kokeiluvuoron "
                                    "kerran kuussa. Uudet jäsenet voivat myös tuoda mukanaan uusia ohjaajia ja "
                                    "vapaaehtoisia.</p>",
                                ),
                                (
                                    "”Kotouttaminen ei kuulu meille.”",
                                    "<p>Totta: yhdistyksen ei tarvitse hoitaa kotoutumista. Sen tehtävä on tarjota "
                                    "harrastus, ja siinä se on paras. Harrastus tuo kavereita, kieltä ja "
                                    "kuulumisen tunnetta.</p>",
                                ),
                            ],
                        ),
                        (
                            "reflection",
                            "Millaisia huolia yhdistyksessänne voisi nousta esiin? Miten vastaisit niihin "
                            "kuunnellen, ei väitellen?",
                        ),
                    ],
                },
                {
                    "slug": "kuka-tekee-mita",
                    "estimated_minutes": 10,
                    "title": "Kuka tekee mitä kotoutumisessa?",
                    "intro": "Yhdistys ei ole viranomainen. On kuitenkin hyvä tietää, keneen olla yhteydessä.",
                    "body": [
                        (
                            "paragraph",
                            "<p><b>Kunta</b> vastaa kotoutumispalveluista: se laatii kotoutumissuunnitelmat, "
                            "ohjaa palveluihin ja tuntee alueen tulkkipalvelut. <b>Työllisyyspalvelut</b> auttavat "
                            "työnhaussa ja koulutuksessa. <b>Vastaanottokeskukset</b> majoittavat "
                            "turvapaikanhakijoita ja järjestävät heille toimintaa. <b>Järjestöt</b>, kuten "
                            "Suomen Punainen Risti ja Mannerheimin Lastensuojeluliitto, tarjoavat ystävätoimintaa, "
                            "perhekahviloita ja neuvontaa. <b>Yhdistys</b> tarjoaa sitä, mitä muut eivät voi: "
                            "harrastuksen, kavereita ja arkea suomalaisten kanssa.</p>",
                        ),
                        (
                            "checklist",
                            "Selvitä yhteystiedot",
                            [
                                "Kuntasi kotoutumispalvelujen yhteyshenkilö",
                                "Lähin vastaanottokeskus, jos sellainen on",
                                "Alueen monikulttuurinen yhdistys tai järjestö",
                                "Koulujen valmistavan opetuksen opettajat",
                                "Kohtaamon alueellinen koordinaattori",
                            ],
                        ),
                        (
                            "callout",
                            "tip",
                            "Yhteistyö kannattaa",
                            "<p>Kun kotoutumispalvelut tuntevat yhdistyksenne, ne voivat kertoa harrastuksesta "
                            "perheille ja tuoda ryhmän tutustumaan. Tuotu tutustumiskäynti on monelle helpompi "
                            "kuin yksin tuleminen.</p>",
                        ),
                    ],
                },
            ],
        },
        {
            "slug": "tervetullut-perhekahvila",
            "title": "Tervetullut perhekahvila tai ryhmä",
            "summary": (
                "Suunnittele toiminta yhdessä kävijöiden kanssa, huolehdi ryhmän turvallisuudesta ja kutsu "
                "mukaan myös ne vanhemmat, jotka jäävät pois."
            ),
            "lessons": [
                {
                    "slug": "suunnittele-yhdessa",
                    "estimated_minutes": 10,
                    "title": "Suunnittele yhdessä kävijöiden kanssa",
                    "intro": "Paras tapa tehdä toiminnasta kiinnostavaa on kysyä kävijöiltä itseltään.",
                    "body": [
                        (
                            "paragraph",
                            "<p>Perhekahvila tai ryhmä on kävijöitä varten. Kun kävijät saavat ideoida ja vastuuta, "
                            "he sitoutuvat. Joku voi opettaa lastenlaulun omalla kielellään, joku toinen leipoa. "
                            "Kysy säännöllisesti, mitä kävijät toivovat, ja näytä, että toiveet vaikuttavat.</p>",
                        ),
                        (
                            "checklist",
                            "Suunnittelun vaiheet",
                            [
                                "Kysy toiveita kuvakorteilla tai lyhyellä keskustelulla",
                                "Sovi yhdessä, mitä tehdään seuraavien viikkojen aikana",
                                "Jaa tehtäviä: kuka keittää kahvin, kuka vetää leikin",
                                "Kerro suunnitelma selkokielellä ja kuvin",
                                "Kysy lopuksi, mikä onnistui ja mitä muutetaan",
                            ],
                        ),
                        (
                            "callout",
                            "tip",
                            "Pienin askelin",
                            "<p>Aloita yhdellä kysymyksellä: ”Mitä haluaisitte tehdä ensi kerralla?” Kirjoita "
                            "vastaukset näkyville, ja toteuta ainakin yksi niistä.</p>",
                        ),
                    ],
                },
                {
                    "slug": "ryhma-ja-turvallisuus",
                    "estimated_minutes": 10,
                    "title": "Ryhmä, turvallisuus ja säännöt",
                    "intro": "Kun kaikki tietävät säännöt, ryhmässä on turvallista olla oma itsensä.",
                    "body": [
                        (
                            "paragraph",
                            "<p>Uudessa ryhmässä ihmiset etsivät paikkaansa. Alussa ohjaajan tehtävä on tutustuttaa "
                            "ihmiset toisiinsa ja huolehtia, ettei kukaan jää yksin. Myöhemmin ryhmään syntyy "
                            "omia tapoja. Ohjaaja huomaa, jos ryhmä jakautuu kieliryhmiin, ja sekoittaa porukoita "
                            "leikeissä ja tehtävissä.</p>",
                        ),
                        (
                            "checklist",
                            "Yhteiset säännöt",
                            [
                                "Kaikki ovat tervetulleita",
                                "Kuunnellaan toisia ja annetaan kaikille puheenvuoro",
                                "Ei kiusata, ei nimitellä, ei naureta kenenkään kielelle",
                                "Lapsista huolehtivat heidän omat aikuisensa",
                                "Valokuvia otetaan vain luvan kanssa",
                                "Asiat, jotka kerrotaan ryhmässä, jäävät ryhmään",
                            ],
                        ),
                        (
                            "callout",
                            "warning",
                            "Jos jotain sattuu",
                            "<p>Sopikaa etukäteen, miten toimitte tapaturmassa tai riitatilanteessa. Pidä esillä "
                            "hätänumero 112, osoite ja yhdistyksen häirintäyhdyshenkilön yhteystiedot.</p>",
                        ),
                    ],
                },
                {
                    "slug": "miksi-vanhemmat-jaavat-pois",
                    "estimated_minutes": 15,
                    "title": "Miksi vanhemmat jäävät pois – ja miten heidät kutsutaan",
                    "intro": "Moni maahan muuttanut vanhempi ei tule perhekahvilaan. Syyt ovat yleensä ymmärrettäviä.",
                    "body": [
                        (
                            "paragraph",
                            "<p>Vanhempi voi jäädä pois, koska ei tiedä, mikä perhekahvila on, eikä kukaan ole "
                            "kutsunut häntä. Hän voi pelätä, ettei ymmärrä kieltä, tai ettei hänen lastensa "
                            "tapoja hyväksytä. Joskus syy on käytännöllinen: bussimatka, pienet lapset tai se, "
                            "että ”avoin” tuntuu siltä, että kaikki muut ovat jo tuttuja keskenään.</p>",
                        ),
                        (
                            "faq",
                            "Miten kutsua?",
                            [
                                (
                                    "Riittääkö ilmoitus ilmoitustaululla?",
                                    "<p>Harvoin. Henkilökohtainen kutsu toimii parhaiten: neuvolan, päiväkodin, "
                                    "kotoutumispalvelujen tai toisen vanhemman kautta. Pyydä kävijöitä tuomaan "
                                    "mukanaan ystävä.</p>",
                                ),
                                (
                                    "Mitä kutsussa kannattaa kertoa?",
                                    "<p>Mitä siellä tehdään, että se on maksutonta, että lapset voivat tulla "
                                    "mukaan ja että suomea ei tarvitse osata. Kuva tilasta ja ohjaajasta auttaa "
                                    "tietämään, mihin on tulossa.</p>",
                                ),
                                (
                                    "Entä isät?",
                                    "<p>Kutsu isiä erikseen. Moni isä luulee, että perhekahvila on vain "
                                    "äideille. Isien oma ilta tai retki voi olla hyvä alku.</p>",
                                ),
                            ],
                        ),
                        (
                            "reflection",
                            "Ketkä alueenne perheistä eivät vielä käy toiminnassanne? Kenen kautta voisitte "
                            "tavoittaa heidät?",
                        ),
                    ],
                },
            ],
        },
    ],
}
