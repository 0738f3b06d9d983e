"""Demo quizzes of the intercultural encounters course (Finnish and English)."""

# Everyday situations: the module "arjen-tilanteet" ends with this quiz.
SITUATIONS_FI = {
    "title": "Mitä tekisit? Arjen tilanteita seurassa",
    "intro": "Kuusi tilannetta seurojen ja perhekahviloiden arjesta. Valitse vastaus, joka on lähinnä sitä, mitä itse tekisit. Palaute kertoo, mitä näkökulmia kussakin vastauksessa on.",
    "questions": [
        (
            "scenario",
            "Mitä teet?",
            "<p>Uimaseuran lasten ryhmään on tullut kaksi uutta tyttöä. Heidän isänsä kertoo, että tytöt eivät voi osallistua, koska vuoro on yhteinen pojille ja tytöille.</p>",
            [
                (
                    "Kysyt isältä, millainen järjestely sopisi perheelle, ja kerrot, mitä seurassa on mahdollista järjestää.",
                    100,
                    "Kysyminen avaa keskustelun: perheellä voi olla ratkaisu, joka on helppo toteuttaa (esim. uimapuku, erillinen pukuhuone tai tyttöjen vuoro). Lapsen harrastus on yhteinen tavoite.",
                ),
                (
                    "Ehdotat heti erillistä tyttöjen vuoroa, vaikka seuralla ei ole siihen resursseja.",
                    50,
                    "Hyvä tahto näkyy, mutta lupaus, jota ei voi pitää, heikentää luottamusta. Selvitä ensin perheen toive ja seuran mahdollisuudet.",
                ),
                (
                    "Sanot, että säännöt ovat kaikille samat: joko tytöt tulevat yhteiselle vuorolle tai eivät tule ollenkaan.",
                    0,
                    "Tasapuolisuus ei tarkoita, että kaikille tarjotaan täsmälleen samaa. Tiukka vastaus sulkee tytöt harrastuksen ulkopuolelle, vaikka pienikin järjestely voisi riittää.",
                ),
            ],
        ),
        (
            "scenario",
            "Miten toimit?",
            "<p>Joukkueen uusi pelaaja tulee harjoituksiin joka kerta 15–20 minuuttia myöhässä. Muut pelaajat alkavat kommentoida asiaa.</p>",
            [
                (
                    "Juttelet pelaajan kanssa kahden kesken ja kysyt, mikä myöhästymisen aiheuttaa.",
                    100,
                    "Syy voi olla bussiaikataulu, sisarusten hoito tai se, ettei aloitusajan merkitystä ole kerrottu. Kun syy selviää, ratkaisukin löytyy – ja pelaaja tuntee tulleensa kuulluksi.",
                ),
                (
                    "Kerrot koko joukkueelle, että harjoitukset alkavat tasan kuudelta.",
                    50,
                    "Selkeä yhteinen sääntö on hyvä, mutta se ei kerro, miksi juuri tämä pelaaja myöhästyy. Yksilöllinen keskustelu kannattaa silti käydä.",
                ),
                (
                    "Päättelet, että kulttuurissa ei ole tapana olla ajoissa, ja annat asian olla.",
                    0,
                    "Oletus kulttuurista on stereotypia. Se jättää todellisen syyn selvittämättä ja voi eristää pelaajan joukkueesta.",
                ),
            ],
        ),
        (
            "scenario",
            "Mitä teet valmentajana?",
            "<p>Pukuhuoneessa yksi pelaaja matkii uuden joukkuetoverin aksenttia. Muutama nauraa, uusi pelaaja hiljenee.</p>",
            [
                (
                    "Puutut heti rauhallisesti: sanot, ettei joukkueessa pilkata kenenkään puhetapaa, ja juttelet myöhemmin kummankin kanssa.",
                    100,
                    "Nopea ja rauhallinen puuttuminen näyttää koko joukkueelle, mikä on hyväksyttävää. Jälkikeskustelu antaa pilkatulle tukea ja matkijalle mahdollisuuden ymmärtää.",
                ),
                (
                    "Odotat harjoitusten jälkeen ja kysyt uudelta pelaajalta, loukkasiko vitsi häntä.",
                    50,
                    "Välittäminen on hyvä asia, mutta vastuu jää loukatulle. Muu joukkue ei näe, että tilanteeseen puututtiin.",
                ),
                (
                    "Et puutu: se oli vain vitsi, ja pojat ovat poikia.",
                    0,
                    "Vähättely kertoo kaikille, että pilkka on sallittua. Kielen ja aksentin pilkka on yleinen syy jättää harrastus.",
                ),
            ],
        ),
        (
            "scenario",
            "Miten toimit tapahtuman järjestäjänä?",
            "<p>Seuran kauden päätösjuhlaan on tilattu vain makkaraa ja pullaa. Osa perheistä ei syö sianlihaa, ja yksi vanhempi kysyy, onko muuta tarjolla.</p>",
            [
                (
                    "Kiität kysymyksestä, etsit tälle kerralle vaihtoehdon ja sovit, että tarjoilusta kysytään jatkossa ilmoittautumisen yhteydessä.",
                    100,
                    "Ruokavalioista kysyminen on pieni muutos, joka kertoo, että kaikki on otettu huomioon. Sama käytäntö auttaa myös allergisia ja kasvissyöjiä.",
                ),
                (
                    "Pahoittelet ja lupaat, että ensi kerralla asia huomioidaan.",
                    50,
                    "Pahoittelu on kohtelias, mutta tänään osa perheistä jää ilman tarjoilua. Usein pieni vaihtoehto löytyy heti.",
                ),
                (
                    "Sanot, että makkara on suomalainen perinne, ja jokainen voi tuoda omat eväänsä.",
                    0,
                    "Perinteen korostaminen tässä tilanteessa kertoo, etteivät kaikki kuulu joukkoon. Juhla on koko seuran yhteinen.",
                ),
            ],
        ),
        (
            "scenario",
            "Miten varmistat, että ohje ymmärrettiin?",
            "<p>Kerrot uudelle perheelle kevään leirin käytännöistä. Vanhempi nyökkää ja sanoo ”joo” jokaiseen asiaan, mutta et ole varma, ymmärsikö hän.</p>",
            [
                (
                    "Pyydät häntä kertomaan omin sanoin, milloin ja minne lapsi tuodaan, ja annat tiedot myös kirjallisena selkokielellä tai kuvin.",
                    100,
                    "Nyökkäys voi tarkoittaa kohteliaisuutta, ei ymmärtämistä. Omin sanoin kertominen ja kirjallinen muistilappu varmistavat asian kunnioittavasti.",
                ),
                (
                    "Kysyt: ”Ymmärsitkö?”",
                    50,
                    "Kysymykseen vastataan usein ”kyllä”, vaikka ymmärrys olisi vajaata. Avoin kysymys toimii paremmin.",
                ),
                (
                    "Puhut kovempaa ja toistat saman asian.",
                    0,
                    "Äänen voimakkuus ei auta ymmärtämään, ja se voi tuntua nolaavalta. Käytä lyhyitä lauseita, kuvia ja tarkistavia kysymyksiä.",
                ),
            ],
        ),
        (
            "scenario",
            "Mitä teet?",
            "<p>Vanhempainillassa maahan muuttanut äiti kertoo odottavansa, että valmentaja päättää kaikesta ja kertoo, jos lapsi ei käyttäydy. Hän ei ole tottunut siihen, että vanhempia pyydetään talkoisiin.</p>",
            [
                (
                    "Kerrot, miten seurassa toimitaan ja miksi vanhempien apua tarvitaan, ja kysyt, millainen osallistuminen hänelle sopisi.",
                    100,
                    "Yhdistystoiminta on monelle uusi asia. Kun selität, miksi talkoita tehdään, ja tarjoat eri tapoja osallistua, vanhempi pääsee mukaan omilla ehdoillaan.",
                ),
                (
                    "Lisäät hänet talkoolistalle samalla tavalla kuin muutkin.",
                    50,
                    "Tasapuolista, mutta ilman selitystä lista voi tuntua oudolta vaatimukselta. Moni jää silloin pois.",
                ),
                (
                    "Päättelet, ettei perhe ole kiinnostunut seuran toiminnasta.",
                    0,
                    "Erilaiset odotukset eivät kerro kiinnostuksen puutteesta. Oletus voi sulkea perheen ulos.",
                ),
            ],
        ),
    ],
}

