"""Demo texts for the home and content pages, per UI language.

Plain data, kept apart from the seeding logic so that trainers' wording can
be checked in one place.
"""

HOME = {
    "fi": {
        "title": "Kohtaamo",
        "intro": (
            "Kohtaamo on yhdistysten etäkoulutuspaikka. Urheiluseurat, 4H-kerhot, perhekahvilat "
            "ja kulttuuriyhdistykset oppivat täällä toivottamaan maahan muuttaneet tervetulleiksi "
            "harrastuksiin – omassa tahdissa puhelimella tai tietokoneella ja yhteisissä "
            "verkkokoulutuksissa."
        ),
        "body": (
            "<h2>Näin Kohtaamo toimii</h2>"
            "<ul><li><b>Kurssit</b>: kulttuurien kohtaaminen, digitaaliset työkalut ja uusien "
            "jäsenten toivottaminen tervetulleiksi.</li>"
            "<li><b>Live-koulutukset</b>: kouluttajan vetämät etätilaisuudet Teamsissa, Zoomissa tai Jitsissä.</li>"
            "<li><b>Osaamismerkit</b>: suoritetuista kursseista ja yhdistyksen valmiudesta saa "
            "todennettavan Open Badges -merkin.</li></ul>"
            "<p>Yhdistyksesi yhteyshenkilö seuraa jäsenten edistymistä, ja alueen koordinaattori "
            "tukee yhdistyksiä koko maakunnassa.</p>"
        ),
    },
    "sv": {
        "title": "Kohtaamo",
        "intro": (
            "Kohtaamo är en plats för distansutbildning för föreningar. Idrottsföreningar, "
            "4H-klubbar, familjecaféer och kulturföreningar lär sig här att välkomna invandrare "
            "till sina fritidsaktiviteter – i egen takt på telefon eller dator och i gemensamma "
            "utbildningar på nätet."
        ),
        "body": (
            "<h2>Så fungerar Kohtaamo</h2>"
            "<ul><li><b>Kurser</b>: interkulturella möten, digitala verktyg och att välkomna nya medlemmar.</li>"
            "<li><b>Liveutbildningar</b>: distanstillfällen som leds av en utbildare i Teams, Zoom eller Jitsi.</li>"
            "<li><b>Kompetensmärken</b>: för slutförda kurser och för föreningens beredskap får man "
            "ett verifierbart Open Badges-märke.</li></ul>"
            "<p>Föreningens kontaktperson följer medlemmarnas framsteg, och regionens koordinator "
            "stöder föreningarna i hela landskapet.</p>"
        ),
    },
    "en": {
        "title": "Kohtaamo",
        "intro": (
            "Kohtaamo is a remote-training platform for associations. Sports clubs, 4H clubs, "
            "family cafés and culture societies learn here how to welcome newcomers into their "
            "hobby activities – at their own pace on a phone or laptop, and together in live "
            "online trainings."
        ),
        "body": (
            "<h2>How Kohtaamo works</h2>"
            "<ul><li><b>Courses</b>: intercultural encounters, digital tools, and welcoming newcomers "
            "into your association.</li>"
            "<li><b>Live trainings</b>: remote sessions led by a trainer on Teams, Zoom or Jitsi.</li>"
            "<li><b>Badges</b>: completed courses and your association's readiness earn verifiable "
            "Open Badges.</li></ul>"
            "<p>Your association's contact person follows members' progress, and the regional "
            "coordinator supports associations across the region.</p>"
        ),
    },
    "ar": {
        "title": "كوهتامو",
        "intro": (
            "كوهتامو منصة للتدريب عن بُعد للجمعيات. تتعلم فيها الأندية الرياضية ونوادي 4H "
            "ومقاهي العائلات والجمعيات الثقافية كيف ترحّب بالقادمين الجدد في أنشطتها – "
            "بالسرعة التي تناسبك على الهاتف أو الحاسوب، ومعًا في تدريبات مباشرة عبر الإنترنت."
        ),
        "body": (
            "<h2>كيف يعمل كوهتامو</h2>"
            "<ul><li><b>الدورات</b>: اللقاءات بين الثقافات، والأدوات الرقمية، والترحيب بالأعضاء الجدد.</li>"
            "<li><b>التدريبات المباشرة</b>: جلسات عن بُعد يقودها مدرّب عبر Teams أو Zoom أو Jitsi.</li>"
            "<li><b>الشارات</b>: تحصل على شارة Open Badges قابلة للتحقق عند إتمام الدورات.</li></ul>"
            "<p>يتابع الشخص المسؤول عن التواصل في جمعيتك تقدّم الأعضاء، ويدعم المنسّق الإقليمي "
            "الجمعيات في المنطقة كلها.</p>"
        ),
    },
}

