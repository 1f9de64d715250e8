"""Product metadata: a JSON document and an INSPIRE / ISO 19139 XML record (spec section 5).

Time stamps (``created`` in the JSON, ``dateStamp`` in the XML) are the only parts that
differ between two runs of the same order.
"""
import json
import os
import xml.etree.ElementTree as ET
from datetime import datetime, timezone

NS = {
    "gmd": "http://www.isotc211.org/2005/gmd",
    "gco": "http://www.isotc211.org/2005/gco",
    "gml": "http://www.opengis.net/gml/3.2",
    "xlink": "http://www.w3.org/1999/xlink",
}
for _prefix, _uri in NS.items():
    ET.register_namespace(_prefix, _uri)

LICENCE = ("Contains modified Copernicus Sentinel data {years}. Free and open use under the "
           "Copernicus Sentinel data legal notice (Regulation (EU) No 1159/2013).")
# Elements an INSPIRE / ISO 19139 record of an S2GM product must carry (checked by the tests).
REQUIRED_XPATHS = {
    "title": "gmd:identificationInfo/gmd:MD_DataIdentification/gmd:citation/gmd:CI_Citation/gmd:title",
    "abstract": "gmd:identificationInfo/gmd:MD_DataIdentification/gmd:abstract",
    "bounding_box": "gmd:identificationInfo/gmd:MD_DataIdentification/gmd:extent/gmd:EX_Extent/"
                    "gmd:geographicElement/gmd:EX_GeographicBoundingBox",
    "temporal_extent": "gmd:identificationInfo/gmd:MD_DataIdentification/gmd:extent/gmd:EX_Extent/"
                       "gmd:temporalElement/gmd:EX_TemporalExtent/gmd:extent/gml:TimePeriod",
    "lineage": "gmd:dataQualityInfo/gmd:DQ_DataQuality/gmd:lineage/gmd:LI_Lineage/gmd:statement",
    "reference_system": "gmd:referenceSystemInfo/gmd:MD_ReferenceSystem/gmd:referenceSystemIdentifier/"
                        "gmd:RS_Identifier/gmd:code",
    "resolution": "gmd:identificationInfo/gmd:MD_DataIdentification/gmd:spatialResolution/"
                  "gmd:MD_Resolution/gmd:distance",
    "licence": "gmd:identificationInfo/gmd:MD_DataIdentification/gmd:resourceConstraints/"
               "gmd:MD_LegalConstraints/gmd:otherConstraints",
}


def now_utc():
    return datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def write_json(path, doc):
    tmp = os.path.join(os.path.dirname(path), ".%s.%d.tmp" % (os.path.basename(path), os.getpid()))
    with open(tmp, "w", encoding="utf-8") as fh:
        json.dump(doc, fh, indent=2, sort_keys=False, default=str)
        fh.write("\n")
    os.replace(tmp, path)
    return path


def _q(tag):
    prefix, name = tag.split(":")
    return "{%s}%s" % (NS[prefix], name)


def _el(parent, path, text=None, attrib=None):
    node = parent
    for tag in path.split("/"):
        node = ET.SubElement(node, _q(tag))
    if attrib:
        for k, v in attrib.items():
            node.set(_q(k) if ":" in k else k, str(v))
    if text is not None:
        node.text = str(text)
    return node


def _cs(parent, path, text):
    return _el(parent, path + "/gco:CharacterString", text)