SITUATIONS_EN = {
    "title": "What would you do? Everyday situations in a club",
    "intro": "Six situations from clubs and family cafés. Choose the response closest to what you would do. The feedback explains the perspectives involved in each response.",
    "questions": [
        (
            "scenario",
            "What do you do?",
            "<p>Two new girls have joined the swimming club's children's group. Their father says the girls cannot take part because the session is shared by boys and girls.</p>",
            [
                (
                    "You ask the father what arrangement would suit the family and tell him what the club can arrange.",
                    100,
                    "Asking opens a conversation: the family may have a solution that is easy to arrange (a swimsuit, a separate changing room, a girls' session). The child's hobby is a shared goal.",
                ),
                (
                    "You immediately offer a separate session for girls, although the club has no resources for it.",
                    50,
                    "The good will shows, but a promise you cannot keep weakens trust. First find out what the family wishes and what the club can do.",
                ),
                (
                    "You say the rules are the same for everyone: the girls either come to the shared session or not at all.",
                    0,
                    "Fairness does not mean offering everyone exactly the same. A rigid answer shuts the girls out of the hobby, even though a small arrangement might be enough.",
                ),
            ],
        ),
        (
            "scenario",
            "How do you act?",
            "<p>A new player comes to every practice 15–20 minutes late. The other players start to comment on it.</p>",
            [
                (
                    "You talk with the player privately and ask what makes them late.",
                    100,
                    "The reason may be a bus timetable, looking after siblings, or nobody having explained why the starting time matters. Once you know the reason, a solution follows, and the player feels heard.",
                ),
                (
                    "You tell the whole team that practice starts at six sharp.",
                    50,
                    "A clear shared rule is good, but it does not tell you why this player is late. A one-to-one talk is still worth having.",
                ),
                (
                    "You conclude that being on time is not part of their culture, and let it be.",
                    0,
                    "An assumption about culture is a stereotype. It leaves the real reason unknown and can isolate the player from the team.",
                ),
            ],
        ),
        (
            "scenario",
            "What do you do as the coach?",
            "<p>In the changing room one player imitates a new team-mate's accent. A few laugh; the new player goes quiet.</p>",
            [
                (
                    "You step in calmly at once: nobody's way of speaking is mocked in this team, and later you talk with both players.",
                    100,
                    "Stepping in quickly and calmly shows the whole team what is acceptable. The talk afterwards supports the one who was mocked and helps the other understand.",
                ),
                (
                    "You wait until after practice and ask the new player whether the joke hurt them.",
                    50,
                    "Caring is good, but the responsibility stays with the person who was hurt. The rest of the team does not see anyone step in.",
                ),
                (
                    "You do not step in: it was only a joke, and boys will be boys.",
                    0,
                    "Playing it down tells everyone that mockery is allowed. Being mocked for language or accent is a common reason to quit a hobby.",
                ),
            ],
        ),
        (
            "scenario",
            "How do you act as the event organiser?",
            "<p>Only sausages and buns have been ordered for the club's end-of-season party. Some families do not eat pork, and one parent asks whether there is anything else.</p>",
            [
                (
                    "You thank them for asking, find an alternative for today and agree that food preferences are asked at registration from now on.",
                    100,
                    "Asking about diets is a small change that shows everyone has been thought of. The same practice helps people with allergies and vegetarians too.",
                ),
                (
                    "You apologise and promise it will be taken into account next time.",
                    50,
                    "The apology is polite, but today some families go without. Often a small alternative can be found at once.",
                ),
                (
                    "You say sausages are a Finnish tradition and anyone can bring their own food.",
                    0,
                    "Stressing tradition in this situation tells people they do not belong. The party is for the whole club.",
                ),
            ],
        ),
        (
            "scenario",
            "How do you make sure the instructions were understood?",
            "<p>You explain the spring camp arrangements to a new family. The parent nods and says “yes” to everything, but you are not sure they understood.</p>",
            [
                (
                    "You ask them to tell you in their own words when and where to bring the child, and give the details in writing in plain language or with pictures.",
                    100,
                    "A nod can mean politeness, not understanding. Retelling in one's own words and a written note check understanding respectfully.",
                ),
                (
                    "You ask: “Did you understand?”",
                    50,
                    "People often answer “yes” even when they understood only part. An open question works better.",
                ),
                (
                    "You speak louder and repeat the same thing.",
                    0,
                    "Volume does not help understanding and can feel embarrassing. Use short sentences, pictures and checking questions.",
                ),
            ],
        ),
        (
            "scenario",
            "What do you do?",
            "<p>At a parents' evening a mother who has moved to Finland says she expects the coach to decide everything and to tell her if the child misbehaves. She is not used to parents being asked to volunteer.</p>",
            [
                (
                    "You explain how the club works and why parents' help is needed, and ask what kind of involvement would suit her.",
                    100,
                    "Associations are new to many people. When you explain why volunteering matters and offer different ways to take part, the parent can join on her own terms.",
                ),
                (
                    "You add her to the volunteer list like everyone else.",
                    50,
                    "Fair, but without an explanation the list can feel like a strange demand. Many then stay away.",
                ),
                (
                    "You conclude that the family is not interested in the club.",
                    0,
                    "Different expectations do not mean a lack of interest. The assumption can shut the family out.",
                ),
            ],
        ),
    ],
}

