"""The one block set for lesson bodies (BaseStreamBlock). Every block has a
template under templates/courses/blocks/ and a preview value."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.images.blocks import ImageChooserBlock

LESSON_TEXT_FEATURES = ["bold", "italic", "link", "ol", "ul"]


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Heading"), max_length=200)
    level = blocks.ChoiceBlock(label=_("Level"), choices=[("h2", _("Section")), ("h3", _("Subsection"))], default="h2")

    class Meta:
        icon = "title"
        template = "courses/blocks/heading.html"
        preview_value = {"text": "Kulttuuri ja minä", "level": "h2"}
        description = _("A section heading inside the lesson.")


class ParagraphBlock(blocks.RichTextBlock):
    def __init__(self, **kwargs):
        super().__init__(features=LESSON_TEXT_FEATURES, **kwargs)

    class Meta:
        icon = "pilcrow"
        template = "courses/blocks/paragraph.html"
        preview_value = "<p>Jokainen meistä katsoo maailmaa oman kulttuurinsa läpi.</p>"
        description = _("Text with bold, italics, links and lists.")


class ImageBlock(blocks.StructBlock):
    image = ImageChooserBlock(label=_("Image"))
    alt_text = blocks.CharBlock(
        label=_("Alternative text"),
        max_length=250,
        help_text=_("Describe what the image shows for people who cannot see it. Required."),
    )
    caption = blocks.CharBlock(label=_("Caption"), required=False, max_length=250)

    class Meta:
        icon = "image"
        template = "courses/blocks/image.html"
        description = _("An image with required alternative text.")


class VideoBlock(blocks.StructBlock):
    """A YouTube or Vimeo video, embedded privacy-friendly without an oEmbed
    call (no third-party request until the learner plays it), with a transcript."""

    title = blocks.CharBlock(label=_("Title"), max_length=200)
    url = blocks.URLBlock(label=_("Video address (YouTube or Vimeo)"))
    transcript = blocks.TextBlock(
        label=_("Transcript or description of the captions"),
        help_text=_("Required: people who cannot hear or watch the video read this instead."),
    )

    class Meta:
        icon = "media"
        template = "courses/blocks/video.html"
        preview_value = {
            "title": "Selkokieli arjessa",
            "url": "https://www.youtube.com/watch?v=aqz-KE-bpKQ",
            "transcript": "Videolla kerrotaan, miten selkokieltä käytetään seuran tiedotteissa.",
        }
        description = _("A video with a transcript.")


class AudioBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), max_length=200)
    audio = DocumentChooserBlock(label=_("Audio file (MP3 or OGG)"))
    transcript = blocks.TextBlock(label=_("Transcript"))

    class Meta:
        icon = "media"
        template = "courses/blocks/audio.html"
        description = _("An audio recording with a transcript.")


class DocumentBlock(blocks.StructBlock):
    document = DocumentChooserBlock(label=_("Document"))
    title = blocks.CharBlock(label=_("Link text"), max_length=200)

    class Meta:
        icon = "doc-full"
        template = "courses/blocks/document.html"
        description = _("A file to download.")


class CalloutBlock(blocks.StructBlock):
    kind = blocks.ChoiceBlock(
        label=_("Kind"),
        choices=[("tip", _("Tip")), ("note", _("Good to know")), ("warning", _("Watch out"))],
        default="tip",
    )
    title = blocks.CharBlock(label=_("Title"), max_length=200, required=False)
    text = blocks.RichTextBlock(label=_("Text"), features=LESSON_TEXT_FEATURES)

    class Meta:
        icon = "help"
        template = "courses/blocks/callout.html"
        preview_value = {
            "kind": "tip",
            "title": "Vinkki",
            "text": "<p>Kysy, miten henkilö haluaa nimensä lausuttavan.</p>",
        }
        description = _("A highlighted tip or note.")


class ReflectionBlock(blocks.StructBlock):
    """A question the learner answers for themselves; the answer is private."""

    prompt = blocks.TextBlock(label=_("Question to reflect on"))

    class Meta:
        icon = "edit"
        template = "courses/blocks/reflection.html"
        preview_value = {"prompt": "Milloin olet itse ollut uusi jossain porukassa? Mikä auttoi?"}
        description = _("A private reflection: only the learner sees their answer.")


class ChecklistBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), max_length=200)
    items = blocks.ListBlock(blocks.CharBlock(label=_("Item"), max_length=300), label=_("Items"))

    class Meta:
        icon = "list-ul"
        template = "courses/blocks/checklist.html"
        preview_value = {"title": "Ennen ensimmäistä harjoitusta", "items": ["Kerro paikka ja aika", "Nimeä kaveri"]}
        description = _("A checklist the learner can tick for themselves.")


class DigitalToolBlock(blocks.StructBlock):
    tool_name = blocks.CharBlock(label=_("Tool"), max_length=100)
    url = blocks.URLBlock(label=_("Link to the tool"))
    steps = blocks.ListBlock(blocks.TextBlock(label=_("Step")), label=_("Step-by-step instructions"))

    class Meta:
        icon = "cogs"
        template = "courses/blocks/digital_tool.html"
        preview_value = {
            "tool_name": "Jitsi Meet",
            "url": "https://meet.jit.si/",
            "steps": ["Avaa osoite", "Anna huoneelle nimi", "Jaa linkki osallistujille"],
        }
        description = _("Try this digital tool: name, link and steps.")


class FAQItemBlock(blocks.StructBlock):
    question = blocks.CharBlock(label=_("Question"), max_length=300)
    answer = blocks.RichTextBlock(label=_("Answer"), features=LESSON_TEXT_FEATURES)


class FAQBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), max_length=200, required=False)
    items = blocks.ListBlock(FAQItemBlock(), label=_("Questions"))

    class Meta:
        icon = "help"
        template = "courses/blocks/faq.html"
        preview_value = {
            "title": "Usein kysyttyä",
            "items": [{"question": "Tarvitaanko tulkki?", "answer": "<p>Ei aina: selkokieli ja kuvat auttavat.</p>"}],
        }
        description = _("Expandable questions and answers.")


class BaseStreamBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    paragraph = ParagraphBlock()
    image = ImageBlock()
    video = VideoBlock()
    audio = AudioBlock()
    document = DocumentBlock()
    callout = CalloutBlock()
    reflection = ReflectionBlock()
    checklist = ChecklistBlock()
    digital_tool = DigitalToolBlock()
    faq = FAQBlock()
