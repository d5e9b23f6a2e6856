"""scripts/backup and scripts/restore round-trip the demo site with nothing lost.

The demo site (load_demo), a translation and a user are built in an SQLite database of their
own; scripts/backup archives it; scripts/restore loads the archive into another, freshly
migrated database and media folder. Both sides are then described by the same snapshot (pages,
revisions, translations, users, and the SHA-256 of every stored file) read with Django in a
child process, independently of the checks restore makes itself.
"""

import io
import json
import os
import shutil
import subprocess
import sys
import tarfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]

SNAPSHOT = """
import hashlib, json
from django.contrib.auth.models import User
from wagtail.images import get_image_model
from wagtail.models import Page, Revision
from wagtail_localize.models import StringTranslation, Translation, TranslationSource
from search.models import SearchDocument
from contributions.models import Contribution
from toolkits.models import ToolkitDocument

def sha(field):
    with field.open("rb") as file:
        return hashlib.sha256(file.read()).hexdigest()

pages = Page.objects.order_by("pk")
print(json.dumps({
    "pages": [
        [p.pk, p.title, p.locale.language_code, p.live, p.url_path, p.specific_class.__name__]
        for p in pages.select_related("locale")
    ],
    # Django's JSON serializer keeps milliseconds of timestamps, not microseconds.
    "revisions": sorted(
        [r.object_id, r.content["title"], r.created_at.isoformat(timespec="milliseconds")]
        for r in Revision.objects.all()
    ),
    "documents": [
        [d.pk, d.title, d.file.name, d.file_hash, sha(d.file), d.page_count, len(d.text_content)]
        for d in ToolkitDocument.objects.order_by("pk")
    ],
    "images": [
        [i.pk, i.title, i.file.name, sha(i.file), i.width, i.height]
        for i in get_image_model().objects.order_by("pk")
    ],
    "translations": {
        "sources": TranslationSource.objects.count(),
        "translations": Translation.objects.count(),
        "strings": sorted(StringTranslation.objects.values_list("data", flat=True)),
        "french_pages": sorted(
            pages.filter(locale__language_code="fr").values_list("title", flat=True)
        ),
    },
    "users": [[u.username, u.password] for u in User.objects.order_by("username")],
    # The password hash survived (check_password: django-axes' backend wants a request).
    "can_log_in": User.objects.get(username="keeper").check_password("a long passphrase 2021"),
    "searchable_pages": SearchDocument.objects.count(),
    "contributions": [
        [c.page.title, c.kind, c.state, c.contributor.username, c.moderator_comment,
         c.submitted_from, c.page.specific.files.get().document.file_hash,
         # To the millisecond: the archive holds Django's JSON, which keeps no finer time.
         [[e.at.isoformat(timespec="milliseconds"), e.by, e.text] for e in c.exchanges]]
        for c in Contribution.objects.order_by("pk")
    ],
}, sort_keys=True))
"""

# A member's toolkit, sent back by a moderator with a comment: a contribution mid-review.
CONTRIBUTE = """
from django.contrib.auth import get_user_model
from django.core.files.uploadedfile import SimpleUploadedFile
from contributions import drafts
from contributions.forms import ToolkitForm
from contributions.models import Membership
from organisations.models import OrganisationPage
from taxonomy.models import WorkAxis
from toolkits.generated_documents import make_pdf
from wagtail.models import Page
User = get_user_model()
member = User.objects.create_user("member", "m@example.org", "a long passphrase 2021")
Membership.objects.create(
    user=member, organisation=OrganisationPage.objects.order_by("pk").first(), status="approved"
)
fields = {
    "title": "Guía de compras públicas", "summary": "Resumen.", "text": "Texto.",
    "work_axis": WorkAxis.objects.filter(locale__language_code="es").first().pk,
    "toolkit_type": "policy-brief", "countries": ["CO"], "government_level": "local",
    "publisher": "Red", "year": "2024", "licence": "cc-by-4.0", "file_language": "es",
}
form = ToolkitForm(
    fields, {"file": SimpleUploadedFile("guia.pdf", make_pdf("Guía", ["Compras."]))}, language="es"
)
assert form.is_valid(), form.errors
contribution = drafts.submit(form, member, "192.0.2.1")
keeper = User.objects.get(username="keeper")


def send_back(comment):
    task_state = Page.objects.get(pk=contribution.page_id).current_workflow_task_state
    task_state.task.specific.on_action(task_state, keeper, "reject", comment=comment)


# Two rounds: a request, an answer, another request.
send_back("Falta el año")
answer = ToolkitForm({**fields, "summary": "Resumen de 2024."}, language="es", file_required=False)
assert answer.is_valid(), answer.errors
drafts.resubmit(contribution, answer, "Año añadido", member)
send_back("Más detalles, por favor")
print("null")
"""

SERVE = """
import io
import json
from django.test import Client
from toolkits.models import ToolkitDocument
client = Client(HTTP_HOST="localhost")
document = ToolkitDocument.objects.order_by("pk").first()
download = client.get(document.url)
print(json.dumps({
    "home": client.get("/en/").status_code,
    "search_total": client.get("/en/search/api/", {"q": "cooperative"}).json()["total"],
    "download": [download.status_code, len(b"".join(download.streaming_content))],
    "size": document.file_size,
}))
"""


