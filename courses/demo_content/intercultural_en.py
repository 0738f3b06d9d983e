"""Demo course 1, English translation: Intercultural encounters."""

TRANSLATION = {
    "title": "Intercultural encounters",
    "summary": (
        "How your own culture shows in everyday life, how to speak clearly when you do not share a language, "
        "and what to do when someone in your club meets discrimination. For every member."
    ),
    "description": (
        "<p>In this course you look at your own culture and assumptions, practise clear communication and "
        "work through common situations from sports clubs, 4H clubs and family cafés. Finally, you learn to "
        "recognise racism and to step in.</p>"
        "<ul><li>Four parts, each with short lessons.</li>"
        "<li>Only you see your answers to the reflection questions.</li>"
        "<li>Study at your own pace and continue where you left off.</li></ul>"
    ),
    "learning_outcomes": [
        "recognise how your own culture shapes your habits and expectations",
        "speak clearly and check that the other person has understood",
        "meet different customs with openness and ask before you interpret",
        "recognise discrimination and step in safely",
    ],
    "modules": {
        "kulttuuri-ja-mina": {
            "title": "Culture and me",
            "summary": (
                "Everyone sees the world through their own culture. In this part you explore your own habits, "
                "stereotypes and how first impressions form."
            ),
        },
        "viestinta-yli-kielirajojen": {
            "title": "Communicating across languages",
            "summary": (
                "There is not always a shared language. Clear speech, checking understanding, translation apps "
                "and gestures take you a long way."
            ),
        },
        "arjen-tilanteet": {
            "title": "Everyday situations in a club or family café",
            "summary": (
                "Gender, religion, food, schedules and parents' expectations: common situations and ways to "
                "solve them together."
            ),
        },
        "rasismi-ja-syrjinta": {
            "title": "Racism and discrimination",
            "summary": (
                "Racism happens in hobbies too. Learn to recognise it, to step in and to support the person it hits."
            ),
        },
    },
    "lessons": {
        "oma-kulttuuri": {
            "title": "My own culture",
            "intro": (
                "Culture is not only something other people have. It shows in how you greet, eat and agree on times."
            ),
            "body": [
                ("heading", "Culture is like an iceberg"),
                (
                    "paragraph",
                    "<p>Some of culture is easy to see: food, clothes, celebrations and language. Most of it, "
                    "however, lies below the surface, like an iceberg. Below the surface are values and "
                    "assumptions: what is polite, how children are raised, how directly people say things and what "
                    "being on time means.</p>"
                    "<p>We usually notice our own culture only when someone does things differently. Then it helps "
                    "to remember that our way is not the only right way. It is one way among many.</p>",
                ),
                (
                    "callout",
                    "tip",
                    "Say out loud what seems obvious to you",
                    "<p>In a Finnish club many things are familiar: you sign up in advance, arrive on time, shower "
                    "before swimming and take your own kit home. None of this is obvious to a newcomer. Say it out "
                    "loud, in a friendly way.</p>",
                ),
                (
                    "reflection",
                    "Think of your own club or group. Which three unwritten rules should a new member know? Who "
                    "tells them?",
                ),
            ],
        },
        "stereotypiat-ja-ennakkoluulot": {
            "title": "Stereotypes and prejudice",
            "intro": (
                "A stereotype is a generalisation about a group of people. Prejudice is an attitude formed before "
                "we know the person."
            ),
            "body": [
                (
                    "paragraph",
                    "<p>Our brains sort information, so we generalise. A generalisation becomes a problem when we "
                    "assume that one person is what we imagine their group to be. Claims like “they don't ski” or "
                    "“they don't let girls take part in hobbies” tell you nothing about the person standing in "
                    "front of you.</p>",
                ),
                (
                    "video",
                    "Chimamanda Ngozi Adichie: The danger of a single story (TED)",
                    "https://www.youtube.com/watch?v=D9Ihs241zeg",
                    "Description of the video (a talk in English, about 19 minutes). The Nigerian writer "
                    "Chimamanda Ngozi Adichie tells how, as a child, she read only British and American books. So "
                    "the children in her own stories ate apples and played in the snow, although she had never "
                    "seen either. At university in the United States, her roommate pitied her before they had even "
                    "met, because she knew only one story of Africa: poverty and catastrophe. Adichie admits she "
                    "made the same mistake herself when she travelled to Mexico and noticed that she knew only one "
                    "story about Mexicans. The message of the talk: tell only one story about a people, over and "
                    "over again, and that is what they become. Many stories restore dignity. You can turn on "
                    "subtitles on YouTube.",
                ),
                (
                    "callout",
                    "note",
                    "Good to know",
                    "<p>Everyone has prejudices. What matters is not being completely free of them, but noticing "
                    "them and not acting on them.</p>",
                ),
                (
                    "reflection",
                    "What is a “single story” you have heard about a country or a people? Where did you hear it? "
                    "What could another story be?",
                ),
            ],
        },
        "ensivaikutelma": {
            "title": "How first impressions form",
            "intro": "We draw conclusions about people within seconds. Luckily, a first impression can be checked.",
            "body": [
                (
                    "paragraph",
                    "<p>A first impression forms quickly from looks, voice, facial expressions and whether the "
                    "person reminds us of someone we know. It is often wrong, especially when people express "
                    "themselves in different ways. A quiet new member may be polite, not indifferent. A loud voice "
                    "may be enthusiasm, not a quarrel.</p>",
                ),
                (
                    "callout",
                    "note",
                    "Situation: a father who avoids eye contact",
                    "<p>A new father brings his daughter to the 4H club. He does not look the group leader in the "
                    "eye and asks nothing. The leader thinks he is not interested. Later it turns out that in the "
                    "father's home country avoiding eye contact is a way to show respect to a teacher.</p>",
                ),
                (
                    "checklist",
                    "When you meet someone new",
                    [
                        "Introduce yourself and say what your role is",
                        "Ask how their name is pronounced, and use it",
                        "Notice your first interpretation – and keep it as a guess for now",
                        "Ask before you decide: “Does this work for you?”",
                        "Give it time: trust grows over many meetings",
                    ],
                ),
                (
                    "reflection",
                    "Think of a time when your first impression of someone turned out to be wrong. What made you "
                    "change your mind?",
                ),
            ],
        },
        "selkokieli": {
            "title": "Plain language in your club",
            "intro": (
                "Plain language (selkokieli) is easier to understand. It helps everyone, not only language learners."
            ),
            "body": [
                (
                    "paragraph",
                    "<p>Plain language uses familiar words, short sentences and one thing at a time. Avoid "
                    "abbreviations and club slang such as “practice at the hall at six, bring your stuff”. Say "
                    "instead: “Practice is in the sports hall at 6 pm. Bring a water bottle and indoor shoes.”</p>",
                ),
                (
                    "checklist",
                    "Checklist for clear speech",
                    [
                        "Speak calmly, but do not raise your voice",
                        "Use short sentences: one thing in one sentence",
                        "Always use the same word for the same thing",
                        "Show: point, draw or use a picture",
                        "Write the important things in a message too: time, place and what to bring",
                        "Give times as numbers, for example 6.00 pm",
                    ],
                ),
                (
                    "callout",
                    "tip",
                    "More guidance",
                    '<p>The Finnish <a href="https://selkokeskus.fi/">Plain Language Centre (Selkokeskus)</a> '
                    "publishes guidance on speaking and writing plain language. Try writing your club's next "
                    "notice in plain language and ask someone who is learning Finnish for feedback.</p>",
                ),
                (
                    "reflection",
                    "Rewrite one of your club's usual messages (for example, a cancelled practice) in plain "
                    "language. What did you change?",
                ),
            ],
        },
        "ymmartamisen-varmistaminen": {
            "title": "Checking understanding, interpreters and translation apps",
            "intro": "“Did you understand?” is a poor question: almost everyone says yes. Try something else.",
            "body": [
                (
                    "paragraph",
                    "<p>Many people nod even when they did not understand. The reason may be politeness or "
                    "embarrassment. So ask the other person to say it in their own words or to show you: “Can you "
                    "tell me what time you will come tomorrow?” Then you hear whether the message got through.</p>",
                ),
                (
                    "digital_tool",
                    "Google Translate",
                    "https://translate.google.com/",
                    [
                        "Open the app on your phone and choose the languages, for example Finnish and Arabic.",
                        "Tap the microphone and say a short, clear sentence.",
                        "Show the translation to the other person or let the app read it aloud.",
                        "Let the other person answer in their own language in the same way.",
                        "Check important things with a picture or a gesture too: machines can translate wrongly.",
                    ],
                ),
                (
                    "callout",
                    "warning",
                    "A child is not an interpreter",
                    "<p>Do not ask a child to interpret adults' matters, such as health, money or problems. It is "
                    "too heavy a responsibility for a child. Arrange important conversations with a professional "
                    "interpreter.</p>",
                ),
                (
                    "faq",
                    "Frequently asked questions about interpreters",
                    [
                        (
                            "Where can an association get an interpreter?",
                            "<p>Ask your municipality's integration services first. They know the local "
                            "interpreting services. For everyday matters, a member of your club may help as a "
                            "volunteer.</p>",
                        ),
                        (
                            "Can I type personal data into a translation app?",
                            "<p>Better not. Do not type names, health information or other personal data into "
                            "the app, because the text may be stored on the service's servers.</p>",
                        ),
                    ],
                ),
            ],
        },
        "sanaton-viestinta": {
            "title": "Non-verbal communication",
            "intro": "Much of a message travels without words: in facial expressions, gestures and tone of voice.",
            "body": [
                (
                    "paragraph",
                    "<p>A smile, a calm voice and an open posture tell a newcomer they are welcome. But gestures do "
                    "not mean the same everywhere. A thumbs-up is positive in many countries but offensive in some. "
                    "A nod may mean “yes” or just “I hear you”. The right distance and touch vary too.</p>",
                ),
                ("heading", "Show, don't just tell"),
                (
                    "paragraph",
                    "<p>In practice, showing works better than a long explanation. Do the movement yourself, ask "
                    "the new member to try and praise them when they succeed. Colours and numbers help too: “red "
                    "bibs over here, blue ones over there”.</p>",
                ),
                (
                    "callout",
                    "tip",
                    "Greeting",
                    "<p>A handshake is not a natural greeting for everyone, for example with someone of another "
                    "gender. You can wait to see whether the other person offers a hand, or greet them with a nod "
                    "and a hand on your heart. Neither is an insult.</p>",
                ),
                (
                    "reflection",
                    "Which gestures do you use when coaching or leading a group? Which of them could mean "
                    "something else to someone else?",
                ),
            ],
        },
        "sukupuoli-uskonto-ja-ruoka": {
            "title": "Gender, religion and food",
            "intro": (
                "A solution can often be found by asking and being a little flexible – without anyone having to "
                "give up their values."
            ),
            "body": [
                (
                    "callout",
                    "note",
                    "Situation: swimming lessons",
                    "<p>A club runs swimming lessons for children. A mother says her 11-year-old daughter cannot "
                    "take part because there are boys in the group and the instructor is a man. The instructor "
                    "answers: “In Finland everyone swims together.”</p>",
                ),
                (
                    "reflection",
                    "What do you think of the instructor's answer? What might the mother be thinking and feeling? "
                    "What else could the instructor have said?",
                ),
                (
                    "paragraph",
                    "<p>The instructor's answer closes the door. It is better to ask what would help. Could the "
                    "girl swim in a girls' group? Is a female instructor possible? Would a swimsuit that covers "
                    "more be fine? Many municipalities have swimming sessions for women and girls only. What "
                    "matters most is that the child learns to swim – it is a safety skill.</p>",
                ),
                (
                    "faq",
                    "Frequently asked questions",
                    [
                        (
                            "Does the club have to offer halal food?",
                            "<p>You do not need to change everything. It is enough that a trip or a party has an "
                            "option without pork and alcohol, and that you say what the food contains. Vegetarian "
                            "food suits most people.</p>",
                        ),
                        (
                            "What about fasting, such as Ramadan?",
                            "<p>Someone who is fasting may be tired and thirsty. Ask how they would like to take "
                            "part. Hard training can be made lighter, and a shared evening snack after sunset can "
                            "be a great experience for the whole team.</p>",
                        ),
                        (
                            "Can someone pray during practice?",
                            "<p>If someone asks for a quiet place to pray, you can often offer an empty room. It "
                            "takes nothing away from anyone else.</p>",
                        ),
                    ],
                ),
            ],
        },
        "aika-ja-tasmallisyys": {
            "title": "Time and punctuality",
            "intro": "In Finland “6 pm” means 6 pm. Not everywhere – and the reason is not always culture.",
            "body": [
                (
                    "callout",
                    "note",
                    "Situation: always late",
                    "<p>A new player arrives 15–20 minutes late to every practice. The coach is annoyed and "
                    "wonders whether the player is committed. Other players start to make comments.</p>",
                ),
                (
                    "reflection",
                    "Think of three different reasons why the player might be late. How would you bring it up?",
                ),
                (
                    "paragraph",
                    "<p>The reason may be a different idea of time, but it may just as well be a bus timetable, a "
                    "language course, younger siblings or shift work. Don't guess: ask in private and kindly. "
                    "Explain why the start matters: warming up prevents injuries. Find a solution together, such "
                    "as a shared ride or permission to warm up on their own.</p>",
                ),
                (
                    "checklist",
                    "How to make schedules clear",
                    [
                        "Give the start and end time in writing too",
                        "Say what happens if someone is late",
                        "Send a reminder the day before",
                        "Explain how to tell you about an absence",
                        "Ask how the member gets there: buses may run rarely",
                    ],
                ),
            ],
        },
        "vanhempien-odotukset": {
            "title": "Parents' expectations",
            "intro": (
                "A child's hobby in a club may be new to a family. Parents want to know where their child is going "
                "and with whom."
            ),
            "body": [
                (
                    "paragraph",
                    "<p>In Finland children often go to practice on their own, and parents are expected to help "
                    "with volunteer work and kiosk shifts. In many countries hobbies are not organised in clubs but "
                    "at school or within the family. Then the club, membership fees and the parents' role are "
                    "unfamiliar. Parents may also worry that a hobby takes time away from school.</p>",
                ),
                (
                    "checklist",
                    "When you meet the parents",
                    [
                        "Invite the parents to watch the first practice",
                        "Say who leads the group and how the children are supervised",
                        "Explain fees and support clearly – including what is free",
                        "Explain volunteer work (talkoot): what it is and whether it is compulsory",
                        "Ask what the parents hope the child gets from the hobby",
                        "Agree how you keep in touch: a message, a call or with an interpreter",
                    ],
                ),
                (
                    "callout",
                    "tip",
                    "Talk about the benefits",
                    "<p>Say the benefits out loud: the child learns Finnish, makes friends and learns to work in a "
                    "group. For many parents these are important reasons.</p>",
                ),
                (
                    "reflection",
                    "What do you assume parents know about your club? Where would they have found it out?",
                ),
            ],
        },
        "tunnista-syrjinta": {
            "title": "Recognising racism and discrimination",
            "intro": (
                "Discrimination is not always shouting. It can be a joke, leaving someone out or different rules "
                "for different people."
            ),
            "body": [
                (
                    "paragraph",
                    "<p>Discrimination means treating someone worse because of, for example, their origin, "
                    "language, religion, skin colour or gender. The Finnish Non-Discrimination Act forbids "
                    "discrimination in associations' activities too. Racism can be direct, such as name-calling, "
                    "or everyday: repeated questions about where you are “really” from, or nobody passing the ball "
                    "to the new player.</p>",
                ),
                (
                    "callout",
                    "note",
                    "Situation: a joke about an accent",
                    "<p>In the changing room a player imitates a new team-mate's accent. Many laugh. The new player "
                    "smiles too, but does not come to the next practices.</p>",
                ),
                (
                    "faq",
                    "Questions",
                    [
                        (
                            "Wasn't it just a joke?",
                            "<p>What counts is the effect of a joke, not the intention. When a joke makes "
                            "someone's origin something to laugh at, it tells them they do not belong. A smile "
                            "may be a way to get through the situation, not a sign that the joke was funny.</p>",
                        ),
                        (
                            "What if I am not sure it was racism?",
                            "<p>You don't need to be sure. You can ask the person it affected how they "
                            "experienced it, and tell your club's harassment contact person about it.</p>",
                        ),
                    ],
                ),
                (
                    "reflection",
                    "What would you have done in the changing room? What would you have said to the new player the "
                    "next day?",
                ),
            ],
        },
        "puutu-ja-tue": {
            "title": "Step in and support",
            "intro": "Everyone can step in. No hero is needed – it is enough to do something.",
            "body": [
                (
                    "checklist",
                    "Four ways to step in",
                    [
                        "Say it at once and calmly: “That's not OK in our club.”",
                        "Interrupt: change the subject or call the group back to practice",
                        "Support: later, ask in private how the other person is doing",
                        "Report: tell the coach or the harassment contact person what happened",
                    ],
                ),
                (
                    "callout",
                    "tip",
                    "The harassment contact person",
                    "<p>A club should have a named harassment contact person whom anyone can tell about "
                    "harassment or discrimination in confidence. Their contact details belong on the club's "
                    "website and on the changing-room wall, preferably in other languages too. In sport and "
                    'physical activity, help is also available from the <a href="https://www.etoleyksin.fi/">'
                    "“You are not alone” (Et ole yksin) service</a>.</p>",
                ),
                (
                    "paragraph",
                    "<p>Agree in advance in your club how you act: who steps in, whom to tell and how the matter is "
                    "handled. Write the principles down in your club's equality plan. When the rules are clear and "
                    "known to everyone, it is easy to refer to them.</p>",
                ),
                (
                    "reflection",
                    "Who is your club's harassment contact person? If you don't know, how could you find out?",
                ),
            ],
        },
    },
}