_STATEMENTS_FI = [
    "Tunnistan omia ennakko-oletuksiani, kun kohtaan uuden ihmisen.",
    "Osaan varmistaa, että minua on ymmärretty, kun yhteistä kieltä on vähän.",
    "Osaan puuttua, kun joku pilkkaa toisen taustaa tai kieltä.",
    "Osaan kysyä perheeltä, mikä järjestely heille sopisi.",
]
_STATEMENTS_EN = [
    "I recognise my own assumptions when I meet someone new.",
    "I can check that I have been understood when we share little language.",
    "I can step in when someone mocks another person's background or language.",
    "I can ask a family what arrangement would suit them.",
]
PAIR_KEY = "kulttuurien-kohtaaminen-itsearvio"

BEFORE_FI = {
    "title": "Itsearvio kurssin alussa",
    "intro": "Arvioi, miten hyvin osaat nämä asiat nyt. Arviota ei pisteytetä: vertaat sitä kurssin lopussa tekemääsi arvioon.",
    "questions": [("likert", "Miten hyvin nämä väitteet kuvaavat sinua nyt?", _STATEMENTS_FI, PAIR_KEY, "before")],
}
BEFORE_EN = {
    "title": "Self-assessment at the start of the course",
    "intro": "Assess how well you can do these things now. It is not scored: you compare it with your assessment at the end of the course.",
    "questions": [("likert", "How well do these statements describe you now?", _STATEMENTS_EN, PAIR_KEY, "before")],
}
AFTER_FI = {
    "title": "Itsearvio kurssin lopussa",
    "intro": "Arvioi samat asiat uudelleen. Tuloksessa näet alussa antamasi arvion rinnalla.",
    "questions": [("likert", "Miten hyvin nämä väitteet kuvaavat sinua nyt?", _STATEMENTS_FI, PAIR_KEY, "after")],
}
AFTER_EN = {
    "title": "Self-assessment at the end of the course",
    "intro": "Assess the same things again. The result shows your assessment from the start alongside.",
    "questions": [("likert", "How well do these statements describe you now?", _STATEMENTS_EN, PAIR_KEY, "after")],
}
