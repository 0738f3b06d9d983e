"""What an attempt shows, frozen: build a snapshot from a QuizPage, and the
learner-safe view of it.

A snapshot is plain JSON: {"version": 1, "questions": [...]}, questions in
the order shown, each with its block id, type, texts and, per option, the
item id plus the server-only fields (correct flag, score, feedback, right
position). `public_questions` is the only thing templates and JSON for an
open attempt get: it copies an allowlist of fields, so a new server-only
field can never leak by accident.
"""

from __future__ import annotations

import random

SNAPSHOT_VERSION = 1
GRADED_TYPES = {"single", "multiple", "true_false", "scenario", "ordering", "matching"}


def build(page, rng: random.Random | None = None) -> dict:
    """The questions an attempt at `page` shows: drawn, shuffled, frozen."""
    rng = rng or random.SystemRandom()
    blocks = list(page.questions)
    if page.draw_count and page.draw_count < len(blocks):
        # Keep the authored order of the drawn questions unless shuffling is on.
        drawn = set(rng.sample(range(len(blocks)), page.draw_count))
        blocks = [block for i, block in enumerate(blocks) if i in drawn]
    if page.shuffle_questions:
        rng.shuffle(blocks)
    questions = [_question(block, page.shuffle_options, rng) for block in blocks]
    return {"version": SNAPSHOT_VERSION, "language": page.locale.language_code, "questions": questions}


def _items(list_value) -> list[tuple[str, object]]:
    return [(str(child.id), child.value) for child in list_value.bound_blocks]


def _shuffled(items: list, shuffle: bool, rng: random.Random) -> list:
    items = list(items)
    if shuffle:
        rng.shuffle(items)
    return items


def _question(block, shuffle_options: bool, rng: random.Random) -> dict:
    value = block.value
    kind = block.block_type
    question = {"id": str(block.id), "type": kind, "prompt": value["prompt"]}
    if kind in GRADED_TYPES or kind == "reflection":
        question["points"] = value["points"]
        question["explanation"] = value.get("explanation") or ""
    if kind in ("single", "multiple"):
        options = [
            {"id": item_id, "text": v["text"], "correct": bool(v["correct"]), "feedback": v["feedback"] or ""}
            for item_id, v in _items(value["options"])
        ]
        question["options"] = _shuffled(options, shuffle_options, rng)
        if kind == "multiple":
            question["partial_credit"] = bool(value["partial_credit"])
    elif kind == "true_false":
        question["answer"] = bool(value["answer"])
        question["feedback_true"] = value["feedback_true"] or ""
        question["feedback_false"] = value["feedback_false"] or ""
    elif kind == "scenario":
        question["situation"] = value["situation"].source
        question["image_id"] = value["image"].pk if value["image"] else None
        question["image_alt"] = value["image_alt"] or ""
        responses = [
            {"id": item_id, "text": v["text"], "score": v["score"], "feedback": v["feedback"]}
            for item_id, v in _items(value["responses"])
        ]
        question["options"] = _shuffled(responses, shuffle_options, rng)
    elif kind == "ordering":
        items = [
            {"id": item_id, "text": text, "position": i + 1} for i, (item_id, text) in enumerate(_items(value["items"]))
        ]
        shown = _shuffled(items, True, rng)
        if [item["id"] for item in shown] == [item["id"] for item in items]:
            shown = shown[1:] + shown[:1]  # never show the answer as the starting order
        question["items"] = shown
    elif kind == "matching":
        pairs = [{"id": item_id, "left": v["left"], "right": v["right"]} for item_id, v in _items(value["pairs"])]
        question["pairs"] = _shuffled(pairs, shuffle_options, rng)
        question["right_order"] = [pair["id"] for pair in _shuffled(pairs, True, rng)]
    elif kind == "reflection":
        question["marked"] = bool(value["marked"])
    elif kind == "likert":
        question["statements"] = [{"id": item_id, "text": text} for item_id, text in _items(value["statements"])]
        question["pair_key"] = value["pair_key"] or ""
        question["phase"] = value["phase"] or ""
    return question


def public_questions(snapshot: dict) -> list[dict]:
    """The questions as the learner may see them before submitting: texts and
    ids only — no correct flags, scores, positions, feedback or explanations."""
    shown = []
    for q in snapshot.get("questions", []):
        public = {"id": q["id"], "type": q["type"], "prompt": q["prompt"]}
        if q["type"] in ("single", "multiple", "scenario"):
            public["options"] = [{"id": o["id"], "text": o["text"]} for o in q["options"]]
        if q["type"] == "scenario":
            public["situation"] = q["situation"]
            public["image_id"] = q["image_id"]
            public["image_alt"] = q["image_alt"]
        elif q["type"] == "ordering":
            public["items"] = [{"id": item["id"], "text": item["text"]} for item in q["items"]]
            public["positions"] = list(range(1, len(q["items"]) + 1))
        elif q["type"] == "matching":
            rights = {pair["id"]: pair["right"] for pair in q["pairs"]}
            public["lefts"] = [{"id": pair["id"], "text": pair["left"]} for pair in q["pairs"]]
            public["rights"] = [{"id": pair_id, "text": rights[pair_id]} for pair_id in q["right_order"]]
        elif q["type"] == "likert":
            public["statements"] = [{"id": s["id"], "text": s["text"]} for s in q["statements"]]
        shown.append(public)
    return shown


def question_map(snapshot: dict) -> dict[str, dict]:
    return {q["id"]: q for q in snapshot.get("questions", [])}
