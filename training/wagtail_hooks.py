from wagtail import hooks

from training.interface_language import keep_interface_language

hooks.register("before_serve_page", keep_interface_language)
