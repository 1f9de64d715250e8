"""Worker and scheduler plugins for tests/engine/test_dask_runner.py, imported by name on the
Dask workers (spawned local workers inherit the test process's sys.path, which holds this
folder).

``BlockHook`` wraps ``s2gm_plugin.mosaic.composite_block`` inside the worker process for ONE
period of the order (its start date): the first block of that period to start (one worker
process wins, through an exclusive lock file) is made slow -- it writes its first window,
then waits before committing, so a test can kill the worker holding a half-written block
file, or cancel it -- or fails. A marker file says which worker process, block and files.
Later blocks and reruns are left alone.

``TaskKeys`` records, on the scheduler, the key of every task that finished ("memory").
"""
import glob
import json
import os
import time

from distributed.diagnostics.plugin import SchedulerPlugin, WorkerPlugin


class BlockHook(WorkerPlugin):
    name = "s2gm-test-block-hook"

    def __init__(self, period_start, marker, mode):
        self.period_start = period_start  # "2024-09-11"
        self.marker = marker  # file written when the hooked block is inside its work
        self.mode = mode  # "slow": wait (up to 120 s, or until cancelled) | "fail": raise

    def setup(self, worker):
        import s2gm_plugin.mosaic as mosaic
        original = getattr(mosaic, "_unhooked_composite_block", mosaic.composite_block)
        mosaic._unhooked_composite_block = original
        hook = self

        def composite_block(plan, rows, output, quality=None, exclude=(), progress=None, is_cancelled=None,
                            log=None):
            if plan.request.start_date != hook.period_start or not hook._first():
                return original(plan, rows, output, quality, exclude, progress, is_cancelled, log)
            if hook.mode == "fail":
                hook._mark(rows, output)
                raise RuntimeError("test failure injected into %s" % hook.period_start)
            polls = []

            def slow_is_cancelled():
                # polled before each window and once more before the files are committed
                polls.append(1)
                if len(polls) == 2:
                    hook._mark(rows, output)
                    deadline = time.monotonic() + 120
                    while time.monotonic() < deadline and not (is_cancelled and is_cancelled()):
                        time.sleep(0.05)
                return bool(is_cancelled and is_cancelled())
            return original(plan, rows, output, quality, exclude, progress, slow_is_cancelled, log)

        mosaic.composite_block = composite_block

    def _first(self):
        try:
            os.close(os.open(self.marker + ".lock", os.O_CREAT | os.O_EXCL | os.O_WRONLY))
            return True
        except FileExistsError:
            return False

    def _mark(self, rows, output):
        folder = os.path.dirname(output)
        doc = {"pid": os.getpid(), "rows": list(rows), "output": output,
               "temporary": sorted(os.path.basename(p) for p in glob.glob(os.path.join(folder, ".*tmp*")))}
        with open(self.marker + ".tmp", "w") as fh:
            json.dump(doc, fh)
        os.replace(self.marker + ".tmp", self.marker)


class TaskKeys(SchedulerPlugin):
    name = "s2gm-test-task-keys"

    def __init__(self):
        self.finished = []

    def transition(self, key, start, finish, *args, **kwargs):
        if finish == "memory":
            self.finished.append(str(key))


def finished_keys(dask_scheduler=None):
    """Run on the scheduler: the keys TaskKeys saw finish."""
    return list(dask_scheduler.plugins[TaskKeys.name].finished)
