<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>CompositeAlgorithm</name>
    <message>
        <location filename="../algorithms/composite.py" line="65"/>
        <source>Composite (STC / medoid)</source>
        <translation>Komposit (STC / Medoid)</translation>
    </message>
    <message>
        <location filename="../algorithms/composite.py" line="68"/>
        <source>Compositing</source>
        <translation>Kompositbildung</translation>
    </message>
    <message>
        <location filename="../algorithms/composite.py" line="74"/>
        <source>sentinel-2,s2gm,mosaic,composite,medoid,stc,cloud-free,l2a</source>
        <translation>sentinel-2,s2gm,mosaik,komposit,medoid,stc,wolkenfrei,l2a</translation>
    </message>
    <message>
        <location filename="../algorithms/composite.py" line="80"/>
        <source>&lt;p&gt;Builds one cloud-free composite of a period from Sentinel-2 Level-2A surface reflectance, following the Sentinel-2 Global Mosaic (S2GM) rules.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Input&lt;/b&gt;: a folder (searched for SAFE products and STAC item JSON files) or a STAC item collection / catalog JSON file. Only observations between the start and end dates (inclusive) are used; the extent and the AOI polygons limit the area.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Method&lt;/b&gt;: every observation is first masked with its scene classification (clouds, cloud shadows, cirrus, saturated and no-data pixels are invalid). &lt;i&gt;STC&lt;/i&gt; (short-term composite) picks, for pixels with fewer than four valid observations, the best one through a decision tree on the scene class and the reflectances. &lt;i&gt;MEDOID&lt;/i&gt; picks, for pixels with four or more valid observations, the observation closest to all others (smallest sum of spectral distances); it keeps real, consistent spectra. &lt;i&gt;auto&lt;/i&gt; uses MEDOID where there are at least four valid observations and STC elsewhere, as S2GM does.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Composite&lt;/b&gt;: a GeoTIFF with one band per selected spectral band (surface reflectance; band descriptions name the bands). Empty band selection means every band the inputs have.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Quality&lt;/b&gt;: a GeoTIFF with the bands valid_obs (number of valid observations), medoid_mos (medoid measure of spread), quality_scene_classification (scene class of the chosen observation), source_index (index of the chosen scene), source_date (days since 1970-01-01 of the chosen observation), method (1 = STC, 2 = MEDOID), then the selected auxiliary layers.&lt;/p&gt;&lt;p&gt;&lt;b&gt;QC report&lt;/b&gt;: a JSON file listing the scenes used, the scenes rejected with the reason (unreadable, truncated, wrong size, no valid data), the filters applied and the pixel counts per method.&lt;/p&gt;&lt;p&gt;Output CRS: empty means the UTM zone of the input tiles.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Erzeugt ein wolkenfreies Komposit eines Zeitraums aus Sentinel-2-Level-2A-Bodenreflexionsdaten nach den Regeln des Sentinel-2 Global Mosaic (S2GM).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Eingabe&lt;/b&gt;: ein Ordner (in dem nach SAFE-Produkten und STAC-Item-JSON-Dateien gesucht wird) oder eine STAC-Item-Collection- bzw. Katalog-JSON-Datei. Verwendet werden nur Aufnahmen zwischen Start- und Enddatum (einschließlich); Ausdehnung und AOI-Polygone begrenzen das Gebiet.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Methode&lt;/b&gt;: Jede Aufnahme wird zuerst mit ihrer Szenenklassifikation maskiert (Wolken, Wolkenschatten, Zirren, gesättigte und No-Data-Pixel sind ungültig). &lt;i&gt;STC&lt;/i&gt; (Kurzzeitkomposit) wählt für Pixel mit weniger als vier gültigen Aufnahmen die beste über einen Entscheidungsbaum aus Szenenklasse und Reflexionswerten. &lt;i&gt;MEDOID&lt;/i&gt; wählt für Pixel mit vier oder mehr gültigen Aufnahmen diejenige, die allen anderen am nächsten liegt (kleinste Summe der spektralen Abstände); so bleiben echte, stimmige Spektren erhalten. &lt;i&gt;auto&lt;/i&gt; verwendet MEDOID, wo mindestens vier gültige Aufnahmen vorliegen, und sonst STC, wie S2GM.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Komposit&lt;/b&gt;: ein GeoTIFF mit einem Band je gewähltem Spektralband (Bodenreflexion; die Bandbeschreibungen nennen die Bänder). Keine Bandauswahl bedeutet alle Bänder, die die Eingaben haben.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Qualität&lt;/b&gt;: ein GeoTIFF mit den Bändern valid_obs (Anzahl gültiger Aufnahmen), medoid_mos (Streuungsmaß des Medoids), quality_scene_classification (Szenenklasse der gewählten Aufnahme), source_index (Index der gewählten Szene), source_date (Tage seit 1970-01-01 der gewählten Aufnahme), method (1 = STC, 2 = MEDOID), danach die gewählten Zusatzebenen.&lt;/p&gt;&lt;p&gt;&lt;b&gt;QC-Bericht&lt;/b&gt;: eine JSON-Datei mit den verwendeten Szenen, den verworfenen Szenen samt Grund (unlesbar, abgeschnitten, falsche Größe, keine gültigen Daten), den angewandten Filtern und der Pixelzahl je Methode.&lt;/p&gt;&lt;p&gt;Ausgabe-KBS: leer bedeutet die UTM-Zone der Eingabekacheln.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../algorithms/composite.py" line="115"/>
        <source>Input: folder of L2A products, or item collection / catalog JSON</source>
        <translation>Eingabe: Ordner mit L2A-Produkten oder Item-Collection-/Katalog-JSON</translation>
    </message>
    <message>
        <location filename="../algorithms/composite.py" line="115"/>
        <source>STAC JSON (*.json);;All files (*)</source>
        <translation>STAC-JSON (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../algorithms/composite.py" line="120"/>
        <source>Extent</source>
        <translation>Ausdehnung</translation>
    </message>
    <message>
        <location filename="../algorithms/composite.py" line="122"/>
        <source>Area of interest (polygons)</source>
        <translation>Untersuchungsgebiet (Polygone)</translation>
    </message>
    <message>
        <location filename="../algorithms/composite.py" line="125"/>
        <source>Start date (YYYY-MM-DD, inclusive)</source>
        <translation>Startdatum (JJJJ-MM-TT, einschließlich)</translation>
    </message>
    <message>
        <location filename="../algorithms/composite.py" line="127"/>
        <source>End date (YYYY-MM-DD, inclusive)</source>
        <translation>Enddatum (JJJJ-MM-TT, einschließlich)</translation>
    </message>
    <message>
        <location filename="../algorithms/composite.py" line="129"/>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <location filename="../algorithms/composite.py" line="132"/>
        <source>Resolution (m)</source>
        <translation>Auflösung (m)</translation>
    </message>
    <message>
        <location filename="../algorithms/composite.py" line="135"/>
        <source>Spectral bands (empty = all available)</source>
        <translation>Spektralbänder (leer = alle vorhandenen)</translation>
    </message>
    <message>
        <location filename="../algorithms/composite.py" line="139"/>
        <source>Auxiliary layers in the quality raster</source>
        <translation>Zusatzebenen im Qualitätsraster</translation>
    </message>
    <message>
        <location filename="../algorithms/composite.py" line="142"/>
        <source>Output CRS (empty = UTM zone of the input tiles)</source>
        <translation>Ausgabe-KBS (leer = UTM-Zone der Eingabekacheln)</translation>
    </message>
    <message>
        <location filename="../algorithms/composite.py" line="145"/>
        <source>Composite</source>
        <translation>Komposit</translation>
    </message>
    <message>
        <location filename="../algorithms/composite.py" line="147"/>
        <source>Quality layers</source>
        <translation>Qualitätsebenen</translation>
    </message>
    <message>
        <location filename="../algorithms/composite.py" line="150"/>
        <source>QC report</source>
        <translation>QC-Bericht</translation>
    </message>
    <message>
        <location filename="../algorithms/composite.py" line="150"/>
        <source>JSON files (*.json)</source>
        <translation>JSON-Dateien (*.json)</translation>
    </message>
    <message>
        <location filename="../algorithms/composite.py" line="153"/>
        <source>Number of scenes used</source>
        <translation>Anzahl verwendeter Szenen</translation>
    </message>
    <message>
        <location filename="../algorithms/composite.py" line="155"/>
        <source>Number of scenes rejected</source>
        <translation>Anzahl verworfener Szenen</translation>
    </message>
    <message>
        <location filename="../algorithms/composite.py" line="185"/>
        <source>No input given: choose a folder with Sentinel-2 L2A products (SAFE folders or STAC item JSON files), or a STAC item collection / catalog JSON file.</source>
        <translation>Keine Eingabe: Wählen Sie einen Ordner mit Sentinel-2-L2A-Produkten (SAFE-Ordner oder STAC-Item-JSON-Dateien) oder eine STAC-Item-Collection-/Katalog-JSON-Datei.</translation>
    </message>
    <message>
        <location filename="../algorithms/composite.py" line="189"/>
        <source>Input not found: {path}. Choose an existing folder with Sentinel-2 L2A products (SAFE folders or STAC item JSON files), or a STAC item collection / catalog JSON file.</source>
        <translation>Eingabe nicht gefunden: {path}. Wählen Sie einen vorhandenen Ordner mit Sentinel-2-L2A-Produkten (SAFE-Ordner oder STAC-Item-JSON-Dateien) oder eine STAC-Item-Collection-/Katalog-JSON-Datei.</translation>
    </message>
    <message>
        <location filename="../algorithms/composite.py" line="202"/>
        <source>{name} &apos;{value}&apos; is not a date: write it as YYYY-MM-DD, for example 2024-09-01.</source>
        <translation>{name} „{value}“ ist kein Datum: Schreiben Sie es als JJJJ-MM-TT (YYYY-MM-DD), zum Beispiel 2024-09-01.</translation>
    </message>
    <message>
        <location filename="../algorithms/composite.py" line="207"/>
        <source>The start date {start} is after the end date {end}.</source>
        <translation>Das Startdatum {start} liegt nach dem Enddatum {end}.</translation>
    </message>
    <message>
        <location filename="../algorithms/composite.py" line="218"/>
        <source>{name}: &apos;{value}&apos; is not one of {options} (give names or option numbers starting at 0).</source>
        <translation>{name}: „{value}“ ist keiner der Werte {options} (Namen oder Optionsnummern ab 0 angeben).</translation>
    </message>
    <message>
        <location filename="../algorithms/composite.py" line="224"/>
        <source>{name} takes one value, not {count}.</source>
        <translation>{name} nimmt einen Wert, nicht {count}.</translation>
    </message>
    <message>
        <location filename="../algorithms/composite.py" line="255"/>
        <source>The area of interest has no polygon: choose a layer with at least one polygon feature, or leave AOI empty.</source>
        <translation>Das Untersuchungsgebiet enthält kein Polygon: Wählen Sie einen Layer mit mindestens einem Polygon-Objekt oder lassen Sie AOI leer.</translation>
    </message>
    <message>
        <location filename="../algorithms/composite.py" line="260"/>
        <source>The polygons of the area of interest could not be merged: check them with &apos;Check validity&apos; or &apos;Fix geometries&apos;.</source>
        <translation>Die Polygone des Untersuchungsgebiets ließen sich nicht vereinigen: Prüfen Sie sie mit „Gültigkeit prüfen“ oder „Geometrien reparieren“.</translation>
    </message>
    <message>
        <location filename="../algorithms/composite.py" line="263"/>
        <source>Area of interest: {count} feature(s) merged.</source>
        <translation>Untersuchungsgebiet: {count} Objekt(e) vereinigt.</translation>
    </message>
    <message>
        <location filename="../algorithms/composite.py" line="292"/>
        <source>S2GM composite</source>
        <translation>S2GM-Komposit</translation>
    </message>
    <message>
        <location filename="../algorithms/composite.py" line="293"/>
        <source>S2GM quality</source>
        <translation>S2GM-Qualität</translation>
    </message>
    <message>
        <location filename="../algorithms/composite.py" line="300"/>
        <source>Method {method}, {resolution} m, bands: {bands}.</source>
        <translation>Methode {method}, {resolution} m, Bänder: {bands}.</translation>
    </message>
    <message>
        <location filename="../algorithms/composite.py" line="300"/>
        <source>all available</source>
        <translation>alle vorhandenen</translation>
    </message>
</context>
<context>
    <name>S2GMMosaicPlugin</name>
    <message>
        <location filename="../plugin.py" line="78"/>
        <source>numba is not installed: composites use the slower numpy path (same results). To speed them up install numba: on Debian/Ubuntu &apos;sudo apt install python3-numba&apos;, elsewhere &apos;pip install numba&apos; in the Python environment QGIS uses.</source>
        <translation>numba ist nicht installiert: Komposite nutzen den langsameren numpy-Weg (gleiche Ergebnisse). Für mehr Tempo numba installieren: unter Debian/Ubuntu „sudo apt install python3-numba“, sonst „pip install numba“ in der Python-Umgebung von QGIS.</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="90"/>
        <source>S2GM Mosaic</source>
        <translation>S2GM Mosaic</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="91"/>
        <source>S2GM composite…</source>
        <translation>S2GM-Komposit…</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="94"/>
        <source>Open the S2GM composite algorithm</source>
        <translation>Den Algorithmus S2GM-Komposit öffnen</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="113"/>
        <source>About S2GM Mosaic</source>
        <translation>Über S2GM Mosaic</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="113"/>
        <source>S2GM Mosaic builds Sentinel-2 Global Mosaic style composites (STC and medoid) from Sentinel-2 Level-2A data. Its algorithms are in the Processing toolbox under &apos;S2GM Mosaic&apos;.</source>
        <translation>S2GM Mosaic erzeugt Komposite im Stil des Sentinel-2 Global Mosaic (STC und Medoid) aus Sentinel-2-Level-2A-Daten. Seine Algorithmen stehen in der Verarbeitungswerkzeugkiste unter „S2GM Mosaic“.</translation>
    </message>
</context>
<context>
    <name>S2GMProvider</name>
    <message>
        <location filename="../algorithms/provider.py" line="24"/>
        <source>S2GM Mosaic</source>
        <translation>S2GM Mosaic</translation>
    </message>
    <message>
        <location filename="../algorithms/provider.py" line="27"/>
        <source>S2GM Mosaic (Sentinel-2 Global Mosaic composites)</source>
        <translation>S2GM Mosaic (Komposite des Sentinel-2 Global Mosaic)</translation>
    </message>
</context>
</TS>
