"""scripts/backup and scripts/restore round-trip the demo site with nothing lost.

The round trip runs on the database the suite runs on: SQLite files of their own by default
(the archive holds Django's JSON), or, when DATABASE_URL is PostgreSQL, two databases made on
that server for the run and dropped afterwards (the archive holds pg_dump's). The demo site
(load_demo, with its translations), a superuser, a contribution mid-review and a page deleted
after them (its id must never come back) are built in the source; scripts/backup archives it;
scripts/restore loads the archive into the target, freshly migrated, and its media folder.
Both sides are then described by the same snapshots (pages, revisions, translations, users,
every table row by row, the SHA-256 of every stored file) read with Django in a child process,
independently of the checks restore makes itself.
"""

import contextlib
import hashlib
import io
import json
import os
import shutil
import socket
import subprocess
import sys
import tarfile
from pathlib import Path
from urllib.parse import urlsplit

import psycopg
import pytest
from psycopg import sql

ROOT = Path(__file__).resolve().parents[1]
ON_POSTGRESQL = urlsplit(os.environ.get("DATABASE_URL", "")).scheme in ("postgres", "postgresql")
# What scripts/backup writes on each database (BACKUP_FORMAT unset), and the finest time it keeps:
# Django's JSON serializer keeps milliseconds of timestamps, pg_dump all of them.
FORMAT = "pgdump" if ON_POSTGRESQL else "json"
DATABASE_PARTS = {
    "pgdump": {"database.pgdump"},
    "json": {"database.json.gz", "content_types.json.gz"},
}
TIME_PRECISION = {"pgdump": "microseconds", "json": "milliseconds"}[FORMAT]

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
snapshot = {
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
}
"""

# A superuser (keeper), and a member's toolkit sent back by keeper with a comment: a
# contribution mid-review.
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
keeper = User.objects.create_superuser("keeper", "k@x.org", "a long passphrase 2021")


def send_back(comment):
    task_state = Page.objects.get(pk=contribution.page_id).current_workflow_task_state
    task_state.task.specific.on_action(task_state, keeper, "reject", comment=comment)


# Two rounds: a request, an answer, another request.
send_back("Falta el año")
answer = ToolkitForm({**fields, "summary": "Resumen de 2024."}, language="es", file_required=False)
assert answer.is_valid(), answer.errors
drafts.resubmit(contribution, answer, "Año añadido", member)
send_back("Más detalles, por favor")
"""

# Then keeper publishes a page and deletes it: the largest page id, and other tables'
# (revisions, log entries) are left unused, while the page's log entries stay with its id.
DELETE_THE_NEWEST_PAGE = """
import json
from general.models import GeneralPage
from home.models import HomePage
page = HomePage.objects.get(locale__language_code="en").add_child(
    instance=GeneralPage(title="A page deleted before the backup", slug="deleted-before-backup")
)
page.save_revision(user=keeper, log_action=True).publish(user=keeper)
page.delete(user=keeper)
print(json.dumps(page.pk))
"""

# A page created on the restored site, in a transaction rolled back so that the site stays as
# restored for the tests that follow: its id, and the actions its history shows.
NEW_PAGE = """
import json
from django.db import transaction
from general.models import GeneralPage
from home.models import HomePage
from wagtail.models import PageLogEntry
with transaction.atomic():
    page = HomePage.objects.get(locale__language_code="en").add_child(
        instance=GeneralPage(title="A page made after the restore", slug="made-after-restore")
    )
    page.save_revision(log_action=True)
    history = sorted(PageLogEntry.objects.filter(page_id=page.pk).values_list("action", flat=True))
    transaction.set_rollback(True)
print(json.dumps({"id": page.pk, "history": history}))
"""

