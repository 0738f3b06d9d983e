"""Languages of the site (four) and of the hobby offering (ten).

`languages` says which language set a request is in and adds Django's missing
language codes; `offering_languages` is the middleware that keeps the six
newcomer-only languages to the offering's pages.
"""
