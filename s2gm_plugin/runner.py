"""Run an S2GM order on a Dask cluster (``dask.distributed``), as (product, block) tasks.

    result = run_order_dask(order, "out/", scheduler="tcp://host:8786",  # "" = LocalCluster
                            progress=..., is_cancelled=..., log=..., block_rows=2048)

The order's products are the (period, target) units :func:`mosaic.run_order` makes one after
the other; each becomes three kinds of tasks, all on the workers, all reading their inputs
themselves (only plain, small data travels through the scheduler: the order dict, period /
target dicts, paths, the composite plan, block figures; never pixel arrays):

* ``s2gm-plan-<order>-<period>-<target>``: :func:`mosaic.plan_product` -- discovery, input
  QC, the grid, and its row blocks of about ``block_rows`` rows (a multiple of the window
  height the local run uses, so a block's windows are its windows; a small product is one
  block);
* ``s2gm-block-<order>-<period>-<target>-<i>of<n>``: :func:`mosaic.make_block` -- the rows of
  block i composited into GeoTIFFs in the product's hidden work folder on the output disk
  (temporary name, then rename: a block file that exists is complete), returning its
  figures (scenes used and rejected, counts per method and per source scene...);
* ``s2gm-product-<order>-<period>-<target>``: :func:`mosaic.assemble_product`, depending on
  the plan and the blocks -- the blocks joined (a VRT over the block files), the QC report
  written from the summed figures, then the local run's own code from the composite on
  (layers on the product grid, files, metadata, output QC, one atomic rename of the complete
  product folder), the work folder removed. A scene that breaks while one block is
  composited is rejected there; the blocks that used it are composited again without it
  (the local run restarts without such a scene), so every block and the metadata agree.

Products are therefore the local run's (every pixel, band, georeference and metadata field
but the creation time stamps). A task that dies with its worker (killed) is run again by
Dask on another worker and starts from clean temporary files; block files it finds are
rewritten atomically. ``order_status.json`` lists the products in the local run's order and
is rewritten as products finish; progress is reported per finished block; products already
delivered are skipped (resume); a product whose task raised an error gets a ``failed`` entry
with the reason, the other products still run, and the run then raises :class:`S2GMError`
naming the failed products (run the order again to retry them). Cancelling cancels the
tasks not yet started and sets a Dask ``Event`` the running tasks poll between windows, so
they stop and remove their temporary files; the work folders of unfinished products are
removed before :class:`Cancelled` is raised.

Workers need this engine importable as the top-level package ``s2gm_plugin`` (the plugin
folder on their ``PYTHONPATH``) and the same input / output paths as the client (a shared
disk: the blocks of one product are written and joined there, possibly on different hosts).
``distributed`` is imported only here, when a Dask run starts: the plugin loads without it.
"""
import importlib
import multiprocessing
import os
import shutil
import sys
import time
import uuid
from dataclasses import asdict

from .errors import Cancelled, InvalidRequest, S2GMError

PACKAGE_HINT = ("install Debian's python3-distributed (sudo apt-get install python3-distributed) "
                "or pip install 'distributed', then restart QGIS")


class DaskMissing(InvalidRequest):
    """``dask.distributed`` cannot be imported."""


def import_distributed():
    """``distributed`` or :class:`DaskMissing` saying what to install."""
    try:
        return importlib.import_module("distributed")
    except ImportError as exc:
        raise DaskMissing("EXECUTOR=Dask needs the Python package 'distributed' (%s): %s"
                          % (exc, PACKAGE_HINT)) from None


