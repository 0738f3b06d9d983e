"""Demo translations made through wagtail-localize, the way an editor makes them
in the admin: a TranslationSource for the Finnish page, a Translation for the
target locale, one StringTranslation per segment, then `save_target`. The
translated pages therefore stay editable in wagtail-localize's translation
editor ("Translate this page" / "Sync translated pages").

The texts are PO catalogues next to the demo content,
`<app>/demo_content/<language>/<course slug>.po`: `msgctxt` is the page's path
of slugs below the course ("." for the course itself), `msgid` the Finnish
segment exactly as wagtail-localize extracts it (rich text is split per
paragraph or list item, links become `<a id="a1">…</a>`), `msgstr` the
translation. A segment without a translation is an error, so the demo never
shows Finnish inside a translated page.

Idempotent: a rerun changes nothing unless the Finnish page was republished
since its source was extracted, a catalogue text changed, or the translation
is missing or not live; only then a new revision is saved and published.
"""

from __future__ import annotations

from pathlib import Path

import polib
from django.core.exceptions import ImproperlyConfigured
from django.utils import timezone
from wagtail.models import Locale, Page
from wagtail_localize.models import StringSegment, StringTranslation, Translation, TranslationSource

Catalogue = dict[str, dict[str, str]]  # page path below the course -> {Finnish segment: translation}


def load_catalogue(path: Path) -> Catalogue:
    """The catalogue of one course in one language; empty when the file does not exist."""
    if not path.exists():
        return {}
    catalogue: Catalogue = {}
    for entry in polib.pofile(str(path)):
        if entry.msgstr and not entry.obsolete:
            catalogue.setdefault(entry.msgctxt or ".", {})[entry.msgid] = entry.msgstr
    return catalogue


def page_key(course: Page, page: Page) -> str:
    """The catalogue key of a page: the slugs from below the course down to the page."""
    if page.pk == course.pk:
        return "."
    ancestors = page.get_ancestors(inclusive=True).filter(depth__gt=course.depth).order_by("depth")
    return "/".join(ancestors.values_list("slug", flat=True))


def translate_page(page: Page, locale: Locale, texts: dict[str, str]) -> Page:
    """Translate one page (its parent must be translated already) and publish the result.

    Raises ImproperlyConfigured when a segment of the page has no text in `texts`."""
    page = page.specific
    source, changed = _source(page)
    translation, created = Translation.objects.update_or_create(
        source=source, target_locale=locale, defaults={"enabled": True}
    )
    changed = _store_strings(page, source, locale, texts) or changed or created
    target = page.get_translation_or_none(locale)
    if changed or target is None or not target.live or target.has_unpublished_changes:
        # save_target(publish=True) would publish in transaction.on_commit, i.e. only after
        # seed_demo's one transaction ends (and never in the tests' rolled-back one), while
        # the layers seeded next (quizzes) already build on these pages: publish here instead.
        translation.save_target(publish=False)
        target = page.get_translation(locale).specific
        target.get_latest_revision().publish()
        target.refresh_from_db()
    return target


def _source(page: Page) -> tuple[TranslationSource, bool]:
    """The page's source, re-extracted only when the page was published after the last extraction
    (other changes, such as a child added by a later layer, do not touch the translatable content)."""
    source = TranslationSource.objects.filter(object_id=page.translation_key, locale_id=page.locale_id).first()
    if source is not None and not (page.last_published_at and page.last_published_at > source.last_updated_at):
        return source, False
    extracted_at = source.last_updated_at if source is not None else None
    source, _created = TranslationSource.update_or_create_from_instance(page)
    return source, source.last_updated_at != extracted_at


def _store_strings(page: Page, source: TranslationSource, locale: Locale, texts: dict[str, str]) -> bool:
    """One StringTranslation per segment of the source; True if any was created or changed."""
    changed = False
    segments = StringSegment.objects.filter(source=source).select_related("string", "context").order_by("order")
    for segment in segments:
        text = texts.get(segment.string.data)
        if not text:
            raise ImproperlyConfigured(
                f"Demo translation of {page.url_path} ({locale.language_code}): no text for {segment.string.data!r}."
            )
        existing = StringTranslation.objects.filter(
            translation_of=segment.string, locale=locale, context=segment.context
        ).first()
        if existing is not None and existing.data == text:
            continue
        if existing is None:
            existing = StringTranslation(translation_of=segment.string, locale=locale, context=segment.context)
        existing.data = text
        existing.translation_type = StringTranslation.TRANSLATION_TYPE_MANUAL
        existing.updated_at = timezone.now()
        existing.has_error = False
        existing.field_error = ""
        existing.save()
        if existing.has_error:  # wagtail-localize flags invalid HTML or changed links
            raise ImproperlyConfigured(f"Demo translation of {page.url_path}: invalid text {text!r}.")
        changed = True
    return changed
