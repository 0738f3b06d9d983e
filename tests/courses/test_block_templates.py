"""What the lesson blocks render for learners: accessible, no inline script or
style, no third-party request until the learner asks for it."""

from pathlib import Path

import pytest

from courses.blocks import BaseStreamBlock
from courses.templatetags.courses_tags import duration, video_embed_url

STREAM = BaseStreamBlock()
TEMPLATES = Path(__file__).resolve().parents[2] / "templates" / "courses" / "blocks"


def render(name, value, **context):
    block = STREAM.child_blocks[name]
    return block.render(block.to_python(value), context={"id": "b1", **context})


@pytest.mark.parametrize(
    ("url", "embed"),
    [
        ("https://www.youtube.com/watch?v=aqz-KE-bpKQ", "https://www.youtube-nocookie.com/embed/aqz-KE-bpKQ"),
        ("https://youtube.com/watch?v=aqz-KE-bpKQ&t=30s", "https://www.youtube-nocookie.com/embed/aqz-KE-bpKQ"),
        ("https://m.youtube.com/watch?v=aqz-KE-bpKQ", "https://www.youtube-nocookie.com/embed/aqz-KE-bpKQ"),
        ("https://youtu.be/aqz-KE-bpKQ", "https://www.youtube-nocookie.com/embed/aqz-KE-bpKQ"),
        ("https://www.youtube.com/shorts/aqz-KE-bpKQ", "https://www.youtube-nocookie.com/embed/aqz-KE-bpKQ"),
        ("https://www.youtube.com/embed/aqz-KE-bpKQ", "https://www.youtube-nocookie.com/embed/aqz-KE-bpKQ"),
        ("https://vimeo.com/76979871", "https://player.vimeo.com/video/76979871"),
        ("https://vimeo.com/76979871/abc123", "https://player.vimeo.com/video/76979871?h=abc123"),
        ("https://player.vimeo.com/video/76979871", "https://player.vimeo.com/video/76979871"),
    ],
)
def test_video_addresses_become_privacy_friendly_embeds(url, embed):
    assert video_embed_url(url) == embed


@pytest.mark.parametrize(
    "url",
    [
        "https://example.org/video.mp4",
        "https://www.youtube.com/watch?v=short",
        "https://www.youtube.com/watch?v=<script>alert",
        "javascript:alert(1)",
        "https://vimeo.com/channels/staffpicks",
        "",
    ],
)
def test_other_addresses_get_no_embed(url):
    assert video_embed_url(url) is None


def test_video_block_loads_nothing_until_played_and_has_a_transcript():
    html = render(
        "video",
        {"title": "Selkokieli", "url": "https://youtu.be/aqz-KE-bpKQ", "transcript": "Puhuja kertoo selkokielestä."},
    )
    assert "<iframe" not in html
    assert 'data-embed-src="https://www.youtube-nocookie.com/embed/aqz-KE-bpKQ"' in html
    assert 'data-embed-title="Selkokieli"' in html
    assert '<a href="https://youtu.be/aqz-KE-bpKQ"' in html  # works without JavaScript
    assert "<details" in html and "Puhuja kertoo selkokielestä." in html


def test_video_with_an_unknown_address_is_a_link():
    html = render("video", {"title": "Video", "url": "https://example.org/v.mp4", "transcript": "Teksti."})
    assert "video-facade" not in html and 'href="https://example.org/v.mp4"' in html


def test_callout_is_a_note_with_a_title():
    html = render("callout", {"kind": "warning", "title": "", "text": "<p>Varo.</p>"})
    assert 'role="note"' in html and "Watch out" in html and "<p>Varo.</p>" in html


def test_checklist_has_a_label_for_every_box():
    html = render("checklist", {"title": "Ennen", "items": ["Kerro paikka", "Nimeä kaveri"]})
    assert html.count('type="checkbox"') == 2
    assert 'for="check-b1-1"' in html and 'id="check-b1-1"' in html
    assert "<legend" in html


def test_faq_items_expand():
    html = render("faq", {"title": "Kysyttyä", "items": [{"question": "Tulkki?", "answer": "<p>Ei aina.</p>"}]})
    assert "<details" in html and "<summary>Tulkki?</summary>" in html


def test_digital_tool_lists_its_steps_in_order():
    html = render("digital_tool", {"tool_name": "Jitsi", "url": "https://meet.jit.si/", "steps": ["Avaa", "Jaa"]})
    assert "<ol" in html and html.index("Avaa") < html.index("Jaa")
    assert 'href="https://meet.jit.si/"' in html


def test_reflection_outside_a_lesson_shows_only_the_prompt():
    html = render("reflection", {"prompt": "Milloin olit uusi?"})
    assert "Milloin olit uusi?" in html and "<form" not in html


def test_reflection_for_a_learner_is_a_form_with_their_answer():
    html = render(
        "reflection",
        {"prompt": "Milloin olit uusi?"},
        reflection_url="/fi/learning/courses/1/steps/2/reflection/",
        reflection={"text": "Kun muutin <Kajaaniin>"},
        reflection_max_length=10000,
        csrf_token="token",
    )
    assert 'action="/fi/learning/courses/1/steps/2/reflection/#reflection-b1"' in html
    assert '<label class="form-label fw-semibold" for="reflection-text-b1">' in html
    assert "Kun muutin &lt;Kajaaniin&gt;</textarea>" in html


def test_reflection_error_is_tied_to_the_text_box():
    html = render(
        "reflection",
        {"prompt": "Kysymys"},
        reflection_url="/x/",
        reflection={"text": "liian pitkä", "error": "Your answer is too long"},
    )
    assert 'aria-invalid="true"' in html and 'aria-describedby="reflection-help-b1 reflection-error-b1"' in html


@pytest.mark.parametrize("name", list(STREAM.child_blocks))
def test_no_block_template_has_inline_script_or_style(name):
    source = (TEMPLATES / f"{name}.html").read_text(encoding="utf-8")
    assert "<script" not in source and "style=" not in source and " on" + "click=" not in source


@pytest.mark.parametrize(("minutes", "text"), [(0, "0 min"), (45, "45 min"), (60, "1 h"), (90, "1 h 30 min")])
def test_duration_reads_naturally(minutes, text):
    assert duration(minutes) == text
