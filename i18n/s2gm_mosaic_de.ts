<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AreaOfInterest</name>
    <message>
        <location filename="../ui/aoi.py" line="32"/>
        <source>The layer &apos;{name}&apos; has no polygons: choose a polygon layer.</source>
        <translation>Die Ebene '{name}' enthält keine Polygone: Wählen Sie eine Polygonebene.</translation>
    </message>
    <message>
        <location filename="../ui/aoi.py" line="36"/>
        <source>No feature of &apos;{name}&apos; is selected.</source>
        <translation>In '{name}' ist kein Objekt ausgewählt.</translation>
    </message>
    <message>
        <location filename="../ui/aoi.py" line="41"/>
        <source>&apos;{name}&apos; has no polygon geometry.</source>
        <translation>'{name}' hat keine Polygongeometrie.</translation>
    </message>
    <message>
        <location filename="../ui/aoi.py" line="47"/>
        <source>Choose a vector layer with polygons.</source>
        <translation>Wählen Sie eine Vektorebene mit Polygonen.</translation>
    </message>
    <message>
        <location filename="../ui/aoi.py" line="54"/>
        <source>The file {path} does not exist.</source>
        <translation>Die Datei {path} existiert nicht.</translation>
    </message>
    <message>
        <location filename="../ui/aoi.py" line="57"/>
        <source>{path} could not be read as a vector file (GeoJSON, GeoPackage, Shapefile, KML).</source>
        <translation>{path} konnte nicht als Vektordatei (GeoJSON, GeoPackage, Shapefile, KML) gelesen werden.</translation>
    </message>
    <message>
        <location filename="../ui/aoi.py" line="65"/>
        <source>QGIS&apos;s world map ({path}) is missing: reinstall qgis or use another AOI source.</source>
        <translation>Die Weltkarte von QGIS ({path}) fehlt: Installieren Sie qgis neu oder wählen Sie das Untersuchungsgebiet auf andere Weise.</translation>
    </message>
    <message>
        <location filename="../ui/aoi.py" line="83"/>
        <source>No country named &apos;{name}&apos; in QGIS&apos;s world map.</source>
        <translation>Die Weltkarte von QGIS enthält kein Land namens '{name}'.</translation>
    </message>
    <message>
        <location filename="../ui/aoi.py" line="90"/>
        <source>Unknown continent &apos;{name}&apos;.</source>
        <translation>Unbekannter Kontinent '{name}'.</translation>
    </message>
    <message>
        <location filename="../ui/aoi.py" line="105"/>
        <source>The text is not WKT: write e.g. POLYGON((lon lat, ...)) in EPSG:4326.</source>
        <translation>Der Text ist kein WKT: Schreiben Sie z. B. POLYGON((lon lat, ...)) in EPSG:4326.</translation>
    </message>
    <message>
        <location filename="../ui/aoi.py" line="107"/>
        <source>The WKT is not a polygon or multipolygon.</source>
        <translation>Das WKT ist weder ein Polygon noch ein Multipolygon.</translation>
    </message>
