"""Demo course 2, English translation: Digital tools for associations."""

TRANSLATION = {
    "title": "Digital tools for associations",
    "summary": (
        "Remote meetings and trainings, messaging groups and social media, online registration and privacy, "
        "and accessible communication. Practical guidance for your association's everyday work."
    ),
    "description": (
        "<p>This course is for board members, contact persons and group leaders who run their association's "
        "communication and meetings. You need no special IT skills: every lesson has step-by-step "
        "instructions you can try straight away.</p>"
        "<ul><li>Remote meetings in Teams, Zoom and Jitsi</li>"
        "<li>Reaching newcomers and their families</li>"
        "<li>Registration, the membership register and privacy</li>"
        "<li>Accessible digital communication</li></ul>"
    ),
    "learning_outcomes": [
        "run a remote meeting or training that everyone can join",
        "reach new members and families with messaging groups, pictures and multilingual messages",
        "explain what personal data an association may collect and how long it is kept",
        "make a notice whose images have alternative texts and whose videos have captions",
    ],
    "modules": {
        "etakokoukset": {
            "title": "Remote meetings and trainings",
            "summary": (
                "Meetings and trainings online: joining, sharing your screen, breakout rooms and hybrid meetings."
            ),
        },
        "uusien-jasenten-tavoittaminen": {
            "title": "Reaching newcomers and their families",
            "summary": "Messaging groups, social media, multilingual messages and pictures instead of text.",
        },
        "ilmoittautuminen-ja-tietosuoja": {
            "title": "Registration, membership register and privacy",
            "summary": "Online registration and a membership register save work. Collect only the data you need.",
        },
        "saavutettava-viestinta": {
            "title": "Accessible digital communication",
            "summary": "Alternative texts, captions and plain language: messages that reach everyone.",
        },
    },
    "lessons": {
        "etakokouksen-jarjestaminen": {
            "title": "Running a remote meeting",
            "intro": "A good remote meeting starts before the meeting: a clear invitation and a link that works.",
            "body": [
                (
                    "paragraph",
                    "<p>A remote meeting saves travel, and in a large region like Kainuu it brings in people who "
                    "could not otherwise come. Many participants use a phone, so choose a tool that works in a "
                    "browser or a free app without an account.</p>",
                ),
                (
                    "digital_tool",
                    "Jitsi Meet",
                    "https://meet.jit.si/",
                    [
                        "Open meet.jit.si in your browser.",
                        "Type a long, unique name for the meeting room, for example "
                        "kajaaninpalloseura-board-may, and choose Start meeting.",
                        "Allow the browser to use your camera and microphone.",
                        "The person who starts the meeting signs in with a Google, GitHub or Facebook account. "
                        "Participants need no account.",
                        "Copy the meeting address and send it to the participants. You can use the same address "
                        "next time too.",
                    ],
                ),
                (
                    "checklist",
                    "For the meeting invitation",
                    [
                        "Date and time (and time zone, if someone joins from abroad)",
                        "The link and how to join by phone",
                        "The topic and length of the meeting",
                        "Whom to call if joining does not work",
                        "Ask people to join 10 minutes early to test their sound",
                    ],
                ),
                (
                    "callout",
                    "tip",
                    "The first time",
                    "<p>Before the first real meeting, hold a short practice session. Once everyone has joined "
                    "successfully once, the real meeting starts on time.</p>",
                ),
            ],
        },
        "teams-ja-pienryhmat": {
            "title": "Teams, screen sharing and breakout rooms",
            "intro": (
                "Microsoft Teams is the most common meeting tool in Finnish NGOs. You can join without a Teams "
                "account of your own."
            ),
            "body": [
                (
                    "digital_tool",
                    "Microsoft Teams",
                    "https://www.microsoft.com/microsoft-teams/",
                    [
                        "Open the link Join the meeting now in the invitation.",
                        "Choose whether to join in the browser or in the app. The browser works fine.",
                        "Type your name, check your camera and microphone and choose Join now.",
                        "Wait for the organiser to let you in from the lobby.",
                        "To share your screen, choose Share and then a window or your whole screen.",
                    ],
                ),
                ("heading", "Breakout rooms"),
                (
                    "paragraph",
                    "<p>In a training, discussion comes more easily in a small group. In Teams, Zoom and Jitsi the "
                    "organiser can split participants into breakout rooms and call them back to the main room. Give "
                    "each group a clear task and a time, for example “10 minutes: what barriers does a new member "
                    "meet in our club?” Ask one person in each group to write down the answers.</p>",
                ),
                (
                    "callout",
                    "tip",
                    "Two hosts",
                    "<p>If you can, share the work: one person leads the content, the other follows the chat, lets "
                    "latecomers in and helps with technical problems.</p>",
                ),
            ],
        },
        "hybridikokous": {
            "title": "Hybrid meetings",
            "intro": (
                "Some are in the room, some join remotely. A hybrid meeting works when remote participants are not "
                "left out."
            ),
            "body": [
                (
                    "paragraph",
                    "<p>The biggest risk in a hybrid meeting is that the people in the room talk among themselves "
                    "and the remote participants only listen. Name someone to look after the remote participants: "
                    "they follow the chat and ask the remote people for their views first.</p>",
                ),
                (
                    "checklist",
                    "Hybrid meeting equipment",
                    [
                        "A shared microphone or speakerphone in the middle of the table",
                        "A camera that shows the whole room",
                        "Slides are shared in the online meeting, not only on the screen in the room",
                        "People ask for the floor the same way in the room and online",
                        "Test the sound from the remote end before the meeting starts",
                    ],
                ),
                (
                    "faq",
                    "Frequently asked questions",
                    [
                        (
                            "Can an association's general meeting be held remotely?",
                            "<p>Check what your association's rules say about remote participation, and explain "
                            "in the invitation how to take part remotely. The board can often meet remotely more "
                            "flexibly than the general meeting.</p>",
                        ),
                        (
                            "How do we vote remotely?",
                            "<p>For open votes, raising a hand to the camera or the meeting tool's raise-hand "
                            "button is enough. A secret ballot needs a separate voting system.</p>",
                        ),
                    ],
                ),
                (
                    "reflection",
                    "Think of the last remote or hybrid meeting you attended. What worked? What left someone out?",
                ),
            ],
        },
        "viestiryhmat": {
            "title": "Messaging groups",
            "intro": "In many families the phone is the main channel for news. A messaging group reaches people fast.",
            "body": [
                (
                    "paragraph",
                    "<p>E-mail and the club website do not reach everyone. Many immigrant families use WhatsApp or "
                    "another messaging app every day. Through a group, news about changed practice times, trips and "
                    "events travels fast.</p>",
                ),
                (
                    "digital_tool",
                    "WhatsApp group",
                    "https://www.whatsapp.com/",
                    [
                        "In WhatsApp, choose New group and add the members.",
                        "Give the group a clear name, for example “Floorball U12 – news”.",
                        "If the group is for announcements, set it so that only admins can send messages.",
                        "Post the group rules as the first message, briefly and in plain language.",
                        "Name two admins, so the group is not left alone if one of them leaves.",
                    ],
                ),
                (
                    "callout",
                    "warning",
                    "Phone numbers are visible",
                    "<p>In an ordinary WhatsApp group everyone sees each other's phone numbers. Ask for permission "
                    "before adding anyone to a group. For a large group, a WhatsApp community is better: in its "
                    "announcement group, members' numbers are not shown to everyone.</p>",
                ),
                (
                    "checklist",
                    "Group rules",
                    [
                        "What the group is for",
                        "Who posts announcements",
                        "Which languages people can write in",
                        "No adverts and no private matters",
                        "Whom to contact privately",
                    ],
                ),
            ],
        },
        "monikieliset-viestit-ja-kuvat": {
            "title": "Social media, multilingual messages and pictures",
            "intro": "A picture says more than a long text – especially when the reader is learning the language.",
            "body": [
                (
                    "paragraph",
                    "<p>Show on social media what your activity looks like: a photo of a practice, of loan "
                    "equipment or of the family café's play corner lowers the threshold to come. Write briefly and "
                    "in plain language. Add the most important facts in the other languages that families in your "
                    "area speak.</p>",
                ),
                (
                    "checklist",
                    "A good event notice",
                    [
                        "What happens – a picture tells this best",
                        "Where and when, in numbers",
                        "Does it cost anything, and is equipment needed",
                        "Can people come and try without signing up",
                        "Whom to call or message, and in which languages",
                    ],
                ),
                (
                    "callout",
                    "tip",
                    "Free pictures",
                    '<p>The <a href="https://papunet.net/">Papunet</a> image bank has clear pictures that you can '
                    "use in notices and instructions. Pictures also help children and everyone for whom reading "
                    "is hard.</p>",
                ),
                (
                    "callout",
                    "warning",
                    "Ask permission for photos",
                    "<p>Do not publish a photo in which someone can be recognised without their permission. A photo "
                    "of a child needs a guardian's permission. For some families, a recognisable photo online can "
                    "be a safety risk.</p>",
                ),
                (
                    "reflection",
                    "Which languages are spoken in your association's area? Who could help translate the key points "
                    "of a notice?",
                ),
            ],
        },
        "sahkoinen-ilmoittautuminen": {
            "title": "Online registration",
            "intro": "An online form saves time – as long as it is short and can be filled in on a phone.",
            "body": [
                (
                    "paragraph",
                    "<p>Online registration and a membership register reduce paperwork and help keep data up to "
                    "date. But not everyone has e-mail, online banking credentials or confidence in Finnish. The "
                    "form must be short and clear, and there must be another way to sign up alongside it.</p>",
                ),
                (
                    "checklist",
                    "A good registration form",
                    [
                        "Asks only for the data you need",
                        "Works on a phone",
                        "Says what the data is used for and who sees it",
                        "Required fields are clearly marked",
                        "Ends with a confirmation: you are registered",
                    ],
                ),
                (
                    "callout",
                    "tip",
                    "Help on the spot",
                    "<p>The first time, bring a tablet or phone and fill in the form together. At the same time you "
                    "can explain what happens to the data.</p>",
                ),
            ],
        },
        "tietosuoja": {
            "title": "What data may an association keep?",
            "intro": "The GDPR applies to small associations too. The basic rule: only the data you need.",
            "body": [
                (
                    "paragraph",
                    "<p>Under the Finnish Associations Act, the board must keep a list of members with each "
                    "member's name and municipality of residence. Other data, such as a phone number or a child's "
                    "guardian's contact details, may be collected when the activity needs it. Tell members in a "
                    "privacy notice what data you collect, why, and how long you keep it. Delete data when it is no "
                    "longer needed.</p>",
                ),
                (
                    "callout",
                    "warning",
                    "Don't ask",
                    "<p>Do not ask about residence permits, asylum matters, religion or ethnic background. They "
                    "make no difference to a hobby, and they are especially sensitive data.</p>",
                ),
                (
                    "faq",
                    "Frequently asked questions",
                    [
                        (
                            "Can we ask about allergies for a camp?",
                            "<p>Yes, when the information is needed for the child's safety. Keep it so that only "
                            "the leaders see it, and destroy it after the camp.</p>",
                        ),
                        (
                            "Can we share the membership list with all members?",
                            "<p>No. The membership list is the board's working tool. If members want a contact "
                            "list, ask each person for permission separately.</p>",
                        ),
                        (
                            "How long is data kept?",
                            "<p>Only as long as it is needed. Decide retention times in advance, for example that "
                            "a former member's contact details are deleted once the membership has ended and fees "
                            "are settled.</p>",
                        ),
                    ],
                ),
                (
                    "reflection",
                    "Where is your association's member data now: in a spreadsheet, in e-mails, on someone's phone? "
                    "Who can see it?",
                ),
            ],
        },
        "saavutettavuuden-perusteet": {
            "title": "Accessibility basics",
            "intro": (
                "An accessible message works with a screen reader, without sound and without strong language skills."
            ),
            "body": [
                (
                    "paragraph",
                    "<p>Accessibility means that as many people as possible can use a web page, a notice or a "
                    "video: including people who are blind or deaf, older people and people just learning the "
                    "language. The same measures benefit everyone – captions on a noisy bus, for example.</p>",
                ),
                (
                    "video",
                    "Introduction to Web Accessibility and W3C Standards (W3C WAI)",
                    "https://www.youtube.com/watch?v=20SHvU2PKsM",
                    "Description of the video (in English, about 4 minutes, captioned). In the video different "
                    "people use the web in their own way: a blind person with a screen reader, a person with a "
                    "physical disability with a keyboard or other assistive tools, a deaf person with captions and "
                    "an older person with enlarged text. The video explains that accessibility also benefits, for "
                    "example, mobile users and people with a slow connection, and that the W3C's WCAG guidelines "
                    "describe how to make accessible websites.",
                ),
                (
                    "checklist",
                    "Checklist for an accessible notice",
                    [
                        "Headings say what it is about",
                        "Short paragraphs and plain language",
                        "Link text says where the link goes (not “click here”)",
                        "Images have alternative texts",
                        "Videos have captions",
                        "Information is not only in text inside an image",
                    ],
                ),
            ],
        },
        "vaihtoehtoiset-tekstit-ja-tekstitykset": {
            "title": "Alternative texts and captions",
            "intro": "Two small steps that let your message reach people who cannot see the picture or hear the sound.",
            "body": [
                ("heading", "Alternative text"),
                (
                    "paragraph",
                    "<p>An alternative text (alt text) tells a screen reader user what is in an image. Write it as "
                    "if you were describing the picture on the phone: “Six children play floorball in a school gym; "
                    "the coach demonstrates a pass.” If the image contains text, write the same text in the message "
                    "too.</p>",
                ),
                ("heading", "Captions"),
                (
                    "digital_tool",
                    "YouTube Studio: subtitles",
                    "https://studio.youtube.com/",
                    [
                        "Upload your video to YouTube and open YouTube Studio.",
                        "In the menu on the left choose Subtitles and then your video.",
                        "Check the automatic captions and correct mistakes, especially names.",
                        "If you like, add a translation into other languages.",
                        "Publish the subtitles and check that they show on the video.",
                    ],
                ),
                (
                    "callout",
                    "tip",
                    "Captions in remote meetings",
                    "<p>In Teams you can turn on live captions from the meeting's More menu. They help people who "
                    "are hard of hearing and language learners follow the discussion.</p>",
                ),
                (
                    "reflection",
                    "Pick one of your association's latest social media posts. What would you need to add to make "
                    "it accessible?",
                ),
            ],
        },
    },
}