# Every table the backup holds (scripts/backup leaves out sessions and the search indexes,
# which restore rebuilds), row by row in primary key order, and the id its next row would get.
TABLES = """
import datetime, json
from django.apps import apps
from django.db import connection

EXCLUDED = {"sessions", "search", "wagtailsearch"}


def plain(value):
    if isinstance(value, (datetime.datetime, datetime.time)):
        return value.isoformat(timespec=TIME_PRECISION)
    return value


def next_id(meta):
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute("SELECT pg_get_serial_sequence(%s, %s)", [meta.db_table, meta.pk.column])
            (sequence,) = cursor.fetchone()
            if sequence is None:
                return None
            cursor.execute(
                "SELECT CASE WHEN is_called THEN last_value + 1 ELSE last_value END"
                f" FROM {sequence}"
            )
            return cursor.fetchone()[0]
        cursor.execute("SELECT seq FROM sqlite_sequence WHERE name = %s", [meta.db_table])
        row = cursor.fetchone()
        return (row[0] if row else 0) + 1


tables = {}
for model in apps.get_models(include_auto_created=True):
    meta = model._meta
    if meta.proxy or not meta.managed or meta.app_label in EXCLUDED:
        continue
    # The archive keeps a many-to-many link as a pair, not the link row's own id: compare pairs.
    link = bool(meta.auto_created)
    # The table's own columns (a page type's table holds its fields, wagtailcore_page the rest).
    fields = [f for f in meta.local_concrete_fields if not (link and f.primary_key)]
    rows = [
        [plain(field.get_prep_value(value)) for field, value in zip(fields, row)]
        for row in model._base_manager.order_by("pk").values_list(*[f.attname for f in fields])
    ]
    serial = not link and meta.pk.get_internal_type().endswith("AutoField")
    ids = [row[fields.index(meta.pk)] for row in rows] if serial else []
    tables[meta.label_lower] = {
        "rows": sorted(rows) if link else rows,
        "link": link,
        "largest_id": max(ids, default=0) if serial else None,
        "next_id": next_id(meta) if serial else None,
    }
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

    def __init__(self, folder, database_url):
        self.folder = folder
        self.media = folder / "media"
        self.env = {
            k: v
            for k, v in os.environ.items()
            if k not in ("ELASTICSEARCH_URL", "DEEPL_API_KEY", "DATABASE_URL", "MEDIA_ROOT")
        } | {
            "DJANGO_SETTINGS_MODULE": "config.settings.dev",
            "DEBUG": "0",
            "DATABASE_URL": database_url,
            "MEDIA_ROOT": str(self.media),
            "PYTHON": sys.executable,
        }
        folder.mkdir()

    def run(self, *command, check=True, env=None):
        result = subprocess.run(
            command, cwd=ROOT, env=env or self.env, capture_output=True, text=True, timeout=600
        )
        if check:
            assert result.returncode == 0, f"{command}:\n{result.stdout}\n{result.stderr}"
        return result

    def manage(self, *arguments):
        return self.run(sys.executable, "manage.py", *arguments)

    def python(self, code):
        setup = "import sys; sys.path[:0] = ['site', '.']; import django; django.setup()\n"
        return json.loads(self.run(sys.executable, "-c", setup + code).stdout)

    def describe(self):
        """The snapshot and the tables, read in one child process (each takes seconds to start)."""
        return self.python(
            f"TIME_PRECISION = {TIME_PRECISION!r}\n{SNAPSHOT}{TABLES}"
            "print(json.dumps({'snapshot': snapshot, 'tables': tables},"
            " default=str, sort_keys=True))"
        )

    def media_files(self):
        return {
            str(path.relative_to(self.media)): hashlib.sha256(path.read_bytes()).hexdigest()
            for path in sorted(self.media.rglob("*"))
            if path.is_file()
        }


def postgresql_url(database):
    """DATABASE_URL with another database of the same server."""
    return urlsplit(os.environ["DATABASE_URL"])._replace(path=f"/{database}").geturl()


def on_postgresql_server(statement, *names):
    with psycopg.connect(postgresql_url("postgres"), autocommit=True) as server:
        server.execute(sql.SQL(statement).format(*map(sql.Identifier, names)))


@contextlib.contextmanager
def migrated_sites(folder):
    """A source and a target site whose databases are migrated once for both (the target's is
    a copy of the source's taken before anything else is written), removed afterwards."""
    if not ON_POSTGRESQL:
        source = Site(folder / "source", f"sqlite:///{folder / 'source' / 'db.sqlite3'}")
        target = Site(folder / "target", f"sqlite:///{folder / 'target' / 'db.sqlite3'}")
        source.manage("migrate", "--no-input", "-v", "0")
        shutil.copy(folder / "source" / "db.sqlite3", folder / "target" / "db.sqlite3")
        yield source, target
        return
    names = f"backup_source_{os.getpid()}", f"backup_target_{os.getpid()}"
    source = Site(folder / "source", postgresql_url(names[0]))
    target = Site(folder / "target", postgresql_url(names[1]))
    try:
        on_postgresql_server("CREATE DATABASE {}", names[0])
        source.manage("migrate", "--no-input", "-v", "0")
        # The migrated source is the template: no connection to it is left open at this point.
        on_postgresql_server("CREATE DATABASE {} TEMPLATE {}", names[1], names[0])
        yield source, target
    finally:
        for name in names:
            on_postgresql_server("DROP DATABASE IF EXISTS {} WITH (FORCE)", name)


@pytest.fixture(scope="module")
def round_trip(tmp_path_factory):
    folder = tmp_path_factory.mktemp("backup")
    with migrated_sites(folder) as (source, target):
        source.manage("load_demo", "--skip-users", "-v", "0")
        deleted_page = source.python(CONTRIBUTE + DELETE_THE_NEWEST_PAGE)
        # Whatever the target had is replaced.
        (target.media / "documents").mkdir(parents=True)
        (target.media / "documents" / "stale.pdf").write_bytes(b"%PDF-1.4 stale")

        before = source.describe()
        archive = folder / "backups" / "site.tar"
        source.run("scripts/backup", str(archive))
        restored = target.run("scripts/restore", "--yes", str(archive))
        after = target.describe()
        yield {
            "before": before["snapshot"],
            "after": after["snapshot"],
            "tables_before": before["tables"],
            "tables_after": after["tables"],
            "media_before": source.media_files(),
            "media_after": target.media_files(),  # before the tests below render renditions
            "archive": archive,
            "deleted_page": deleted_page,
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


def first_difference(rows_before, rows_after):
    for number, (row_before, row_after) in enumerate(zip(rows_before, rows_after, strict=False)):
        if row_before != row_after:
            return f"row {number}: {row_before} backed up, {row_after} restored"
    return f"{len(rows_before)} rows backed up, {len(rows_after)} restored"


def test_every_table_has_the_same_rows_after_the_restore(round_trip):
    before, after = round_trip["tables_before"], round_trip["tables_after"]
    differing = {
        table: first_difference(before[table]["rows"], after[table]["rows"])
        if table in after
        else "table missing"
        for table in before
        if after.get(table, {}).get("rows") != before[table]["rows"]
    }

    assert not differing
    assert sum(len(table["rows"]) for table in before.values()) > 10_000
    assert any(table["link"] and table["rows"] for table in before.values())


def test_new_rows_after_the_restore_get_ids_never_used(round_trip):
    """Every table gives its next row the id the backed-up site would have given: never the id
    of a row the site has had (a deleted page's id is still in its history), nor a restored one."""
    before, after = round_trip["tables_before"], round_trip["tables_after"]
    serial = [table for table in before if before[table]["next_id"] is not None]
    differing = {
        table: [before[table]["next_id"], after[table]["next_id"]]
        for table in serial
        if after[table]["next_id"] != before[table]["next_id"]
    }

    assert not differing
    assert len(serial) > 50
    # The deleted page left ids unused at the top of these tables.
    for table in ("wagtailcore.page", "wagtailcore.revision"):
        assert before[table]["next_id"] > before[table]["largest_id"] + 1


def test_a_page_made_after_the_restore_does_not_inherit_a_deleted_pages_history(round_trip):
    deleted = round_trip["deleted_page"]

    page = round_trip["target"].python(NEW_PAGE)

    assert page["id"] > deleted
    assert "wagtail.delete" not in page["history"], page["history"]


def test_every_media_file_is_restored(round_trip):
    media = round_trip["media_after"]

    assert media == round_trip["media_before"]
    assert any(name.startswith("documents/") for name in media)
    assert any(name.startswith("original_images/") for name in media)


def test_the_manifest_describes_the_archive(round_trip):
    with tarfile.open(round_trip["archive"]) as archive:
        manifest = json.load(archive.extractfile("MANIFEST.json"))
        names = set(archive.getnames())
        digests = {
            name: hashlib.sha256(archive.extractfile(name).read()).hexdigest()
            for name in names - {"MANIFEST.json"}
        }
    commit = subprocess.run(
        ["git", "rev-parse", "HEAD"], cwd=ROOT, capture_output=True, text=True
    ).stdout.strip()
    tables = round_trip["tables_before"]

    assert manifest["format"] == FORMAT
    assert names == {"MANIFEST.json", "media.tar", *DATABASE_PARTS[FORMAT]}
    assert manifest["parts"] == digests
    assert manifest["code_version"] == commit
    assert manifest["facts"]["rows"] == {
        table: len(tables[table]["rows"]) for table in tables if not tables[table]["link"]
    }
    assert manifest["facts"]["next_ids"] == {
        table: tables[table]["next_id"] for table in tables if tables[table]["next_id"] is not None
    }
    assert manifest["facts"]["media"] == round_trip["media_before"]


def test_the_archive_is_private_to_its_owner(round_trip):
    assert round_trip["archive"].stat().st_mode & 0o077 == 0


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
    assert target.describe()["snapshot"] == round_trip["after"]


@pytest.mark.fault
def test_a_restore_while_elasticsearch_is_down_restores_the_data_and_says_what_is_left(
    round_trip,
):
    with socket.socket() as probe:  # a port nothing listens on
        probe.bind(("127.0.0.1", 0))
        closed_port = probe.getsockname()[1]
    target = round_trip["target"]
    elasticsearch_down = target.env | {"ELASTICSEARCH_URL": f"http://127.0.0.1:{closed_port}"}

    result = target.run(
        "scripts/restore", "--yes", str(round_trip["archive"]), check=False, env=elasticsearch_down
    )

    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    assert "all as backed up" in result.stderr
    last_line = result.stderr.strip().splitlines()[-1]
    assert "search index was not rebuilt" in last_line
    assert "rebuild_exchange_index" in last_line
    assert target.describe()["snapshot"] == round_trip["after"]
    # Wagtail's admin search is in the database: rebuilt without Elasticsearch.
    admin_search = "import json\nfrom wagtail.models import Page\n"
    admin_search += "print(json.dumps(len(Page.objects.live().search('cooperative'))))"
    assert target.python(admin_search) > 0
