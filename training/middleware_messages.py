"""Django's MessageMiddleware, with the message storage made on first use.

Django builds the storage (a cookie and a session storage behind the
fallback one) on every request, though most requests neither add nor read a
message. Here `request._messages` is a lazy object that builds the same
storage the first time anything touches it (messages.add_message,
get_messages, the template context processor); the response is handed to the
storage only if it was built. An unbuilt storage has nothing queued and
nothing read, so Django's update() would do nothing for it either.
"""

from django.contrib.messages.middleware import MessageMiddleware
from django.contrib.messages.storage import default_storage
from django.utils.functional import SimpleLazyObject, empty


class LazyMessageMiddleware(MessageMiddleware):
    def process_request(self, request):
        request._messages = SimpleLazyObject(lambda: default_storage(request))

    def process_response(self, request, response):
        storage = request.__dict__.get("_messages")
        if isinstance(storage, SimpleLazyObject) and storage._wrapped is empty:
            return response  # never used: nothing to store
        return super().process_response(request, response)
