"""S2GM products (spec section 5): layers in S2GM's types, GeoTIFF (COG) / JP2 / NetCDF-CF
writers, metadata JSON + INSPIRE XML, and the output tile QC that re-opens every file."""
