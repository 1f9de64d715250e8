"""Worker plugins for tests/engine/test_dask_runner.py, imported by name on the Dask workers
(spawned local workers inherit the test process's sys.path, which holds this folder).

Each one wraps ``s2gm_plugin.mosaic.run_composite`` inside the worker process for ONE period
of the order (its start date), to make that product slow (so a test can kill the worker
running it, or cancel it) or make it fail. A marker file records which worker process got
there first; the wrapper acts only on the first attempt (no marker yet)."""
import json
import os
import time

from distributed.diagnostics.plugin import WorkerPlugin


class ProductHook(WorkerPlugin):
    name = "s2gm-test-product-hook"

    def __init__(self, period_start, marker, mode):
        self.period_start = period_start  # "2024-09-11"
        self.marker = marker  # file written when the hooked product starts
        self.mode = mode  # "slow": wait (up to 120 s, or until cancelled) | "fail": raise

    def setup(self, worker):
        import s2gm_plugin.mosaic as mosaic
        original = getattr(mosaic, "_unhooked_run_composite", mosaic.run_composite)
        mosaic._unhooked_run_composite = original
        hook = self

        def run_composite(request, progress=None, is_cancelled=None, log=None):
            if request.start_date == hook.period_start and not os.path.exists(hook.marker):
                with open(hook.marker + ".tmp", "w") as fh:
                    json.dump({"pid": os.getpid(), "work": os.path.dirname(request.output)}, fh)
                os.replace(hook.marker + ".tmp", hook.marker)
                if hook.mode == "fail":
                    raise RuntimeError("test failure injected into %s" % hook.period_start)
                deadline = time.monotonic() + 120
                while time.monotonic() < deadline and not (is_cancelled and is_cancelled()):
                    time.sleep(0.05)
            return original(request, progress=progress, is_cancelled=is_cancelled, log=log)

        mosaic.run_composite = run_composite
