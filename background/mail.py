"""Outgoing mail through the background queue, so that a mail server that is down or refuses
loses nothing: Django's `send_mail` (password resets, Wagtail's moderation notices, the
contributions' notices) only stores the message as a task, in the transaction of the change it
tells about; the worker delivers it with EMAIL_DELIVERY_BACKEND and retries with growing delays
(background/queue.py) while the server fails.

EMAIL_BACKEND = "background.mail.QueuedEmailBackend" sends every message this way.
"""

import logging
import smtplib

from django.conf import settings
from django.core.mail import EmailMessage, EmailMultiAlternatives, get_connection
from django.core.mail.backends.base import BaseEmailBackend
from django_tasks import task

from background import queue

logger = logging.getLogger(__name__)


def message_as_json(message):
    """What the task stores: the fields of a message (attachments are not used by the site)."""
    return {
        "subject": str(message.subject),
        "body": str(message.body),
        "from_email": message.from_email,
        "to": list(message.to),
        "cc": list(message.cc),
        "bcc": list(message.bcc),
        "reply_to": list(message.reply_to),
        "headers": dict(message.extra_headers),
        "alternatives": [
            [str(content), mimetype] for content, mimetype in getattr(message, "alternatives", [])
        ],
    }


def message_from_json(fields):
    fields = dict(fields)
    alternatives = fields.pop("alternatives", [])
    message = EmailMultiAlternatives(**fields) if alternatives else EmailMessage(**fields)
    for content, mimetype in alternatives:
        message.attach_alternative(content, mimetype)
    return message


class QueuedEmailBackend(BaseEmailBackend):
    def send_messages(self, email_messages):
        for message in email_messages:
            deliver_email.enqueue(message_as_json(message))
        return len(email_messages)


@task()
def deliver_email(message, attempt=1):
    """Hand one message to the real mail server; try again later while it fails."""
    connection = get_connection(settings.EMAIL_DELIVERY_BACKEND, fail_silently=False)
    try:
        connection.send_messages([message_from_json(message)])
    except (OSError, smtplib.SMTPException) as error:
        return queue.retry_later(deliver_email, message, attempt=attempt, error=error)
    return {"sent_to": message["to"]}