</context>
<context>
    <name>CompositeAlgorithm</name>
    <message>
        <location filename="../algorithms/composite.py" line="67"/>
        <source>Composite (STC / medoid)</source>
        <translation>Komposit (STC / Medoid)</translation>
    </message>
    <message>
        <location filename="../algorithms/composite.py" line="70"/>
        <source>Compositing</source>
        <translation>Kompositbildung</translation>
    </message>
    <message>
        <location filename="../algorithms/composite.py" line="76"/>
        <source>sentinel-2,s2gm,mosaic,composite,medoid,stc,cloud-free,l2a</source>
        <translation>sentinel-2,s2gm,mosaik,komposit,medoid,stc,wolkenfrei,l2a</translation>
    </message>
    <message>
        <location filename="../algorithms/composite.py" line="82"/>
        <source>&lt;p&gt;Builds one cloud-free composite of a period from Sentinel-2 Level-2A surface reflectance, following the Sentinel-2 Global Mosaic (S2GM) rules.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Input&lt;/b&gt;: a folder (searched for SAFE products and STAC item JSON files) or a STAC item collection / catalog JSON file. Only observations between the start and end dates (inclusive) are used; the extent and the AOI polygons limit the area.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Method&lt;/b&gt;: every observation is first masked with its scene classification (clouds, cloud shadows, cirrus, saturated and no-data pixels are invalid). &lt;i&gt;STC&lt;/i&gt; (short-term composite) picks, for pixels with fewer than four valid observations, the best one through a decision tree on the scene class and the reflectances. &lt;i&gt;MEDOID&lt;/i&gt; picks, for pixels with four or more valid observations, the observation closest to all others (smallest sum of spectral distances); it keeps real, consistent spectra. &lt;i&gt;auto&lt;/i&gt; uses MEDOID where there are at least four valid observations and STC elsewhere, as S2GM does.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Composite&lt;/b&gt;: a GeoTIFF with one band per selected spectral band (surface reflectance; band descriptions name the bands). Empty band selection means every band the inputs have.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Quality&lt;/b&gt;: a GeoTIFF with the bands valid_obs (number of valid observations), medoid_mos (medoid measure of spread), quality_scene_classification (scene class of the chosen observation), source_index (index of the chosen scene), source_date (days since 1970-01-01 of the chosen observation), method (1 = STC, 2 = MEDOID), then the selected auxiliary layers.&lt;/p&gt;&lt;p&gt;&lt;b&gt;QC report&lt;/b&gt;: a JSON file listing the scenes used, the scenes rejected with the reason (unreadable, truncated, wrong size, no valid data), the filters applied and the pixel counts per method.&lt;/p&gt;&lt;p&gt;Output CRS: empty means the UTM zone of the input tiles.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Erzeugt ein wolkenfreies Komposit eines Zeitraums aus Sentinel-2-Level-2A-Bodenreflexionsdaten nach den Regeln des Sentinel-2 Global Mosaic (S2GM).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Eingabe&lt;/b&gt;: ein Ordner (in dem nach SAFE-Produkten und STAC-Item-JSON-Dateien gesucht wird) oder eine STAC-Item-Collection- bzw. Katalog-JSON-Datei. Verwendet werden nur Aufnahmen zwischen Start- und Enddatum (einschließlich); Ausdehnung und AOI-Polygone begrenzen das Gebiet.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Methode&lt;/b&gt;: Jede Aufnahme wird zuerst mit ihrer Szenenklassifikation maskiert (Wolken, Wolkenschatten, Zirren, gesättigte und No-Data-Pixel sind ungültig). &lt;i&gt;STC&lt;/i&gt; (Kurzzeitkomposit) wählt für Pixel mit weniger als vier gültigen Aufnahmen die beste über einen Entscheidungsbaum aus Szenenklasse und Reflexionswerten. &lt;i&gt;MEDOID&lt;/i&gt; wählt für Pixel mit vier oder mehr gültigen Aufnahmen diejenige, die allen anderen am nächsten liegt (kleinste Summe der spektralen Abstände); so bleiben echte, stimmige Spektren erhalten. &lt;i&gt;auto&lt;/i&gt; verwendet MEDOID, wo mindestens vier gültige Aufnahmen vorliegen, und sonst STC, wie S2GM.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Komposit&lt;/b&gt;: ein GeoTIFF mit einem Band je gewähltem Spektralband (Bodenreflexion; die Bandbeschreibungen nennen die Bänder). Keine Bandauswahl bedeutet alle Bänder, die die Eingaben haben.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Qualität&lt;/b&gt;: ein GeoTIFF mit den Bändern valid_obs (Anzahl gültiger Aufnahmen), medoid_mos (Streuungsmaß des Medoids), quality_scene_classification (Szenenklasse der gewählten Aufnahme), source_index (Index der gewählten Szene), source_date (Tage seit 1970-01-01 der gewählten Aufnahme), method (1 = STC, 2 = MEDOID), danach die gewählten Zusatzebenen.&lt;/p&gt;&lt;p&gt;&lt;b&gt;QC-Bericht&lt;/b&gt;: eine JSON-Datei mit den verwendeten Szenen, den verworfenen Szenen samt Grund (unlesbar, abgeschnitten, falsche Größe, keine gültigen Daten), den angewandten Filtern und der Pixelzahl je Methode.&lt;/p&gt;&lt;p&gt;Ausgabe-KBS: leer bedeutet die UTM-Zone der Eingabekacheln.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../algorithms/composite.py" line="117"/>
        <source>Input: folder of L2A products, or item collection / catalog JSON</source>
        <translation>Eingabe: Ordner mit L2A-Produkten oder Item-Collection-/Katalog-JSON</translation>
    </message>
    <message>
        <location filename="../algorithms/composite.py" line="117"/>
        <source>STAC JSON (*.json);;All files (*)</source>
        <translation>STAC-JSON (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../algorithms/composite.py" line="122"/>
        <source>Extent</source>
        <translation>Ausdehnung</translation>
    </message>
    <message>
        <location filename="../algorithms/composite.py" line="124"/>
        <source>Area of interest (polygons)</source>
        <translation>Untersuchungsgebiet (Polygone)</translation>
    </message>
    <message>
        <location filename="../algorithms/composite.py" line="127"/>
        <source>Start date (YYYY-MM-DD, inclusive)</source>
        <translation>Startdatum (JJJJ-MM-TT, einschließlich)</translation>
    </message>
    <message>
        <location filename="../algorithms/composite.py" line="129"/>
        <source>End date (YYYY-MM-DD, inclusive)</source>
        <translation>Enddatum (JJJJ-MM-TT, einschließlich)</translation>
    </message>
    <message>
        <location filename="../algorithms/composite.py" line="131"/>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <location filename="../algorithms/composite.py" line="134"/>
        <source>Resolution (m)</source>
        <translation>Auflösung (m)</translation>
    </message>
    <message>
        <location filename="../algorithms/composite.py" line="137"/>
        <source>Spectral bands (empty = all available)</source>
        <translation>Spektralbänder (leer = alle vorhandenen)</translation>
    </message>
    <message>
        <location filename="../algorithms/composite.py" line="141"/>
        <source>Auxiliary layers in the quality raster</source>
        <translation>Zusatzebenen im Qualitätsraster</translation>
    </message>
    <message>
        <location filename="../algorithms/composite.py" line="144"/>
        <source>Output CRS (empty = UTM zone of the input tiles)</source>
        <translation>Ausgabe-KBS (leer = UTM-Zone der Eingabekacheln)</translation>
    </message>
    <message>
        <location filename="../algorithms/composite.py" line="152"/>
        <source>Composite</source>
        <translation>Komposit</translation>
    </message>
    <message>
        <location filename="../algorithms/composite.py" line="154"/>
        <source>Quality layers</source>
        <translation>Qualitätsebenen</translation>
    </message>
    <message>
        <location filename="../algorithms/composite.py" line="157"/>
        <source>QC report</source>
        <translation>QC-Bericht</translation>
    </message>
    <message>
        <location filename="../algorithms/composite.py" line="157"/>
        <source>JSON files (*.json)</source>
        <translation>JSON-Dateien (*.json)</translation>
    </message>
    <message>
        <location filename="../algorithms/composite.py" line="160"/>
        <source>Number of scenes used</source>
        <translation>Anzahl verwendeter Szenen</translation>
    </message>
    <message>
        <location filename="../algorithms/composite.py" line="162"/>
        <source>Number of scenes rejected</source>
        <translation>Anzahl verworfener Szenen</translation>
    </message>
    <message>
        <location filename="../algorithms/composite.py" line="192"/>
        <source>No input given: choose a folder with Sentinel-2 L2A products (SAFE folders or STAC item JSON files), or a STAC item collection / catalog JSON file.</source>
        <translation>Keine Eingabe: Wählen Sie einen Ordner mit Sentinel-2-L2A-Produkten (SAFE-Ordner oder STAC-Item-JSON-Dateien) oder eine STAC-Item-Collection-/Katalog-JSON-Datei.</translation>
    </message>
    <message>
        <location filename="../algorithms/composite.py" line="196"/>
        <source>Input not found: {path}. Choose an existing folder with Sentinel-2 L2A products (SAFE folders or STAC item JSON files), or a STAC item collection / catalog JSON file.</source>
        <translation>Eingabe nicht gefunden: {path}. Wählen Sie einen vorhandenen Ordner mit Sentinel-2-L2A-Produkten (SAFE-Ordner oder STAC-Item-JSON-Dateien) oder eine STAC-Item-Collection-/Katalog-JSON-Datei.</translation>
    </message>
    <message>
        <location filename="../algorithms/composite.py" line="209"/>
        <source>{name} &apos;{value}&apos; is not a date: write it as YYYY-MM-DD, for example 2024-09-01.</source>
        <translation>{name} „{value}“ ist kein Datum: Schreiben Sie es als JJJJ-MM-TT (YYYY-MM-DD), zum Beispiel 2024-09-01.</translation>
    </message>
    <message>
        <location filename="../algorithms/composite.py" line="214"/>
        <source>The start date {start} is after the end date {end}.</source>
        <translation>Das Startdatum {start} liegt nach dem Enddatum {end}.</translation>
    </message>
    <message>
        <location filename="../algorithms/composite.py" line="225"/>
        <source>{name}: &apos;{value}&apos; is not one of {options} (give names or option numbers starting at 0).</source>
        <translation>{name}: „{value}“ ist keiner der Werte {options} (Namen oder Optionsnummern ab 0 angeben).</translation>
    </message>
    <message>
        <location filename="../algorithms/composite.py" line="231"/>
        <source>{name} takes one value, not {count}.</source>
        <translation>{name} nimmt einen Wert, nicht {count}.</translation>
    </message>
    <message>
        <location filename="../algorithms/composite.py" line="262"/>
        <source>The area of interest has no polygon: choose a layer with at least one polygon feature, or leave AOI empty.</source>
        <translation>Das Untersuchungsgebiet enthält kein Polygon: Wählen Sie einen Layer mit mindestens einem Polygon-Objekt oder lassen Sie AOI leer.</translation>
    </message>
    <message>
        <location filename="../algorithms/composite.py" line="267"/>
        <source>The polygons of the area of interest could not be merged: check them with &apos;Check validity&apos; or &apos;Fix geometries&apos;.</source>
        <translation>Die Polygone des Untersuchungsgebiets ließen sich nicht vereinigen: Prüfen Sie sie mit „Gültigkeit prüfen“ oder „Geometrien reparieren“.</translation>
    </message>
    <message>
        <location filename="../algorithms/composite.py" line="270"/>
        <source>Area of interest: {count} feature(s) merged.</source>
        <translation>Untersuchungsgebiet: {count} Objekt(e) vereinigt.</translation>
    </message>
    <message>
        <location filename="../algorithms/composite.py" line="299"/>
        <source>S2GM composite</source>
        <translation>S2GM-Komposit</translation>
    </message>
    <message>
        <location filename="../algorithms/composite.py" line="300"/>
        <source>S2GM quality</source>
        <translation>S2GM-Qualität</translation>
    </message>
    <message>
        <location filename="../algorithms/composite.py" line="311"/>
        <source>Method {method}, {resolution} m, bands: {bands}.</source>
        <translation>Methode {method}, {resolution} m, Bänder: {bands}.</translation>
    </message>
    <message>
        <location filename="../algorithms/composite.py" line="311"/>
        <source>all available</source>
        <translation>alle vorhandenen</translation>
    </message>
    <message>
        <location filename="../algorithms/composite.py" line="147"/>
        <source>Authentication (a Copernicus Data Space INPUT: user name and password)</source>
        <translation>Authentifizierung (für eine Copernicus-Data-Space-Eingabe: Benutzername und Passwort)</translation>
    </message>
</context>
<context>
    <name>ExportAlgorithm</name>
    <message>
        <location filename="../algorithms/export.py" line="45"/>
        <source>Export product (format, coordinate system)</source>
        <translation>Produkt exportieren (Format, Koordinatensystem)</translation>
    </message>
    <message>
        <location filename="../algorithms/export.py" line="48"/>
        <source>Products</source>
        <translation>Produkte</translation>
    </message>
    <message>
        <location filename="../algorithms/export.py" line="54"/>
        <source>&lt;p&gt;Writes an S2GM product, a product GeoTIFF or an s2gm:composite output as an S2GM product in another format and/or coordinate system.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Formats&lt;/b&gt;: GeoTIFF (cloud-optimised, one file per layer), JP2 (lossless JPEG 2000) or NetCDF-CF (one file).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Coordinate system&lt;/b&gt;: same as the input, the UTM zone of the product&apos;s centre (60 m-aligned grid) or WGS84 (EPSG:4326). Every layer is reprojected with nearest neighbour, so each pixel stays one original observation.&lt;/p&gt;&lt;p&gt;The product folder is named S2GM_{T}{SS}_{start}_{end}_{ORDER}_STD_v{version} and gets a metadata JSON and an INSPIRE XML. Every file is re-opened and checked; a product that fails is not delivered and the reason is written to qc_failed_*.json in the output folder.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Schreibt ein S2GM-Produkt, ein Produkt-GeoTIFF oder eine s2gm:composite-Ausgabe als S2GM-Produkt in einem anderen Format und/oder Koordinatensystem.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Formate&lt;/b&gt;: GeoTIFF (cloud-optimiert, eine Datei je Layer), JP2 (verlustfreies JPEG 2000) oder NetCDF-CF (eine Datei).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Koordinatensystem&lt;/b&gt;: wie die Eingabe, die UTM-Zone der Produktmitte (an 60 m ausgerichtetes Raster) oder WGS84 (EPSG:4326). Jeder Layer wird mit nächstem Nachbarn umprojiziert, sodass jedes Pixel eine Originalbeobachtung bleibt.&lt;/p&gt;&lt;p&gt;Der Produktordner heißt S2GM_{T}{SS}_{start}_{end}_{ORDER}_STD_v{version} und erhält ein Metadaten-JSON und ein INSPIRE-XML. Jede Datei wird erneut geöffnet und geprüft; ein Produkt, das die Prüfung nicht besteht, wird nicht ausgeliefert, und der Grund wird in qc_failed_*.json im Ausgabeordner festgehalten.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../algorithms/export.py" line="68"/>
        <source>Input: S2GM product folder, product GeoTIFF or composite output</source>
        <translation>Eingabe: S2GM-Produktordner, Produkt-GeoTIFF oder Komposit-Ausgabe</translation>
    </message>
    <message>
        <location filename="../algorithms/export.py" line="68"/>
        <source>Rasters (*.tif *.tiff *.jp2 *.nc);;All files (*)</source>
        <translation>Raster (*.tif *.tiff *.jp2 *.nc);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../algorithms/export.py" line="72"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../algorithms/export.py" line="74"/>
        <source>Coordinate system</source>
        <translation>Koordinatensystem</translation>
    </message>
    <message>
        <location filename="../algorithms/export.py" line="77"/>
        <source>Output folder</source>
        <translation>Ausgabeordner</translation>
    </message>
    <message>
        <location filename="../algorithms/export.py" line="79"/>
        <source>Written product folders</source>
        <translation>Geschriebene Produktordner</translation>
    </message>
    <message>
        <location filename="../algorithms/export.py" line="85"/>
        <source>{name} &apos;{value}&apos; is unknown: use {options}.</source>
        <translation>{name} '{value}' ist unbekannt: verwenden Sie {options}.</translation>
    </message>
    <message>
        <location filename="../algorithms/export.py" line="103"/>
        <source>INPUT &apos;{path}&apos; does not exist: give an S2GM product folder, a product GeoTIFF or an s2gm:composite output.</source>
        <translation>INPUT '{path}' existiert nicht: geben Sie einen S2GM-Produktordner, ein Produkt-GeoTIFF oder eine s2gm:composite-Ausgabe an.</translation>
    </message>
    <message>
        <location filename="../algorithms/export.py" line="107"/>
        <source>Give an output folder for the exported product.</source>
        <translation>Geben Sie einen Ausgabeordner für das exportierte Produkt an.</translation>
    </message>
    <message>
        <location filename="../algorithms/export.py" line="115"/>
        <source>Written: {path}</source>
        <translation>Geschrieben: {path}</translation>
    </message>
</context>
<context>
    <name>FetchL2AAlgorithm</name>
    <message>
        <location filename="../algorithms/fetchl2a.py" line="125"/>
        <source>Fetch Sentinel-2 L2A (AOI subset)</source>
        <translation>Sentinel-2 L2A abrufen (AOI-Ausschnitt)</translation>
    </message>
    <message>
        <location filename="../algorithms/fetchl2a.py" line="128"/>
        <source>Data access</source>
        <translation>Datenzugriff</translation>
    </message>
    <message>
        <location filename="../algorithms/fetchl2a.py" line="134"/>
        <source>sentinel-2,l2a,stac,download,earth search,planetary computer,copernicus,cdse</source>
        <translation>sentinel-2,l2a,stac,download,herunterladen,earth search,planetary computer,copernicus,cdse</translation>
    </message>
    <message>
        <location filename="../algorithms/fetchl2a.py" line="140"/>
        <source>&lt;p&gt;Searches a catalog for Sentinel-2 Level-2A scenes of the area and period and keeps only the pixels of the area: each scene becomes a folder with one cloud-optimised GeoTIFF per band (plus SCL, AOT, WVP and the granule metadata when the catalog has them) and a STAC item; &lt;i&gt;items.json&lt;/i&gt; lists them all. The output folder is an offline input for &lt;i&gt;Composite&lt;/i&gt;. Running the same fetch again downloads nothing new.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Catalog&lt;/b&gt;: Earth Search (no account), Microsoft Planetary Computer (no account; downloads are signed automatically), Copernicus Data Space (needs an account: choose an authentication configuration of type Basic with your user name and password), or a local folder / catalog JSON given in &lt;i&gt;Catalog URL&lt;/i&gt;. &lt;i&gt;Catalog URL&lt;/i&gt; replaces the catalog&apos;s standard address.&lt;/p&gt;&lt;p&gt;Cloud-optimised GeoTIFFs are read by window (only the area travels); JPEG 2000 files (Copernicus Data Space) are downloaded whole once, then cut. Failed downloads are retried; a scene that still fails is listed in the report and the others go on. The report also gives the bytes transferred and the bytes of the area windows.&lt;/p&gt;&lt;p&gt;Network: the QGIS proxy settings are used.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Durchsucht einen Katalog nach Sentinel-2-Level-2A-Szenen des Gebiets und Zeitraums und behält nur die Pixel des Gebiets: Jede Szene wird ein Ordner mit einem Cloud-optimierten GeoTIFF pro Band (dazu SCL, AOT, WVP und die Granule-Metadaten, wenn der Katalog sie hat) und einem STAC-Item; &lt;i&gt;items.json&lt;/i&gt; listet alle. Der Ausgabeordner ist eine Offline-Eingabe für &lt;i&gt;Composite&lt;/i&gt;. Derselbe Abruf lädt beim erneuten Ausführen nichts Neues herunter.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Katalog&lt;/b&gt;: Earth Search (ohne Konto), Microsoft Planetary Computer (ohne Konto; Downloads werden automatisch signiert), Copernicus Data Space (Konto nötig: wählen Sie eine Authentifizierungskonfiguration vom Typ Basic mit Benutzername und Passwort) oder ein lokaler Ordner / Katalog-JSON unter &lt;i&gt;Katalog-URL&lt;/i&gt;. &lt;i&gt;Katalog-URL&lt;/i&gt; ersetzt die Standardadresse des Katalogs.&lt;/p&gt;&lt;p&gt;Cloud-optimierte GeoTIFFs werden ausschnittsweise gelesen (nur das Gebiet wird übertragen); JPEG-2000-Dateien (Copernicus Data Space) werden einmal ganz heruntergeladen und dann zugeschnitten. Fehlgeschlagene Downloads werden wiederholt; eine Szene, die weiter fehlschlägt, steht im Bericht, die anderen werden fortgesetzt. Der Bericht nennt auch die übertragenen Bytes und die Bytes der Gebietsausschnitte.&lt;/p&gt;&lt;p&gt;Netzwerk: Die Proxy-Einstellungen von QGIS werden verwendet.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../algorithms/fetchl2a.py" line="161"/>
        <source>Catalog</source>
        <translation>Katalog</translation>
    </message>
    <message>
        <location filename="../algorithms/fetchl2a.py" line="166"/>
        <source>Catalog URL (empty = the catalog&apos;s standard address; a path for Local folder/catalog)</source>
        <translation>Katalog-URL (leer = Standardadresse des Katalogs; ein Pfad für Lokaler Ordner/Katalog)</translation>
    </message>
    <message>
        <location filename="../algorithms/fetchl2a.py" line="169"/>
        <source>Extent</source>
        <translation>Ausdehnung</translation>
    </message>
    <message>
        <location filename="../algorithms/fetchl2a.py" line="170"/>
        <source>Area of interest (polygons)</source>
        <translation>Untersuchungsgebiet (Polygone)</translation>
    </message>
    <message>
        <location filename="../algorithms/fetchl2a.py" line="172"/>
        <source>Start date (YYYY-MM-DD, inclusive)</source>
        <translation>Startdatum (JJJJ-MM-TT, einschließlich)</translation>
    </message>
    <message>
        <location filename="../algorithms/fetchl2a.py" line="174"/>
        <source>End date (YYYY-MM-DD, inclusive)</source>
        <translation>Enddatum (JJJJ-MM-TT, einschließlich)</translation>
    </message>
    <message>
        <location filename="../algorithms/fetchl2a.py" line="176"/>
        <source>Maximum cloud cover of a scene (%)</source>
        <translation>Maximale Wolkenbedeckung einer Szene (%)</translation>
    </message>
    <message>
        <location filename="../algorithms/fetchl2a.py" line="179"/>
        <source>Spectral bands (empty = all)</source>
        <translation>Spektralbänder (leer = alle)</translation>
    </message>
    <message>
        <location filename="../algorithms/fetchl2a.py" line="182"/>
        <source>Authentication (Copernicus Data Space: user name and password)</source>
        <translation>Authentifizierung (Copernicus Data Space: Benutzername und Passwort)</translation>
    </message>
    <message>
        <location filename="../algorithms/fetchl2a.py" line="185"/>
        <source>Output folder</source>
        <translation>Ausgabeordner</translation>
    </message>
    <message>
        <location filename="../algorithms/fetchl2a.py" line="187"/>
        <source>Fetch report</source>
        <translation>Abrufbericht</translation>
    </message>
    <message>
        <location filename="../algorithms/fetchl2a.py" line="187"/>
        <source>JSON files (*.json)</source>
        <translation>JSON-Dateien (*.json)</translation>
    </message>
    <message>
        <location filename="../algorithms/fetchl2a.py" line="190"/>
        <source>Item collection</source>
        <translation>Item Collection</translation>
    </message>
    <message>
        <location filename="../algorithms/fetchl2a.py" line="191"/>
        <source>Number of scenes fetched</source>
        <translation>Anzahl abgerufener Szenen</translation>
    </message>
    <message>
        <location filename="../algorithms/fetchl2a.py" line="192"/>
        <source>Number of scenes that failed</source>
        <translation>Anzahl fehlgeschlagener Szenen</translation>
    </message>
    <message>
        <location filename="../algorithms/fetchl2a.py" line="193"/>
        <source>Bytes transferred</source>
        <translation>Übertragene Bytes</translation>
    </message>
    <message>
        <location filename="../algorithms/fetchl2a.py" line="207"/>
        <source>Copernicus Data Space needs an account: choose an authentication configuration (Basic authentication, your CDSE user name and password) in Authentication.</source>
        <translation>Copernicus Data Space erfordert ein Konto: Wählen Sie unter Authentifizierung eine Authentifizierungskonfiguration (Basic-Authentifizierung, Ihr CDSE-Benutzername und Passwort).</translation>
    </message>
    <message>
        <location filename="../algorithms/fetchl2a.py" line="221"/>
        <source>Local folder/catalog: give the folder or catalog JSON in Catalog URL.</source>
        <translation>Lokaler Ordner/Katalog: Geben Sie den Ordner oder die Katalog-JSON unter Katalog-URL an.</translation>
    </message>
    <message>
        <location filename="../algorithms/fetchl2a.py" line="224"/>
        <source>Local folder/catalog {path} does not exist: give an existing folder or catalog JSON in Catalog URL.</source>
        <translation>Lokaler Ordner/Katalog {path} existiert nicht: Geben Sie unter Katalog-URL einen vorhandenen Ordner oder eine Katalog-JSON an.</translation>
    </message>
    <message>
        <location filename="../algorithms/fetchl2a.py" line="232"/>
        <source>Give an Extent or an Area of interest: the catalog is searched for scenes that cover it.</source>
        <translation>Geben Sie eine Ausdehnung oder ein Untersuchungsgebiet an: Der Katalog wird nach Szenen durchsucht, die es abdecken.</translation>
    </message>
    <message>
        <location filename="../algorithms/fetchl2a.py" line="253"/>
        <source>{fetched} scene(s) fetched, {skipped} already there, {failed} failed.</source>
        <translation>{fetched} Szene(n) abgerufen, {skipped} schon vorhanden, {failed} fehlgeschlagen.</translation>
    </message>
    <message>
        <location filename="../algorithms/fetchl2a.py" line="256"/>
        <source>{id} not fetched: {reason}</source>
        <translation>{id} nicht abgerufen: {reason}</translation>
    </message>
    <message>
        <location filename="../algorithms/fetchl2a.py" line="259"/>
        <source>Transferred {mb:.1f} MB for {win:.1f} MB of area windows ({ratio:.2f}x).</source>
        <translation>{mb:.1f} MB übertragen für {win:.1f} MB Gebietsausschnitte ({ratio:.2f}x).</translation>
    </message>
</context>
<context>
    <name>MosaicAlgorithm</name>
    <message>
        <location filename="../algorithms/mosaic.py" line="53"/>
        <source>Mosaic order (periods, zones, products)</source>
        <translation>Mosaik-Auftrag (Zeiträume, Zonen, Produkte)</translation>
    </message>
    <message>
        <location filename="../algorithms/mosaic.py" line="56"/>
        <source>Products</source>
        <translation>Produkte</translation>
    </message>
    <message>
        <location filename="../algorithms/mosaic.py" line="62"/>
        <source>sentinel-2,s2gm,mosaic,order,period,dekad,month,cog,netcdf,jp2</source>
        <translation>sentinel-2,s2gm,mosaik,auftrag,zeitraum,dekade,monat,cog,netcdf,jp2</translation>
    </message>
    <message>
        <location filename="../algorithms/mosaic.py" line="94"/>
        <source>Input: folder of L2A products, or item collection / catalog JSON</source>
        <translation>Eingabe: Ordner mit L2A-Produkten oder Item-Collection- / Katalog-JSON</translation>
    </message>
    <message>
        <location filename="../algorithms/mosaic.py" line="94"/>
        <source>STAC JSON (*.json);;All files (*)</source>
        <translation>STAC-JSON (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../algorithms/mosaic.py" line="98"/>
        <source>Extent</source>
        <translation>Ausdehnung</translation>
    </message>
    <message>
        <location filename="../algorithms/mosaic.py" line="99"/>
        <source>Area of interest (polygons)</source>
        <translation>Interessengebiet (Polygone)</translation>
    </message>
    <message>
        <location filename="../algorithms/mosaic.py" line="102"/>
        <source>Start date (YYYY-MM-DD, inclusive)</source>
        <translation>Startdatum (JJJJ-MM-TT, einschließlich)</translation>
    </message>
    <message>
        <location filename="../algorithms/mosaic.py" line="104"/>
        <source>End date (YYYY-MM-DD, inclusive)</source>
        <translation>Enddatum (JJJJ-MM-TT, einschließlich)</translation>
    </message>
    <message>
        <location filename="../algorithms/mosaic.py" line="106"/>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <location filename="../algorithms/mosaic.py" line="109"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../algorithms/mosaic.py" line="112"/>
        <source>Resolution (m)</source>
        <translation>Auflösung (m)</translation>
    </message>
    <message>
        <location filename="../algorithms/mosaic.py" line="115"/>
        <source>Coordinate system</source>
        <translation>Koordinatensystem</translation>
    </message>
    <message>
        <location filename="../algorithms/mosaic.py" line="119"/>
        <source>Spectral bands (empty = all available)</source>
        <translation>Spektralkanäle (leer = alle verfügbaren)</translation>
    </message>
    <message>
        <location filename="../algorithms/mosaic.py" line="122"/>
        <source>Auxiliary layers</source>
        <translation>Zusatzebenen</translation>
    </message>
    <message>
        <location filename="../algorithms/mosaic.py" line="125"/>
        <source>Order name (letters, digits, &apos;-&apos;)</source>
        <translation>Auftragsname (Buchstaben, Ziffern, '-')</translation>
    </message>
    <message>
        <location filename="../algorithms/mosaic.py" line="151"/>
        <source>Output folder</source>
        <translation>Ausgabeordner</translation>
    </message>
    <message>
        <location filename="../algorithms/mosaic.py" line="153"/>
        <source>Order folder</source>
        <translation>Auftragsordner</translation>
    </message>
    <message>
        <location filename="../algorithms/mosaic.py" line="154"/>
        <source>Products delivered</source>
        <translation>Gelieferte Produkte</translation>
    </message>
    <message>
        <location filename="../algorithms/mosaic.py" line="155"/>
        <source>Periods / zones without data</source>
        <translation>Zeiträume / Zonen ohne Daten</translation>
    </message>
    <message>
        <location filename="../algorithms/mosaic.py" line="156"/>
        <source>Products that failed QC</source>
        <translation>Produkte, die die QC nicht bestanden haben</translation>
    </message>
    <message>
        <location filename="../algorithms/mosaic.py" line="162"/>
        <source>An order needs START_DATE and END_DATE (YYYY-MM-DD).</source>
        <translation>Ein Auftrag braucht START_DATE und END_DATE (JJJJ-MM-TT).</translation>
    </message>
    <message>
        <location filename="../algorithms/mosaic.py" line="169"/>
        <source>An order needs an area: give EXTENT or AOI (polygons).</source>
        <translation>Ein Auftrag braucht ein Gebiet: EXTENT oder AOI (Polygone) angeben.</translation>
    </message>
    <message>
        <location filename="../algorithms/mosaic.py" line="235"/>
        <source>Give an output folder for the order.</source>
        <translation>Einen Ausgabeordner für den Auftrag angeben.</translation>
    </message>
    <message>
        <location filename="../algorithms/mosaic.py" line="263"/>
        <source>No data for {period} {zone}: {reason}</source>
        <translation>Keine Daten für {period} {zone}: {reason}</translation>
    </message>
    <message>
        <location filename="../algorithms/mosaic.py" line="266"/>
        <source>Product {period} {zone} failed QC and was not delivered: {reason}</source>
        <translation>Produkt {period} {zone} hat die QC nicht bestanden und wurde nicht geliefert: {reason}</translation>
    </message>
    <message>
        <location filename="../algorithms/mosaic.py" line="65"/>
        <source>&lt;p&gt;Runs a whole S2GM order: one composite per period (day, 10-day, month, quarter or year) touched by the start and end dates, and per UTM zone the area touches (or one WGS84 product), written as analysis-ready products.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Formats&lt;/b&gt;: GeoTIFF (cloud-optimised, one file per band or quality layer), JP2 (lossless JPEG 2000, one file per layer) or NetCDF-CF (one file per period, (time, y, x) variables).&lt;/p&gt;&lt;p&gt;Each product folder is named S2GM_{T}{SS}_{start}_{end}_{ORDER}_STD_v{version} and holds a metadata JSON (inputs used and rejected, share of each source, statistics, QC results, checksums) and an INSPIRE XML. Every file is re-opened and checked before delivery; a product that fails is not delivered. A period without usable scenes is recorded as &apos;no data&apos; in order_status.json.&lt;/p&gt;&lt;p&gt;The order is saved as order.json in the order folder; running the same order again resumes it (delivered products are kept) and gives the same bytes.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Authentication&lt;/b&gt; (advanced): for a Copernicus Data Space INPUT, a QGIS authentication configuration (Basic: your CDSE user name and password). It is read when the order runs and kept in memory only: never written into order.json, the status file, the metadata or the log.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Führt einen ganzen S2GM-Auftrag aus: ein Komposit je Zeitraum (Tag, 10 Tage, Monat, Quartal oder Jahr), den Start- und Enddatum berühren, und je UTM-Zone, die das Gebiet berührt (oder ein WGS84-Produkt), geschrieben als analysefertige Produkte.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Formate&lt;/b&gt;: GeoTIFF (Cloud-optimiert, eine Datei je Band oder Qualitätsebene), JP2 (verlustfreies JPEG 2000, eine Datei je Ebene) oder NetCDF-CF (eine Datei je Zeitraum, Variablen (time, y, x)).&lt;/p&gt;&lt;p&gt;Jeder Produktordner heißt S2GM_{T}{SS}_{start}_{end}_{ORDER}_STD_v{version} und enthält ein Metadaten-JSON (verwendete und abgelehnte Eingaben, Anteil jeder Quelle, Statistiken, QC-Ergebnisse, Prüfsummen) und ein INSPIRE-XML. Jede Datei wird vor der Auslieferung erneut geöffnet und geprüft; ein Produkt, das die Prüfung nicht besteht, wird nicht ausgeliefert. Ein Zeitraum ohne verwendbare Szenen wird in order_status.json als 'keine Daten' vermerkt.&lt;/p&gt;&lt;p&gt;Der Auftrag wird als order.json im Auftragsordner gespeichert; wird derselbe Auftrag erneut ausgeführt, setzt er fort (ausgelieferte Produkte bleiben erhalten) und liefert dieselben Bytes.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Authentifizierung&lt;/b&gt; (erweitert): für eine Copernicus-Data-Space-Eingabe eine QGIS-Authentifizierungskonfiguration (Basic: Ihr CDSE-Benutzername und Passwort). Sie wird beim Ausführen des Auftrags gelesen und nur im Speicher gehalten: nie in order.json, die Statusdatei, die Metadaten oder das Protokoll geschrieben.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../algorithms/mosaic.py" line="127"/>
        <source>Authentication (a Copernicus Data Space INPUT: user name and password)</source>
        <translation>Authentifizierung (für eine Copernicus-Data-Space-Eingabe: Benutzername und Passwort)</translation>
    </message>
    <message>
        <location filename="../algorithms/mosaic.py" line="82"/>
        <source>&lt;p&gt;&lt;b&gt;Run the products on&lt;/b&gt; (advanced): &lt;i&gt;local&lt;/i&gt; makes the products one after the other in QGIS; &lt;i&gt;Dask&lt;/i&gt; sends each product (one period x one zone), cut into bands of rows, as tasks to a Dask cluster (Debian package python3-distributed) and gives the same products. Leave the Dask scheduler address empty to start a local cluster of worker processes for this order, or give the address of a running scheduler (tcp://host:8786, started with &apos;dask scheduler&apos;, workers with &apos;dask worker tcp://host:8786&apos;): its workers need the plugin folder on their PYTHONPATH and the same input and output paths.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Produkte ausführen auf&lt;/b&gt; (erweitert): &lt;i&gt;local&lt;/i&gt; erstellt die Produkte nacheinander in QGIS; &lt;i&gt;Dask&lt;/i&gt; schickt jedes Produkt (ein Zeitraum x eine Zone), in Zeilenstreifen zerlegt, als Aufgaben an einen Dask-Cluster (Debian-Paket python3-distributed) und liefert dieselben Produkte. Lassen Sie die Adresse des Dask-Schedulers leer, um für diesen Auftrag einen lokalen Cluster aus Worker-Prozessen zu starten, oder geben Sie die Adresse eines laufenden Schedulers an (tcp://host:8786, gestartet mit 'dask scheduler', Worker mit 'dask worker tcp://host:8786'): seine Worker brauchen den Plugin-Ordner in ihrem PYTHONPATH und dieselben Ein- und Ausgabepfade.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../algorithms/mosaic.py" line="141"/>
        <source>Run the products on</source>
        <translation>Produkte ausführen auf</translation>
    </message>
    <message>
        <location filename="../algorithms/mosaic.py" line="146"/>
        <source>Dask scheduler address (tcp://host:8786; empty = a local cluster)</source>
        <translation>Adresse des Dask-Schedulers (tcp://host:8786; leer = ein lokaler Cluster)</translation>
    </message>
    <message>
        <location filename="../algorithms/mosaic.py" line="197"/>
        <source>EXECUTOR=Dask needs the Python package &apos;distributed&apos;: install Debian&apos;s python3-distributed (sudo apt-get install python3-distributed), restart QGIS, or run the order with EXECUTOR=local. ({error})</source>
        <translation>EXECUTOR=Dask braucht das Python-Paket 'distributed': installieren Sie Debians python3-distributed (sudo apt-get install python3-distributed) und starten Sie QGIS neu, oder führen Sie den Auftrag mit EXECUTOR=local aus. ({error})</translation>
    </message>
    <message>
        <location filename="../algorithms/mosaic.py" line="203"/>
        <source>DASK_SCHEDULER &apos;{address}&apos; is not a scheduler address: write it like tcp://host:8786, or leave it empty to start a local cluster.</source>
        <translation>DASK_SCHEDULER '{address}' ist keine Scheduler-Adresse: schreiben Sie sie wie tcp://host:8786, oder lassen Sie sie leer, um einen lokalen Cluster zu starten.</translation>
    </message>
    <message>
        <location filename="../algorithms/mosaic.py" line="206"/>
        <source>Running the products on the Dask cluster at {address}</source>
        <translation>Die Produkte laufen auf dem Dask-Cluster unter {address}</translation>
    </message>
    <message>
        <location filename="../algorithms/mosaic.py" line="206"/>
        <source>Running the products on a local Dask cluster</source>
        <translation>Die Produkte laufen auf einem lokalen Dask-Cluster</translation>
    </message>
    <message>
        <location filename="../algorithms/mosaic.py" line="132"/>
        <source>Size limit of an order without confirmation (GB)</source>
        <translation>Größengrenze eines Auftrags ohne Bestätigung (GB)</translation>
    </message>
    <message>
        <location filename="../algorithms/mosaic.py" line="137"/>
        <source>Run an order above the size limit</source>
        <translation>Auftrag über der Größengrenze ausführen</translation>
    </message>
    <message>
        <location filename="../algorithms/mosaic.py" line="220"/>
        <source>Estimate: {summary}</source>
        <translation>Schätzung: {summary}</translation>
    </message>
    <message>
        <location filename="../algorithms/mosaic.py" line="226"/>
        <source>No estimate: {reason}</source>
        <translation>Keine Schätzung: {reason}</translation>
    </message>
</context>
<context>
    <name>MosaicHubDock</name>
    <message>
        <location filename="../ui/dck_mosaic_hub.py" line="706"/>
        <source>S2GM Mosaic Hub</source>
        <translation>S2GM Mosaic Hub</translation>
    </message>
    <message>
        <location filename="../ui/dck_mosaic_hub.py" line="89"/>
        <source>New order</source>
        <translation>Neuer Auftrag</translation>
    </message>
    <message>
        <location filename="../ui/dck_mosaic_hub.py" line="90"/>
        <source>Orders</source>
        <translation>Aufträge</translation>
    </message>
    <message>
        <location filename="../ui/dck_mosaic_hub.py" line="91"/>
        <source>Downloads</source>
        <translation>Downloads</translation>
    </message>
    <message>
        <location filename="../ui/dck_mosaic_hub.py" line="93"/>
        <source>Time series</source>
        <translation>Zeitreihe</translation>
    </message>
    <message>
        <location filename="../ui/dck_mosaic_hub.py" line="118"/>
        <source>{res} m</source>
        <translation>{res} m</translation>
    </message>
    <message>
        <location filename="../ui/dck_mosaic_hub.py" line="122"/>
        <source>UTM (one product per zone)</source>
        <translation>UTM (ein Produkt je Zone)</translation>
    </message>
    <message>
        <location filename="../ui/dck_mosaic_hub.py" line="123"/>
        <source>WGS84 (EPSG:4326)</source>
        <translation>WGS84 (EPSG:4326)</translation>
    </message>
    <message>
        <location filename="../ui/dck_mosaic_hub.py" line="561"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../ui/dck_mosaic_hub.py" line="561"/>
        <source>Resolution</source>
        <translation>Auflösung</translation>
    </message>
    <message>
        <location filename="../ui/dck_mosaic_hub.py" line="126"/>
        <source>Coordinate system</source>
        <translation>Koordinatensystem</translation>
    </message>
    <message>
        <location filename="../ui/dck_mosaic_hub.py" line="127"/>
        <source>1. Data format</source>
        <translation>1. Datenformat</translation>
    </message>
    <message>
        <location filename="../ui/dck_mosaic_hub.py" line="141"/>
        <source>Auxiliary layers</source>
        <translation>Zusatzebenen</translation>
    </message>
    <message>
        <location filename="../ui/dck_mosaic_hub.py" line="147"/>
        <source>2. Bands and auxiliary layers</source>
        <translation>2. Bänder und Zusatzebenen</translation>
    </message>
    <message>
        <location filename="../ui/dck_mosaic_hub.py" line="155"/>
        <source>3. Period and area of interest</source>
        <translation>3. Zeitraum und Untersuchungsgebiet</translation>
    </message>
    <message>
        <location filename="../ui/dck_mosaic_hub.py" line="164"/>
        <source>Local folder or STAC JSON</source>
        <translation>Lokaler Ordner oder STAC-JSON</translation>
    </message>
    <message>
        <location filename="../ui/dck_mosaic_hub.py" line="165"/>
        <source>Earth Search (AWS)</source>
        <translation>Earth Search (AWS)</translation>
    </message>
    <message>
        <location filename="../ui/dck_mosaic_hub.py" line="166"/>
        <source>Microsoft Planetary Computer</source>
        <translation>Microsoft Planetary Computer</translation>
    </message>
    <message>
        <location filename="../ui/dck_mosaic_hub.py" line="167"/>
        <source>Copernicus Data Space (needs a login)</source>
        <translation>Copernicus Data Space (Anmeldung nötig)</translation>
    </message>
    <message>
        <location filename="../ui/dck_mosaic_hub.py" line="179"/>
        <source>Load the products into the project when done</source>
        <translation>Produkte nach Abschluss ins Projekt laden</translation>
    </message>
    <message>
        <location filename="../ui/dck_mosaic_hub.py" line="181"/>
        <source>Order name</source>
        <translation>Auftragsname</translation>
    </message>
    <message>
        <location filename="../ui/dck_mosaic_hub.py" line="182"/>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location filename="../ui/dck_mosaic_hub.py" line="183"/>
        <source>Local folder</source>
        <translation>Lokaler Ordner</translation>
    </message>
    <message>
        <location filename="../ui/dck_mosaic_hub.py" line="184"/>
        <source>Authentication</source>
        <translation>Authentifizierung</translation>
    </message>
    <message>
        <location filename="../ui/dck_mosaic_hub.py" line="656"/>
        <source>Download directory</source>
        <translation>Download-Verzeichnis</translation>
    </message>
    <message>
        <location filename="../ui/dck_mosaic_hub.py" line="189"/>
        <source>4. Order information</source>
        <translation>4. Auftragsangaben</translation>
    </message>
    <message>
        <location filename="../ui/dck_mosaic_hub.py" line="199"/>
        <source>Prepare download</source>
        <translation>Download vorbereiten</translation>
    </message>
    <message>
        <location filename="../ui/dck_mosaic_hub.py" line="203"/>
        <source>5. Confirmation</source>
        <translation>5. Bestätigung</translation>
    </message>
    <message>
        <location filename="../ui/dck_mosaic_hub.py" line="208"/>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <location filename="../ui/dck_mosaic_hub.py" line="210"/>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <location filename="../ui/dck_mosaic_hub.py" line="230"/>
        <source>Area of interest</source>
        <translation>Untersuchungsgebiet</translation>
    </message>
    <message>
        <location filename="../ui/dck_mosaic_hub.py" line="232"/>
        <source>Draw rectangle</source>
        <translation>Rechteck zeichnen</translation>
    </message>
    <message>
        <location filename="../ui/dck_mosaic_hub.py" line="234"/>
        <source>Draw polygon</source>
        <translation>Polygon zeichnen</translation>
    </message>
    <message>
        <location filename="../ui/dck_mosaic_hub.py" line="243"/>
        <source>Selected features only</source>
        <translation>Nur ausgewählte Objekte</translation>
    </message>
    <message>
        <location filename="../ui/dck_mosaic_hub.py" line="244"/>
        <source>Use layer</source>
        <translation>Ebene verwenden</translation>
    </message>
    <message>
        <location filename="../ui/dck_mosaic_hub.py" line="253"/>
        <source>Vector files (*.geojson *.json *.gpkg *.shp *.kml);;All files (*)</source>
        <translation>Vektordateien (*.geojson *.json *.gpkg *.shp *.kml);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/dck_mosaic_hub.py" line="255"/>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location filename="../ui/dck_mosaic_hub.py" line="262"/>
        <source>Continent: {name}</source>
        <translation>Kontinent: {name}</translation>
    </message>
    <message>
        <location filename="../ui/dck_mosaic_hub.py" line="266"/>
        <source>Country / continent</source>
        <translation>Land / Kontinent</translation>
    </message>
    <message>
        <location filename="../ui/dck_mosaic_hub.py" line="270"/>
        <source>POLYGON((lon lat, …)) in EPSG:4326</source>
        <translation>POLYGON((lon lat, …)) in EPSG:4326</translation>
    </message>
    <message>
        <location filename="../ui/dck_mosaic_hub.py" line="272"/>
        <source>Use WKT</source>
        <translation>WKT verwenden</translation>
    </message>
    <message>
        <location filename="../ui/dck_mosaic_hub.py" line="319"/>
        <source>No area chosen yet.</source>
        <translation>Noch kein Gebiet gewählt.</translation>
    </message>
    <message>
        <location filename="../ui/dck_mosaic_hub.py" line="293"/>
        <source>Drawing a rectangle: press, drag and release on the map.</source>
        <translation>Rechteck zeichnen: Auf der Karte drücken, ziehen und loslassen.</translation>
    </message>
    <message>
        <location filename="../ui/dck_mosaic_hub.py" line="293"/>
        <source>Drawing a polygon: click the corners, right-click or double-click to finish, Esc to start again.</source>
        <translation>Polygon zeichnen: Ecken anklicken, mit Rechtsklick oder Doppelklick abschließen, mit Esc neu beginnen.</translation>
    </message>
    <message>
        <location filename="../ui/dck_mosaic_hub.py" line="322"/>
        <source>Area: lon {x0:.4f} to {x1:.4f}, lat {y0:.4f} to {y1:.4f} ({km2:.1f} km²)</source>
        <translation>Gebiet: Länge {x0:.4f} bis {x1:.4f}, Breite {y0:.4f} bis {y1:.4f} ({km2:.1f} km²)</translation>
    </message>
    <message>
        <location filename="../ui/dck_mosaic_hub.py" line="345"/>
        <source>Choose a compositing period (step 3).</source>
        <translation>Wählen Sie einen Kompositzeitraum (Schritt 3).</translation>
    </message>
    <message>
        <location filename="../ui/dck_mosaic_hub.py" line="347"/>
        <source>Choose an area of interest (step 3).</source>
        <translation>Wählen Sie ein Untersuchungsgebiet (Schritt 3).</translation>
    </message>
    <message>
        <location filename="../ui/dck_mosaic_hub.py" line="350"/>
        <source>Choose the source: a local folder of L2A scenes or a catalog (step 4).</source>
        <translation>Wählen Sie die Quelle: einen lokalen Ordner mit L2A-Szenen oder einen Katalog (Schritt 4).</translation>
    </message>
    <message>
        <location filename="../ui/dck_mosaic_hub.py" line="353"/>
        <source>Choose at least one band (step 2).</source>
        <translation>Wählen Sie mindestens ein Band (Schritt 2).</translation>
    </message>
    <message>
        <location filename="../ui/dck_mosaic_hub.py" line="356"/>
        <source>Choose a download directory (step 4).</source>
        <translation>Wählen Sie ein Download-Verzeichnis (Schritt 4).</translation>
    </message>
    <message>
        <location filename="../ui/dck_mosaic_hub.py" line="358"/>
        <source>Copernicus Data Space needs a login: choose or add an authentication configuration (step 4).</source>
        <translation>Copernicus Data Space erfordert eine Anmeldung: Wählen Sie eine Authentifizierungskonfiguration oder legen Sie eine an (Schritt 4).</translation>
    </message>
    <message>
        <location filename="../ui/dck_mosaic_hub.py" line="408"/>
        <source>&lt;b&gt;{name}&lt;/b&gt;: {fmt}, {res} m, {crs}&lt;br&gt;{kind} periods from {start} to {end}&lt;br&gt;Bands: {bands}{aux}&lt;br&gt;Source: {source}&lt;br&gt;Estimate: &lt;b&gt;{products}&lt;/b&gt; product(s), about &lt;b&gt;{size}&lt;/b&gt; ({pixels} pixels each)</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt;: {fmt}, {res} m, {crs}&lt;br&gt;Zeiträume ({kind}) von {start} bis {end}&lt;br&gt;Bänder: {bands}{aux}&lt;br&gt;Quelle: {source}&lt;br&gt;Schätzung: &lt;b&gt;{products}&lt;/b&gt; Produkt(e), etwa &lt;b&gt;{size}&lt;/b&gt; (je {pixels} Pixel)</translation>
    </message>
    <message>
        <location filename="../ui/dck_mosaic_hub.py" line="462"/>
        <source>The S2GM Processing provider is not loaded.</source>
        <translation>Der S2GM-Processing-Provider ist nicht geladen.</translation>
    </message>
    <message>
        <location filename="../ui/dck_mosaic_hub.py" line="547"/>
        <source>S2GM order {name}</source>
        <translation>S2GM-Auftrag {name}</translation>
    </message>
    <message>
        <location filename="../ui/dck_mosaic_hub.py" line="510"/>
        <source>{n} product(s) failed output QC</source>
        <translation>{n} Produkt(e) haben die Ausgabe-QC nicht bestanden</translation>
    </message>
    <message>
        <location filename="../ui/dck_mosaic_hub.py" line="516"/>
        <source>Cancelled: delivered products are kept, re-run to resume.</source>
        <translation>Abgebrochen: Ausgelieferte Produkte bleiben erhalten; erneut ausführen, um fortzusetzen.</translation>
    </message>
    <message>
        <location filename="../ui/dck_mosaic_hub.py" line="520"/>
        <source>the algorithm failed: see the Processing log</source>
        <translation>der Algorithmus ist fehlgeschlagen: siehe Processing-Protokoll</translation>
    </message>
    <message>
        <location filename="../ui/dck_mosaic_hub.py" line="561"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../ui/dck_mosaic_hub.py" line="561"/>
        <source>CRS</source>
        <translation>KBS</translation>
    </message>
    <message>
        <location filename="../ui/dck_mosaic_hub.py" line="561"/>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <location filename="../ui/dck_mosaic_hub.py" line="561"/>
        <source>Start date</source>
        <translation>Startdatum</translation>
    </message>
    <message>
        <location filename="../ui/dck_mosaic_hub.py" line="670"/>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <location filename="../ui/dck_mosaic_hub.py" line="670"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../ui/dck_mosaic_hub.py" line="561"/>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <location filename="../ui/dck_mosaic_hub.py" line="571"/>
        <source>Open folder</source>
        <translation>Ordner öffnen</translation>
    </message>
    <message>
        <location filename="../ui/dck_mosaic_hub.py" line="571"/>
        <source>Load into project</source>
        <translation>Ins Projekt laden</translation>
    </message>
    <message>
        <location filename="../ui/dck_mosaic_hub.py" line="571"/>
        <source>Re-run / resume</source>
        <translation>Erneut ausführen / fortsetzen</translation>
    </message>
    <message>
        <location filename="../ui/dck_mosaic_hub.py" line="571"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/dck_mosaic_hub.py" line="571"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../ui/dck_mosaic_hub.py" line="610"/>
        <source>Cancel the order before removing it.</source>
        <translation>Brechen Sie den Auftrag ab, bevor Sie ihn entfernen.</translation>
    </message>
    <message>
        <location filename="../ui/dck_mosaic_hub.py" line="616"/>
        <source>queued</source>
        <translation>wartend</translation>
    </message>
    <message>
        <location filename="../ui/dck_mosaic_hub.py" line="616"/>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <location filename="../ui/dck_mosaic_hub.py" line="616"/>
        <source>done</source>
        <translation>fertig</translation>
    </message>
    <message>
        <location filename="../ui/dck_mosaic_hub.py" line="617"/>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../ui/dck_mosaic_hub.py" line="617"/>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <location filename="../ui/dck_mosaic_hub.py" line="618"/>
        <source>interrupted</source>
        <translation>unterbrochen</translation>
    </message>
    <message>
        <location filename="../ui/dck_mosaic_hub.py" line="664"/>
        <source>Select an order to see its products.</source>
        <translation>Wählen Sie einen Auftrag, um seine Produkte zu sehen.</translation>
    </message>
    <message>
        <location filename="../ui/dck_mosaic_hub.py" line="670"/>
        <source>Tile / zone</source>
        <translation>Kachel / Zone</translation>
    </message>
    <message>
        <location filename="../ui/dck_mosaic_hub.py" line="670"/>
        <source>Files</source>
        <translation>Dateien</translation>
    </message>
    <message>
        <location filename="../ui/dck_mosaic_hub.py" line="690"/>
        <source>{name}: {done} of {total} product(s) finished · {status} · {msg}</source>
        <translation>{name}: {done} von {total} Produkt(en) fertig · {status} · {msg}</translation>
    </message>
</context>
<context>
    <name>MosaicLayers</name>
    <message>
        <location filename="../algorithms/layers.py" line="48"/>
        <source>S2GM true colour {label}</source>
        <translation>S2GM Echtfarben {label}</translation>
    </message>
    <message>
        <location filename="../algorithms/layers.py" line="52"/>
        <source>S2GM reflectance {label}</source>
        <translation>S2GM Reflexion {label}</translation>
    </message>
    <message>
        <location filename="../algorithms/layers.py" line="87"/>
        <source>{count} layer(s) will be loaded with the S2GM styles and their periods.</source>
        <translation>{count} Ebene(n) werden mit den S2GM-Stilen und ihren Zeiträumen geladen.</translation>
    </message>
</context>
<context>
    <name>PeriodPickerWidget</name>
    <message>
        <location filename="../ui/wdg_period_picker.py" line="25"/>
        <source>Compositing period</source>
        <translation>Kompositzeitraum</translation>
    </message>
    <message>
        <location filename="../ui/wdg_period_picker.py" line="28"/>
        <source>Year</source>
        <translation>Jahr</translation>
    </message>
    <message>
        <location filename="../ui/wdg_period_picker.py" line="28"/>
        <source>Quarter</source>
        <translation>Quartal</translation>
    </message>
    <message>
        <location filename="../ui/wdg_period_picker.py" line="28"/>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <location filename="../ui/wdg_period_picker.py" line="29"/>
        <source>Ten days</source>
        <translation>Zehn Tage</translation>
    </message>
    <message>
        <location filename="../ui/wdg_period_picker.py" line="29"/>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <location filename="../ui/wdg_period_picker.py" line="71"/>
        <source>1st-10th</source>
        <translation>1.–10.</translation>
    </message>
    <message>
        <location filename="../ui/wdg_period_picker.py" line="71"/>
        <source>11th-20th</source>
        <translation>11.–20.</translation>
    </message>
    <message>
        <location filename="../ui/wdg_period_picker.py" line="71"/>
        <source>21st-end</source>
        <translation>21.–Ende</translation>
    </message>
    <message>
        <location filename="../ui/wdg_period_picker.py" line="184"/>
        <source>From {start} to {end} ({kind} products)</source>
        <translation>Von {start} bis {end} (Produkte: {kind})</translation>
    </message>
    <message>
        <location filename="../ui/wdg_period_picker.py" line="187"/>
        <source>Click a period (shift-click to extend the range).</source>
        <translation>Klicken Sie auf einen Zeitraum (Umschalt+Klick erweitert die Auswahl).</translation>
    </message>
</context>
<context>
    <name>PixelTimeSeriesAlgorithm</name>
    <message>
        <location filename="../algorithms/pixeltimeseries.py" line="55"/>
        <source>Pixel time series (CSV)</source>
        <translation>Pixel-Zeitreihe (CSV)</translation>
    </message>
    <message>
        <location filename="../algorithms/pixeltimeseries.py" line="58"/>
        <source>Products</source>
        <translation>Produkte</translation>
    </message>
    <message>
        <location filename="../algorithms/pixeltimeseries.py" line="67"/>
        <source>sentinel-2,s2gm,time series,profile,pixel,ndvi,csv</source>
        <translation>sentinel-2,s2gm,zeitreihe,profil,pixel,ndvi,csv</translation>
    </message>
    <message>
        <location filename="../algorithms/pixeltimeseries.py" line="70"/>
        <source>&lt;p&gt;For a point and a date range, one CSV row per period with every band and quality layer at that pixel, the NDVI, the source scene identifier, its tile and its date.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Input&lt;/b&gt;: the output folder of an &lt;i&gt;s2gm:mosaic&lt;/i&gt; order (or one order or product folder; GeoTIFF, JP2 or NetCDF), or Sentinel-2 L2A scenes (a folder or a STAC JSON / API URL): then each period is composited on the few pixels around the point only.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Window&lt;/b&gt;: 1x1 or 3x3 (the nine pixels around the point, then a mean and a standard deviation row per period).&lt;/p&gt;&lt;p&gt;Values are stored as in the products: reflectance x 10000, quality layers as in the S2GM specification; an empty cell is no data.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Für einen Punkt und einen Datumsbereich eine CSV-Zeile je Zeitraum mit jedem Band und jeder Qualitätsebene an diesem Pixel, dem NDVI, der Kennung der Quellszene, ihrer Kachel und ihrem Datum.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Eingabe&lt;/b&gt;: der Ausgabeordner eines &lt;i&gt;s2gm:mosaic&lt;/i&gt;-Auftrags (oder ein Auftrags- oder Produktordner; GeoTIFF, JP2 oder NetCDF) oder Sentinel-2-L2A-Szenen (ein Ordner oder ein STAC-JSON / eine API-URL): Dann wird jeder Zeitraum nur auf den wenigen Pixeln um den Punkt kompositiert.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Fenster&lt;/b&gt;: 1x1 oder 3x3 (die neun Pixel um den Punkt, dann je Zeitraum eine Zeile mit Mittelwert und eine mit Standardabweichung).&lt;/p&gt;&lt;p&gt;Die Werte stehen wie in den Produkten: Reflexion x 10000, Qualitätsebenen wie in der S2GM-Spezifikation; eine leere Zelle bedeutet keine Daten.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../algorithms/pixeltimeseries.py" line="84"/>
        <source>Input: S2GM products folder, L2A scenes folder or STAC JSON</source>
        <translation>Eingabe: Ordner mit S2GM-Produkten, Ordner mit L2A-Szenen oder STAC-JSON</translation>
    </message>
    <message>
        <location filename="../algorithms/pixeltimeseries.py" line="87"/>
        <source>Point</source>
        <translation>Punkt</translation>
    </message>
    <message>
        <location filename="../algorithms/pixeltimeseries.py" line="88"/>
        <source>Window</source>
        <translation>Fenster</translation>
    </message>
    <message>
        <location filename="../algorithms/pixeltimeseries.py" line="91"/>
        <source>Start date (YYYY-MM-DD, inclusive)</source>
        <translation>Startdatum (JJJJ-MM-TT, einschließlich)</translation>
    </message>
    <message>
        <location filename="../algorithms/pixeltimeseries.py" line="93"/>
        <source>End date (YYYY-MM-DD, inclusive)</source>
        <translation>Enddatum (JJJJ-MM-TT, einschließlich)</translation>
    </message>
    <message>
        <location filename="../algorithms/pixeltimeseries.py" line="95"/>
        <source>Period (products: only this kind; scenes: default 10-day)</source>
        <translation>Zeitraum (Produkte: nur diese Art; Szenen: Standard 10 Tage)</translation>
    </message>
    <message>
        <location filename="../algorithms/pixeltimeseries.py" line="98"/>
        <source>Resolution (m) when compositing scenes</source>
        <translation>Auflösung (m) beim Kompositieren von Szenen</translation>
    </message>
    <message>
        <location filename="../algorithms/pixeltimeseries.py" line="103"/>
        <source>Time series CSV</source>
        <translation>Zeitreihe als CSV</translation>
    </message>
    <message>
        <location filename="../algorithms/pixeltimeseries.py" line="103"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <location filename="../algorithms/pixeltimeseries.py" line="105"/>
        <source>Rows written</source>
        <translation>Geschriebene Zeilen</translation>
    </message>
    <message>
        <location filename="../algorithms/pixeltimeseries.py" line="106"/>
        <source>Periods with a value</source>
        <translation>Zeiträume mit einem Wert</translation>
    </message>
    <message>
        <location filename="../algorithms/pixeltimeseries.py" line="113"/>
        <source>{name}: &apos;{value}&apos; is not one of {options}.</source>
        <translation>{name}: '{value}' ist keiner der Werte {options}.</translation>
    </message>
    <message>
        <location filename="../algorithms/pixeltimeseries.py" line="122"/>
        <source>{name} &apos;{value}&apos; is not a date: write it as YYYY-MM-DD.</source>
        <translation>{name} '{value}' ist kein Datum: Schreiben Sie es als JJJJ-MM-TT.</translation>
    </message>
    <message>
        <location filename="../algorithms/pixeltimeseries.py" line="141"/>
        <source>No input given: choose a folder of S2GM products or of L2A scenes.</source>
        <translation>Keine Eingabe angegeben: Wählen Sie einen Ordner mit S2GM-Produkten oder mit L2A-Szenen.</translation>
    </message>
    <message>
        <location filename="../algorithms/pixeltimeseries.py" line="169"/>
        <source>{rows} row(s) for {periods} period(s) at lon {lon:.6f}, lat {lat:.6f}.</source>
        <translation>{rows} Zeile(n) für {periods} Zeitraum/Zeiträume bei Länge {lon:.6f}, Breite {lat:.6f}.</translation>
    </message>
</context>
<context>
    <name>ResampleAlgorithm</name>
    <message>
        <location filename="../algorithms/resample.py" line="31"/>
        <source>Resample product (10 / 20 / 60 m)</source>
        <translation>Produkt neu abtasten (10 / 20 / 60 m)</translation>
    </message>
    <message>
        <location filename="../algorithms/resample.py" line="34"/>
        <source>Products</source>
        <translation>Produkte</translation>
    </message>
    <message>
        <location filename="../algorithms/resample.py" line="40"/>
        <source>&lt;p&gt;Resamples an S2GM product to 10, 20 or 60 m on the 60 m-aligned grid, so products of different resolutions nest.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Input&lt;/b&gt;: an S2GM product folder (the UTM or WGS84 folder with the layer files or the NetCDF and metadata JSON), a product GeoTIFF (one layer) or an s2gm:composite output or quality GeoTIFF.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Rules&lt;/b&gt;: upsampling and every class or quality layer (scene class, valid_obs, method, source_index, source_date, angles ...) use nearest neighbour, which keeps original values; reflectance downsampling is the mean of the valid pixels of each block.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Output&lt;/b&gt;: for a product folder, a folder that receives the resampled product with S2GM names and new metadata; for a GeoTIFF input, a GeoTIFF (cloud-optimised) with the same bands, types, no data and scale. Every file is re-opened and checked before it is put in place.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Tastet ein S2GM-Produkt auf 10, 20 oder 60 m auf dem an 60 m ausgerichteten Raster neu ab, sodass Produkte verschiedener Auflösungen ineinander passen.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Eingabe&lt;/b&gt;: ein S2GM-Produktordner (der UTM- oder WGS84-Ordner mit den Layerdateien oder dem NetCDF und dem Metadaten-JSON), ein Produkt-GeoTIFF (ein Layer) oder ein Ausgabe- bzw. Qualitäts-GeoTIFF von s2gm:composite.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Regeln&lt;/b&gt;: Hochtasten und jeder Klassen- oder Qualitätslayer (Szenenklasse, valid_obs, method, source_index, source_date, Winkel ...) verwenden den nächsten Nachbarn, der die Originalwerte behält; beim Heruntertasten ist die Reflektanz der Mittelwert der gültigen Pixel jedes Blocks.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Ausgabe&lt;/b&gt;: bei einem Produktordner ein Ordner, der das neu abgetastete Produkt mit S2GM-Namen und neuen Metadaten erhält; bei einem GeoTIFF ein (cloud-optimiertes) GeoTIFF mit denselben Bändern, Typen, NoData-Werten und Skalierung. Jede Datei wird erneut geöffnet und geprüft, bevor sie an ihren Platz kommt.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../algorithms/resample.py" line="56"/>
        <source>Input: S2GM product folder, product GeoTIFF or composite output</source>
        <translation>Eingabe: S2GM-Produktordner, Produkt-GeoTIFF oder Komposit-Ausgabe</translation>
    </message>
    <message>
        <location filename="../algorithms/resample.py" line="56"/>
        <source>Rasters (*.tif *.tiff *.jp2 *.nc);;All files (*)</source>
        <translation>Raster (*.tif *.tiff *.jp2 *.nc);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../algorithms/resample.py" line="60"/>
        <source>Resolution (m)</source>
        <translation>Auflösung (m)</translation>
    </message>
    <message>
        <location filename="../algorithms/resample.py" line="63"/>
        <source>Output (GeoTIFF for a raster input, folder for a product folder)</source>
        <translation>Ausgabe (GeoTIFF bei Raster-Eingabe, Ordner bei Produktordner)</translation>
    </message>
    <message>
        <location filename="../algorithms/resample.py" line="63"/>
        <source>GeoTIFF (*.tif)</source>
        <translation>GeoTIFF (*.tif)</translation>
    </message>
    <message>
        <location filename="../algorithms/resample.py" line="66"/>
        <source>Written products or file</source>
        <translation>Geschriebene Produkte oder Datei</translation>
    </message>
    <message>
        <location filename="../algorithms/resample.py" line="73"/>
        <source>RESOLUTION &apos;{value}&apos; is not offered: use 10, 20 or 60 (metres).</source>
        <translation>RESOLUTION '{value}' wird nicht angeboten: verwenden Sie 10, 20 oder 60 (Meter).</translation>
    </message>
    <message>
        <location filename="../algorithms/resample.py" line="91"/>
        <source>INPUT &apos;{path}&apos; does not exist: give an S2GM product folder, a product GeoTIFF or an s2gm:composite output.</source>
        <translation>INPUT '{path}' existiert nicht: geben Sie einen S2GM-Produktordner, ein Produkt-GeoTIFF oder eine s2gm:composite-Ausgabe an.</translation>
    </message>
    <message>
        <location filename="../algorithms/resample.py" line="100"/>
        <source>Written: {path}</source>
        <translation>Geschrieben: {path}</translation>
    </message>
</context>
<context>
    <name>S2GMAuthentication</name>
    <message>
        <location filename="../algorithms/auth.py" line="12"/>
        <source>The authentication configuration {id} cannot be read: check it in Settings &gt; Options &gt; Authentication (is the master password set?).</source>
        <translation>Die Authentifizierungskonfiguration {id} kann nicht gelesen werden: Prüfen Sie sie unter Einstellungen &gt; Optionen &gt; Authentifizierung (ist das Master-Passwort gesetzt?).</translation>
    </message>
    <message>
        <location filename="../algorithms/auth.py" line="18"/>
        <source>The authentication configuration {id} has no user name or password: use the Basic authentication method.</source>
        <translation>Die Authentifizierungskonfiguration {id} hat keinen Benutzernamen oder kein Passwort: Verwenden Sie die Authentifizierungsmethode Basic.</translation>
    </message>
</context>
<context>
    <name>S2GMMosaicPlugin</name>
    <message>
        <location filename="../plugin.py" line="79"/>
        <source>numba is not installed: composites use the slower numpy path (same results). To speed them up install numba: on Debian/Ubuntu &apos;sudo apt install python3-numba&apos;, elsewhere &apos;pip install numba&apos; in the Python environment QGIS uses.</source>
        <translation>numba ist nicht installiert: Komposite nutzen den langsameren numpy-Weg (gleiche Ergebnisse). Für mehr Tempo numba installieren: unter Debian/Ubuntu „sudo apt install python3-numba“, sonst „pip install numba“ in der Python-Umgebung von QGIS.</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="91"/>
        <source>S2GM Mosaic</source>
        <translation>S2GM Mosaic</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="92"/>
        <source>S2GM composite…</source>
        <translation>S2GM-Komposit…</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="95"/>
        <source>Open the S2GM composite algorithm</source>
        <translation>Den Algorithmus S2GM-Komposit öffnen</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="131"/>
        <source>About S2GM Mosaic</source>
        <translation>Über S2GM Mosaic</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="131"/>
        <source>S2GM Mosaic builds Sentinel-2 Global Mosaic style composites (STC and medoid) from Sentinel-2 Level-2A data. Its algorithms are in the Processing toolbox under &apos;S2GM Mosaic&apos;.</source>
        <translation>S2GM Mosaic erzeugt Komposite im Stil des Sentinel-2 Global Mosaic (STC und Medoid) aus Sentinel-2-Level-2A-Daten. Seine Algorithmen stehen in der Verarbeitungswerkzeugkiste unter „S2GM Mosaic“.</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="97"/>
        <source>S2GM Mosaic Hub</source>
        <translation>S2GM Mosaic Hub</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="99"/>
        <source>Order mosaics, follow downloads and read pixel time series</source>
        <translation>Mosaike bestellen, Downloads verfolgen und Pixel-Zeitreihen lesen</translation>
    </message>
</context>
<context>
    <name>S2GMProvider</name>
    <message>
        <location filename="../algorithms/provider.py" line="29"/>
        <source>S2GM Mosaic</source>
        <translation>S2GM Mosaic</translation>
    </message>
    <message>
        <location filename="../algorithms/provider.py" line="32"/>
        <source>S2GM Mosaic (Sentinel-2 Global Mosaic composites)</source>
        <translation>S2GM Mosaic (Komposite des Sentinel-2 Global Mosaic)</translation>
    </message>
</context>
<context>
    <name>TimeSeriesWidget</name>
    <message>
        <location filename="../ui/wdg_time_series.py" line="76"/>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location filename="../ui/wdg_time_series.py" line="80"/>
        <source>An order&apos;s output folder (products), or a folder of L2A scenes</source>
        <translation>Der Ausgabeordner eines Auftrags (Produkte) oder ein Ordner mit L2A-Szenen</translation>
    </message>
    <message>
        <location filename="../ui/wdg_time_series.py" line="86"/>
        <source>3x3 also gives the mean and standard deviation of the nine pixels</source>
        <translation>3x3 liefert zusätzlich Mittelwert und Standardabweichung der neun Pixel</translation>
    </message>
    <message>
        <location filename="../ui/wdg_time_series.py" line="87"/>
        <source>Window</source>
        <translation>Fenster</translation>
    </message>
    <message>
        <location filename="../ui/wdg_time_series.py" line="89"/>
        <source>Compare points</source>
        <translation>Punkte vergleichen</translation>
    </message>
    <message>
        <location filename="../ui/wdg_time_series.py" line="91"/>
        <source>Keep earlier clicks and draw them in the same chart</source>
        <translation>Frühere Klicks behalten und im selben Diagramm zeichnen</translation>
    </message>
    <message>
        <location filename="../ui/wdg_time_series.py" line="93"/>
        <source>Click on the map…</source>
        <translation>Auf die Karte klicken…</translation>
    </message>
    <message>
        <location filename="../ui/wdg_time_series.py" line="99"/>
        <source>Choose a source, then click a pixel on the map.</source>
        <translation>Wählen Sie eine Quelle und klicken Sie dann auf ein Pixel der Karte.</translation>
    </message>
    <message>
        <location filename="../ui/wdg_time_series.py" line="106"/>
        <source>Previous period</source>
        <translation>Vorheriger Zeitraum</translation>
    </message>
    <message>
        <location filename="../ui/wdg_time_series.py" line="108"/>
        <source>Next period</source>
        <translation>Nächster Zeitraum</translation>
    </message>
    <message>
        <location filename="../ui/wdg_time_series.py" line="121"/>
        <source>Layer</source>
        <translation>Ebene</translation>
    </message>
    <message>
        <location filename="../ui/wdg_time_series.py" line="121"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location filename="../ui/wdg_time_series.py" line="142"/>
        <source>Export as CSV…</source>
        <translation>Als CSV exportieren…</translation>
    </message>
    <message>
        <location filename="../ui/wdg_time_series.py" line="145"/>
        <source>Save chart as PNG…</source>
        <translation>Diagramm als PNG speichern…</translation>
    </message>
    <message>
        <location filename="../ui/wdg_time_series.py" line="148"/>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <location filename="../ui/wdg_time_series.py" line="186"/>
        <source>Choose the source first: an order&apos;s output folder or a folder of scenes.</source>
        <translation>Wählen Sie zuerst die Quelle: den Ausgabeordner eines Auftrags oder einen Ordner mit Szenen.</translation>
    </message>
    <message>
        <location filename="../ui/wdg_time_series.py" line="199"/>
        <source>The S2GM Processing provider is not loaded.</source>
        <translation>Der S2GM-Processing-Provider ist nicht geladen.</translation>
    </message>
    <message>
        <location filename="../ui/wdg_time_series.py" line="208"/>
        <source>Reading the time series at lon {lon:.5f}, lat {lat:.5f}…</source>
        <translation>Zeitreihe bei Länge {lon:.5f}, Breite {lat:.5f} wird gelesen…</translation>
    </message>
    <message>
        <location filename="../ui/wdg_time_series.py" line="215"/>
        <source>Reading the time series… {p:.0f} %</source>
        <translation>Zeitreihe wird gelesen… {p:.0f} %</translation>
    </message>
    <message>
        <location filename="../ui/wdg_time_series.py" line="222"/>
        <source>No time series at lon {lon:.5f}, lat {lat:.5f}: see the Processing log (the point may be outside the products).</source>
        <translation>Keine Zeitreihe bei Länge {lon:.5f}, Breite {lat:.5f}: siehe Processing-Protokoll (der Punkt liegt vielleicht außerhalb der Produkte).</translation>
    </message>
    <message>
        <location filename="../ui/wdg_time_series.py" line="235"/>
        <source>Point {n}</source>
        <translation>Punkt {n}</translation>
    </message>
    <message>
        <location filename="../ui/wdg_time_series.py" line="241"/>
        <source>{label}: lon {lon:.5f}, lat {lat:.5f}, {n} period(s)</source>
        <translation>{label}: Länge {lon:.5f}, Breite {lat:.5f}, {n} Zeitraum/Zeiträume</translation>
    </message>
    <message>
        <location filename="../ui/wdg_time_series.py" line="274"/>
        <source>Period {start} – {end} ({i}/{n}) · lon {lon:.5f}, lat {lat:.5f} · tile {tile}</source>
        <translation>Zeitraum {start} – {end} ({i}/{n}) · Länge {lon:.5f}, Breite {lat:.5f} · Kachel {tile}</translation>
    </message>
    <message>
        <location filename="../ui/wdg_time_series.py" line="279"/>
        <source>source scene</source>
        <translation>Quellszene</translation>
    </message>
    <message>
        <location filename="../ui/wdg_time_series.py" line="280"/>
        <source>source tile</source>
        <translation>Quellkachel</translation>
    </message>
    <message>
        <location filename="../ui/wdg_time_series.py" line="281"/>
        <source>source date</source>
        <translation>Quelldatum</translation>
    </message>
    <message>
        <location filename="../ui/wdg_time_series.py" line="282"/>
        <source>product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <location filename="../ui/wdg_time_series.py" line="286"/>
        <source>no data</source>
        <translation>keine Daten</translation>
    </message>
    <message>
        <location filename="../ui/wdg_time_series.py" line="308"/>
        <source>reflectance / NDVI</source>
        <translation>Reflexion / NDVI</translation>
    </message>
    <message>
        <location filename="../ui/wdg_time_series.py" line="355"/>
        <source>Export the time series</source>
        <translation>Zeitreihe exportieren</translation>
    </message>
    <message>
        <location filename="../ui/wdg_time_series.py" line="355"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/wdg_time_series.py" line="367"/>
        <source>Export as CSV</source>
        <translation>Als CSV exportieren</translation>
    </message>
    <message>
        <location filename="../ui/wdg_time_series.py" line="367"/>
        <source>Could not write {path}: {error}</source>
        <translation>{path} konnte nicht geschrieben werden: {error}</translation>
    </message>
    <message>
        <location filename="../ui/wdg_time_series.py" line="376"/>
        <source>Save the chart</source>
        <translation>Diagramm speichern</translation>
    </message>
    <message>
        <location filename="../ui/wdg_time_series.py" line="376"/>
        <source>PNG (*.png)</source>
        <translation>PNG (*.png)</translation>
    </message>
</context>
</TS>
