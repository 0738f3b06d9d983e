"""The one block set for lesson bodies (BaseStreamBlock). Every block has a
template under templates/courses/blocks/ and a preview value.

Image, audio and document blocks need a real file to show: their preview uses
the newest suitable file in the "Course materials" collection and, when there
is none yet, a value whose file is None (their templates render nothing for
the missing file instead of failing)."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.images.blocks import ImageChooserBlock

LESSON_TEXT_FEATURES = ["bold", "italic", "link", "ol", "ul"]
AUDIO_FILE_PATTERN = r"\.(mp3|ogg|oga|m4a|wav)$"


class PreviewableBlock:
    """Show the block's preview in the editor's block picker.

    Wagtail shows previews only when a block has its own preview template or
    the global one (wagtailcore/shared/block_preview.html) is overridden; this
    turns them on with whichever global template is in use, which renders the
    block with its own template and its preview value."""

    is_previewable = True


def _course_material(model, **filters):
    """The newest file of `model` in the "Course materials" collection, or None."""
    from courses.authoring import COURSE_MATERIALS

    return model.objects.filter(collection__name=COURSE_MATERIALS, **filters).order_by("-created_at").first()


class HeadingBlock(PreviewableBlock, blocks.StructBlock):
    text = blocks.CharBlock(label=_("Heading"), max_length=200)
    level = blocks.ChoiceBlock(label=_("Level"), choices=[("h2", _("Section")), ("h3", _("Subsection"))], default="h2")

    class Meta:
        icon = "title"
        label = _("Heading")
        template = "courses/blocks/heading.html"
        preview_value = {"text": "Kulttuuri ja minä", "level": "h2"}
        description = _("A section heading inside the lesson.")


class ParagraphBlock(PreviewableBlock, blocks.RichTextBlock):
    def __init__(self, **kwargs):
        super().__init__(features=LESSON_TEXT_FEATURES, **kwargs)

    class Meta:
        icon = "pilcrow"
        label = _("Text")
        template = "courses/blocks/paragraph.html"
        preview_value = "<p>Jokainen meistä katsoo maailmaa oman kulttuurinsa läpi.</p>"
        description = _("Text with bold, italics, links and lists.")


class ImageBlock(PreviewableBlock, blocks.StructBlock):
    image = ImageChooserBlock(label=_("Image"))
    alt_text = blocks.CharBlock(
        label=_("Alternative text"),
        max_length=250,
        help_text=_("Describe what the image shows for people who cannot see it. Required."),
    )
    caption = blocks.CharBlock(label=_("Caption"), required=False, max_length=250)

    class Meta:
        icon = "image"
        label = _("Image")
        template = "courses/blocks/image.html"
        description = _("An image with required alternative text.")

    def get_preview_value(self):
        from wagtail.images import get_image_model

        return self.normalize(
            {
                "image": _course_material(get_image_model()),
                "alt_text": "Seuran jäsenet toivottavat uuden harrastajan tervetulleeksi harjoituksiin.",
                "caption": "Ensimmäinen harjoituskerta",
            }
        )


class VideoBlock(PreviewableBlock, blocks.StructBlock):
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
        label = _("Video")
        preview_value = {
            "title": "Selkokieli arjessa",
            "url": "https://www.youtube.com/watch?v=aqz-KE-bpKQ",
            "transcript": "Videolla kerrotaan, miten selkokieltä käytetään seuran tiedotteissa.",
        }
        description = _("A video with a transcript.")


class AudioBlock(PreviewableBlock, blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), max_length=200)
    audio = DocumentChooserBlock(label=_("Audio file (MP3 or OGG)"))
    transcript = blocks.TextBlock(label=_("Transcript"))

    class Meta:
        icon = "media"
        template = "courses/blocks/audio.html"
        label = _("Audio")
        description = _("An audio recording with a transcript.")

    def get_preview_value(self):
        from wagtail.documents import get_document_model

        return self.normalize(
            {
                "title": "Tervehdys kolmella kielellä",
                "audio": _course_material(get_document_model(), file__iregex=AUDIO_FILE_PATTERN),
                "transcript": "Hei ja tervetuloa! Hej och välkommen! Hello and welcome!",
            }
        )


class DocumentBlock(PreviewableBlock, blocks.StructBlock):
    document = DocumentChooserBlock(label=_("Document"))
    title = blocks.CharBlock(label=_("Link text"), max_length=200)

    class Meta:
        icon = "doc-full"
        label = _("Document to download")
        template = "courses/blocks/document.html"
        description = _("A file to download.")

    def get_preview_value(self):
        from wagtail.documents import get_document_model

        return self.normalize(
            {"document": _course_material(get_document_model()), "title": "Tervetulokansio uudelle jäsenelle (PDF)"}
        )


class CalloutBlock(PreviewableBlock, blocks.StructBlock):
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
        label = _("Tip or note")
        preview_value = {
            "kind": "tip",
            "title": "Vinkki",
            "text": "<p>Kysy, miten henkilö haluaa nimensä lausuttavan.</p>",
        }
        description = _("A highlighted tip or note.")


class ReflectionBlock(PreviewableBlock, blocks.StructBlock):
    """A question the learner answers for themselves; the answer is private."""

    prompt = blocks.TextBlock(label=_("Question to reflect on"))

    class Meta:
        icon = "edit"
        label = _("Reflection question")
        template = "courses/blocks/reflection.html"
        preview_value = {"prompt": "Milloin olet itse ollut uusi jossain porukassa? Mikä auttoi?"}
        description = _("A private reflection: only the learner sees their answer.")


class ChecklistBlock(PreviewableBlock, blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), max_length=200)
    items = blocks.ListBlock(blocks.CharBlock(label=_("Item"), max_length=300), label=_("Items"))

    class Meta:
        icon = "list-ul"
        label = _("Checklist")
        template = "courses/blocks/checklist.html"
        preview_value = {"title": "Ennen ensimmäistä harjoitusta", "items": ["Kerro paikka ja aika", "Nimeä kaveri"]}
        description = _("A checklist the learner can tick for themselves.")


class DigitalToolBlock(PreviewableBlock, blocks.StructBlock):
    tool_name = blocks.CharBlock(label=_("Tool"), max_length=100)
    url = blocks.URLBlock(label=_("Link to the tool"))
    steps = blocks.ListBlock(blocks.TextBlock(label=_("Step")), label=_("Step-by-step instructions"))

    class Meta:
        icon = "cogs"
        label = _("Try a digital tool")
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


class FAQBlock(PreviewableBlock, blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), max_length=200, required=False)
    items = blocks.ListBlock(FAQItemBlock(), label=_("Questions"))

    class Meta:
        icon = "help"
        template = "courses/blocks/faq.html"
        label = _("Questions and answers")
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
