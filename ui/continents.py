"""Continent of each country of QGIS's world map (``world_map.gpkg``, layer ``countries``,
field ``ISO_A3``), after the UN geoscheme (M49) regions, with the Americas split into North
(incl. Central America and the Caribbean) and South, and Antarctica on its own. Countries
without an ISO code fall back on ``FALLBACK_BY_NAME`` or on where their centroid lies."""

_BY_CONTINENT = {
    "Africa": "AGO BDI BEN BFA BWA CAF CIV CMR COD COG COM CPV DJI DZA EGY ERI ESH ETH GAB GHA GIN "
              "GMB GNB GNQ IOT KEN LBR LBY LSO MAR MDG MLI MOZ MRT MUS MWI NAM NER NGA RWA SDN SEN "
              "SHN SLE SOM SSD STP SWZ SYC TCD TGO TUN TZA UGA ZAF ZMB ZWE",
    "Europe": "ALA ALB AND AUT BEL BGR BIH BLR CHE CYP CZE DEU DNK ESP EST FIN FRA FRO GBR GGY GIB "
              "GRC HRV HUN IMN IRL ISL ITA JEY LIE LTU LUX LVA MCO MDA MKD MLT MNE NLD NOR POL PRT "
              "ROU RUS SMR SRB SVK SVN SWE UKR",
    "Asia": "AFG ARE ARM AZE BGD BHR BRN BTN CHN GEO HKG IDN IND IRN IRQ ISR JOR JPN KAZ KGZ KHM "
            "KOR KWT LAO LBN LKA MAC MDV MMR MNG MYS NPL OMN PAK PHL PRK PSE QAT SAU SGP SYR THA "
            "TJK TKM TLS TUR TWN UZB VNM YEM",
    "North America": "ABW AIA ATG BHS BLM BLZ BMU BRB CAN CRI CUB CUW CYM DMA DOM GRD GRL GTM HND HTI "
                     "JAM KNA LCA MAF MEX MSR NIC PAN PRI SLV SPM SXM TCA TTO USA VCT VGB VIR",
    "South America": "ARG BOL BRA CHL COL ECU FLK GUY PER PRY SGS SUR URY VEN",
    "Oceania": "ASM AUS COK FJI FSM GUM KIR MHL MNP NCL NFK NIU NRU NZL PCN PLW PNG PYF SLB TON TUV "
               "UMI VUT WLF WSM",
    "Antarctica": "ATA ATF HMD",
}
CONTINENT_OF = {code: name for name, codes in _BY_CONTINENT.items() for code in codes.split()}
CONTINENTS = tuple(_BY_CONTINENT)
FALLBACK_BY_NAME = {"Kosovo": "Europe", "N. Cyprus": "Asia", "Somaliland": "Africa"}
# last resort for a country with neither code nor known name: where its centroid lies
CENTROID_BOXES = {
    "Africa": (-20.0, -36.0, 55.0, 38.0),
    "Europe": (-25.0, 34.5, 45.0, 72.0),
    "Asia": (45.0, -11.0, 180.0, 78.0),
    "North America": (-170.0, 7.0, -50.0, 84.0),
    "South America": (-82.0, -56.0, -34.0, 13.0),
    "Oceania": (110.0, -50.0, 180.0, 0.0),
    "Antarctica": (-180.0, -90.0, 180.0, -60.0),
}


def continent_of(iso_a3, name, centroid_lon, centroid_lat):
    """The continent of a country feature (see the module docstring)."""
    if iso_a3 in CONTINENT_OF:
        return CONTINENT_OF[iso_a3]
    if name in FALLBACK_BY_NAME:
        return FALLBACK_BY_NAME[name]
    for continent, (x0, y0, x1, y1) in CENTROID_BOXES.items():
        if x0 <= centroid_lon <= x1 and y0 <= centroid_lat <= y1:
            return continent
    return None
