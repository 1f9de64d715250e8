"""QGIS Processing algorithms of S2GM Mosaic: one algorithm per module plus the provider."""