CONTENT_PAGES = {
    "tietoa": {
        "fi": {
            "title": "Tietoa Kohtaamosta",
            "lead": "Kohtaamo syntyi kainuulaisesta hankkeesta, jossa 78 yhdistystä oppi toivottamaan maahan muuttaneet tervetulleiksi harrastuksiin.",
            "body": "<p>Vähintään puolet koulutuksesta järjestettiin etänä. Kohtaamo tuo saman mallin kaikille yhdistyksille: kurssit, live-koulutukset, seurannan yhdistyksittäin ja todennettavat osaamismerkit.</p>",
        },
        "sv": {
            "title": "Om Kohtaamo",
            "lead": "Kohtaamo växte fram ur ett projekt i Kajanaland där 78 föreningar lärde sig att välkomna invandrare till fritidsaktiviteter.",
            "body": "<p>Minst hälften av utbildningen ordnades på distans. Kohtaamo ger samma modell till alla föreningar: kurser, liveutbildningar, uppföljning per förening och verifierbara kompetensmärken.</p>",
        },
        "en": {
            "title": "About Kohtaamo",
            "lead": "Kohtaamo grew out of a project in Kainuu, Finland, in which 78 associations learnt to welcome immigrants into their hobby activities.",
            "body": "<p>At least half of the training was delivered remotely. Kohtaamo brings the same model to every association: courses, live trainings, progress followed per association, and verifiable badges.</p>",
        },
        "ar": {
            "title": "عن كوهتامو",
            "lead": "نشأ كوهتامو من مشروع في منطقة كاينو بفنلندا تعلّمت فيه 78 جمعية كيف ترحّب بالمهاجرين في أنشطتها.",
            "body": "<p>قُدّم نصف التدريب على الأقل عن بُعد. يقدّم كوهتامو النموذج نفسه لكل الجمعيات: دورات وتدريبات مباشرة ومتابعة لكل جمعية وشارات قابلة للتحقق.</p>",
        },
    },
    "tietosuoja": {
        "fi": {
            "title": "Tietosuojaseloste",
            "lead": "Keräämme vain sen, mitä koulutus ja rahoittajan raportointi vaativat.",
            "body": "<p>Tallennamme nimesi, sähköpostiosoitteesi, yhdistysjäsenyytesi ja kurssiedistymisesi. Rahoittajan kysymät taustatiedot ovat vapaaehtoisia. Voit ladata kaikki tietosi ja poistaa tilisi profiilisivulta.</p>",
        },
        "sv": {
            "title": "Dataskyddsbeskrivning",
            "lead": "Vi samlar bara in det som utbildningen och finansiärens rapportering kräver.",
            "body": "<p>Vi sparar ditt namn, din e-postadress, ditt föreningsmedlemskap och dina kursframsteg. Bakgrundsuppgifter som finansiären frågar efter är frivilliga. Du kan ladda ner alla dina uppgifter och radera ditt konto på profilsidan.</p>",
        },
        "en": {
            "title": "Privacy notice",
            "lead": "We collect only what the training and the funder's reporting require.",
            "body": "<p>We store your name, e-mail address, association memberships and course progress. The background facts the funder asks about are optional. You can download all your data and delete your account from your profile page.</p>",
        },
        "ar": {
            "title": "إشعار الخصوصية",
            "lead": "نجمع فقط ما يحتاجه التدريب وتقارير الجهة المموِّلة.",
            "body": "<p>نحفظ اسمك وبريدك الإلكتروني وعضويتك في الجمعيات وتقدّمك في الدورات. المعلومات الخلفية التي تطلبها الجهة المموِّلة اختيارية. يمكنك تنزيل كل بياناتك وحذف حسابك من صفحة ملفك الشخصي.</p>",
        },
    },
    "saavutettavuus": {
        "fi": {
            "title": "Saavutettavuusseloste",
            "lead": "Kohtaamo on tehty WCAG 2.1 AA -tason mukaiseksi.",
            "body": "<p>Sivustoa voi käyttää näppäimistöllä ja ruudunlukijalla, ja se toimii myös oikealta vasemmalle kirjoitettavilla kielillä. Jos huomaat puutteen, kerro siitä meille.</p>",
        },
        "sv": {
            "title": "Tillgänglighetsutlåtande",
            "lead": "Kohtaamo är byggt för att uppfylla WCAG 2.1 nivå AA.",
            "body": "<p>Webbplatsen kan användas med tangentbord och skärmläsare och fungerar även på språk som skrivs från höger till vänster. Om du hittar en brist, berätta för oss.</p>",
        },
        "en": {
            "title": "Accessibility statement",
            "lead": "Kohtaamo is built to meet WCAG 2.1 level AA.",
            "body": "<p>The site works with a keyboard and a screen reader, and in right-to-left languages. If you find a barrier, please tell us.</p>",
        },
        "ar": {
            "title": "بيان إمكانية الوصول",
            "lead": "صُمّم كوهتامو ليستوفي معيار WCAG 2.1 بالمستوى AA.",
            "body": "<p>يمكن استخدام الموقع بلوحة المفاتيح وقارئ الشاشة، وهو يعمل باللغات التي تُكتب من اليمين إلى اليسار. إذا وجدت عائقًا، أخبرنا من فضلك.</p>",
        },
    },
}
