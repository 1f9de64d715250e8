"""Widgets of the S2GM Mosaic plugin (dock, map tools).

The GUI grows here; every widget runs the Processing algorithms of ``algorithms/`` (as
``QgsProcessingAlgRunnerTask``) instead of a second code path. For now the plugin's only
GUI is the toolbar/menu action in ``plugin.py``.
"""
