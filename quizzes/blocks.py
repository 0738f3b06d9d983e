"""Question blocks of a QuizPage: one StructBlock per question type.

Answers and snapshots refer to questions by their StreamField block id and
to options, items, pairs and statements by their ListBlock item id. Both
ids are copied unchanged into every wagtail-localize translation, so an
answer keyed by them means the same thing in every language.

Correct flags, scores and feedback live only here and in the attempt
snapshot on the server (quizzes/snapshot.py); the learner's form is built
from `snapshot.public_questions`, which leaves them out.
"""

from django.utils.html import strip_tags
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks.stream_block import StreamBlockValidationError, StreamValue
from wagtail.images.blocks import ImageChooserBlock
from wagtail.rich_text import RichText

from courses.blocks import LESSON_TEXT_FEATURES


class QuestionBlock(blocks.StructBlock):
    """Fields every question has."""

    prompt = blocks.TextBlock(label=_("Question"), max_length=1000)
    points = blocks.IntegerBlock(label=_("Points"), min_value=1, max_value=100, default=1)
    explanation = blocks.TextBlock(
        label=_("Explanation"),
        required=False,
        max_length=2000,
        help_text=_("Shown with the result: why the answer is what it is."),
    )


class OptionBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Option"), max_length=500)
    correct = blocks.BooleanBlock(label=_("Correct"), required=False)
    feedback = blocks.TextBlock(label=_("Feedback for this option"), required=False, max_length=1000)


class SingleChoiceBlock(QuestionBlock):
    options = blocks.ListBlock(OptionBlock(), label=_("Options"), min_num=2, max_num=10)

    class Meta:
        icon = "radio-empty"
        label = _("Single choice")


class MultipleChoiceBlock(QuestionBlock):
    options = blocks.ListBlock(OptionBlock(), label=_("Options"), min_num=2, max_num=10)
    partial_credit = blocks.BooleanBlock(
        label=_("Partial credit"),
        required=False,
        help_text=_("Each right choice earns a share of the points; each wrong one takes a share away."),
    )

    class Meta:
        icon = "tasks"
        label = _("Multiple choice")


class TrueFalseBlock(QuestionBlock):
    answer = blocks.BooleanBlock(label=_("The statement is true"), required=False)
    feedback_true = blocks.TextBlock(label=_("Feedback for “true”"), required=False, max_length=1000)
    feedback_false = blocks.TextBlock(label=_("Feedback for “false”"), required=False, max_length=1000)

    class Meta:
        icon = "tick-inverse"
        label = _("True or false")


class ResponseBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Response"), max_length=500)
    score = blocks.IntegerBlock(
        label=_("Score (%)"),
        min_value=0,
        max_value=100,
        default=0,
        help_text=_("How good this response is: 100 for the best one, partial for responses that are partly right."),
    )
    feedback = blocks.TextBlock(
        label=_("Feedback"), max_length=2000, help_text=_("The perspectives involved: why this response helps or not.")
    )


class ScenarioBlock(QuestionBlock):
    """A critical incident: a situation, then responses each with a score and feedback."""

    situation = blocks.RichTextBlock(label=_("Situation"), features=LESSON_TEXT_FEATURES)
    image = ImageChooserBlock(label=_("Image"), required=False)
    image_alt = blocks.CharBlock(label=_("Image alternative text"), required=False, max_length=250)
    responses = blocks.ListBlock(ResponseBlock(), label=_("Responses"), min_num=2, max_num=8)

    class Meta:
        icon = "group"
        label = _("Scenario")

    def clean(self, value):
        value = super().clean(value)
        if value.get("image") and not (value.get("image_alt") or "").strip():
            raise blocks.StructBlockValidationError(
                {"image_alt": blocks.BlockValidationError(_("Describe the image for people who cannot see it."))}
            )
        if not any(response["score"] == 100 for response in value["responses"]):
            raise blocks.StructBlockValidationError(
                {"responses": blocks.BlockValidationError(_("At least one response needs a score of 100."))}
            )
        return value


class OrderingBlock(QuestionBlock):
    items = blocks.ListBlock(
        blocks.CharBlock(max_length=300),
        label=_("Items in the right order"),
        min_num=2,
        max_num=10,
        help_text=_("Learners see them shuffled and put them in this order."),
    )

    class Meta:
        icon = "list-ol"
        label = _("Ordering")


