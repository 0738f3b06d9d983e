"""`{% chrome "name" [key=…] %}…{% endchrome %}` and
`{% chrome_hole "name" %}…{% endchrome_hole %}`: the site chrome rendered once
per shared inputs, its holes per request (training/chrome.py says what is
shared and when a copy is renewed).

`key=` adds inputs that are not in every chrome's list, e.g. the Work menu's
link names: `{% chrome "header" key=work_links %}`; `same_on_every_page`
keys a chrome on the site and language only (the footer).
"""

from django import template
from django.template.base import Node, NodeList

from training import chrome

register = template.Library()

# Set in the context while the shared copy is rendered: holes write their token.
_SHARING = "_training_chrome_sharing"


class ChromeHoleNode(Node):
    child_nodelists = ("nodelist",)

    def __init__(self, name: str, nodelist: NodeList):
        self.name = name
        self.nodelist = nodelist

    def render(self, context):
        if context.get(_SHARING):
            return chrome.hole_token(self.name)
        return self.nodelist.render(context)


class ChromeNode(Node):
    child_nodelists = ("nodelist",)

    def __init__(self, name: str, nodelist: NodeList, personal_key, same_on_every_page: bool):
        self.name = name
        self.nodelist = nodelist
        self.personal_key = personal_key
        self.same_on_every_page = same_on_every_page
        self.holes = {hole.name: hole for hole in nodelist.get_nodes_by_type(ChromeHoleNode)}

    def render(self, context):
        extra = self.personal_key.resolve(context) if self.personal_key is not None else None
        inputs = chrome.shared_inputs(
            context,
            self.name,
            [_as_key(extra)] if extra is not None else (),
            same_on_every_page=self.same_on_every_page,
        )
        if inputs is None:
            return self.nodelist.render(context)

        def build() -> str:
            with context.push({_SHARING: True}):
                return self.nodelist.render(context)

        return chrome.fill(chrome.stored(inputs, build), lambda name: self.holes[name].nodelist.render(context))


def _as_key(value) -> str:
    """A list of links (or names) as their URL names; anything else as text."""
    if isinstance(value, (list, tuple)):
        return ",".join(str(getattr(item, "url_name", item)) for item in value)
    return str(value)


def _name(parser, token, tag: str) -> tuple[str, list[str]]:
    bits = token.split_contents()
    if len(bits) < 2 or bits[1][0] not in "\"'" or bits[1][-1] != bits[1][0]:
        raise template.TemplateSyntaxError(f'{tag} takes a quoted name: {{% {tag} "name" %}}')
    return bits[1][1:-1], bits[2:]


@register.tag("chrome")
def do_chrome(parser, token):
    name, rest = _name(parser, token, "chrome")
    personal_key, same_on_every_page = None, False
    for bit in rest:
        if bit == "same_on_every_page":
            same_on_every_page = True
        elif bit.startswith("key="):
            personal_key = parser.compile_filter(bit[len("key=") :])
        else:
            raise template.TemplateSyntaxError(f"chrome: unknown argument {bit!r}")
    nodelist = parser.parse(("endchrome",))
    parser.delete_first_token()
    return ChromeNode(name, nodelist, personal_key, same_on_every_page)


@register.tag("chrome_hole")
def do_chrome_hole(parser, token):
    name, rest = _name(parser, token, "chrome_hole")
    if rest:
        raise template.TemplateSyntaxError("chrome_hole takes only a name")
    nodelist = parser.parse(("endchrome_hole",))
    parser.delete_first_token()
    return ChromeHoleNode(name, nodelist)