def run_order_dask(order, output_folder, scheduler="", progress=None, is_cancelled=None, log=None,
                   n_workers=None, connect_timeout=30, block_rows=None, **options):
    """Run ``order`` like :func:`mosaic.run_order`, as plan / block / product tasks on a Dask cluster.

    ``scheduler``: the address of a running scheduler (``tcp://host:8786``); empty or None
    starts a ``LocalCluster`` of worker processes on 127.0.0.1 (``n_workers``, default one
    per CPU, one thread each) and closes it afterwards. ``block_rows``: rows of the product
    grid per block task (default ``composite_run.DEFAULT_BLOCK_ROWS``, 2048, rounded down to
    whole processing windows). ``options`` as for ``run_order`` (``credentials`` travel to
    the workers in memory with the tasks, never to disk)."""
    from .mosaic import MosaicResult, MosaicRun

    distributed = import_distributed()
    progress = progress or (lambda pct, msg: None)
    is_cancelled = is_cancelled or (lambda: False)
    log = log or (lambda msg: None)
    run = MosaicRun(order, output_folder, progress, is_cancelled, log, **options)
    units = run.plan()
    entries = [None] * len(units)
    pending = {}
    for i, (period, target) in enumerate(units):
        final, _rel = run._paths(period, target)
        if os.path.isdir(final):  # resume: decided here, nothing sent to the cluster
            entries[i] = run._product(period, target)
        else:
            pending[i] = (period, target)
    done = len(units) - len(pending)
    progress(100.0 * done / max(1, len(units)), "%d of %d product(s) already delivered" % (done, len(units)))
    if not pending:
        run._write_status([e for e in entries if e])
        progress(100.0, "Order done")
        return MosaicResult(run.order_dir, entries)

    cluster = None
    address = (scheduler or "").strip()
    try:
        if not address:
            cluster = _local_cluster(distributed, n_workers)
            address = cluster.scheduler_address
            log("Started a local Dask cluster at %s (%d worker process(es))" % (address, len(cluster.workers)))
        try:
            client = distributed.Client(address, timeout=connect_timeout, set_as_default=False)
        except (OSError, TimeoutError) as exc:
            raise InvalidRequest(
                "cannot reach the Dask scheduler at %s (%s): start it (dask scheduler) and its workers "
                "(dask worker %s), or leave DASK_SCHEDULER empty to run a local cluster" % (address, exc, address)) from None
        try:
            _check_workers(client, address, log)
            failures = _OrderTasks(distributed, client, run, units, entries, options, block_rows).run(pending)
        finally:
            client.close()
    finally:
        if cluster is not None:
            cluster.close()
    if failures:
        raise S2GMError("%d product(s) failed on the Dask cluster and were not delivered: %s. The other products "
                        "are delivered; see order_status.json and run the order again to retry."
                        % (len(failures), "; ".join(failures)))
    progress(100.0, "Order done")
    return MosaicResult(run.order_dir, entries)


