"""Offline geography for Dateline: place-name normalisation and a compiled gazetteer.

``dateline.geo.names`` turns place names into lookup keys that tolerate the usual
transliteration noise; ``dateline.geo.gazetteer`` resolves those keys to places
(cities, first-order regions, countries) from a read-only SQLite index built from
GeoNames-derived data shipped with installed packages.
"""
