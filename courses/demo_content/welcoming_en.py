"""Demo course 3, English translation: Welcoming newcomers into your association."""

TRANSLATION = {
    "title": "Welcoming newcomers into your association",
    "summary": (
        "What makes an association open, which barriers keep newcomers away and how to lower them. Also: "
        "working with the people and services involved in integration, and a welcoming family café or group."
    ),
    "description": (
        "<p>This course is for sports clubs, 4H clubs, family cafés and culture societies that want to welcome "
        "immigrants into their activities. It suits members, group leaders and board members alike. When "
        "several members of an association complete the course, the association's readiness does not depend "
        "on one person.</p>"
        "<ul><li>Reflect on your own behaviour and your association's habits.</li>"
        "<li>Find measures that suit your association.</li>"
        "<li>The course is also available in Arabic and Finnish.</li></ul>"
    ),
    "learning_outcomes": [
        "describe what makes an association open and assess your own behaviour",
        "recognise barriers to taking part and choose low-threshold measures that suit your association",
        "talk about inclusion with members and families",
        "explain who does what in integration and whom your association can contact",
        "plan a family café or group together with its visitors",
    ],
    "modules": {
        "mika-on-avoin-seura": {
            "title": "What is an open association?",
            "summary": (
                "Openness shows in everyday actions. In this part you consider what your association looks like "
                "through a newcomer's eyes."
            ),
        },
        "esteet-ja-keinot": {
            "title": "Barriers and low-threshold measures",
            "summary": (
                "Fees, equipment, language, lack of information, prejudice and life situation can stop people "
                "taking part. Small measures lower the threshold."
            ),
        },
        "osallisuudesta-puhuminen": {
            "title": "Talking about inclusion, and working together",
            "summary": (
                "How to bring up openness with members and families, and who does what in integration: the "
                "municipality, employment services and NGOs."
            ),
        },
        "tervetullut-perhekahvila": {
            "title": "A welcoming family café or group",
            "summary": (
                "Plan the activity together with the visitors, keep the group safe and invite the parents who "
                "stay away."
            ),
        },
    },
    "lessons": {
        "avoimen-seuran-tuntomerkit": {
            "title": "Signs of an open association",
            "intro": "An open association does not just say that everyone is welcome. It shows it in what it does.",
            "body": [
                (
                    "paragraph",
                    "<p>Many associations say they are open to everyone. Still, a newcomer may stop at the door if "
                    "nobody says hello, the information is only in Finnish, or everyone else already knows each "
                    "other. Openness comes from small things that happen every time.</p>",
                ),
                (
                    "checklist",
                    "Signs of an open association",
                    [
                        "A newcomer is greeted and introduced to the group",
                        "Information is available in plain language and, when needed, in other languages",
                        "The association has a named contact person for new members",
                        "You can come and try for free and without your own equipment",
                        "Rules and habits are said out loud, not assumed",
                        "Discrimination is addressed, and everyone knows how",
                    ],
                ),
                (
                    "callout",
                    "tip",
                    "See it through a newcomer's eyes",
                    "<p>Ask someone who does not know your association to find out online when and where they can "
                    "come and try. How long did it take them?</p>",
                ),
                (
                    "reflection",
                    "Which items on the list are already true in your association? What one thing could you start "
                    "at your next session?",
                ),
            ],
        },
        "oma-toiminta": {
            "title": "My own behaviour when meeting a newcomer",
            "intro": "An open association is every member's business. Every greeting counts.",
            "body": [
                (
                    "video",
                    "Brené Brown on empathy (RSA Short)",
                    "https://www.youtube.com/watch?v=1Evwgu369Jw",
                    "Description of the video (in English, about 3 minutes, an animation). The researcher Brené "
                    "Brown explains the difference between empathy and sympathy. Empathy connects people; sympathy "
                    "keeps them apart. Empathy means trying to see things from the other person's point of view, "
                    "not judging, recognising their feeling and telling them so. In the animation a fox sits in a "
                    "dark hole. A bear climbs down to it and says: “I know what it's like down here, and you're not "
                    "alone.” Another animal only peers down from above and offers a sandwich. The message: a "
                    "response rarely makes things better. What makes things better is connection.",
                ),
                ("heading", "The first time counts"),
                (
                    "paragraph",
                    "<p>A newcomer often remembers one thing about the first time: whether someone came to talk to "
                    "them. You don't need to speak their language. A smile, asking their name and “come and join "
                    "our group” are enough. Think also about whom you sit next to at coffee and to whom you pass "
                    "the ball.</p>",
                ),
                (
                    "callout",
                    "note",
                    "Situation: our own crowd",
                    "<p>The regulars at a family café always sit at the same table. A new mother sits alone with "
                    "her child at another table. Nobody means any harm – everyone is just chatting with people they "
                    "know.</p>",
                ),
                (
                    "reflection",
                    "When have you been the new one in a group? What made you feel welcome, or what would have helped?",
                ),
            ],
        },
        "osallistumisen-esteet": {
            "title": "Barriers to taking part",
            "intro": "When someone does not come, the reason is rarely that they are not interested.",
            "body": [
                (
                    "paragraph",
                    "<p>The most common barriers are everyday ones. <b>Fees</b>: membership, season and "
                    "competition fees can be too much for a low-income family. <b>Equipment</b>: skates, skis or "
                    "football boots are expensive. <b>Language and information</b>: the family does not know the "
                    "activity exists or how to join. <b>Prejudice</b>: worrying about not being welcome. <b>Life "
                    "situation</b>: shift work, language courses, long journeys without a car or an uncertain "
                    "future.</p>",
                ),
                (
                    "callout",
                    "note",
                    "Good to know",
                    "<p>An asylum seeker living in a reception centre may have to move to another town at short "
                    "notice. You cannot always ask for commitment for a whole season, but every practice still "
                    "counts.</p>",
                ),
                (
                    "faq",
                    "Questions",
                    [
                        (
                            "How do we know which barriers apply to our association?",
                            "<p>Ask. Talk with new members, integration services and reception centre staff. Ask "
                            "also those who came once and never came back.</p>",
                        ),
                        (
                            "Doesn't fairness mean everyone pays the same?",
                            "<p>Equality does not mean treating everyone in exactly the same way. It means that "
                            "everyone has a real chance to take part. Fee support is a common measure that Finnish "
                            "families use too.</p>",
                        ),
                    ],
                ),
                (
                    "reflection",
                    "Which of these barriers is the biggest in your association? How do you know?",
                ),
            ],
        },
        "matalan-kynnyksen-keinot": {
            "title": "Low-threshold measures",
            "intro": "Lowering the threshold does not need a big budget. Often a little organising is enough.",
            "body": [
                (
                    "checklist",
                    "Measures associations use",
                    [
                        "The first session or month free of charge",
                        "Loan equipment: collect members' used equipment for others to use",
                        "Fee support or a sliding fee that people can ask about in confidence",
                        "A buddy who comes along for the first sessions",
                        "A lift or car-sharing circle",
                        "Notices in plain language and pictures, with key facts in other languages too",
                        "Open try-out days or hobby fairs",
                    ],
                ),
                (
                    "paragraph",
                    "<p>Tell people about these measures out loud and in writing. Loan equipment and fee support "
                    "are no use if nobody knows about them. Add them to your association's profile in Kohtaamo too, "
                    "so the regional coordinator can tell families about them.</p>",
                ),
                (
                    "callout",
                    "tip",
                    "Example",
                    "<p>A football club can collect the boots and shin guards that members' children have grown out "
                    "of in the spring. The loan store fits in one cupboard, and thanks to it a new child can start "
                    "straight away without buying anything.</p>",
                ),
            ],
        },
        "kaveritoiminta": {
            "title": "A buddy for the first sessions",
            "intro": "A buddy is a member who welcomes a newcomer and supports them at the start.",
            "body": [
                (
                    "paragraph",
                    "<p>The first time in a new place is exciting and scary. A buddy waits at the door, shows the "
                    "changing room, introduces the newcomer to others and sits with them during the break. The "
                    "buddy does not need to be a coach or speak the newcomer's language. What matters is that "
                    "someone familiar is there.</p>",
                ),
                (
                    "checklist",
                    "A buddy's tasks",
                    [
                        "Agree to meet at the door before the first session",
                        "Show the places: the changing room, the toilet, where to get water",
                        "Introduce the newcomer to the leader and a few group members",
                        "Say the group's habits out loud",
                        "At the end, ask: “Will you come next time? Let's meet at the door again.”",
                        "Be there for at least the first three sessions",
                    ],
                ),
                (
                    "reflection",
                    "Who in your association could be a buddy? What would they need for the task to feel easy?",
                ),
            ],
        },
        "puhu-jasenten-kanssa": {
            "title": "Talking about inclusion with members and families",
            "intro": "Change works when members understand why it is made and get to have their say.",
            "body": [
                (
                    "paragraph",
                    "<p>When an association decides to welcome newcomers, some members are enthusiastic and some "
                    "have doubts. Behind the doubts there is often a worry: will there be enough training slots, "
                    "will our familiar group change, will I know how to act? Listen to the worry and answer it. Say "
                    "concretely what will change and what will not.</p>",
                ),
                (
                    "callout",
                    "note",
                    "Situation: “We have no room”",
                    "<p>At a board meeting someone says: “Our groups are already full. We don't have the resources "
                    "to start integrating anyone.”</p>",
                ),
                (
                    "faq",
                    "How to respond?",
                    [
                        (
                            "“The groups are full.”",
                            "<p>Ask whether any group has room, or whether you could open a try-out session once a "
                            "month. New members may also bring new coaches and volunteers with them.</p>",
                        ),
                        (
                            "“Integration is not our job.”",
                            "<p>True: an association does not have to run integration. Its job is to offer a hobby, "
                            "and that is what it does best. A hobby brings friends, language and a sense of "
                            "belonging.</p>",
                        ),
                    ],
                ),
                (
                    "reflection",
                    "What worries might come up in your association? How would you answer them by listening rather "
                    "than arguing?",
                ),
            ],
        },
        "kuka-tekee-mita": {
            "title": "Who does what in integration?",
            "intro": "An association is not an authority. But it helps to know whom to contact.",
            "body": [
                (
                    "paragraph",
                    "<p>The <b>municipality</b> is responsible for integration services: it draws up integration "
                    "plans, guides people to services and knows the local interpreting services. <b>Employment "
                    "services</b> help with job seeking and training. <b>Reception centres</b> house asylum seekers "
                    "and organise activities for them. <b>NGOs</b> such as the Finnish Red Cross and the Mannerheim "
                    "League for Child Welfare offer befriending, family cafés and advice. <b>Your association</b> "
                    "offers what others cannot: a hobby, friends and everyday life with Finns.</p>",
                ),
                (
                    "checklist",
                    "Find the contacts",
                    [
                        "The contact person for your municipality's integration services",
                        "The nearest reception centre, if there is one",
                        "A multicultural association or NGO in your area",
                        "Teachers of preparatory education at local schools",
                        "Kohtaamo's regional coordinator",
                    ],
                ),
                (
                    "callout",
                    "tip",
                    "Working together pays off",
                    "<p>When integration services know your association, they can tell families about your activity "
                    "and bring a group to visit. A guided first visit is easier for many people than coming "
                    "alone.</p>",
                ),
            ],
        },
        "suunnittele-yhdessa": {
            "title": "Plan together with the visitors",
            "intro": "The best way to make an activity interesting is to ask the visitors themselves.",
            "body": [
                (
                    "paragraph",
                    "<p>A family café or group exists for its visitors. When visitors get to share ideas and "
                    "responsibility, they commit. Someone can teach a children's song in their own language, "
                    "someone else can bake. Ask regularly what visitors would like, and show that their wishes make "
                    "a difference.</p>",
                ),
                (
                    "checklist",
                    "Steps in planning",
                    [
                        "Ask for wishes with picture cards or a short conversation",
                        "Agree together what you will do in the coming weeks",
                        "Share tasks: who makes the coffee, who leads the game",
                        "Share the plan in plain language and pictures",
                        "At the end, ask what went well and what to change",
                    ],
                ),
                (
                    "callout",
                    "tip",
                    "Small steps",
                    "<p>Start with one question: “What would you like to do next time?” Write the answers where "
                    "everyone can see them, and make at least one of them happen.</p>",
                ),
            ],
        },
        "ryhma-ja-turvallisuus": {
            "title": "The group, safety and rules",
            "intro": "When everyone knows the rules, it is safe to be yourself in the group.",
            "body": [
                (
                    "paragraph",
                    "<p>In a new group people look for their place. At first the leader's job is to help people get "
                    "to know each other and to make sure nobody is left alone. Later the group develops its own "
                    "habits. The leader notices if the group splits into language groups, and mixes people up in "
                    "games and tasks.</p>",
                ),
                (
                    "checklist",
                    "Shared rules",
                    [
                        "Everyone is welcome",
                        "We listen to each other and let everyone speak",
                        "No bullying, no name-calling, no laughing at anyone's language",
                        "Children are looked after by their own adults",
                        "Photos are taken only with permission",
                        "What is said in the group stays in the group",
                    ],
                ),
                (
                    "callout",
                    "warning",
                    "If something happens",
                    "<p>Agree in advance what to do in an accident or a conflict. Keep the emergency number 112, "
                    "the address and the contact details of your association's harassment contact person on "
                    "display.</p>",
                ),
            ],
        },
        "miksi-vanhemmat-jaavat-pois": {
            "title": "Why parents stay away – and how to invite them",
            "intro": "Many immigrant parents do not come to the family café. The reasons are usually understandable.",
            "body": [
                (
                    "paragraph",
                    "<p>A parent may stay away because they do not know what a family café is, and nobody has "
                    "invited them. They may fear not understanding the language, or that their children's ways will "
                    "not be accepted. Sometimes the reason is practical: the bus journey, small children, or the "
                    "feeling that an “open” café means everyone else already knows each other.</p>",
                ),
                (
                    "faq",
                    "How to invite?",
                    [
                        (
                            "Is a notice on the notice board enough?",
                            "<p>Rarely. A personal invitation works best: through the child health clinic, the "
                            "day-care centre, integration services or another parent. Ask visitors to bring a "
                            "friend along.</p>",
                        ),
                        (
                            "What should the invitation say?",
                            "<p>What happens there, that it is free, that children can come along and that nobody "
                            "needs to speak Finnish. A photo of the room and the leader helps people know where "
                            "they are going.</p>",
                        ),
                        (
                            "What about fathers?",
                            "<p>Invite fathers separately. Many fathers think a family café is only for mothers. A "
                            "fathers' evening or trip of their own can be a good start.</p>",
                        ),
                    ],
                ),
                (
                    "reflection",
                    "Which families in your area do not yet come to your activities? Through whom could you reach "
                    "them?",
                ),
            ],
        },
    },
}
