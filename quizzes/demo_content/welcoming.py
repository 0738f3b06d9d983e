"""Demo quiz of the welcoming course (Finnish, English and Arabic)."""

QUIZ_FI = {
    "title": "Esteet ja keinot: mitä tekisit?",
    "intro": "Viisi tilannetta, joissa uuden jäsenen osallistuminen on vaakalaudalla. Valitse vastaus, joka on lähinnä sitä, mitä itse tekisit.",
    "questions": [
        (
            "scenario",
            "Miten toimit?",
            "<p>Hiihtoseuran harjoituksiin haluaisi kolme saman perheen lasta. Äiti kertoo, ettei perheellä ole varaa suksiin eikä kauden maksuihin.</p>",
            [
                (
                    "Kerrot seuran lainavälineistä ja maksutuesta ja autat hakemaan tukea – lapset voivat aloittaa heti.",
                    100,
                    "Välineet ja maksut ovat yleisimpiä esteitä. Kun matalan kynnyksen keinot on mietitty valmiiksi, niistä on helppo kertoa, eikä perheen tarvitse pyytää erikseen.",
                ),
                (
                    "Ehdotat, että yksi lapsista aloittaa nyt ja muut myöhemmin.",
                    50,
                    "Se on parempi kuin ei mitään, mutta sisarukset asetetaan eri asemaan. Selvitä ensin, mitä tukea seuralla on.",
                ),
                (
                    "Kerrot, että harrastus maksaa kaikille saman verran.",
                    0,
                    "Samat maksut kaikille voivat sulkea pienituloiset perheet kokonaan pois. Moni seura ratkaisee tämän lainavälineillä ja maksutuella.",
                ),
            ],
        ),
        (
            "scenario",
            "Mitä teet?",
            "<p>Nuori tuli kerran futsal-vuorolle, mutta ei palannut. Hän ei tuntenut ketään, ja harjoitukset olivat täynnä omia sisäpiirin juttuja.</p>",
            [
                (
                    "Otat yhteyttä, kysyt kuulumisia ja kutsut uudestaan – tällä kertaa sovit kaverin, joka ottaa hänet vastaan ja esittelee muille.",
                    100,
                    "Ensimmäiset kerrat ratkaisevat. Kaveri ensimmäisille kerroille on yksi tehokkaimmista keinoista saada uusi tulija jäämään.",
                ),
                (
                    "Ajattelet, että hän tulee kyllä, jos laji kiinnostaa.",
                    50,
                    "Kiinnostus ei yksin riitä, jos ei tunne ketään. Pieni yhteydenotto viestii, että häntä kaivataan.",
                ),
                (
                    "Päätät, ettei kannata panostaa niihin, jotka eivät sitoudu heti.",
                    0,
                    "Sitoutuminen syntyy kuulumisen tunteesta. Ensimmäisen kerran jälkeen pois jääminen kertoo usein seuran käytännöistä, ei nuoresta.",
                ),
            ],
        ),
        (
            "scenario",
            "Miten vastaat?",
            "<p>Hallituksen kokouksessa yksi jäsen sanoo: ”Ei meidän tarvitse muuttaa mitään. Uusien pitää sopeutua meidän tapoihimme.”</p>",
            [
                (
                    "Kysyt, mitä tavoista hän pitää tärkeänä, ja ehdotat, että katsotte yhdessä, mitkä käytännöt vaikeuttavat aloittamista turhaan.",
                    100,
                    "Avoin kysymys vie keskustelua eteenpäin ilman vastakkainasettelua. Usein esteet ovat pieniä asioita, joita kukaan ei ole huomannut.",
                ),
                (
                    "Sanot, että laki kieltää syrjinnän, ja siirryt seuraavaan asiaan.",
                    50,
                    "Totta, mutta keskustelu jää kesken eikä kukaan muuta ajatteluaan. Yhteinen pohdinta vie pidemmälle.",
                ),
                (
                    "Olet samaa mieltä, jotta kokous sujuu.",
                    0,
                    "Hiljaisuus vahvistaa ajatusta, ettei mitään tarvitse tehdä. Avoimuus vaatii, että asiasta puhutaan.",
                ),
            ],
        ),
        (
            "scenario",
            "Miten tiedotat?",
            "<p>Uusi perhe ei tiennyt, että ensimmäinen harjoituskerta on ilmainen ja että varusteita voi lainata. Tiedot olivat vain seuran suomenkielisillä verkkosivuilla.</p>",
            [
                (
                    "Teet lyhyen tiedotteen selkokielellä ja tärkeimmillä kielillä ja viet sen sinne, missä perheet ovat: kotoutumiskoulutukseen, kirjastoon ja perhekahvilaan.",
                    100,
                    "Tieto tavoittaa, kun se on ymmärrettävää ja siellä, missä ihmiset liikkuvat. Yhteistyökumppanit auttavat levittämään sitä.",
                ),
                (
                    "Lisäät verkkosivuille maininnan, että kysyä voi myös englanniksi.",
                    50,
                    "Pieni parannus, mutta tieto jää edelleen niiden ulottumattomiin, jotka eivät löydä sivuille.",
                ),
                (
                    "Ajattelet, että tieto on jo saatavilla, jos sitä etsii.",
                    0,
                    "Se, ettei tietoa löydetä, on osallistumisen este. Vastuu tavoittamisesta on seuralla.",
                ),
            ],
        ),
        (
            "scenario",
            "Kenet pyydät kaveriksi?",
            "<p>Seuraan on tulossa uusi 12-vuotias tyttö, joka puhuu vähän suomea. Haluat järjestää hänelle kaverin ensimmäisille kerroille.</p>",
            [
                (
                    "Kysyt suunnilleen samanikäiseltä, luotettavalta harrastajalta, haluaisiko hän ryhtyä kaveriksi, ja kerrot, mitä tehtävään kuuluu.",
                    100,
                    "Vapaaehtoinen, ikätasoltaan sopiva kaveri, jolle tehtävä on selitetty, on paras tuki. Kaverin ei tarvitse osata samaa kieltä – ystävällisyys riittää pitkälle.",
                ),
                (
                    "Valitset harrastajan, joka puhuu samaa äidinkieltä, vaikka hän on paljon vanhempi ja kiireinen.",
                    50,
                    "Yhteinen kieli auttaa, mutta kiireinen ja eri-ikäinen kaveri ei välttämättä ehdi tukea. Kieltä tärkeämpää on halu ja aika.",
                ),
                (
                    "Et järjestä kaveria: hän oppii parhaiten pärjäämään itse.",
                    0,
                    "Yksin jääminen on yleisin syy lopettaa. Kaveri ei estä oppimasta vaan tekee alusta turvallisen.",
                ),
            ],
        ),
    ],
}

