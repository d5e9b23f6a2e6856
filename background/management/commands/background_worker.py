"""The worker of background tasks: django-tasks-db's `db_worker`, that first puts back in the
queue the tasks a dead worker left running and schedules the periodic tasks.

    manage.py background_worker [--no-reload] [--interval 1] [--queue-name '*']
"""

from django_tasks_db.management.commands import db_worker

from background import queue


class Command(db_worker.Command):
    help = __doc__

    def add_arguments(self, parser):
        super().add_arguments(parser)
        # host:pid, so that another worker can tell when this one died in the middle of a task.
        parser.set_defaults(worker_id=queue.worker_id())

    def handle(self, *args, **options):
        queue.recover_interrupted_tasks()
        queue.schedule_periodic_tasks()
        super().handle(*args, **options)
