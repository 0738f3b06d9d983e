"""Newcomers' "I'd like to try this" requests: the form, the contact's inbox,
answers and outcomes, the newcomer's status page, retention and rate limits."""