QUIZ_EN = {
    "title": "Barriers and measures: what would you do?",
    "intro": "Five situations where a new member's participation hangs in the balance. Choose the response closest to what you would do.",
    "questions": [
        (
            "scenario",
            "How do you act?",
            "<p>Three children from the same family would like to join the ski club's practice. Their mother says the family cannot afford skis or the season fees.</p>",
            [
                (
                    "You tell her about the club's loan equipment and fee support and help her apply: the children can start at once.",
                    100,
                    "Equipment and fees are the most common barriers. When low-threshold measures are ready, they are easy to mention and the family does not have to ask.",
                ),
                (
                    "You suggest that one child starts now and the others later.",
                    50,
                    "Better than nothing, but the siblings are treated differently. First find out what support the club has.",
                ),
                (
                    "You say the hobby costs the same for everyone.",
                    0,
                    "Equal fees can shut low-income families out entirely. Many clubs solve this with loan equipment and fee support.",
                ),
            ],
        ),
        (
            "scenario",
            "What do you do?",
            "<p>A young person came to a futsal session once but did not come back. They knew nobody, and the practice was full of insiders' jokes.</p>",
            [
                (
                    "You get in touch, ask how they are and invite them again; this time you arrange a buddy who welcomes them and introduces them to the others.",
                    100,
                    "The first visits are decisive. A buddy for the first visits is one of the most effective ways to help a newcomer stay.",
                ),
                (
                    "You think they will come if they are interested in the sport.",
                    50,
                    "Interest alone is not enough if you know nobody. A small contact says they are missed.",
                ),
                (
                    "You decide it is not worth investing in people who do not commit at once.",
                    0,
                    "Commitment grows from belonging. Dropping out after the first visit often says more about the club's ways than about the young person.",
                ),
            ],
        ),
        (
            "scenario",
            "How do you respond?",
            "<p>At a board meeting one member says: “We don't need to change anything. Newcomers have to adapt to our ways.”</p>",
            [
                (
                    "You ask which of the club's ways they consider important and suggest looking together at which practices make starting needlessly hard.",
                    100,
                    "An open question moves the discussion forward without confrontation. The barriers are often small things nobody has noticed.",
                ),
                (
                    "You say the law forbids discrimination and move on to the next item.",
                    50,
                    "True, but the discussion stops and nobody changes their thinking. Reflecting together goes further.",
                ),
                (
                    "You agree so that the meeting runs smoothly.",
                    0,
                    "Silence reinforces the idea that nothing needs doing. Openness needs to be talked about.",
                ),
            ],
        ),
        (
            "scenario",
            "How do you get the information out?",
            "<p>A new family did not know that the first practice is free and that equipment can be borrowed. The information was only on the club's Finnish website.</p>",
            [
                (
                    "You write a short notice in plain language and the main languages and take it where families are: integration training, the library and the family café.",
                    100,
                    "Information reaches people when it is understandable and where they are. Partners help to spread it.",
                ),
                (
                    "You add a note to the website that questions can also be asked in English.",
                    50,
                    "A small improvement, but the information still does not reach those who never find the site.",
                ),
                (
                    "You think the information is available to anyone who looks for it.",
                    0,
                    "Not finding the information is a barrier to taking part. Reaching people is the club's responsibility.",
                ),
            ],
        ),
        (
            "scenario",
            "Whom do you ask to be the buddy?",
            "<p>A new 12-year-old girl who speaks little Finnish is joining the club. You want to arrange a buddy for her first visits.</p>",
            [
                (
                    "You ask a reliable member of about the same age whether they would like to be the buddy, and explain what it involves.",
                    100,
                    "A willing buddy of a suitable age who knows what the task is gives the best support. The buddy need not speak the same language: kindness goes a long way.",
                ),
                (
                    "You choose a member who speaks the same first language, although they are much older and busy.",
                    50,
                    "A shared language helps, but a busy buddy of a different age may not have time to support her. Willingness and time matter more than language.",
                ),
                (
                    "You arrange no buddy: she learns best by managing on her own.",
                    0,
                    "Being left alone is the most common reason to quit. A buddy does not stop her learning; it makes the start safe.",
                ),
            ],
        ),
    ],
}