class Site:
    """A database and a media folder, and how to run commands against them."""

    def __init__(self, folder):
        self.folder = folder
        self.database = folder / "db.sqlite3"
        self.media = folder / "media"
        self.env = {
            k: v
            for k, v in os.environ.items()
            if k not in ("ELASTICSEARCH_URL", "DEEPL_API_KEY", "DATABASE_URL", "MEDIA_ROOT")
        } | {
            "DJANGO_SETTINGS_MODULE": "config.settings.dev",
            "DEBUG": "0",
            "DATABASE_URL": f"sqlite:///{self.database}",
            "MEDIA_ROOT": str(self.media),
            "PYTHON": sys.executable,
            "DJANGO_SUPERUSER_PASSWORD": "a long passphrase 2021",
        }

    def run(self, *command, check=True):
        result = subprocess.run(
            command, cwd=ROOT, env=self.env, capture_output=True, text=True, timeout=600
        )
        if check:
            assert result.returncode == 0, f"{command}:\n{result.stdout}\n{result.stderr}"
        return result

    def manage(self, *arguments):
        return self.run(sys.executable, "manage.py", *arguments)

    def python(self, code):
        setup = "import sys; sys.path[:0] = ['site', '.']; import django; django.setup()\n"
        return json.loads(self.run(sys.executable, "-c", setup + code).stdout)


@pytest.fixture(scope="module")
def round_trip(tmp_path_factory):
    folder = tmp_path_factory.mktemp("backup")
    source, target = Site(folder / "source"), Site(folder / "target")
    for site in (source, target):
        site.folder.mkdir()
    source.manage("migrate", "--no-input", "-v", "0")
    shutil.copy(source.database, target.database)  # a fresh database, migrated once for both

    source.manage("load_demo", "--skip-users", "-v", "0")
    source.manage("createsuperuser", "--no-input", "--username", "keeper", "--email", "k@x.org")
    source.python(CONTRIBUTE)
    french = source.python(
        "from wagtail.models import Page\n"
        "print(Page.objects.filter(locale__language_code='fr').count())"
    )
    if not french:  # the demo may come with translations; if not, one is made
        story = source.python(
            "from stories.models import StoryPage\n"
            "print(StoryPage.objects.order_by('pk').first().pk)"
        )
        source.manage("translate_tree", "--locale", "fr", "--machine", "--root", str(story))
    # Whatever the target had is replaced.
    (target.media / "documents").mkdir(parents=True)
    (target.media / "documents" / "stale.pdf").write_bytes(b"%PDF-1.4 stale")

    before = source.python(SNAPSHOT)
    archive = folder / "backups" / "site.tar"
    source.run("scripts/backup", str(archive))
    restored = target.run("scripts/restore", "--yes", str(archive))
    after = target.python(SNAPSHOT)
    return {
        "before": before,
        "after": after,
        "archive": archive,
        "target": target,
        "restore_output": restored.stderr,
    }


def test_the_demo_site_is_really_there_before_the_backup(round_trip):
    before = round_trip["before"]
    english = [
        kind for _pk, _title, language, _live, _path, kind in before["pages"] if language == "en"
    ]
    assert english.count("StoryPage") == 32
    assert english.count("ToolkitPage") == 32
    assert len(before["documents"]) >= 32
    assert before["images"]
    assert before["revisions"]
    assert before["translations"]["sources"] >= 1
    assert before["translations"]["strings"]
    assert before["translations"]["french_pages"]
    assert before["can_log_in"]
    assert [c[2] for c in before["contributions"]] == ["changes-requested"]
    assert before["contributions"][0][4] == "Más detalles, por favor"
    assert [text for _at, _by, text in before["contributions"][0][7]] == [
        "Falta el año",
        "Año añadido",
        "Más detalles, por favor",
    ]


@pytest.mark.parametrize(
    "part",
    [
        "pages",
        "revisions",
        "documents",
        "images",
        "translations",
        "users",
        "can_log_in",
        "contributions",
    ],
)
def test_the_restored_site_has_nothing_lost(round_trip, part):
    assert round_trip["after"][part] == round_trip["before"][part]


def test_the_search_is_rebuilt_on_restore(round_trip):
    assert round_trip["after"]["searchable_pages"] == round_trip["before"]["searchable_pages"] > 0


def test_the_restore_checks_itself_and_replaces_old_media(round_trip):
    assert "all as backed up" in round_trip["restore_output"]
    assert not (round_trip["target"].media / "documents" / "stale.pdf").exists()


def test_the_restored_site_serves_pages_search_and_files(round_trip):
    answer = round_trip["target"].python(SERVE)

    assert answer["home"] == 200
    assert answer["search_total"] > 0
    assert answer["download"] == [200, answer["size"]]


def test_the_archive_is_private_to_its_owner(round_trip):
    assert round_trip["archive"].stat().st_mode & 0o077 == 0
    with tarfile.open(round_trip["archive"]) as archive:
        names = set(archive.getnames())
    assert {"MANIFEST.json", "database.json.gz", "content_types.json.gz", "media.tar"} <= names


def test_a_damaged_archive_is_refused_before_anything_changes(round_trip, tmp_path):
    damaged = tmp_path / "damaged.tar"
    with tarfile.open(round_trip["archive"]) as original, tarfile.open(damaged, "w") as copy:
        for member in original.getmembers():
            data = original.extractfile(member).read()
            if member.name == "media.tar":
                data = data[:-1] + bytes([data[-1] ^ 1])
            member.size = len(data)
            copy.addfile(member, io.BytesIO(data))
    target = round_trip["target"]

    result = target.run("scripts/restore", "--yes", str(damaged), check=False)

    assert result.returncode != 0
    assert "damaged" in result.stderr
    assert target.python(SNAPSHOT) == round_trip["after"]