class _OrderTasks:
    """The client side of one Dask run: submits a plan task per product, its block tasks and
    product task once the plan is known, records what finishes (status file, progress per
    block), cancels, and removes the work folders of products left unfinished."""

    def __init__(self, distributed, client, run, units, entries, options, block_rows):
        self.distributed, self.client, self.mosaic = distributed, client, run
        self.units, self.entries, self.options, self.block_rows = units, entries, options, block_rows
        self.tasks = _worker_module()
        self.cancel_name = "s2gm-cancel-" + uuid.uuid4().hex
        self.cancel_event = distributed.Event(self.cancel_name, client=client)
        self.futures = {}  # future -> (kind, product index, block index); unfinished ones
        self.share = {}  # product index -> part done (0..1), for the progress
        self.blocks = {}  # product index -> [blocks done, blocks]
        self.failures = []
        self.blocks_submitted = 0

    def run(self, pending):
        from .mosaic import period_to_doc
        self.docs = {i: (period_to_doc(p), asdict(t)) for i, (p, t) in pending.items()}
        self.share = {i: 1.0 for i, e in enumerate(self.entries) if e is not None}
        self.share.update({i: 0.0 for i in pending})
        self.queue = self.distributed.as_completed([], with_results=False, loop=self.client.loop)
        for i in pending:
            self._submit(i, "plan", self.tasks.plan_task, self.block_rows)
        self.mosaic.log("Submitted %d product plan task(s) to %s" % (len(pending), self.client.scheduler.address))
        try:
            while True:
                if self.mosaic.is_cancelled():
                    self._cancel()
                batch = self.queue.next_batch(block=False)
                if not batch:
                    if self.queue.is_empty():
                        break
                    time.sleep(0.1)
                    continue
                for future in batch:
                    self._done(future)
        finally:
            for f in list(self.futures):
                f.release()
            self._discard_work()
        self.mosaic.log("%d block task(s) for %d product(s)" % (self.blocks_submitted, len(pending)))
        return self.failures

    def _key(self, kind, i, suffix=""):
        period, target = self.units[i]
        return "s2gm-%s-%s-%s-%s%s-%s" % (kind, self.mosaic.order.id, period.start.isoformat(), target.tag, suffix,
                                          uuid.uuid4().hex[:8])

    def _submit(self, i, kind, function, *args, block=None, suffix=""):
        period_doc, target_doc = self.docs[i]
        future = self.client.submit(function, self.mosaic.order.to_dict(), self.mosaic.output_folder, period_doc,
                                    target_doc, self.options, self.cancel_name, *args,
                                    key=self._key(kind, i, suffix), pure=False)
        self.futures[future] = (kind, i, block)
        self.queue.add(future)
        return future

    def _result(self, future):
        try:
            return future.result()
        except Exception as exc:  # every retry of the task was killed, or it raised outside our code
            return {"error": "%s: %s" % (type(exc).__name__, exc)}

    def _done(self, future):
        kind, i, b = self.futures.pop(future)
        if self.entries[i] is not None:
            future.release()
            return
        out = self._result(future)
        for line in out.get("log", []):
            self.mosaic.log(line)
        label = self._label(i)
        if out.get("cancelled"):
            future.release()
            return
        if kind == "plan":
            if "error" in out:
                self._record(i, {"error": out["error"]})
            else:
                n = len(out.get("blocks", []))
                blocks = [self._submit(i, "block", self.tasks.block_task, future, k, block=k,
                                       suffix="-%dof%d" % (k + 1, n)) for k in range(n)]
                self.blocks_submitted += n
                self.blocks[i] = [0, n]
                self._submit(i, "product", self.tasks.assemble_task, future, *blocks)
                self.share[i] = 0.05
                self._progress("%s: planned, %d block(s)" % (label, n))
        elif kind == "block":
            self.blocks[i][0] += 1
            done, n = self.blocks[i]
            self.share[i] = 0.05 + 0.9 * done / n
            self._progress("%s: block %d of %d done (%d of %d)" % (label, b + 1, n, done, n))
        else:
            self._record(i, out)
        future.release()  # a product task keeps what it needs of the plan and the blocks

    def _label(self, i):
        period, target = self.units[i]
        return "%s %s" % (period, target.tag)

    def _progress(self, message):
        self.mosaic.progress(100.0 * sum(self.share.values()) / len(self.units), message)

    def _record(self, i, out):
        from .mosaic import ProductEntry
        period, target = self.units[i]
        label = self._label(i)
        if "error" in out:
            entry = ProductEntry(period_start=period.start.isoformat(), period_end=period.end.isoformat(),
                                 target=target.tag, status="failed", reason=out["error"])
            self.failures.append("%s (%s)" % (label, out["error"]))
        else:
            entry = ProductEntry(**out["entry"])
        self.entries[i] = entry
        self.share[i] = 1.0
        self.mosaic.log("%s: %s%s" % (label, entry.status, (" (%s)" % entry.reason) if entry.reason else ""))
        self.mosaic._write_status([e for e in self.entries if e])
        done = sum(1 for e in self.entries if e is not None)
        self._progress("Product %d of %d done: %s" % (done, len(self.units), label))

    def _cancel(self):
        _cancel(self.client, self.cancel_event, list(self.futures))
        for future in list(self.futures):  # products finished meanwhile are delivered: record them
            kind, i, _b = self.futures[future]
            if kind == "product" and future.done() and not future.cancelled():
                self._done(future)
        self.client.cancel(list(self.futures))
        self.mosaic._write_status([e for e in self.entries if e])
        raise Cancelled("Cancelled by the user; delivered products are kept, run the order again to resume.")

    def _discard_work(self):
        """Work folders of the products not made (failed, cancelled): every task is over."""
        for i in self.docs:
            if self.entries[i] is None or self.entries[i].status not in ("delivered", "skipped"):
                work, staging = self.mosaic._work_dirs(*self.units[i])
                for d in (work, staging):
                    shutil.rmtree(d, ignore_errors=True)


