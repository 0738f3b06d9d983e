"""A password hasher for tests that counts how often a password is hashed."""

from django.contrib.auth.hashers import MD5PasswordHasher


class CountingHasher(MD5PasswordHasher):
    """MD5 (fast), counting every hash computation: `encode` runs for a new
    password and inside every `verify`."""

    algorithm = "counting_md5"
    calls = 0

    def encode(self, password, salt):
        type(self).calls += 1
        return super().encode(password, salt)