def inspire_xml(path, info):
    """Write the ISO 19139 record. ``info``: identifier, title, abstract, bbox (west, south,
    east, north), start, end (ISO dates), epsg (int), resolution_m, lineage, years,
    format, created."""
    root = ET.Element(_q("gmd:MD_Metadata"))
    _cs(root, "gmd:fileIdentifier", info["identifier"])
    _el(root, "gmd:language/gmd:LanguageCode", "eng", {
        "codeList": "http://www.loc.gov/standards/iso639-2/", "codeListValue": "eng"})
    _el(root, "gmd:hierarchyLevel/gmd:MD_ScopeCode", "dataset", {
        "codeList": "http://standards.iso.org/iso/19139/resources/gmxCodelists.xml#MD_ScopeCode",
        "codeListValue": "dataset"})
    contact = _el(root, "gmd:contact/gmd:CI_ResponsibleParty")
    _cs(contact, "gmd:organisationName", "S2GM Mosaic for QGIS (user-generated product)")
    _el(contact, "gmd:role/gmd:CI_RoleCode", "pointOfContact", {
        "codeList": "http://standards.iso.org/iso/19139/resources/gmxCodelists.xml#CI_RoleCode",
        "codeListValue": "pointOfContact"})
    _el(root, "gmd:dateStamp/gco:DateTime", info["created"])
    _cs(root, "gmd:metadataStandardName", "ISO 19115:2003/19139 (INSPIRE)")
    rs = _el(root, "gmd:referenceSystemInfo/gmd:MD_ReferenceSystem/gmd:referenceSystemIdentifier/gmd:RS_Identifier")
    _cs(rs, "gmd:code", "http://www.opengis.net/def/crs/EPSG/0/%d" % info["epsg"])
    _cs(rs, "gmd:codeSpace", "EPSG")
    ident = _el(root, "gmd:identificationInfo/gmd:MD_DataIdentification")
    cit = _el(ident, "gmd:citation/gmd:CI_Citation")
    _cs(cit, "gmd:title", info["title"])
    cdate = _el(cit, "gmd:date/gmd:CI_Date")
    _el(cdate, "gmd:date/gco:Date", info["end"])
    _el(cdate, "gmd:dateType/gmd:CI_DateTypeCode", "creation", {
        "codeList": "http://standards.iso.org/iso/19139/resources/gmxCodelists.xml#CI_DateTypeCode",
        "codeListValue": "creation"})
    _cs(cit, "gmd:identifier/gmd:MD_Identifier/gmd:code", info["identifier"])
    _cs(ident, "gmd:abstract", info["abstract"])
    _cs(ident, "gmd:descriptiveKeywords/gmd:MD_Keywords/gmd:keyword", "Orthoimagery")
    legal = _el(ident, "gmd:resourceConstraints/gmd:MD_LegalConstraints")
    _cs(legal, "gmd:otherConstraints", LICENCE.format(years=info["years"]))
    _el(ident, "gmd:spatialResolution/gmd:MD_Resolution/gmd:distance/gco:Distance",
        info["resolution_m"], {"uom": "m"})
    _cs(ident, "gmd:language", "eng")
    _el(ident, "gmd:topicCategory/gmd:MD_TopicCategoryCode", "imageryBaseMapsEarthCover")
    extent = _el(ident, "gmd:extent/gmd:EX_Extent")
    box = _el(extent, "gmd:geographicElement/gmd:EX_GeographicBoundingBox")
    for tag, value in zip(("westBoundLongitude", "eastBoundLongitude", "southBoundLatitude", "northBoundLatitude"),
                          (info["bbox"][0], info["bbox"][2], info["bbox"][1], info["bbox"][3])):
        _el(box, "gmd:%s/gco:Decimal" % tag, "%.6f" % value)
    tp = _el(extent, "gmd:temporalElement/gmd:EX_TemporalExtent/gmd:extent/gml:TimePeriod",
             attrib={"gml:id": "period"})
    _el(tp, "gml:beginPosition", info["start"])
    _el(tp, "gml:endPosition", info["end"])
    dist = _el(root, "gmd:distributionInfo/gmd:MD_Distribution/gmd:distributionFormat/gmd:MD_Format")
    _cs(dist, "gmd:name", info["format"])
    _cs(dist, "gmd:version", "-")
    dq = _el(root, "gmd:dataQualityInfo/gmd:DQ_DataQuality")
    _el(dq, "gmd:scope/gmd:DQ_Scope/gmd:level/gmd:MD_ScopeCode", "dataset", {
        "codeList": "http://standards.iso.org/iso/19139/resources/gmxCodelists.xml#MD_ScopeCode",
        "codeListValue": "dataset"})
    _cs(dq, "gmd:lineage/gmd:LI_Lineage/gmd:statement", info["lineage"])
    tree = ET.ElementTree(root)
    tmp = os.path.join(os.path.dirname(path), ".%s.%d.tmp" % (os.path.basename(path), os.getpid()))
    tree.write(tmp, encoding="UTF-8", xml_declaration=True)
    os.replace(tmp, path)
    return path


def check_inspire_xml(path):
    """Missing required elements (empty list = passed); raises ``ParseError`` when not
    well-formed."""
    root = ET.parse(path).getroot()
    missing = []
    if root.tag != _q("gmd:MD_Metadata"):
        missing.append("root element is not gmd:MD_Metadata")
    for name, xp in REQUIRED_XPATHS.items():
        node = root.find(xp, NS)
        if node is None or not ("".join(node.itertext()).strip() or len(node)):
            missing.append(name)
    return missing