def plan_task(order_doc, output_folder, period_doc, target_doc, options, cancel_name, block_rows):
    """A worker's step 1 of a product (:func:`mosaic.plan_product`). Returns plain data:
    ``{"plan": CompositePlan, "blocks": [(first, end) rows], "log": [...]}``, ``{"no_data":
    message, "blocks": [], ...}``, ``{"error": ...}`` or ``{"cancelled": True}``."""
    from .errors import AreaWithoutData, NoUsableScenes
    from .mosaic import plan_product

    def step(is_cancelled, log):
        try:
            plan = plan_product(order_doc, output_folder, period_doc, target_doc, block_rows, is_cancelled, log,
                                **options)
        except (NoUsableScenes, AreaWithoutData) as exc:
            return {"no_data": str(exc), "blocks": []}
        return {"plan": plan, "blocks": [list(rows) for rows in plan.blocks]}
    return _task(step, cancel_name)


def block_task(order_doc, output_folder, period_doc, target_doc, options, cancel_name, planned, index):
    """A worker's step 2: block ``index`` of the product (:func:`mosaic.make_block`).
    Returns ``{"block": figures, "log": [...]}``, ``{"error": ...}`` or ``{"cancelled": True}``."""
    from .mosaic import make_block

    def step(is_cancelled, log):
        return {"block": make_block(order_doc, output_folder, period_doc, target_doc, planned["plan"], index,
                                    is_cancelled, log, **options)}
    return _task(step, cancel_name)


def assemble_task(order_doc, output_folder, period_doc, target_doc, options, cancel_name, planned, *blocks):
    """A worker's step 3: the product from its blocks (:func:`mosaic.assemble_product`).
    Returns ``{"entry": {...}, "log": [...]}``, ``{"error": ...}`` (a block's error: the
    product is not made) or ``{"cancelled": True}``; the work folder is removed in any case."""
    from .mosaic import assemble_product, product_work_dir

    def step(is_cancelled, log):
        for k, out in enumerate(blocks):
            if "block" not in out:  # a block failed or was cancelled: no product
                shutil.rmtree(product_work_dir(order_doc, output_folder, period_doc, target_doc), ignore_errors=True)
                if "error" in out:
                    return {"error": "block %d of %d: %s" % (k + 1, len(blocks), out["error"]), "log": []}
                return dict(out, log=[])  # its log lines went to the client with the block
        plan = planned.get("plan", planned.get("no_data"))
        entry = assemble_product(order_doc, output_folder, period_doc, target_doc, plan, [b["block"] for b in blocks],
                                 is_cancelled, log, **options)
        return {"entry": asdict(entry)}
    return _task(step, cancel_name)


def _task(step, cancel_name):
    """Run ``step(is_cancelled, log)`` on a worker with the cancel flag of the Dask ``Event``
    ``cancel_name``; its log lines go back with the result; an error becomes ``{"error":
    ...}`` (recorded for the product, the other products go on)."""
    lines = []
    is_cancelled = _event_poller(cancel_name)
    if is_cancelled():  # started after the order was cancelled
        return {"cancelled": True}
    try:
        out = step(is_cancelled, lines.append)
    except Cancelled:
        return {"cancelled": True}
    except Exception as exc:
        return {"error": "%s: %s" % (type(exc).__name__, exc), "log": lines}
    out.setdefault("log", lines)
    return out


