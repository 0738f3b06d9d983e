"""`manage.py task_worker`: the production task worker (operations.worker).

django-tasks-db's `db_worker` with a heartbeat (for /healthz), retries with
backoff and recovery of tasks left running by a killed worker. Same options
as db_worker (--queue-name, --interval, --batch, --max-tasks, --worker-id),
plus --heartbeat. Run one or more per site (systemd: deploy/).
"""

from django_tasks_db.management.commands import db_worker

from operations.worker import HEARTBEAT_SECONDS, RetryingWorker


class Command(db_worker.Command):
    help = "Run the background task worker (database queue, heartbeat, retries)."

    def add_arguments(self, parser):
        super().add_arguments(parser)
        parser.add_argument(
            "--heartbeat",
            type=db_worker.valid_interval,
            default=HEARTBEAT_SECONDS,
            help="Seconds between heartbeats (default: %(default)s).",
        )

    def handle(self, *, verbosity, queue_name, interval, batch, backend_name, startup_delay, max_tasks, worker_id,
               exclude_queues, heartbeat, **options):  # fmt: skip
        self.configure_logging(verbosity)
        queue_names = queue_name.split(",")
        excluded = exclude_queues.split(",") if exclude_queues else []
        if excluded and "*" not in queue_names:
            raise db_worker.CommandError("--exclude-queues can only be used with --queue-name=*")
        worker = RetryingWorker(
            queue_names=queue_names,
            interval=interval,
            batch=batch,
            backend_name=backend_name,
            startup_delay=startup_delay,
            max_tasks=max_tasks,
            worker_id=worker_id,
            excluded_queue_names=excluded,
            heartbeat_seconds=heartbeat,
        )
        worker.configure_signals()
        worker.beat(force=True)
        worker.run()
