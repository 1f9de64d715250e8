"""Run an S2GM order on a Dask cluster (``dask.distributed``), one task per product.

    result = run_order_dask(order, "out/", scheduler="tcp://host:8786",  # "" = LocalCluster
                            progress=..., is_cancelled=..., log=...)

The order is split into independent tasks, one per (period, target) product, exactly the
units :func:`mosaic.run_order` makes one after the other. A task gets plain data only (the
order dict, the period and target as dicts, the output folder path) and runs
:func:`mosaic.make_product` on the worker: it reads its inputs itself (no arrays travel
through the scheduler), composites into a hidden work folder and renames a complete,
checked product folder into place, so a product is written once, atomically, and a task
that dies (a killed worker) leaves no half product: Dask runs it again on another worker
and the rerun starts from clean work / staging folders.

Products are the same bytes as the local run's (creation time stamps aside): the same
function makes them. ``order_status.json`` lists the products in the local run's order and
is rewritten as tasks finish; products already delivered are skipped (resume); a product
whose task raised an error gets a ``failed`` entry with the reason, the other products
still run, and the run then raises :class:`S2GMError` naming the failed products (run the
order again to retry them). Cancelling cancels the futures not yet started and sets a
Dask ``Event`` the running tasks poll, so they stop and remove their work folders.

Workers need this engine importable as the top-level package ``s2gm_plugin`` (the plugin
folder on their ``PYTHONPATH``) and the same input / output paths as the client.
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
                   n_workers=None, connect_timeout=30, **options):
    """Run ``order`` like :func:`mosaic.run_order`, its products as tasks on a Dask cluster.

    ``scheduler``: the address of a running scheduler (``tcp://host:8786``); empty or None
    starts a ``LocalCluster`` of worker processes on 127.0.0.1 (``n_workers``, default one
    per CPU, one thread each) and closes it afterwards. ``options`` as for ``run_order``
    (``credentials`` travel to the workers in memory with the tasks, never to disk)."""
    from .mosaic import MosaicResult, MosaicRun

    distributed = import_distributed()
    progress = progress or (lambda pct, msg: None)
    is_cancelled = is_cancelled or (lambda: False)
    log = log or (lambda msg: None)
    run = MosaicRun(order, output_folder, progress, is_cancelled, log, **options)
    units = run.plan()
    worker_task = _worker_function()
    order_doc = run.order.to_dict()
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
            failures = _run_tasks(distributed, client, run, order_doc, units, pending, entries, worker_task,
                                  options, progress, is_cancelled, log, done)
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


def _run_tasks(distributed, client, run, order_doc, units, pending, entries, worker_task, options, progress,
               is_cancelled, log, done):
    from .mosaic import ProductEntry, period_to_doc

    cancel_name = "s2gm-cancel-" + uuid.uuid4().hex
    cancel_event = distributed.Event(cancel_name, client=client)
    futures = {}
    for i, (period, target) in pending.items():
        key = "s2gm-product-%s-%s-%s-%s" % (run.order.id, period.start.isoformat(), target.tag, uuid.uuid4().hex[:8])
        futures[client.submit(worker_task, order_doc, run.output_folder, period_to_doc(period), asdict(target),
                              options, cancel_name, key=key, pure=False)] = i
    log("Submitted %d product task(s) to %s" % (len(futures), client.scheduler.address))
    failures = []
    state = {"done": done}

    def record(future):
        i = futures[future]
        if entries[i] is not None:
            return
        period, target = units[i]
        label = "%s %s" % (period, target.tag)
        try:
            out = future.result()
        except Exception as exc:  # the task raised outside make_product, or every retry was killed
            out = {"error": "%s: %s" % (type(exc).__name__, exc)}
        if out.get("cancelled"):
            return
        for line in out.get("log", []):
            log(line)
        if "error" in out:
            entry = ProductEntry(period_start=period.start.isoformat(), period_end=period.end.isoformat(),
                                 target=target.tag, status="failed", reason=out["error"])
            failures.append("%s (%s)" % (label, out["error"]))
        else:
            entry = ProductEntry(**out["entry"])
        entries[i] = entry
        state["done"] += 1
        log("%s: %s%s" % (label, entry.status, (" (%s)" % entry.reason) if entry.reason else ""))
        run._write_status([e for e in entries if e])
        progress(100.0 * state["done"] / len(units), "Product %d of %d done: %s" % (state["done"], len(units), label))

    queue = distributed.as_completed(list(futures), with_results=False, loop=client.loop)
    try:
        while True:
            if is_cancelled():
                _cancel(client, cancel_event, futures)
                for future in futures:  # products finished meanwhile are delivered: record them
                    if future.done() and not future.cancelled():
                        record(future)
                client.cancel(list(futures))
                run._write_status([e for e in entries if e])
                raise Cancelled("Cancelled by the user; delivered products are kept, run the order again to resume.")
            batch = queue.next_batch(block=False)
            if not batch:
                if queue.is_empty():
                    break
                time.sleep(0.2)
                continue
            for future in batch:
                record(future)
    finally:
        for f in futures:
            f.release()
    return failures


def product_task(order_doc, output_folder, period_doc, target_doc, options, cancel_name=None):
    """What a worker runs for one product: :func:`mosaic.make_product` with a cancel flag read
    from the Dask ``Event`` ``cancel_name``. Returns plain data only: ``{"entry": {...},
    "log": [...]}``, ``{"error": "...", "log": [...]}`` or ``{"cancelled": True}``."""
    from .mosaic import make_product

    lines = []
    is_cancelled = _event_poller(cancel_name)
    if is_cancelled():  # started after the order was cancelled
        return {"cancelled": True}
    try:
        entry = make_product(order_doc, output_folder, period_doc, target_doc, is_cancelled=is_cancelled,
                             log=lines.append, **(options or {}))
    except Cancelled:
        return {"cancelled": True}
    except Exception as exc:  # recorded as this product's failure; the other products go on
        return {"error": "%s: %s" % (type(exc).__name__, exc), "log": lines}
    return {"entry": asdict(entry), "log": lines}


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
    interrupt) through the event and wait for them to stop and remove their work folders,
    so that no task is left writing once the order reports it was cancelled."""
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


def _worker_function():
    return _worker_module().product_task


def _worker_module():
    """:func:`product_task` as ``s2gm_plugin.runner.product_task``: workers import the engine
    by that name (the plugin folder on their path), whatever the package is called here
    (QGIS imports the plugin as ``<folder>.s2gm_plugin``). Puts the plugin folder on
    ``sys.path`` so spawned local workers, which inherit it, find it too."""
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    if root not in sys.path:
        sys.path.append(root)
    return importlib.import_module("s2gm_plugin.runner")
