# ruff: noqa: E501 (msgids are quoted exactly as Wagtail writes them)
"""Wagtail admin strings that Wagtail's own Finnish or Swedish catalogue lacks.

Wagtail 8 ships fi and sv admin translations, but they are incomplete
(Transifex): about 370 admin strings are untranslated in Finnish and about
190 in Swedish, so a trainer whose admin language is Finnish sees "Exploring",
"Search all pages…" or "The page could not be saved due to validation
errors." in English. Django merges the catalogues of LOCALE_PATHS over those
of the installed apps, so a msgid translated in our locale/<lang>/django.po
fills the gap. This module is never imported: it only puts the msgids into
our catalogue when `make messages` runs (xgettext reads the calls below),
so they are translated with the rest of the interface and `--no-obsolete`
keeps them.

Each line names the Wagtail catalogue the msgid comes from and the languages
it is missing in (regenerate the list after a Wagtail upgrade; only msgids of
installed apps, for the admin languages fi and sv).
"""

from django.utils.translation import gettext_noop, ngettext_lazy

MISSING_FROM_WAGTAIL = (
    gettext_noop("any"),  # wagtail/admin: fi sv
    gettext_noop("%(range_start)s - %(range_end)s"),  # wagtail/admin: fi
    gettext_noop("You do not have permission to access the admin."),  # wagtail/admin: fi
    gettext_noop("Minimum"),  # wagtail/admin: fi
    gettext_noop("Maximum"),  # wagtail/admin: fi
    gettext_noop("Usage count"),  # wagtail/admin: fi
    gettext_noop("Filter by up to ten most popular tags."),  # wagtail/admin: fi
    gettext_noop(
        "Select hierarchical position. Note: a collection cannot become a child of itself or one of its descendants."
    ),  # wagtail/admin: fi
    gettext_noop("Please select another parent."),  # wagtail/admin: fi
    gettext_noop("Expiry date/time must be in the future."),  # wagtail/admin: fi
    gettext_noop("Alias"),  # wagtail/admin: fi
    gettext_noop("Keep the new pages updated with future changes"),  # wagtail/admin: fi
    gettext_noop('You do not have permission to publish pages at "%(page_title)s"'),  # wagtail/admin: fi sv
    gettext_noop("The slug '%(page_slug)s' is already in use within the parent page."),  # wagtail/admin: fi
    gettext_noop("Select a new parent for this page."),  # wagtail/admin: fi
    gettext_noop("The new page will be a child of this given parent page."),  # wagtail/admin: fi
    gettext_noop('You do not have permission to create a page under "%(page_title)s".'),  # wagtail/admin: fi
    gettext_noop('You cannot create a page of type "%(page_type)s" under "%(page_title)s".'),  # wagtail/admin: fi
    gettext_noop("Tag(s) %(value_too_long)s are over %(max_tag_length)d characters."),  # wagtail/admin: fi
    gettext_noop("All %(objects)s snippets on this screen selected"),  # wagtail/admin: fi
    gettext_noop("item"),  # wagtail/admin: fi
    gettext_noop("items"),  # wagtail/admin: fi
    gettext_noop("Default avatar"),  # wagtail/admin: fi
    gettext_noop("Go to the first error"),  # wagtail/admin: fi
    ngettext_lazy(
        'Only pages of type "%(type)s" may be chosen for this field. Search results will exclude pages of other types.',
        "Only the following page types may be chosen for this field: %(type)s. Search results will exclude pages of other types.",
    ),  # wagtail/admin: fi
    gettext_noop(
        'The URL you entered, <a target="_blank" rel="noreferrer" href="%(submitted_url)s">%(submitted_url)s</a>, looks like it matches the internal page %(page)s, which has the URL <a target="_blank" rel="noreferrer" href="%(internal_url)s">%(internal_url)s</a>.'
    ),  # wagtail/admin: fi
    gettext_noop(
        "Converting this to an internal link to %(page)s would make the link automatically update if the underlying page changes its URL. Would you like to do this?"
    ),  # wagtail/admin: fi
    gettext_noop("Are you sure you want to unpublish this %(model_name)s?"),  # wagtail/admin: fi
    gettext_noop(
        "This %(model_name)s was marked as needing changes at <strong>%(task)s</strong> in <strong>%(workflow)s</strong>."
    ),  # wagtail/admin: fi
    gettext_noop(
        "This %(model_name)s is currently at <strong>%(task)s</strong> in <strong>%(workflow)s</strong>."
    ),  # wagtail/admin: fi
    gettext_noop("Publishing this %(model_name)s will cancel the current workflow."),  # wagtail/admin: fi
    gettext_noop("Would you still like to publish this %(model_name)s?"),  # wagtail/admin: fi
    gettext_noop("Actions (footer)"),  # wagtail/admin: fi sv
    gettext_noop(
        'There are no %(model_name)s to display. Why not <a href="%(add_url)s">add one</a>?'
    ),  # wagtail/admin: fi sv
    gettext_noop(
        "Preview cannot display due to validation errors. <br /> Click save to highlight the relevant fields."
    ),  # wagtail/admin: fi
    gettext_noop("Wagtail %(current_version)s editor guide"),  # wagtail/admin: fi
    gettext_noop("Changes requested at"),  # wagtail/admin: fi
    gettext_noop("Task submitted by"),  # wagtail/admin: fi
    gettext_noop('The page "%(title)s" has been approved in moderation stage "%(task)s".'),  # wagtail/admin: fi
    gettext_noop(
        'The %(model_name)s "%(title)s" has been approved in moderation stage "%(task)s".'
    ),  # wagtail/admin: fi
    gettext_noop('The %(model_name)s "%(title)s" has been approved in "%(task)s".'),  # wagtail/admin: fi
    gettext_noop('The page "%(title)s" has been rejected in moderation stage "%(task)s".'),  # wagtail/admin: fi
    gettext_noop(
        'The %(model_name)s "%(title)s" has been rejected in moderation stage "%(task)s".'
    ),  # wagtail/admin: fi
    gettext_noop('The %(model_name)s "%(title)s" has been rejected during "%(task)s".'),  # wagtail/admin: fi sv
    gettext_noop(
        'The page "%(title)s" has been submitted for approval in moderation stage "%(task)s".'
    ),  # wagtail/admin: fi
    gettext_noop(
        'The %(model_name)s "%(title)s" has been submitted for approval in moderation stage "%(task)s".'
    ),  # wagtail/admin: fi sv
    gettext_noop(
        'The page "%(title)s" has been submitted for approval to moderation stage "%(task)s".'
    ),  # wagtail/admin: fi
    gettext_noop(
        'The %(model_name)s "%(title)s" has been submitted for approval to moderation stage "%(task)s".'
    ),  # wagtail/admin: fi sv
    gettext_noop(
        'The page "%(title)s" has been submitted for approval in moderation stage "%(task)s"'
    ),  # wagtail/admin: fi
    gettext_noop(
        'The %(model_name)s "%(title)s" has been submitted for approval in moderation stage "%(task)s"'
    ),  # wagtail/admin: fi sv
    gettext_noop('%(editor)s has updated comments on "%(title)s".'),  # wagtail/admin: fi
    gettext_noop("New replies to:"),  # wagtail/admin: fi
    gettext_noop('%(editor)s has updated comments on "%(title)s"'),  # wagtail/admin: fi
    gettext_noop(
        'The %(model_name)s "%(title)s" has been approved in workflow "%(workflow)s".'
    ),  # wagtail/admin: fi sv
    gettext_noop('The %(model_name)s "%(title)s" has been approved in "%(workflow)s".'),  # wagtail/admin: fi
    gettext_noop(
        'The page "%(title)s" has been rejected during "%(task)s" in workflow "%(workflow)s" by %(rejector)s.'
    ),  # wagtail/admin: fi
    gettext_noop(
        'The page "%(title)s" has been rejected during "%(task)s" in workflow "%(workflow)s".'
    ),  # wagtail/admin: fi
    gettext_noop(
        'The %(model_name)s "%(title)s" has been rejected during "%(task)s" in workflow "%(workflow)s" by %(rejector)s.'
    ),  # wagtail/admin: fi sv
    gettext_noop(
        'The %(model_name)s "%(title)s" has been rejected during "%(task)s" in workflow "%(workflow)s".'
    ),  # wagtail/admin: fi sv
    gettext_noop('The %(model_name)s "%(title)s" has been rejected during "%(workflow)s".'),  # wagtail/admin: fi sv
    gettext_noop(
        'The page "%(title)s" has been submitted for moderation to workflow "%(workflow)s" by %(requester)s.'
    ),  # wagtail/admin: fi
    gettext_noop(
        'The page "%(title)s" has been submitted for moderation to workflow "%(workflow)s".'
    ),  # wagtail/admin: fi
    gettext_noop(
        'The %(model_name)s "%(title)s" has been submitted for moderation to workflow "%(workflow)s" by %(requester)s.'
    ),  # wagtail/admin: fi sv
    gettext_noop(
        'The %(model_name)s "%(title)s" has been submitted for moderation to workflow "%(workflow)s".'
    ),  # wagtail/admin: fi sv
    gettext_noop('The page "%(title)s" has been submitted to workflow "%(workflow)s"'),  # wagtail/admin: fi
    gettext_noop(
        'The %(model_name)s "%(title)s" has been submitted to workflow "%(workflow)s"'
    ),  # wagtail/admin: fi sv
    gettext_noop("Changing the privacy for this page has been disabled."),  # wagtail/admin: fi sv
    gettext_noop("Scheduling…"),  # wagtail/admin: fi
    gettext_noop("Schedule to publish"),  # wagtail/admin: fi
    gettext_noop("There is no valid destination page for these pages"),  # wagtail/admin: fi
    ngettext_lazy(
        "This page has one unpublished subpage", "This page has %(counter)s unpublished subpages"
    ),  # wagtail/admin: fi
    ngettext_lazy("Unpublish 1 page", "Unpublish %(counter)s pages"),  # wagtail/admin: fi
    ngettext_lazy(
        "You don't have permission to unpublish this page", "You don't have permission to unpublish these pages"
    ),  # wagtail/admin: fi
    ngettext_lazy(
        "Deleting this page will also delete %(descendant_count)s child page.",
        "Deleting this page will also delete %(descendant_count)s more child pages.",
    ),  # wagtail/admin: fi
    ngettext_lazy(
        "It will also delete 1 translation and its combined %(translation_descendant_count)s translated child page.",
        "It will also delete 1 translation and its combined %(translation_descendant_count)s translated child pages.",
    ),  # wagtail/admin: fi sv
    ngettext_lazy(
        "It will also delete %(translation_count)s translations and their combined %(translation_descendant_count)s translated child page.",
        "It will also delete %(translation_count)s translations and their combined %(translation_descendant_count)s translated child pages.",
    ),  # wagtail/admin: fi sv
    ngettext_lazy(
        "Deleting this page will also delete 1 translation and its combined %(translation_descendant_count)s translated child page.",
        "Deleting this page will also delete 1 translation and its combined %(translation_descendant_count)s translated child pages.",
    ),  # wagtail/admin: fi sv
    ngettext_lazy(
        "Deleting this page will also delete %(translation_count)s translations and their combined %(translation_descendant_count)s translated child page.",
        "Deleting this page will also delete %(translation_count)s translations and their combined %(translation_descendant_count)s translated child pages.",
    ),  # wagtail/admin: fi sv
    ngettext_lazy(
        "Deleting this page will also delete %(translation_count)s translation of this page.",
        "This will also delete %(descendant_count)s more child pages. Deleting this page will also delete %(translation_count)s translations of this page.",
    ),  # wagtail/admin: fi sv
    ngettext_lazy(
        "This will also move one translation of this page and its child pages",
        "This will also move %(translations_to_move_count)s translations of this page and their child pages",
    ),  # wagtail/admin: fi sv
    ngettext_lazy(
        "This will also unpublish one translation of the page.",
        "This will also unpublish all %(translation_count)s translations of the page.",
    ),  # wagtail/admin: fi sv
    ngettext_lazy(
        "This page has one subpage and its translations have a combined one translated child page. Unpublish these too",
        "This page has %(live_descendant_count)s child pages and its translations have a combined one translated child page. Unpublish these too",
    ),  # wagtail/admin: fi sv
    ngettext_lazy(
        "This page has one child page and its translations have a combined %(translation_descendant_count)s translated child pages. Unpublish these too",
        "This page has %(live_descendant_count)s child pages and its translations have a combined %(translation_descendant_count)s translated child pages. Unpublish these too",
    ),  # wagtail/admin: fi sv
    ngettext_lazy(
        "This page has one subpage. Unpublish this too",
        "This page has %(live_descendant_count)s subpages. Unpublish these too",
    ),  # wagtail/admin: fi
    gettext_noop(
        "This page was marked as needing changes at <strong>%(task)s</strong> in <strong>%(workflow)s</strong>."
    ),  # wagtail/admin: fi
    gettext_noop(
        "This page is currently at <strong>%(task)s</strong> in <strong>%(workflow)s</strong>."
    ),  # wagtail/admin: fi
    gettext_noop(
        "The root level is where you can add new sites to your Wagtail installation. Pages created here will not be accessible at any URL until they are associated with a site."
    ),  # wagtail/admin: fi
    gettext_noop(
        "If you just want to add pages to an existing site, create them as children of the homepage instead."
    ),  # wagtail/admin: fi
    gettext_noop(
        "Pages created here will not be accessible at any URL. To add pages to an existing site, create them as children of the homepage."
    ),  # wagtail/admin: fi
    gettext_noop(
        "There is no site set up for this location. Pages created here will not be accessible at any URL until a site is associated with this location."
    ),  # wagtail/admin: fi
    gettext_noop(
        "There is no site record for this location. Pages created here will not be accessible at any URL."
    ),  # wagtail/admin: fi
    gettext_noop(
        "%(start_index)s-%(end_index)s of %(items_count)s %(model_name)s across entire site."
    ),  # wagtail/admin: fi sv
    gettext_noop("Search in '<span class=\"w-title-ellipsis\">%(title)s</span>'"),  # wagtail/admin: fi
    gettext_noop(
        "%(start_index)s-%(end_index)s of %(items_count)s %(model_name)s in '<span class=\"w-title-ellipsis\">%(title)s</span>'."
    ),  # wagtail/admin: fi sv
    gettext_noop("No results in '<span class=\"w-title-ellipsis\">%(title)s</span>'."),  # wagtail/admin: fi
    gettext_noop("%(start_index)s-%(end_index)s of %(items_count)s %(model_name)s"),  # wagtail/admin: fi sv
    gettext_noop("Choose when this %(model_name)s should go live and/or expire"),  # wagtail/admin: fi sv
    gettext_noop(
        'This publishing schedule will only take effect after you select the "Schedule to publish" option'
    ),  # wagtail/admin: fi
    gettext_noop("Anyone with editing permissions can create schedules"),  # wagtail/admin: sv
    gettext_noop("But only those with publishing permissions can make them effective."),  # wagtail/admin: fi sv
    gettext_noop("App"),  # wagtail/admin: sv
    gettext_noop("%(field_label)s:"),  # wagtail/admin: fi sv
    gettext_noop("Saved"),  # wagtail/admin: fi sv
    gettext_noop("Autosave is paused"),  # wagtail/admin: fi sv
    gettext_noop("Edit account avatar"),  # wagtail/admin: fi sv
    ngettext_lazy(
        "This action will delete <b>%(total_pages_formatted)s</b> page in total.",
        "This action will delete <b>%(total_pages_formatted)s</b> pages in total.",
    ),  # wagtail/admin: fi sv
    gettext_noop("Close dialog"),  # wagtail/admin: fi
    gettext_noop("You saved a new version in another window"),  # wagtail/admin: fi sv
    gettext_noop("System"),  # wagtail/admin: sv
    gettext_noop("%(user_name)s saved a new version"),  # wagtail/admin: sv
    gettext_noop("View latest version"),  # wagtail/admin: fi sv
    gettext_noop("You have unsaved changes in another window"),  # wagtail/admin: fi
    gettext_noop("%(user_name)s has unsaved changes"),  # wagtail/admin: sv
    gettext_noop("Currently idle"),  # wagtail/admin: fi sv
    gettext_noop("Currently viewing"),  # wagtail/admin: fi sv
    ngettext_lazy(
        "One other user is currently viewing", "%(num_user)s other users are currently viewing"
    ),  # wagtail/admin: fi sv
    gettext_noop("Proceeding will overwrite the changes you made in that window."),  # wagtail/admin: fi sv
    gettext_noop("Proceeding will overwrite the changes made by %(user_name)s."),  # wagtail/admin: fi sv
    gettext_noop("Alternatively, you can view the latest version in a new tab."),  # wagtail/admin: fi sv
    gettext_noop("A network error occurred"),  # wagtail/admin: fi sv
    gettext_noop(
        "Troubleshoot your connection to the site before proceeding. Open the editor in a separate tab to view the last saved version."
    ),  # wagtail/admin: fi sv
    gettext_noop("account"),  # wagtail/admin: fi sv
    gettext_noop(
        "Keyboard shortcuts are currently disabled; manage your %(account_link)s to enable them."
    ),  # wagtail/admin: fi sv
    gettext_noop("Section"),  # wagtail/admin: fi
    gettext_noop(
        "Keyboard shortcuts are currently enabled; manage your %(account_link)s to disable them."
    ),  # wagtail/admin: fi
    gettext_noop("Toggle section"),  # wagtail/admin: fi
    gettext_noop("Minimap"),  # wagtail/admin: sv
    gettext_noop("Side panels"),  # wagtail/admin: sv
    gettext_noop("Side panel width"),  # wagtail/admin: sv
    gettext_noop("Show issue"),  # wagtail/admin: fi sv
    gettext_noop("Content metrics"),  # wagtail/admin: fi
    gettext_noop("Readability"),  # wagtail/admin: fi
    gettext_noop("This data explained"),  # wagtail/admin: fi
    gettext_noop("How we calculate our metrics"),  # wagtail/admin: fi
    gettext_noop(
        "We extract the main content from the page preview, remove all formatting, and calculate the number of words."
    ),  # wagtail/admin: fi
    gettext_noop(
        "We calculate reading time from word count, using different reading speeds for different languages."
    ),  # wagtail/admin: fi
    gettext_noop(
        "We use a readability formula based on length of words and sentences. Long sentences and words result in a worse readability score."
    ),  # wagtail/admin: fi
    gettext_noop(
        'See our <a href="%(guide_link)s" target="_blank">content checks guide</a> for more information on how content metrics are calculated.'
    ),  # wagtail/admin: fi
    gettext_noop("Once live anyone can view"),  # wagtail/admin: fi
    gettext_noop("Expiry:"),  # wagtail/admin: sv
    gettext_noop("To be created by %(user)s"),  # wagtail/admin: fi sv
    gettext_noop("Invalid schedule"),  # wagtail/admin: sv
    gettext_noop("Go-live:"),  # wagtail/admin: sv
    gettext_noop("Once scheduled:"),  # wagtail/admin: fi sv
    gettext_noop("Refreshing…"),  # wagtail/admin: sv
    gettext_noop("Refresh"),  # wagtail/admin: sv
    gettext_noop("Correct the validation errors to resume preview (saving will highlight errors)"),  # wagtail/admin: fi
    gettext_noop("Autosave is <span>paused</span>"),  # wagtail/admin: fi sv
    gettext_noop(
        "One or more references to this %(model_name)s prevent it from being deleted."
    ),  # wagtail/admin: fi sv
    gettext_noop("%(action)s by <b>%(who)s</b> at <b>%(at)s</b>"),  # wagtail/admin: fi
    gettext_noop("%(action)s at <b>%(at)s</b>"),  # wagtail/admin: fi
    gettext_noop("%(action)s by <b>%(who)s</b>"),  # wagtail/admin: fi
    gettext_noop("This %(model_name)s hasn't been submitted for moderation yet"),  # wagtail/admin: fi
    gettext_noop("Disable custom ordering"),  # wagtail/admin: fi sv
    gettext_noop("Enable custom ordering"),  # wagtail/admin: fi sv
    gettext_noop("Checks"),  # wagtail/admin: fi
    gettext_noop(
        "This workflow is currently in progress on %(workflow_states_in_progress)s pages. Deleting this workflow will cancel moderation on these page. Are you sure you want to delete this workflow?"
    ),  # wagtail/admin: fi
    gettext_noop(
        'Workflows apply to child pages too. If you select a parent page here, its child pages will also use this workflow. See <a href="%(workflow_pages_url)s">the list of the pages</a> your workflow applies to.'
    ),  # wagtail/admin: fi
    gettext_noop("This workflow is disabled so it cannot be assigned to any snippets."),  # wagtail/admin: sv
    ngettext_lazy("1 snippet type", "%(counter)s snippet types"),  # wagtail/admin: sv
    gettext_noop("Used on"),  # wagtail/admin: fi
    gettext_noop(
        'Why not <a class="create-one-now" href="#tab-new" data-action="w-tabs#select:prevent" data-w-tabs-target="trigger" data-w-tabs-focus-param="true">create one now</a>?'
    ),  # wagtail/admin: fi sv
    gettext_noop("Cancelled by %(cancelled_by)s"),  # wagtail/admin: fi sv
    gettext_noop("at %(time)s by %(user_display_name)s"),  # wagtail/admin: fi
    gettext_noop("at %(time)s"),  # wagtail/admin: fi
    gettext_noop("%(time)s by %(user_display_name)s"),  # wagtail/admin: fi
    gettext_noop("%(time_period)s ago by %(user_display_name)s"),  # wagtail/admin: fi
    gettext_noop("Changes requested %(finished_at)s"),  # wagtail/admin: fi sv
    gettext_noop("Sent to %(task_name)s %(started_at)s"),  # wagtail/admin: fi
    gettext_noop("%(status_display)s %(task_name)s %(started_at)s"),  # wagtail/admin: fi
    gettext_noop("Application"),  # wagtail/admin: fi
    gettext_noop("Show keyboard shortcuts"),  # wagtail/admin: fi
    gettext_noop("Toggle minimap"),  # wagtail/admin: fi
    gettext_noop("Close modal dialogs (like this one)"),  # wagtail/admin: fi
    gettext_noop("Add or show comments"),  # wagtail/admin: fi
    gettext_noop("Text editing"),  # wagtail/admin: fi
    gettext_noop("Toggle status"),  # wagtail/admin: fi
    gettext_noop("Toggle comments"),  # wagtail/admin: fi
    gettext_noop("Toggle checks"),  # wagtail/admin: fi
    gettext_noop("Toggle preview"),  # wagtail/admin: fi
    gettext_noop("(blank)"),  # wagtail/admin: fi
    gettext_noop("Sort by '%(label)s' in ascending order."),  # wagtail/admin: fi
    gettext_noop("Sort by '%(label)s' in descending order."),  # wagtail/admin: fi
    gettext_noop("'%(page_title)s' has been moved successfully."),  # wagtail/admin: sv
    gettext_noop(
        "Focus on the drag button and press up or down arrows to move the item, then press enter to submit the change."
    ),  # wagtail/admin: fi sv
    gettext_noop("Button text is empty"),  # wagtail/admin: sv
    gettext_noop("Use meaningful text for screen reader users"),  # wagtail/admin: fi sv
    gettext_noop("Empty heading found"),  # wagtail/admin: sv
    gettext_noop("Table header text is empty"),  # wagtail/admin: fi sv
    gettext_noop("Empty frame title found"),  # wagtail/admin: fi sv
    gettext_noop("Use a meaningful title for screen reader users"),  # wagtail/admin: fi sv
    gettext_noop("Incorrect heading hierarchy"),  # wagtail/admin: fi sv
    gettext_noop("Avoid skipping levels"),  # wagtail/admin: fi sv
    gettext_noop("Input button text is empty"),  # wagtail/admin: fi sv
    gettext_noop("Link text is empty"),  # wagtail/admin: sv
    gettext_noop("Misusing paragraphs as headings"),  # wagtail/admin: fi sv
    gettext_noop("Use proper heading tags"),  # wagtail/admin: fi sv
    gettext_noop("Image alt text has inappropriate pattern"),  # wagtail/admin: fi sv
    gettext_noop("Use meaningful text"),  # wagtail/admin: fi sv
    gettext_noop("Meta description is empty"),  # wagtail/admin: fi sv
    gettext_noop("Add a concise description for search engines"),  # wagtail/admin: fi sv
    gettext_noop("%(classname)s object (%(id)s)"),  # wagtail/admin: fi sv
    gettext_noop("No %(model_name)s match your query."),  # wagtail/admin: fi
    gettext_noop("There are no %(model_name)s to display."),  # wagtail/admin: fi sv
    gettext_noop("%(model_name)s '%(object)s' has been scheduled for publishing."),  # wagtail/admin: fi sv
    gettext_noop("%(model_name)s '%(object)s' created and scheduled for publishing."),  # wagtail/admin: fi sv
    gettext_noop(
        "%(model_name)s '%(object)s' is live and this version has been scheduled for publishing."
    ),  # wagtail/admin: fi sv
    gettext_noop("%(model_name)s '%(object)s' updated and published."),  # wagtail/admin: sv
    gettext_noop("%(model_name)s '%(object)s' created and published."),  # wagtail/admin: sv
    gettext_noop("%(model_name)s '%(object)s' has been submitted for moderation."),  # wagtail/admin: fi sv
    gettext_noop("%(model_name)s '%(object)s' created and submitted for moderation."),  # wagtail/admin: fi sv
    gettext_noop("Workflow on %(model_name)s '%(object)s' has been restarted."),  # wagtail/admin: fi
    gettext_noop("Workflow on %(model_name)s '%(object)s' has been cancelled."),  # wagtail/admin: fi sv
    gettext_noop("Saving will overwrite a newer version."),  # wagtail/admin: fi sv
    gettext_noop("The %(model_name)s could not be saved as it is locked"),  # wagtail/admin: fi sv
    gettext_noop(
        "You are viewing a previous version of this %(model_name)s from <b>%(created_at)s</b> by %(user)s"
    ),  # wagtail/admin: fi sv
    gettext_noop(
        "%(model_name)s '%(object)s' has been replaced with version from %(timestamp)s."
    ),  # wagtail/admin: fi sv
    gettext_noop("Version from %(timestamp)s of %(model_name)s '%(object)s' has been published."),  # wagtail/admin: fi
    gettext_noop(
        "Version from %(timestamp)s of %(model_name)s '%(object)s' has been scheduled for publishing."
    ),  # wagtail/admin: fi
    gettext_noop("%(related_model_name)s %(field_label)s"),  # wagtail/admin: fi sv
    gettext_noop("Sort item order"),  # wagtail/admin: fi sv
    gettext_noop("More options for '%(title)s'"),  # wagtail/admin: fi
    gettext_noop("There are validation errors, click save to highlight them."),  # wagtail/admin: fi sv
    gettext_noop("Compare"),  # wagtail/admin: sv
    gettext_noop("'%(object)s' unpublished."),  # wagtail/admin: fi
    gettext_noop('Version %(revision_id)s of "%(object)s" unscheduled.'),  # wagtail/admin: fi
    gettext_noop("Preview for %(block_label)s (%(block_type)s)"),  # wagtail/admin: fi sv
    gettext_noop("The %(model_name)s '%(title)s' is not currently awaiting moderation."),  # wagtail/admin: fi sv
    gettext_noop(
        "The %(model_name)s '%(title)s' is not currently awaiting moderation in task '%(task_name)s'."
    ),  # wagtail/admin: fi sv
    gettext_noop("Search all pages…"),  # wagtail/admin: fi
    gettext_noop("Privacy is inherited from the ancestor page - %(ancestor_page)s"),  # wagtail/admin: fi sv
    gettext_noop("%(parent_pages)s and %(child_pages)s have been deleted"),  # wagtail/admin: fi sv
    ngettext_lazy(
        "%(num_parent_objects)d page has been deleted", "%(num_parent_objects)d pages have been deleted"
    ),  # wagtail/admin: fi sv
    ngettext_lazy("%(num_parent_objects)d page", "%(num_parent_objects)d pages"),  # wagtail/admin: fi sv
    ngettext_lazy("%(num_child_objects)d child page", "%(num_child_objects)d child pages"),  # wagtail/admin: fi sv
    gettext_noop("%(parent_pages)s and %(child_pages)s have been published"),  # wagtail/admin: fi sv
    ngettext_lazy(
        "%(num_parent_objects)d page has been published", "%(num_parent_objects)d pages have been published"
    ),  # wagtail/admin: fi sv
    gettext_noop("Unpublish selected pages"),  # wagtail/admin: fi
    gettext_noop("%(parent_pages)s and %(child_pages)s have been unpublished"),  # wagtail/admin: fi sv
    ngettext_lazy(
        "%(num_parent_objects)d page has been unpublished", "%(num_parent_objects)d pages have been unpublished"
    ),  # wagtail/admin: fi sv
    gettext_noop("Choose parent"),  # wagtail/admin: fi
    gettext_noop("Create a new %(model_name)s"),  # wagtail/admin: sv
    gettext_noop("Request to create %(model_name)s was blocked by hook."),  # wagtail/admin: fi sv
    gettext_noop("The page could not be created due to validation errors."),  # wagtail/admin: fi
    gettext_noop("Request to edit %(model_name)s was blocked by hook."),  # wagtail/admin: fi sv
    gettext_noop(
        "Version from %(previous_revision_datetime)s of page '%(page_title)s' has been scheduled for publishing."
    ),  # wagtail/admin: fi
    gettext_noop("Version from %(datetime)s of page '%(page_title)s' has been published."),  # wagtail/admin: fi
    gettext_noop("The page could not be saved as it is locked."),  # wagtail/admin: fi sv
    gettext_noop("The page could not be saved due to validation errors."),  # wagtail/admin: fi
    gettext_noop("Is commenting action"),  # wagtail/admin: fi
    gettext_noop("Date updated"),  # wagtail/admin: fi sv
    gettext_noop("Edited by"),  # wagtail/admin: fi
    gettext_noop("Has child pages"),  # wagtail/admin: fi
    gettext_noop("Any"),  # wagtail/admin: fi sv
    gettext_noop("Exploring"),  # wagtail/admin: fi sv
    gettext_noop(
        "The slug '%(page_slug)s' is already in use at the selected parent page. Make sure the slug is unique and try again."
    ),  # wagtail/admin: fi sv
    gettext_noop("Placeholder title"),  # wagtail/admin: fi sv
    gettext_noop(
        "You are viewing a previous version of this page from <b>%(created_at)s</b> by %(user)s"
    ),  # wagtail/admin: fi
    gettext_noop(
        "The page '%(page_title)s' is not currently awaiting moderation in task '%(task_name)s'."
    ),  # wagtail/admin: fi
    gettext_noop("ID"),  # wagtail/admin: fi
    gettext_noop("Locked by"),  # wagtail/admin: fi sv
    gettext_noop("Anyone"),  # wagtail/admin: fi sv
    gettext_noop("Page/Snippet Type"),  # wagtail/admin: sv
    gettext_noop("By task"),  # wagtail/admin: fi
    gettext_noop("By workflow"),  # wagtail/admin: fi
    gettext_noop("Show disabled"),  # wagtail/admin: fi
    gettext_noop("Used by"),  # wagtail/admin: fi
    ngettext_lazy(
        "This workflow is in progress on %(states_in_progress)d page/snippet. Disabling this workflow will cancel moderation on this page/snippet.",
        "This workflow is in progress on %(states_in_progress)d pages/snippets. Disabling this workflow will cancel moderation on these pages/snippets.",
    ),  # wagtail/admin: fi sv
    ngettext_lazy(
        "This task is in progress on %(states_in_progress)d page/snippet. Disabling this task will cause it to be skipped in the moderation workflow and not be listed for selection when editing a workflow.",
        "This task is in progress on %(states_in_progress)d pages/snippets. Disabling this task will cause it to be skipped in the moderation workflow and not be listed for selection when editing a workflow.",
    ),  # wagtail/admin: fi sv
    gettext_noop("Sort menu order"),  # wagtail/admin: fi
    gettext_noop(
        "The name '%(duplicate_clean_name)s' is already assigned to this field and cannot be changed. Please enter a different label for the conflicting field."
    ),  # wagtail/contrib/forms: fi sv
    gettext_noop(
        "Field name '%(duplicate_clean_name)s' conflicts with another field. Please change the label."
    ),  # wagtail/contrib/forms: fi sv
    gettext_noop("target page route"),  # wagtail/contrib/redirects: fi
    gettext_noop(
        "Optionally specify a route on the target page to redirect to. Leave blank to redirect to the default page route."
    ),  # wagtail/contrib/redirects: fi
    gettext_noop("redirects"),  # wagtail/contrib/redirects: fi
    gettext_noop(
        "<p>Select a file where redirects are separated into rows and contains the columns representing <code>from</code> and <code>to</code> (they can be named anything).</p> <p>After submitting you will be taken to a confirmation view where you can customize your redirects before import.</p>"
    ),  # wagtail/contrib/redirects: fi
    gettext_noop("%(error)s encountered while trying to read file: %(filename)s."),  # wagtail/contrib/redirects: fi
    gettext_noop("%(model)s permissions"),  # wagtail/contrib/settings: fi sv
    gettext_noop("Maximum filesize: %(max_upload_size)s."),  # wagtail/documents: fi sv
    gettext_noop(
        'Why not <a class="upload-one-now" href="#tab-upload" data-action="w-tabs#select:prevent" data-w-tabs-target="trigger" data-w-tabs-focus-param="true">upload one now</a>?'
    ),  # wagtail/documents: fi
    gettext_noop(
        "The file could not be found. Please change the source or delete the document."
    ),  # wagtail/documents: fi
    gettext_noop("unknown number"),  # wagtail/images: fi sv
    gettext_noop("Usage count: (low to high)"),  # wagtail/images: fi
    gettext_noop("Usage count: (high to low)"),  # wagtail/images: fi
    gettext_noop("The filter options you have selected are not valid."),  # wagtail/images: fi sv
    gettext_noop("Wagtail API v3"),  # wagtail: fi sv
    gettext_noop("- Select an option -"),  # wagtail: fi sv
    gettext_noop("Wagtail routablepage"),  # wagtail: fi
    gettext_noop("Date cannot be in the future."),  # wagtail: fi
    gettext_noop("Only reviewers for this task can edit the %(model_name)s."),  # wagtail: fi
    gettext_noop(
        "Reviewers can edit this %(model_name)s – lock it to prevent other reviewers from editing"
    ),  # wagtail: fi
    gettext_noop("Only reviewers can edit and approve the %(model_name)s"),  # wagtail: fi
    gettext_noop("A human-readable label to identify this token."),  # wagtail: fi sv
    gettext_noop("created"),  # wagtail: fi sv
    gettext_noop("revoked at"),  # wagtail: fi sv
    gettext_noop("last used at"),  # wagtail: fi sv
    gettext_noop("API token"),  # wagtail: fi sv
    gettext_noop("API tokens"),  # wagtail: fi sv
    gettext_noop("locale"),  # wagtail: fi
    gettext_noop("for content type"),  # wagtail: fi
    gettext_noop(
        "The slug '%(page_slug)s' is already in use within the parent page at '%(parent_url_path)s'."
    ),  # wagtail: fi
    gettext_noop("Cannot overwrite a revision that is not the latest for this %(model_name)s."),  # wagtail: fi sv
    gettext_noop("Cannot overwrite a revision that was not created by the current user."),  # wagtail: fi sv
    gettext_noop("workflow page"),  # wagtail: fi
    gettext_noop("workflow pages"),  # wagtail: fi
    gettext_noop("page log entry"),  # wagtail: fi
    gettext_noop("page log entries"),  # wagtail: fi
    gettext_noop("object id"),  # wagtail: fi
    gettext_noop("will be set to the default %(model_name)s"),  # wagtail: fi sv
    gettext_noop("will do nothing"),  # wagtail: sv
    gettext_noop("may prevent deletion"),  # wagtail: sv
    gettext_noop("will be set to a %(model_name)s specified by the system"),  # wagtail: fi sv
    gettext_noop("will unset the reference"),  # wagtail: fi sv
    gettext_noop("revision"),  # wagtail: fi
    gettext_noop("revisions"),  # wagtail: fi
    gettext_noop("latest revision"),  # wagtail: fi
    gettext_noop("group site permission"),  # wagtail: fi sv
    gettext_noop("group site permissions"),  # wagtail: fi sv
    gettext_noop(
        "There may only be one in progress or needs changes workflow state per page/snippet."
    ),  # wagtail: fi sv
    gettext_noop("Workflow '%(workflow_name)s' on %(model_name)s '%(title)s': %(status)s"),  # wagtail: fi
    gettext_noop("workflow_tasks"),  # wagtail: fi
    gettext_noop("workflow task order"),  # wagtail: fi
    gettext_noop("workflow task orders"),  # wagtail: fi
    gettext_noop(
        "Pages/snippets at this step in a workflow will be moderated or approved by these groups of users"
    ),  # wagtail: fi
    gettext_noop("Task '%(task_name)s' on Revision '%(revision_info)s': %(status)s"),  # wagtail: fi
    gettext_noop("Create API token"),  # wagtail: fi sv
    gettext_noop("API token created"),  # wagtail: fi sv
    gettext_noop("Revoke API token"),  # wagtail: fi sv
    gettext_noop("API token revoked"),  # wagtail: fi sv
    gettext_noop("Copied for translation from %(title)s (%(locale)s)"),  # wagtail: fi
    gettext_noop("Created an alias of %(title)s"),  # wagtail: fi
    gettext_noop("Moved from '%(old_parent)s' to '%(new_parent)s'"),  # wagtail: fi
    gettext_noop("Reordered under '%(parent)s'"),  # wagtail: fi
    gettext_noop(
        "Revision %(revision_id)s from %(created_at)s scheduled for publishing at %(go_live_at)s."
    ),  # wagtail: fi
    gettext_noop("%(model_name)s scheduled for publishing at %(go_live_at)s"),  # wagtail: fi sv
    gettext_noop("%(model_name)s scheduled for publishing"),  # wagtail: fi sv
    gettext_noop(
        "Revision %(revision_id)s from %(created_at)s unscheduled from publishing at %(go_live_at)s."
    ),  # wagtail: fi
    gettext_noop("%(model_name)s unscheduled for publishing at %(go_live_at)s"),  # wagtail: fi sv
    gettext_noop("%(model_name)s unscheduled from publishing"),  # wagtail: fi sv
    gettext_noop("Removed the '%(restriction)s' view restriction. The page is public."),  # wagtail: sv
    gettext_noop('Resolved a comment on field %(field)s: "%(text)s"'),  # wagtail: fi
    gettext_noop('Edited a reply to a comment on field %(field)s: "%(text)s"'),  # wagtail: fi
    gettext_noop('Deleted a reply to a comment on field %(field)s: "%(text)s"'),  # wagtail: fi
    gettext_noop(
        'You haven\'t created any %(snippet_type_name)s snippets. Why not <a href="%(wagtailsnippets_create_snippet_url)s" target="_blank" rel="noreferrer">create one now</a>?'
    ),  # wagtail/snippets: fi
    gettext_noop("Snug"),  # wagtail/users: fi
    gettext_noop("Yes, revoke"),  # wagtail/users: fi sv
    gettext_noop("No, don't revoke"),  # wagtail/users: fi sv
    gettext_noop(
        'The token "%(name)s" has been created, copy it now, it will never be shown again.'
    ),  # wagtail/users: fi sv
    gettext_noop("Copy token"),  # wagtail/users: fi sv
    gettext_noop("Back to API tokens"),  # wagtail/users: fi sv
    gettext_noop("Copying failed — please select and copy the token manually."),  # wagtail/users: fi sv
    gettext_noop("Revoked"),  # wagtail/users: fi sv
    gettext_noop("Last used"),  # wagtail/users: fi sv
    gettext_noop("Token"),  # wagtail/users: fi sv
    gettext_noop("Revoke"),  # wagtail/users: fi sv
    gettext_noop("Never"),  # wagtail/users: fi sv
    gettext_noop("Are you sure you want to revoke this API token?"),  # wagtail/users: fi sv
    gettext_noop("API token '%(name)s' revoked."),  # wagtail/users: fi sv
    gettext_noop("Dummy translator"),  # wagtail_localize: fi
    gettext_noop("Sync translated %(model_name)s"),  # wagtail_localize: fi
    gettext_noop("Start Synced translation"),  # wagtail_localize: fi
    gettext_noop(
        "The {model_name} '{object}' was successfully submitted for translation into {locales}"
    ),  # wagtail_localize: fi
    gettext_noop("Translated with {tool_name} on {date}"),  # wagtail_localize: fi
    gettext_noop("This locale cannot be synced into itself."),  # wagtail_localize: fi
    gettext_noop("Synchronise content from another locale"),  # wagtail_localize: fi
    gettext_noop(
        "Choose a locale to synchronise content from. Any existing and future content authored in the selected locale will be automatically copied to this one."
    ),  # wagtail_localize: fi
    gettext_noop(
        "<{}> tag is not allowed. Strings can only contain standard HTML inline tags (such as <b>, <a>)"
    ),  # wagtail_localize: fi
    gettext_noop(
        "Strings cannot have any HTML tags with attributes (except for 'id' in <a> tags)"
    ),  # wagtail_localize: fi
    gettext_noop("Unrecognised id found in an <a> tag: {}"),  # wagtail_localize: fi
    gettext_noop("Convert to alias %(title)s"),  # wagtail_localize: fi
    gettext_noop("Convert to alias"),  # wagtail_localize: fi
    gettext_noop(
        "Are you sure you want to convert this page into an alias? This will overwrite the content of the page with the content of '%(source_page_title)s' (%(source_page_locale)s)"
    ),  # wagtail_localize: fi
    gettext_noop("No, leave it as a page"),  # wagtail_localize: fi
    gettext_noop(
        'This page hasn\'t been translated yet. It is mirroring the <a href="%(edit_original_page_url)s" target="_blank">%(original_locale)s page</a>.'
    ),  # wagtail_localize: fi
    gettext_noop("Translation of %(instance)s into %(locale)s"),  # wagtail_localize: fi
    gettext_noop(
        "Changes are not automatically applied between translated pages. Syncing will add new content for translation and remove deleted content."
    ),  # wagtail_localize: fi
    gettext_noop(
        "The last sync date was %(last_sync_date)s. You are about to sync the following:"
    ),  # wagtail_localize: fi
    gettext_noop("Page '{}' has been converted into an alias."),  # wagtail_localize: fi
    gettext_noop(
        "New validation errors were found when publishing '{object}' in {locale}. Please fix them or click publish again to ignore these translations for now."
    ),  # wagtail_localize: fi
    gettext_noop("Published '{object}' in {locale} with missing translations - see below."),  # wagtail_localize: fi
    gettext_noop("Published '{object}' in {locale}."),  # wagtail_localize: fi
    gettext_noop(
        "The data model for '{model_name}' has been changed since the last translation sync. If any new fields have been added recently, these may not be visible until the next translation sync."
    ),  # wagtail_localize: fi
    gettext_noop("Cannot import PO file that was created for a different translation."),  # wagtail_localize: fi
    gettext_noop("Successfully translated with {}."),  # wagtail_localize: fi
    gettext_noop("Source title"),  # wagtail_localize: fi
    ngettext_lazy("Include subtree ({} page)", "Include subtree ({} pages)"),  # wagtail_localize: fi
    gettext_noop(
        "The page '{page_title}' was successfully submitted for translation into {locales}"
    ),  # wagtail_localize: fi
    gettext_noop(
        'Apply the updates and publish immediately. The changes will use the original language until translated unless you also select "Use machine translation".'
    ),  # wagtail_localize: fi sv
    gettext_noop("Use machine translation"),  # wagtail_localize: fi sv
    gettext_noop("Apply machine translations to the incoming changes."),  # wagtail_localize: fi sv
    gettext_noop(
        "Apply the updates and publish immediately. The changes will use the original language until translated."
    ),  # wagtail_localize: fi sv
    gettext_noop("Successfully updated translations for '{object}'"),  # wagtail_localize: fi
    gettext_noop("Sync translated snippets"),  # wagtail_localize: fi
    gettext_noop("Sync translations of '%(title)s'"),  # wagtail_localize: fi
    gettext_noop("Convert page to alias"),  # wagtail_localize: fi
    gettext_noop(
        "Converted page '%(title)s' to an alias of the translation source page '%(source_title)s'"
    ),  # wagtail_localize: fi
    gettext_noop("Converted page to an alias of the translation source page"),  # wagtail_localize: fi
    gettext_noop("Wagtail locales (Wagtail Localize version)"),  # wagtail_localize/locales: fi sv
    gettext_noop("Save"),  # wagtail_localize/locales: fi sv
)