class PairBlock(blocks.StructBlock):
    left = blocks.CharBlock(label=_("Item"), max_length=300)
    right = blocks.CharBlock(label=_("Its match"), max_length=300)


class MatchingBlock(QuestionBlock):
    pairs = blocks.ListBlock(PairBlock(), label=_("Pairs"), min_num=2, max_num=10)

    class Meta:
        icon = "link"
        label = _("Matching pairs")


class ReflectionBlock(blocks.StructBlock):
    prompt = blocks.TextBlock(label=_("Reflection prompt"), max_length=1000)
    marked = blocks.BooleanBlock(
        label=_("Marked by a trainer"),
        required=False,
        help_text=_("Unticked: the reflection is not graded. Ticked: a trainer marks it before the result is final."),
    )
    points = blocks.IntegerBlock(label=_("Points"), min_value=1, max_value=100, default=1)
    explanation = blocks.TextBlock(label=_("Guidance shown with the result"), required=False, max_length=2000)

    class Meta:
        icon = "openquote"
        label = _("Free-text reflection")


class LikertBlock(blocks.StructBlock):
    """Self-assessment statements on a 1–5 scale. Ungraded. Two quizzes whose
    blocks share a pairing key show the growth from "before" to "after"."""

    prompt = blocks.TextBlock(label=_("Instructions"), max_length=1000)
    statements = blocks.ListBlock(blocks.CharBlock(max_length=300), label=_("Statements"), min_num=1, max_num=20)
    pair_key = blocks.CharBlock(
        label=_("Pairing key"),
        required=False,
        max_length=50,
        help_text=_("The same key on a “before” and an “after” self-assessment pairs them, statement by statement."),
    )
    phase = blocks.ChoiceBlock(
        label=_("Phase"),
        choices=[("", _("Not paired")), ("before", _("Before the course")), ("after", _("After the course"))],
        required=False,
    )

    class Meta:
        icon = "form"
        label = _("Self-assessment scale")


def has_content(block, value) -> bool:
    """Whether a trainer wrote or chose anything in `value` (of `block`, as
    posted or stored). Numbers and ticks are not counted: they have defaults
    (one point, unticked) that a question added and left alone still posts."""
    if isinstance(block, blocks.StructBlock):
        return any(has_content(child, (value or {}).get(name)) for name, child in block.child_blocks.items())
    if isinstance(block, blocks.ListBlock):
        return any(has_content(block.child_block, item) for item in (value or []))
    if isinstance(block, (blocks.IntegerBlock, blocks.BooleanBlock)):
        return False
    if isinstance(value, RichText):
        return bool(strip_tags(value.source).strip())
    if isinstance(value, str):
        return bool(strip_tags(value).strip())
    return value is not None  # a chosen image


class QuestionStreamBlock(blocks.StreamBlock):
    """The questions of a quiz.

    Publishing or submitting for review drops questions with nothing written
    in them (an abandoned "add question" kept by a draft save or autosave
    must not block the trainer). A question that is started but incomplete
    is refused, and the message above the questions names it by its number
    and type, so it can be found even when its block is collapsed. Draft
    saves keep everything as it is: the trainer may still be writing.
    """

    single = SingleChoiceBlock()
    multiple = MultipleChoiceBlock()
    true_false = TrueFalseBlock()
    scenario = ScenarioBlock()
    ordering = OrderingBlock()
    matching = MatchingBlock()
    reflection = ReflectionBlock()
    likert = LikertBlock()

    def clean(self, value):
        if self.is_deferred_validation:
            return super().clean(value)
        positions = [index for index, child in enumerate(value) if has_content(child.block, child.value)]
        kept = StreamValue(self, [(value[i].block_type, value[i].value, value[i].id) for i in positions])
        try:
            return super().clean(kept)
        except StreamBlockValidationError as error:
            # Errors by the position the trainer sees (the empty questions are still on their screen).
            block_errors = {positions[index]: problem for index, problem in error.block_errors.items()}
            named = [
                gettext("Question %(number)s (%(type)s) is not complete: fill in the marked fields or delete it.")
                % {"number": position + 1, "type": value[position].block.label}
                for position in sorted(block_errors)
            ]
            raise StreamBlockValidationError(
                block_errors=block_errors, non_block_errors=[*named, *error.non_block_errors]
            ) from None
