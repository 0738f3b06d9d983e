"""Demo course 1, Finnish source: Kulttuurien kohtaaminen (intercultural encounters)."""

COURSE = {
    "slug": "kulttuurien-kohtaaminen",
    "topic": "intercultural",
    "intended_roles": ["member", "coach", "board_member", "contact"],
    "title": "Kulttuurien kohtaaminen",
    "summary": (
        "Miten oma kulttuuri näkyy arjessa, miten puhut selkeästi, kun yhteistä kieltä ei ole, ja miten "
        "toimit, kun joku seurassa kohtaa syrjintää. Kurssi sopii kaikille jäsenille."
    ),
    "description": (
        "<p>Kurssilla pohdit omaa kulttuuriasi ja ennakko-oletuksiasi, harjoittelet selkeää viestintää "
        "ja käyt läpi tavallisia tilanteita urheiluseuroista, 4H-kerhoista ja perhekahviloista. "
        "Lopuksi opit tunnistamaan rasismin ja puuttumaan siihen.</p>"
        "<ul><li>Neljä osaa, jokaisessa lyhyitä oppitunteja.</li>"
        "<li>Pohdintatehtävien vastaukset näet vain sinä.</li>"
        "<li>Voit opiskella omassa tahdissa ja jatkaa siitä, mihin jäit.</li></ul>"
    ),
    # (text, RFCDC competences)
    "learning_outcomes": [
        ("tunnistaa, miten oma kulttuuri vaikuttaa omiin tapoihin ja odotuksiin", ["knowledge_of_self"]),
        ("puhua selkeästi ja varmistaa, että toinen on ymmärtänyt", ["linguistic_skills", "listening_observing"]),
        (
            "suhtautua avoimesti erilaisiin tapoihin ja kysyä ennen kuin tulkitsee",
            ["openness", "tolerance_of_ambiguity"],
        ),
        ("tunnistaa syrjinnän ja puuttua siihen turvallisesti", ["valuing_dignity", "responsibility"]),
    ],
    "modules": [
        {
            "slug": "kulttuuri-ja-mina",
            "title": "Kulttuuri ja minä",
            "summary": (
                "Jokainen katsoo maailmaa oman kulttuurinsa läpi. Tässä osassa tutkit omia tapojasi, "
                "stereotypioita ja sitä, miten ensivaikutelma syntyy."
            ),
            "lessons": [
                {
                    "slug": "oma-kulttuuri",
                    "estimated_minutes": 10,
                    "title": "Oma kulttuurini",
                    "intro": (
                        "Kulttuuri ei ole vain muilla. Se näkyy myös siinä, miten sinä tervehdit, syöt ja sovit aikoja."
                    ),
                    "body": [
                        ("heading", "Kulttuuri on kuin jäävuori"),
                        (
                            "paragraph",
                            "<p>Osa kulttuurista näkyy helposti: ruoka, vaatteet, juhlat ja kieli. Suurin osa on "
                            "kuitenkin pinnan alla, kuten jäävuoressa. Pinnan alla ovat arvot ja oletukset: mikä on "
                            "kohteliasta, miten lapsia kasvatetaan, kuinka suoraan asioista puhutaan ja mitä "
                            "täsmällisyys tarkoittaa.</p>"
                            "<p>Oman kulttuurin huomaa yleensä vasta, kun joku toimii toisin. Silloin kannattaa "
                            "muistaa, että oma tapa ei ole ainoa oikea tapa. Se on yksi tapa muiden joukossa.</p>",
                        ),
                        (
                            "callout",
                            "tip",
                            "Sano ääneen se, mikä on sinulle itsestään selvää",
                            "<p>Suomalaisessa seurassa moni asia on tuttu: ilmoittaudutaan etukäteen, tullaan "
                            "ajoissa, suihkussa käydään ennen uimista ja omat varusteet viedään kotiin. Uudelle "
                            "tulijalle mikään näistä ei ole itsestään selvää. Kerro ne ystävällisesti ääneen.</p>",
                        ),
                        (
                            "reflection",
                            "Ajattele omaa seuraasi tai ryhmääsi. Mitkä kolme kirjoittamatonta sääntöä uuden "
                            "jäsenen pitäisi tietää? Kuka ne hänelle kertoo?",
                        ),
                    ],
                },
                {
                    "slug": "stereotypiat-ja-ennakkoluulot",
                    "estimated_minutes": 25,
                    "title": "Stereotypiat ja ennakkoluulot",
                    "intro": (
                        "Stereotypia on yleistys ihmisryhmästä. Ennakkoluulo on asenne, joka syntyy ennen kuin "
                        "tunnemme ihmisen."
                    ),
                    "body": [
                        (
                            "paragraph",
                            "<p>Aivot lajittelevat tietoa, ja siksi yleistämme. Yleistys muuttuu ongelmaksi, kun "
                            "oletamme, että yksi ihminen on sellainen kuin kuvittelemme hänen ryhmänsä olevan. "
                            "Väitteet kuten ”he eivät harrasta hiihtoa” tai ”he eivät päästä tyttöjä "
                            "harrastuksiin” eivät kerro mitään siitä ihmisestä, joka seisoo edessäsi.</p>",
                        ),
                        (
                            "video",
                            "Chimamanda Ngozi Adichie: Yhden tarinan vaara (TED)",
                            "https://www.youtube.com/watch?v=D9Ihs241zeg",
                            "Kuvaus videosta (englanninkielinen puhe, noin 19 minuuttia). Nigerialainen kirjailija "
                            "Chimamanda Ngozi Adichie kertoo, että hän luki lapsena vain brittiläisiä ja "
                            "amerikkalaisia kirjoja. Siksi hänen omissa tarinoissaan lapset söivät omenoita ja "
                            "leikkivät lumessa, vaikka hän ei ollut nähnyt kumpaakaan. Yliopistossa Yhdysvalloissa "
                            "hänen huonetoverinsa sääli häntä jo etukäteen, koska tunsi Afrikasta vain yhden "
                            "tarinan: köyhyyden ja katastrofit. Adichie myöntää tehneensä saman virheen itse, kun "
                            "hän matkusti Meksikoon ja huomasi tuntevansa meksikolaisista vain yhden tarinan. Puheen "
                            "viesti: kun ihmisistä kerrotaan yhä uudelleen vain yksi tarina, heistä tulee se tarina. "
                            "Monet tarinat palauttavat ihmisarvon. YouTubessa voit valita tekstityksen.",
                        ),
                        (
                            "callout",
                            "note",
                            "Hyvä tietää",
                            "<p>Ennakkoluuloja on kaikilla. Tärkeää ei ole olla täysin ilman niitä, vaan huomata "
                            "ne ja olla toimimatta niiden varassa.</p>",
                        ),
                        (
                            "reflection",
                            "Mikä on ”yksi tarina”, jonka olet kuullut jostakin maasta tai kansasta? Mistä olet "
                            "sen kuullut? Millainen toinen tarina voisi olla?",
                        ),
                    ],
                },
                {
                    "slug": "ensivaikutelma",
                    "estimated_minutes": 10,
                    "title": "Miten ensivaikutelma syntyy",
                    "intro": "Teemme ihmisestä päätelmiä muutamassa sekunnissa. Onneksi ensivaikutelman voi tarkistaa.",
                    "body": [
                        (
                            "paragraph",
                            "<p>Ensivaikutelma syntyy nopeasti ulkonäöstä, äänestä, ilmeistä ja siitä, muistuttaako "
                            "ihminen jotakuta tuttua. Se menee usein pieleen, varsinkin kun tavat ilmaista itseä "
                            "ovat erilaiset. Hiljainen uusi jäsen voi olla kohtelias, ei välinpitämätön. Kova ääni "
                            "voi olla innostusta, ei riitaa.</p>",
                        ),
                        (
                            "callout",
                            "note",
                            "Tilanne: isä, joka ei katso silmiin",
                            "<p>Uusi isä tuo tyttärensä 4H-kerhoon. Hän ei katso ohjaajaa silmiin eikä kysy "
                            "mitään. Ohjaaja ajattelee, ettei isää kiinnosta. Myöhemmin selviää, että isän "
                            "kotimaassa katseen välttäminen on tapa osoittaa kunnioitusta opettajalle.</p>",
                        ),
                        (
                            "checklist",
                            "Kun tapaat uuden ihmisen",
                            [
                                "Esittäydy ja kerro, mikä tehtäväsi on",
                                "Kysy, miten hänen nimensä lausutaan, ja käytä nimeä",
                                "Huomaa ensimmäinen tulkintasi – ja pidä se vielä arvauksena",
                                "Kysy ennen kuin päätät: ”Sopiiko tämä sinulle?”",
                                "Anna aikaa: luottamus syntyy monella tapaamisella",
                            ],
                        ),
                        (
                            "reflection",
                            "Muistele tilannetta, jossa ensivaikutelmasi ihmisestä osoittautui vääräksi. Mikä sai "
                            "sinut muuttamaan mielesi?",
                        ),
                    ],
                },
            ],
        },
        {
            "slug": "viestinta-yli-kielirajojen",
            "title": "Viestintä yli kielirajojen",
            "summary": (
                "Yhteistä kieltä ei aina ole. Selkeä puhe, ymmärtämisen tarkistaminen, käännössovellukset ja "
                "eleet vievät pitkälle."
            ),
            "lessons": [
                {
                    "slug": "selkokieli",
                    "estimated_minutes": 15,
                    "title": "Selkokieli seurassa",
                    "intro": (
                        "Selkokieli on suomea, jota on helpompi ymmärtää. Se auttaa kaikkia, ei vain suomen "
                        "opiskelijoita."
                    ),
                    "body": [
                        (
                            "paragraph",
                            "<p>Selkokielessä käytetään tuttuja sanoja, lyhyitä lauseita ja yhtä asiaa kerrallaan. "
                            "Vältä lyhenteitä ja seuran omaa slangia, kuten ”treenit hallilla kuudelta, kamat "
                            "mukaan”. Sano mieluummin: ”Harjoitukset ovat urheiluhallissa kello 18. Ota mukaan "
                            "juomapullo ja sisäkengät.”</p>",
                        ),
                        (
                            "checklist",
                            "Selkeän puheen muistilista",
                            [
                                "Puhu rauhallisesti, mutta älä korota ääntä",
                                "Käytä lyhyitä lauseita: yksi asia yhdessä lauseessa",
                                "Käytä samasta asiasta aina samaa sanaa",
                                "Näytä: osoita, piirrä tai käytä kuvaa",
                                "Kirjoita tärkeät asiat myös viestiin: aika, paikka ja mitä otetaan mukaan",
                                "Kerro kellonajat numeroina, esimerkiksi kello 18.00",
                            ],
                        ),
                        (
                            "callout",
                            "tip",
                            "Lisää ohjeita",
                            '<p><a href="https://selkokeskus.fi/">Selkokeskus</a> julkaisee ohjeita selkokielen '
                            "puhumiseen ja kirjoittamiseen. Kokeile kirjoittaa seuran seuraava tiedote "
                            "selkokielellä ja pyydä palautetta joltakulta, joka opiskelee suomea.</p>",
                        ),
                        (
                            "reflection",
                            "Kirjoita yksi seurasi tavallinen viesti (esimerkiksi harjoitusten peruutus) uudelleen "
                            "selkokielellä. Mitä muutit?",
                        ),
                    ],
                },
                {
                    "slug": "ymmartamisen-varmistaminen",
                    "estimated_minutes": 15,
                    "title": "Ymmärtämisen varmistaminen, tulkit ja käännössovellukset",
                    "intro": "”Ymmärsitkö?” on huono kysymys: lähes jokainen vastaa kyllä. Kokeile muuta.",
                    "body": [
                        (
                            "paragraph",
                            "<p>Moni nyökkää, vaikka ei ymmärtänyt. Syy voi olla kohteliaisuus tai nolous. Pyydä "
                            "siksi toista kertomaan omin sanoin tai näyttämään: ”Kerrotko, mihin aikaan tulet "
                            "huomenna?” Näin kuulet, menikö viesti perille.</p>",
                        ),
                        (
                            "digital_tool",
                            "Google Kääntäjä",
                            "https://translate.google.com/",
                            [
                                "Avaa sovellus puhelimessa ja valitse kielet, esimerkiksi suomi ja arabia.",
                                "Paina mikrofonia ja sano lyhyt, selkeä lause.",
                                "Näytä käännös toiselle tai anna sovelluksen lukea se ääneen.",
                                "Anna toisen vastata omalla kielellään samalla tavalla.",
                                "Tarkista tärkeät asiat vielä kuvalla tai eleellä: kone voi kääntää väärin.",
                            ],
                        ),
                        (
                            "callout",
                            "warning",
                            "Lapsi ei ole tulkki",
                            "<p>Älä pyydä lasta tulkiksi aikuisten asioissa, kuten terveydestä, rahasta tai "
                            "ongelmista puhuttaessa. Se on lapselle liian suuri vastuu. Sovi tärkeät keskustelut "
                            "ammattitulkin kanssa.</p>",
                        ),
                        (
                            "faq",
                            "Usein kysyttyä tulkeista",
                            [
                                (
                                    "Mistä yhdistys saa tulkin?",
                                    "<p>Kysy ensin kunnan kotoutumispalveluista. Ne tuntevat paikalliset "
                                    "tulkkipalvelut. Arkisissa asioissa seuran oma jäsen voi auttaa "
                                    "vapaaehtoisena.</p>",
                                ),
                                (
                                    "Saako käännössovellukseen kirjoittaa henkilötietoja?",
                                    "<p>Ei kannata. Älä kirjoita sovellukseen nimiä, terveystietoja tai muita "
                                    "henkilötietoja, koska teksti voi tallentua palvelun palvelimelle.</p>",
                                ),
                            ],
                        ),
                    ],
                },
                {
                    "slug": "sanaton-viestinta",
                    "estimated_minutes": 10,
                    "title": "Sanaton viestintä",
                    "intro": "Suuri osa viestistä kulkee ilman sanoja: ilmeinä, eleinä ja äänensävynä.",
                    "body": [
                        (
                            "paragraph",
                            "<p>Hymy, rauhallinen ääni ja avoin asento kertovat, että uusi tulija on tervetullut. "
                            "Eleet eivät kuitenkaan tarkoita kaikkialla samaa. Peukalo ylös on monessa maassa "
                            "myönteinen, mutta joissain maissa loukkaava. Nyökkäys voi tarkoittaa ”kyllä” tai vain "
                            "”kuulen sinut”. Myös sopiva etäisyys ja kosketus vaihtelevat.</p>",
                        ),
                        ("heading", "Näytä, älä vain kerro"),
                        (
                            "paragraph",
                            "<p>Harjoituksissa näyttäminen toimii paremmin kuin pitkä selitys. Tee liike itse, "
                            "pyydä uutta jäsentä kokeilemaan ja kehu, kun hän onnistuu. Myös värit ja numerot "
                            "auttavat: ”punaiset liivit tänne, siniset tuonne”.</p>",
                        ),
                        (
                            "callout",
                            "tip",
                            "Tervehtiminen",
                            "<p>Kättely ei ole kaikille luonteva tervehdys, esimerkiksi eri sukupuolta olevan "
                            "kanssa. Voit odottaa, ojentaako toinen kätensä, tai tervehtiä nyökkäämällä ja "
                            "laittamalla käden sydämelle. Kumpikaan ei ole loukkaus.</p>",
                        ),
                        (
                            "reflection",
                            "Mitä eleitä käytät valmentaessasi tai ohjatessasi? Mitkä niistä voisivat tarkoittaa "
                            "toiselle jotain muuta?",
                        ),
                    ],
                },
            ],
        },
        {
            "slug": "arjen-tilanteet",
            "title": "Arjen tilanteet seurassa ja perhekahvilassa",
            "summary": (
                "Sukupuoli, uskonto, ruoka, aikataulut ja vanhempien odotukset: tavallisia tilanteita ja tapoja "
                "ratkaista ne yhdessä."
            ),
            "lessons": [
                {
                    "slug": "sukupuoli-uskonto-ja-ruoka",
                    "estimated_minutes": 15,
                    "title": "Sukupuoli, uskonto ja ruoka",
                    "intro": (
                        "Ratkaisu löytyy usein, kun kysyy ja joustaa vähän – ilman että kenenkään tarvitsee "
                        "luopua arvoistaan."
                    ),
                    "body": [
                        (
                            "callout",
                            "note",
                            "Tilanne: uimakoulu",
                            "<p>Seura järjestää lapsille uimakoulun. Äiti kertoo, että hänen 11-vuotias "
                            "tyttärensä ei voi osallistua, koska ryhmässä on poikia ja ohjaaja on mies. Ohjaaja "
                            "vastaa: ”Suomessa kaikki uivat yhdessä.”</p>",
                        ),
                        (
                            "reflection",
                            "Mitä ajattelet ohjaajan vastauksesta? Mitä äiti ehkä ajattelee ja tuntee? Mitä muuta "
                            "ohjaaja olisi voinut sanoa?",
                        ),
                        (
                            "paragraph",
                            "<p>Ohjaajan vastaus sulkee oven. Parempi on kysyä, mikä auttaisi. Voisiko tyttö uida "
                            "tyttöjen ryhmässä? Onko naisohjaaja mahdollinen? Sopiiko uima-asu, joka peittää "
                            "enemmän? Monessa kunnassa on naisten ja tyttöjen omia uintivuoroja. Tärkeintä on, "
                            "että lapsi oppii uimaan – se on turvallisuustaito.</p>",
                        ),
                        (
                            "faq",
                            "Usein kysyttyä",
                            [
                                (
                                    "Pitääkö seuran tarjota halal-ruokaa?",
                                    "<p>Kaikkea ei tarvitse muuttaa. Riittää, että retkellä tai juhlassa on "
                                    "vaihtoehto ilman sianlihaa ja alkoholia ja ruokien sisältö kerrotaan. "
                                    "Kasvisruoka sopii useimmille.</p>",
                                ),
                                (
                                    "Entä paasto, kuten ramadan?",
                                    "<p>Paastoava voi olla väsynyt ja janoinen. Kysy, miten hän haluaa "
                                    "osallistua. Kovia harjoituksia voi keventää, ja yhteinen iltapala "
                                    "auringonlaskun jälkeen voi olla hieno kokemus koko joukkueelle.</p>",
                                ),
                                (
                                    "Voiko harjoitusten aikana rukoilla?",
                                    "<p>Jos joku pyytää rauhallista paikkaa rukoukseen, sen voi usein järjestää "
                                    "tyhjästä huoneesta. Se ei vie muilta mitään.</p>",
                                ),
                            ],
                        ),
                    ],
                },
                {
                    "slug": "aika-ja-tasmallisyys",
                    "estimated_minutes": 10,
                    "title": "Aika ja täsmällisyys",
                    "intro": (
                        "Suomessa ”kello 18” tarkoittaa kello 18. Kaikkialla ei ole niin – eikä syy ole aina kulttuuri."
                    ),
                    "body": [
                        (
                            "callout",
                            "note",
                            "Tilanne: aina myöhässä",
                            "<p>Uusi pelaaja tulee jokaiseen harjoitukseen 15–20 minuuttia myöhässä. Valmentaja "
                            "on ärtynyt ja miettii, onko pelaaja sitoutunut. Muut pelaajat alkavat "
                            "kommentoida.</p>",
                        ),
                        (
                            "reflection",
                            "Keksi kolme eri syytä, miksi pelaaja voisi tulla myöhässä. Miten ottaisit asian puheeksi?",
                        ),
                        (
                            "paragraph",
                            "<p>Syy voi olla erilainen käsitys ajasta, mutta yhtä hyvin bussiaikataulu, "
                            "kielikurssi, pienemmät sisarukset tai vuorotyö. Älä arvaa: kysy kahden kesken ja "
                            "ystävällisesti. Kerro, miksi alku on tärkeä: lämmittely suojaa loukkaantumisilta. "
                            "Etsikää yhdessä ratkaisu, kuten kimppakyyti tai lupa lämmitellä omatoimisesti.</p>",
                        ),
                        (
                            "checklist",
                            "Näin teet aikatauluista selviä",
                            [
                                "Kerro alkamis- ja päättymisaika myös kirjallisesti",
                                "Kerro, mitä tehdään, jos tulee myöhässä",
                                "Lähetä muistutus edellisenä päivänä",
                                "Kerro, miten poissaolosta ilmoitetaan",
                                "Kysy, miten jäsen pääsee paikalle: bussi voi kulkea harvoin",
                            ],
                        ),
                    ],
                },
                {
                    "slug": "vanhempien-odotukset",
                    "estimated_minutes": 10,
                    "title": "Vanhempien odotukset",
                    "intro": (
                        "Lapsen harrastus seurassa voi olla perheelle uusi asia. Vanhemmat haluavat tietää, mihin "
                        "lapsi menee ja kenen kanssa."
                    ),
                    "body": [
                        (
                            "paragraph",
                            "<p>Suomessa lapsi kulkee usein yksin harjoituksiin, ja vanhempien odotetaan "
                            "osallistuvan talkoisiin ja kioskivuoroihin. Monessa maassa harrastukset eivät ole "
                            "seuroissa vaan koulussa tai suvun kesken. Silloin seura, jäsenmaksut ja vanhempien "
                            "rooli ovat vieraita. Vanhemmat voivat myös pelätä, että harrastus vie aikaa "
                            "koulunkäynniltä.</p>",
                        ),
                        (
                            "checklist",
                            "Kun tapaat vanhemmat",
                            [
                                "Kutsu vanhemmat katsomaan ensimmäistä harjoitusta",
                                "Kerro, kuka ohjaa ja miten lapsia valvotaan",
                                "Kerro maksuista ja tuesta selvästi – myös siitä, mikä on ilmaista",
                                "Selitä talkoot: mitä ne ovat ja onko osallistuminen pakollista",
                                "Kysy, mitä vanhemmat toivovat lapsen harrastukselta",
                                "Sopikaa, miten pidätte yhteyttä: viesti, puhelu vai tulkin avulla",
                            ],
                        ),
                        (
                            "callout",
                            "tip",
                            "Kerro hyödyistä",
                            "<p>Sano harrastuksen hyödyt ääneen: lapsi oppii suomea, saa kavereita ja oppii "
                            "toimimaan ryhmässä. Ne ovat monelle vanhemmalle tärkeitä syitä.</p>",
                        ),
                        (
                            "reflection",
                            "Mitä oletat vanhempien tietävän seurastasi? Mistä he sen olisivat saaneet tietää?",
                        ),
                    ],
                },
            ],
        },
        {
            "slug": "rasismi-ja-syrjinta",
            "title": "Rasismi ja syrjintä",
            "summary": (
                "Rasismia on myös harrastuksissa. Opi tunnistamaan se, puuttumaan siihen ja tukemaan sitä, "
                "johon se osuu."
            ),
            "lessons": [
                {
                    "slug": "tunnista-syrjinta",
                    "estimated_minutes": 15,
                    "title": "Tunnista rasismi ja syrjintä",
                    "intro": (
                        "Syrjintä ei ole aina huutamista. Se voi olla vitsi, ulkopuolelle jättämistä tai eri "
                        "sääntöjä eri ihmisille."
                    ),
                    "body": [
                        (
                            "paragraph",
                            "<p>Syrjintää on, kun ihmistä kohdellaan huonommin esimerkiksi alkuperän, kielen, "
                            "uskonnon, ihonvärin tai sukupuolen vuoksi. Yhdenvertaisuuslaki kieltää syrjinnän myös "
                            "yhdistysten toiminnassa. Rasismi voi olla suoraa, kuten nimittelyä, tai arkista: "
                            "toistuvia kysymyksiä siitä, mistä ”oikeasti” olet, tai sitä, ettei kukaan syötä "
                            "palloa uudelle pelaajalle.</p>",
                        ),
                        (
                            "callout",
                            "note",
                            "Tilanne: vitsi aksentista",
                            "<p>Pukuhuoneessa pelaaja matkii uuden joukkuetoverin aksenttia. Moni nauraa. Uusi "
                            "pelaaja hymyilee myös, mutta ei tule seuraaviin harjoituksiin.</p>",
                        ),
                        (
                            "faq",
                            "Kysymyksiä",
                            [
                                (
                                    "Eikö se ollut vain vitsi?",
                                    "<p>Ratkaisevaa on vitsin vaikutus, ei tarkoitus. Kun vitsi tekee jonkun "
                                    "alkuperästä naurun aiheen, se kertoo hänelle, ettei hän kuulu joukkoon. "
                                    "Hymy voi olla tapa selvitä tilanteesta, ei merkki siitä, että vitsi oli "
                                    "hauska.</p>",
                                ),
                                (
                                    "Mitä jos en ole varma, oliko se rasismia?",
                                    "<p>Sinun ei tarvitse olla varma. Voit kysyä kokemusta siltä, johon asia "
                                    "osui, ja kertoa tilanteesta seuran häirintäyhdyshenkilölle.</p>",
                                ),
                            ],
                        ),
                        (
                            "reflection",
                            "Mitä olisit tehnyt pukuhuoneessa? Mitä olisit sanonut uudelle pelaajalle seuraavana "
                            "päivänä?",
                        ),
                    ],
                },
                {
                    "slug": "puutu-ja-tue",
                    "estimated_minutes": 15,
                    "title": "Puutu ja tue",
                    "intro": "Jokainen voi puuttua. Sankaria ei tarvita – riittää, että tekee jotain.",
                    "body": [
                        (
                            "checklist",
                            "Neljä tapaa puuttua",
                            [
                                "Sano heti ja rauhallisesti: ”Tuo ei käy meidän seurassa.”",
                                "Keskeytä: vaihda aihetta tai kutsu ryhmä jatkamaan harjoitusta",
                                "Tue: kysy myöhemmin kahden kesken, miten toinen voi",
                                "Kerro: ilmoita tapahtuneesta valmentajalle tai häirintäyhdyshenkilölle",
                            ],
                        ),
                        (
                            "callout",
                            "tip",
                            "Häirintäyhdyshenkilö",
                            "<p>Seurassa kannattaa olla nimetty häirintäyhdyshenkilö, jolle voi kertoa häirinnästä "
                            "tai syrjinnästä luottamuksellisesti. Hänen yhteystietonsa kuuluvat seuran "
                            "nettisivuille ja pukuhuoneen seinälle, mieluiten myös muilla kielillä. Urheilussa ja "
                            'liikunnassa apua saa myös <a href="https://www.etoleyksin.fi/">Et ole yksin '
                            "-palvelusta</a>.</p>",
                        ),
                        (
                            "paragraph",
                            "<p>Sopikaa seurassa etukäteen, miten toimitte: kuka puuttuu, kenelle kerrotaan ja "
                            "miten asia käsitellään. Kirjatkaa periaatteet seuran yhdenvertaisuussuunnitelmaan. Kun "
                            "säännöt ovat selvät ja kaikkien tiedossa, niihin on helppo vedota.</p>",
                        ),
                        (
                            "reflection",
                            "Kuka on seurasi häirintäyhdyshenkilö? Jos et tiedä, miten saisit sen selville?",
                        ),
                    ],
                },
            ],
        },
    ],
}