def _event_poller(name, every_s=0.5):
    """A cheap ``is_cancelled()`` for a task: asks the scheduler at most every ``every_s``."""
    if not name:
        return lambda: False
    state = {"t": 0.0, "set": False}

    def poll():
        now = time.monotonic()
        if not state["set"] and now - state["t"] >= every_s:
            state["t"] = now
            try:
                from distributed import Event
                state["set"] = Event(name).is_set()
            except Exception:  # no client in this process: nothing can cancel us
                pass
        return state["set"]
    return poll


def _cancel(client, cancel_event, futures, timeout=60):
    """Cancel the futures not started yet; tell the running tasks (which Dask cannot
    interrupt) through the event and wait for them to stop and remove their temporary
    files, so that no task is left writing once the order reports it was cancelled."""
    cancel_event.set()
    try:
        keys = [f.key for f in futures]
        states = client.run_on_scheduler(_task_states, keys)
        started = [f for f in futures if states.get(f.key) in ("processing", "memory", "erred")]
        client.cancel([f for f in futures if f not in started])
        deadline = time.monotonic() + timeout
        while not all(f.done() for f in started) and time.monotonic() < deadline:
            time.sleep(0.1)
    except Exception:  # the cluster is gone: nothing more to wait for
        pass


def _task_states(keys, dask_scheduler=None):
    """On the scheduler: the state of each task (waiting, queued, processing, memory...)."""
    tasks = dask_scheduler.tasks
    return {k: tasks[k].state for k in keys if k in tasks}


def _check_workers(client, address, log, timeout=30):
    deadline = time.monotonic() + timeout
    while not client.scheduler_info().get("workers"):
        if time.monotonic() > deadline:
            raise InvalidRequest("the Dask scheduler at %s has no worker: start some with "
                                 "'dask worker %s' (the plugin folder on their PYTHONPATH)" % (address, address))
        time.sleep(0.25)
    try:
        client.run(_worker_module().engine_check)
    except Exception as exc:  # the workers cannot unpickle s2gm_plugin.runner.engine_check
        raise InvalidRequest("the Dask workers of %s cannot import the S2GM engine (%s): put the plugin folder "
                             "(the one holding s2gm_plugin/) on their PYTHONPATH and restart them"
                             % (address, exc)) from None
    log("Dask workers: %d" % len(client.scheduler_info()["workers"]))


def _local_cluster(distributed, n_workers=None):
    """Worker processes on 127.0.0.1, ephemeral ports, no dashboard; closed by the caller."""
    _python_for_workers()
    return distributed.LocalCluster(
        n_workers=n_workers or max(1, os.cpu_count() or 1), threads_per_worker=1, processes=True,
        host="127.0.0.1", scheduler_port=0, dashboard_address=None, silence_logs=40)


def _python_for_workers():
    """Inside QGIS ``sys.executable`` is the QGIS binary: spawn workers with Python instead."""
    exe = os.path.basename(sys.executable or "")
    if exe.startswith("python"):
        return
    for candidate in (os.path.join(sys.exec_prefix, "bin", "python3"), shutil.which("python3"), "/usr/bin/python3"):
        if candidate and os.path.exists(candidate):
            multiprocessing.set_executable(candidate)
            return


def engine_check():
    """Run on every worker before the tasks: the engine imports there."""
    importlib.import_module("s2gm_plugin.mosaic")


def _worker_module():
    """This module as ``s2gm_plugin.runner``, whose task functions are sent: workers import the engine
    by that name (the plugin folder on their path), whatever the package is called here
    (QGIS imports the plugin as ``<folder>.s2gm_plugin``). Puts the plugin folder on
    ``sys.path`` so spawned local workers, which inherit it, find it too."""
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    if root not in sys.path:
        sys.path.append(root)
    return importlib.import_module("s2gm_plugin.runner")
