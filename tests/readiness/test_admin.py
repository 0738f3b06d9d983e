from django.urls import reverse

from readiness.models import Framework


def test_coordinator_can_open_the_framework_editor(client, world, framework):
    client.force_login(world.coordinator)
    response = client.get(reverse("wagtailsnippets_readiness_framework:edit", args=[framework.pk]))
    assert response.status_code == 200


def test_learner_cannot_open_the_framework_editor(client, world, framework):
    client.force_login(world.learner_a)
    response = client.get(reverse("wagtailsnippets_readiness_framework:edit", args=[framework.pk]))
    assert response.status_code in (302, 403)


def test_only_one_framework_is_default(framework):
    Framework.objects.create(name="New", is_default=True)
    assert list(Framework.objects.filter(is_default=True).values_list("name", flat=True)) == ["New"]


def test_coordinator_creates_a_framework_with_inline_criteria(client, world, course):
    from wagtail.test.utils.form_data import inline_formset, nested_form_data

    client.force_login(world.coordinator)
    data = nested_form_data(
        {
            "name": "Renewal 2027",
            "combine": "any",
            "validity_years": 2,
            "reminder_days": "[60]",
            "is_default": "",
            "criteria": inline_formset(
                [
                    {"kind": "course_completed", "threshold": 2, "course": course.pk, "role": "", "role_threshold": 0},
                    {"kind": "measures_described", "threshold": 1, "course": "", "role": "", "role_threshold": 0},
                ]
            ),
        }
    )
    response = client.post(reverse("wagtailsnippets_readiness_framework:add"), data)
    assert response.status_code == 302, response.context["form"].errors if response.context else response
    framework = Framework.objects.get(name="Renewal 2027")
    assert [c.kind for c in framework.criteria.all()] == ["course_completed", "measures_described"]


def test_course_criterion_without_a_course_is_refused_in_the_admin(client, world):
    from wagtail.test.utils.form_data import inline_formset, nested_form_data

    client.force_login(world.coordinator)
    data = nested_form_data(
        {
            "name": "Broken",
            "combine": "all",
            "validity_years": 3,
            "reminder_days": "[]",
            "criteria": inline_formset(
                [{"kind": "course_completed", "threshold": 2, "course": "", "role": "", "role_threshold": 0}]
            ),
        }
    )
    response = client.post(reverse("wagtailsnippets_readiness_framework:add"), data)
    assert response.status_code == 200
    assert not Framework.objects.filter(name="Broken").exists()
