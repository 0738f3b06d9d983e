"""The S3 backends (django-storages) for MEDIA_STORAGE=s3; see training/storage.py.

A module of their own so that local-disk installs never import boto3."""

from storages.backends.s3 import S3Storage

from training.storage import NO_URL_MESSAGE


class PublicMediaS3Storage(S3Storage):
    """Public media in the public bucket (settings give it unsigned URLs)."""


class PrivateS3Storage(S3Storage):
    """Private files in the private bucket: objects are written with ACL
    "private" (settings) and never get a URL, signed or not."""

    def url(self, name, parameters=None, expire=None, http_method=None):
        raise ValueError(NO_URL_MESSAGE)
