from django.apps import AppConfig


class BackgroundConfig(AppConfig):
    name = "background"
    verbose_name = "Background work"

    def ready(self):
        from django_tasks.signals import task_finished

        from background import queue, tasks

        task_finished.connect(queue.schedule_next_run)
        queue.register_periodic(tasks.recover_interrupted_tasks, seconds=60)
        queue.register_periodic(tasks.publish_scheduled_pages, seconds=60)
