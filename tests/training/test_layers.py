"""Apps import only from their own layer or the layers below (design.md)."""

import ast
from pathlib import Path

import pytest
from django.conf import settings

PROJECT = Path(__file__).resolve().parents[2]
# Layer of each project app; an app may import apps of a lower or equal layer
# only when they share a layer number and are listed as peers in design.md.
LAYERS = {"training": 0, "accounts": 0, "associations": 1, "home": 2, "courses": 2, "quizzes": 3, "live": 3,
          "readiness": 4, "badges": 5, "reports": 6}  # fmt: skip


def imported_project_apps(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module.split(".")[0])
    return names & set(LAYERS)


def test_every_project_app_has_a_layer():
    assert set(settings.PROJECT_APPS) <= set(LAYERS)


@pytest.mark.parametrize("app", settings.PROJECT_APPS)
def test_app_imports_nothing_from_a_higher_layer(app):
    offenders = []
    for path in (PROJECT / app).rglob("*.py"):
        for imported in imported_project_apps(path):
            if LAYERS[imported] > LAYERS[app]:
                offenders.append(f"{path.relative_to(PROJECT)} imports {imported}")
    assert offenders == []
