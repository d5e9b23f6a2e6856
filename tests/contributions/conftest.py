"""A real SMTP server (aiosmtpd) on a loopback port, and the people and pages of the
contributions' tests."""

import email
import socket
import time
from email.policy import default as default_policy

import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.handlers import Message

from contributions.models import Membership
from organisations.factories import OrganisationIndexPageFactory, OrganisationPageFactory


class Inbox(Message):
    """What the server received, parsed."""

    def __init__(self):
        super().__init__()
        self.messages = []

    def handle_message(self, message):
        self.messages.append(message)

    def prepare_message(self, session, envelope):
        return email.message_from_bytes(envelope.content, policy=default_policy)

    def to(self, address):
        return [m for m in self.messages if address in m["To"]]

    def wait_for(self, count, timeout=5):
        deadline = time.monotonic() + timeout
        while len(self.messages) < count and time.monotonic() < deadline:
            time.sleep(0.02)
        return self.messages


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture
def smtp_server(settings):
    """Mail delivered by Django's SMTP backend to a real SMTP server of the test's own."""
    inbox = Inbox()
    controller = Controller(inbox, hostname="127.0.0.1", port=free_port())
    controller.start()
    # Django's test set-up replaces EMAIL_BACKEND with its locmem backend: put the site's back.
    settings.EMAIL_BACKEND = "background.mail.QueuedEmailBackend"
    settings.EMAIL_DELIVERY_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST = "127.0.0.1"
    settings.EMAIL_PORT = controller.port
    settings.EMAIL_USE_TLS = False
    settings.EMAIL_USE_SSL = False
    settings.EMAIL_HOST_USER = ""
    settings.EMAIL_HOST_PASSWORD = ""
    settings.EMAIL_TIMEOUT = 5
    inbox.controller = controller
    yield inbox
    controller.stop()


@pytest.fixture
def organisation(site_tree):
    directory = OrganisationIndexPageFactory(parent=site_tree.home)
    return OrganisationPageFactory(
        parent=directory, title="Red de Economía Solidaria", country="MX"
    )


@pytest.fixture
def member(django_user_model, organisation):
    """A contributor whose membership a moderator approved; password "a long passphrase"."""
    user = django_user_model.objects.create_user(
        username="lucia", email="lucia@example.org", password="a long passphrase"
    )
    Membership.objects.create(
        user=user, organisation=organisation, status=Membership.Status.APPROVED, language="es"
    )
    return user


@pytest.fixture
def member_client(login, member):
    return login(member)