QUIZ_AR = {
    "title": "العوائق والحلول: ماذا كنت ستفعل؟",
    "intro": "خمسة مواقف تكون فيها مشاركة عضو جديد على المحك. اختر الإجابة الأقرب إلى ما كنت ستفعله أنت.",
    "questions": [
        (
            "scenario",
            "كيف تتصرف؟",
            "<p>يرغب ثلاثة أطفال من عائلة واحدة في الانضمام إلى تدريبات نادي التزلج. تقول الأم إن العائلة لا تستطيع شراء الزلاجات ولا دفع رسوم الموسم.</p>",
            [
                (
                    "تخبرها بمعدات النادي المتاحة للإعارة وبدعم الرسوم، وتساعدها في تقديم الطلب: يمكن للأطفال البدء فوراً.",
                    100,
                    "المعدات والرسوم من أكثر العوائق شيوعاً. عندما تكون الإجراءات الميسّرة جاهزة يسهل ذكرها، ولا تضطر العائلة إلى طلبها.",
                ),
                (
                    "تقترح أن يبدأ طفل واحد الآن والآخران لاحقاً.",
                    50,
                    "هذا أفضل من لا شيء، لكنه يعامل الإخوة بشكل مختلف. اعرف أولاً ما الدعم المتاح في النادي.",
                ),
                (
                    "تقول إن النشاط يكلّف الجميع المبلغ نفسه.",
                    0,
                    "الرسوم الموحّدة قد تُقصي العائلات ذات الدخل المحدود تماماً. كثير من الأندية تحلّ ذلك بإعارة المعدات ودعم الرسوم.",
                ),
            ],
        ),
        (
            "scenario",
            "ماذا تفعل؟",
            "<p>جاء شاب إلى حصة كرة الصالات مرة واحدة ولم يعد. لم يكن يعرف أحداً، وكانت التدريبات مليئة بالنكات الخاصة بالمجموعة.</p>",
            [
                (
                    "تتواصل معه وتسأل عن أحواله وتدعوه مجدداً، وهذه المرة ترتّب رفيقاً يستقبله ويعرّفه بالآخرين.",
                    100,
                    "الزيارات الأولى حاسمة. الرفيق في المرات الأولى من أنجع الطرق لمساعدة القادم الجديد على البقاء.",
                ),
                (
                    "تعتقد أنه سيأتي إن كانت الرياضة تهمّه.",
                    50,
                    "الاهتمام وحده لا يكفي إن لم تكن تعرف أحداً. تواصل بسيط يقول له إننا نفتقده.",
                ),
                (
                    "تقرّر أنه لا يستحق الجهد من لا يلتزم فوراً.",
                    0,
                    "الالتزام ينمو من الشعور بالانتماء. الانقطاع بعد الزيارة الأولى يقول عن عادات النادي أكثر مما يقول عن الشاب.",
                ),
            ],
        ),
        (
            "scenario",
            "كيف تردّ؟",
            "<p>في اجتماع مجلس الإدارة يقول أحد الأعضاء: «لا نحتاج إلى تغيير شيء. على الجدد أن يتكيّفوا مع عاداتنا.»</p>",
            [
                (
                    "تسأله أيّ عادات النادي يراها مهمة، وتقترح أن تنظروا معاً في الممارسات التي تجعل البداية صعبة بلا داعٍ.",
                    100,
                    "السؤال المفتوح يدفع النقاش إلى الأمام دون مواجهة. العوائق غالباً أمور صغيرة لم ينتبه إليها أحد.",
                ),
                (
                    "تقول إن القانون يمنع التمييز وتنتقل إلى البند التالي.",
                    50,
                    "هذا صحيح، لكن النقاش يتوقف ولا يغيّر أحد طريقة تفكيره. التفكير المشترك يذهب أبعد.",
                ),
                (
                    "توافقه الرأي كي يسير الاجتماع بسلاسة.",
                    0,
                    "الصمت يعزّز فكرة أنه لا حاجة إلى فعل شيء. الانفتاح يحتاج إلى أن نتحدث عنه.",
                ),
            ],
        ),
        (
            "scenario",
            "كيف توصل المعلومات؟",
            "<p>لم تكن عائلة جديدة تعرف أن التدريب الأول مجاني وأن المعدات يمكن استعارتها. كانت المعلومات على موقع النادي باللغة الفنلندية فقط.</p>",
            [
                (
                    "تكتب إعلاناً قصيراً بلغة مبسّطة وباللغات الرئيسية، وتوصله إلى حيث توجد العائلات: دورات الاندماج والمكتبة والمقهى العائلي.",
                    100,
                    "تصل المعلومات عندما تكون مفهومة وفي الأماكن التي يرتادها الناس. الشركاء يساعدون في نشرها.",
                ),
                (
                    "تضيف إلى الموقع ملاحظة بأنه يمكن طرح الأسئلة بالإنجليزية أيضاً.",
                    50,
                    "تحسين صغير، لكن المعلومات لا تزال بعيدة عمّن لا يصل إلى الموقع أصلاً.",
                ),
                (
                    "تعتقد أن المعلومات متاحة لمن يبحث عنها.",
                    0,
                    "عدم العثور على المعلومات عائق أمام المشاركة. مسؤولية الوصول إلى الناس تقع على النادي.",
                ),
            ],
        ),
        (
            "scenario",
            "من تطلب منه أن يكون الرفيق؟",
            "<p>ستنضم إلى النادي فتاة جديدة عمرها 12 عاماً تتكلم قليلاً من الفنلندية. تريد أن ترتّب لها رفيقاً في زياراتها الأولى.</p>",
            [
                (
                    "تسأل عضواً موثوقاً في عمرها تقريباً إن كان يرغب في أن يكون رفيقها، وتشرح له ما تتضمنه المهمة.",
                    100,
                    "الرفيق الراغب والمناسب عمراً والذي يعرف مهمته يقدّم أفضل دعم. لا يلزم أن يتكلم اللغة نفسها: اللطف يصنع الكثير.",
                ),
                (
                    "تختار عضواً يتكلم لغتها الأم نفسها، مع أنه أكبر منها بكثير ومشغول.",
                    50,
                    "اللغة المشتركة تساعد، لكن الرفيق المشغول والمختلف في العمر قد لا يجد وقتاً لدعمها. الرغبة والوقت أهم من اللغة.",
                ),
                (
                    "لا ترتّب رفيقاً: ستتعلم أفضل إذا اعتمدت على نفسها.",
                    0,
                    "البقاء وحيداً أكثر أسباب الانقطاع شيوعاً. الرفيق لا يمنعها من التعلم، بل يجعل البداية آمنة.",
                ),
            ],
        ),
    ],
}
