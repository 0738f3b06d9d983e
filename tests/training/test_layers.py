"""Apps import only from their own layer or the layers below (design.md),
and name models of higher layers nowhere else either: a string model
reference (`ForeignKey("app.Model")`, `to="app.Model"`) or a page-type string
(`subpage_types`, `parent_page_types`) is a dependency just like an import."""

import ast
from pathlib import Path

import pytest
from django.conf import settings

PROJECT = Path(__file__).resolve().parents[2]
# Layer of each project app; an app may import apps of a lower or equal layer
# only when they share a layer number and are listed as peers in design.md.
LAYERS = {"training": 0, "accounts": 0, "audit": 0, "operations": 0, "notifications": 0,
          "associations": 1, "home": 2, "courses": 2,
          "quizzes": 3, "live": 3,
          "readiness": 4, "badges": 5, "activities": 6, "reports": 7}  # fmt: skip

RELATION_FIELDS = {"ForeignKey", "OneToOneField", "ManyToManyField", "ParentalKey", "ParentalManyToManyField"}
PAGE_TYPE_LISTS = {"subpage_types", "parent_page_types"}

# Stated exceptions: (file, referenced "app.Model") -> why it stays.
STRING_REFERENCE_EXCEPTIONS = {
    # The account's "home municipality" profile fact points at the municipality
    # reference data, which lives in `associations`. The string keeps `accounts`
    # free of imports from `associations`; the only coupling is the schema. The
    # fix is a layer-0 reference-data app for Region and Municipality (a model
    # move with migrations in both apps), not done yet.
    ("accounts/models.py", "associations.Municipality"),
    # Wagtail's `subpage_types` is an allow-list on the parent: inverting it
    # (only LiveSessionIndexPage.parent_page_types) would need HomePage to allow
    # every page type below it. The home page names the calendar page it may hold.
    ("home/models.py", "live.LiveSessionIndexPage"),
}


def imported_project_apps(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module.split(".")[0])
    return names & set(LAYERS)


def _model_strings(node) -> list[str]:
    """String constants of an expression that look like "app.Model" (a list, a tuple or one string)."""
    items = node.elts if isinstance(node, ast.List | ast.Tuple) else [node]
    return [
        item.value
        for item in items
        if isinstance(item, ast.Constant) and isinstance(item.value, str) and item.value.count(".") == 1
    ]


def referenced_models(path: Path) -> set[str]:
    """Every "app.Model" a module names in a relation field or a page-type list."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            if name in RELATION_FIELDS:
                targets = node.args[:1] + [kw.value for kw in node.keywords if kw.arg == "to"]
                for target in targets:
                    found.update(_model_strings(target))
        elif isinstance(node, ast.Assign | ast.AnnAssign):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            if any(isinstance(t, ast.Name) and t.id in PAGE_TYPE_LISTS for t in targets) and node.value is not None:
                found.update(_model_strings(node.value))
    return found


def _sources(app: str):
    for path in (PROJECT / app).rglob("*.py"):
        # Migrations record the schema the models above define; they follow the models.
        if "migrations" not in path.relative_to(PROJECT).parts:
            yield path


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


@pytest.mark.parametrize("app", settings.PROJECT_APPS)
def test_app_names_no_model_of_a_higher_layer(app):
    offenders = []
    for path in _sources(app):
        relative = path.relative_to(PROJECT).as_posix()
        for reference in referenced_models(path):
            target_app = reference.split(".")[0]
            if LAYERS.get(target_app, -1) > LAYERS[app] and (relative, reference) not in STRING_REFERENCE_EXCEPTIONS:
                offenders.append(f"{relative} names {reference}")
    assert offenders == []


def test_every_stated_exception_still_exists():
    """An exception that is resolved must leave the list, so the list stays true."""
    stale = [
        (file, reference)
        for file, reference in STRING_REFERENCE_EXCEPTIONS
        if reference not in referenced_models(PROJECT / file)
    ]
    assert stale == []


def test_the_reference_check_sees_string_foreign_keys_and_page_types(tmp_path):
    module = tmp_path / "sample.py"
    module.write_text(
        "from django.db import models\n"
        "class A(models.Model):\n"
        "    x = models.ForeignKey('reports.Thing', on_delete=models.CASCADE)\n"
        "    y = models.ManyToManyField(to='badges.Award')\n"
        "    subpage_types = ['live.LiveSessionPage']\n",
        encoding="utf-8",
    )
    assert referenced_models(module) == {"reports.Thing", "badges.Award", "live.LiveSessionPage"}
