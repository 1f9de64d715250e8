<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>@default</name>
    <message>
        <location filename="../algorithms/layers.py" line="52"/>
        <source>S2GM true colour {label}</source>
        <translation>S2GM Echtfarben {label}</translation>
    </message>
    <message>
        <location filename="../algorithms/layers.py" line="56"/>
        <source>S2GM reflectance {label}</source>
        <translation>S2GM Reflexion {label}</translation>
    </message>
    <message>
        <location filename="../algorithms/layers.py" line="91"/>
        <source>{count} layer(s) will be loaded with the S2GM styles and their periods.</source>
        <translation>{count} Ebene(n) werden mit den S2GM-Stilen und ihren Zeiträumen geladen.</translation>
    </message>
</context>
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
        <location filename="../algorithms/fetchl2a.py" line="96"/>
        <source>Fetch Sentinel-2 L2A (AOI subset)</source>
        <translation>Sentinel-2 L2A abrufen (AOI-Ausschnitt)</translation>
    </message>
    <message>
        <location filename="../algorithms/fetchl2a.py" line="99"/>
        <source>Data access</source>
        <translation>Datenzugriff</translation>
    </message>
    <message>
        <location filename="../algorithms/fetchl2a.py" line="105"/>
        <source>sentinel-2,l2a,stac,download,earth search,planetary computer,copernicus,cdse</source>
        <translation>sentinel-2,l2a,stac,download,herunterladen,earth search,planetary computer,copernicus,cdse</translation>
    </message>
    <message>
        <location filename="../algorithms/fetchl2a.py" line="111"/>
        <source>&lt;p&gt;Searches a catalog for Sentinel-2 Level-2A scenes of the area and period and keeps only the pixels of the area: each scene becomes a folder with one cloud-optimised GeoTIFF per band (plus SCL, AOT, WVP and the granule metadata when the catalog has them) and a STAC item; &lt;i&gt;items.json&lt;/i&gt; lists them all. The output folder is an offline input for &lt;i&gt;Composite&lt;/i&gt;. Running the same fetch again downloads nothing new.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Catalog&lt;/b&gt;: Earth Search (no account), Microsoft Planetary Computer (no account; downloads are signed automatically), Copernicus Data Space (needs an account: choose an authentication configuration of type Basic with your user name and password), or a local folder / catalog JSON given in &lt;i&gt;Catalog URL&lt;/i&gt;. &lt;i&gt;Catalog URL&lt;/i&gt; replaces the catalog&apos;s standard address.&lt;/p&gt;&lt;p&gt;Cloud-optimised GeoTIFFs are read by window (only the area travels); JPEG 2000 files (Copernicus Data Space) are downloaded whole once, then cut. Failed downloads are retried; a scene that still fails is listed in the report and the others go on. The report also gives the bytes transferred and the bytes of the area windows.&lt;/p&gt;&lt;p&gt;Network: the QGIS proxy settings are used.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Durchsucht einen Katalog nach Sentinel-2-Level-2A-Szenen des Gebiets und Zeitraums und behält nur die Pixel des Gebiets: Jede Szene wird ein Ordner mit einem Cloud-optimierten GeoTIFF pro Band (dazu SCL, AOT, WVP und die Granule-Metadaten, wenn der Katalog sie hat) und einem STAC-Item; &lt;i&gt;items.json&lt;/i&gt; listet alle. Der Ausgabeordner ist eine Offline-Eingabe für &lt;i&gt;Composite&lt;/i&gt;. Derselbe Abruf lädt beim erneuten Ausführen nichts Neues herunter.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Katalog&lt;/b&gt;: Earth Search (ohne Konto), Microsoft Planetary Computer (ohne Konto; Downloads werden automatisch signiert), Copernicus Data Space (Konto nötig: wählen Sie eine Authentifizierungskonfiguration vom Typ Basic mit Benutzername und Passwort) oder ein lokaler Ordner / Katalog-JSON unter &lt;i&gt;Katalog-URL&lt;/i&gt;. &lt;i&gt;Katalog-URL&lt;/i&gt; ersetzt die Standardadresse des Katalogs.&lt;/p&gt;&lt;p&gt;Cloud-optimierte GeoTIFFs werden ausschnittsweise gelesen (nur das Gebiet wird übertragen); JPEG-2000-Dateien (Copernicus Data Space) werden einmal ganz heruntergeladen und dann zugeschnitten. Fehlgeschlagene Downloads werden wiederholt; eine Szene, die weiter fehlschlägt, steht im Bericht, die anderen werden fortgesetzt. Der Bericht nennt auch die übertragenen Bytes und die Bytes der Gebietsausschnitte.&lt;/p&gt;&lt;p&gt;Netzwerk: Die Proxy-Einstellungen von QGIS werden verwendet.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../algorithms/fetchl2a.py" line="132"/>
        <source>Catalog</source>
        <translation>Katalog</translation>
    </message>
    <message>
        <location filename="../algorithms/fetchl2a.py" line="137"/>
        <source>Catalog URL (empty = the catalog&apos;s standard address; a path for Local folder/catalog)</source>
        <translation>Katalog-URL (leer = Standardadresse des Katalogs; ein Pfad für Lokaler Ordner/Katalog)</translation>
    </message>
    <message>
        <location filename="../algorithms/fetchl2a.py" line="140"/>
        <source>Extent</source>
        <translation>Ausdehnung</translation>
    </message>
    <message>
        <location filename="../algorithms/fetchl2a.py" line="141"/>
        <source>Area of interest (polygons)</source>
        <translation>Untersuchungsgebiet (Polygone)</translation>
    </message>
    <message>
        <location filename="../algorithms/fetchl2a.py" line="143"/>
        <source>Start date (YYYY-MM-DD, inclusive)</source>
        <translation>Startdatum (JJJJ-MM-TT, einschließlich)</translation>
    </message>
    <message>
        <location filename="../algorithms/fetchl2a.py" line="145"/>
        <source>End date (YYYY-MM-DD, inclusive)</source>
        <translation>Enddatum (JJJJ-MM-TT, einschließlich)</translation>
    </message>
    <message>
        <location filename="../algorithms/fetchl2a.py" line="147"/>
        <source>Maximum cloud cover of a scene (%)</source>
        <translation>Maximale Wolkenbedeckung einer Szene (%)</translation>
    </message>
    <message>
        <location filename="../algorithms/fetchl2a.py" line="150"/>
        <source>Spectral bands (empty = all)</source>
        <translation>Spektralbänder (leer = alle)</translation>
    </message>
    <message>
        <location filename="../algorithms/fetchl2a.py" line="153"/>
        <source>Authentication (Copernicus Data Space: user name and password)</source>
        <translation>Authentifizierung (Copernicus Data Space: Benutzername und Passwort)</translation>
    </message>
    <message>
        <location filename="../algorithms/fetchl2a.py" line="156"/>
        <source>Output folder</source>
        <translation>Ausgabeordner</translation>
    </message>
    <message>
        <location filename="../algorithms/fetchl2a.py" line="158"/>
        <source>Fetch report</source>
        <translation>Abrufbericht</translation>
    </message>
    <message>
        <location filename="../algorithms/fetchl2a.py" line="158"/>
        <source>JSON files (*.json)</source>
        <translation>JSON-Dateien (*.json)</translation>
    </message>
    <message>
        <location filename="../algorithms/fetchl2a.py" line="161"/>
        <source>Item collection</source>
        <translation>Item Collection</translation>
    </message>
    <message>
        <location filename="../algorithms/fetchl2a.py" line="162"/>
        <source>Number of scenes fetched</source>
        <translation>Anzahl abgerufener Szenen</translation>
    </message>
    <message>
        <location filename="../algorithms/fetchl2a.py" line="163"/>
        <source>Number of scenes that failed</source>
        <translation>Anzahl fehlgeschlagener Szenen</translation>
    </message>
    <message>
        <location filename="../algorithms/fetchl2a.py" line="164"/>
        <source>Bytes transferred</source>
        <translation>Übertragene Bytes</translation>
    </message>
    <message>
        <location filename="../algorithms/fetchl2a.py" line="178"/>
        <source>Copernicus Data Space needs an account: choose an authentication configuration (Basic authentication, your CDSE user name and password) in Authentication.</source>
        <translation>Copernicus Data Space erfordert ein Konto: Wählen Sie unter Authentifizierung eine Authentifizierungskonfiguration (Basic-Authentifizierung, Ihr CDSE-Benutzername und Passwort).</translation>
    </message>
    <message>
        <location filename="../algorithms/fetchl2a.py" line="184"/>
        <source>The authentication configuration {id} cannot be read: check it in Settings &gt; Options &gt; Authentication (is the master password set?).</source>
        <translation>Die Authentifizierungskonfiguration {id} kann nicht gelesen werden: Prüfen Sie sie unter Einstellungen &gt; Optionen &gt; Authentifizierung (ist das Master-Passwort gesetzt?).</translation>
    </message>
    <message>
        <location filename="../algorithms/fetchl2a.py" line="189"/>
        <source>The authentication configuration {id} has no user name or password: use the Basic authentication method.</source>
        <translation>Die Authentifizierungskonfiguration {id} hat keinen Benutzernamen oder kein Passwort: Verwenden Sie die Methode Basic-Authentifizierung.</translation>
    </message>
    <message>
        <location filename="../algorithms/fetchl2a.py" line="203"/>
        <source>Local folder/catalog: give the folder or catalog JSON in Catalog URL.</source>
        <translation>Lokaler Ordner/Katalog: Geben Sie den Ordner oder die Katalog-JSON unter Katalog-URL an.</translation>
    </message>
    <message>
        <location filename="../algorithms/fetchl2a.py" line="206"/>
        <source>Local folder/catalog {path} does not exist: give an existing folder or catalog JSON in Catalog URL.</source>
        <translation>Lokaler Ordner/Katalog {path} existiert nicht: Geben Sie unter Katalog-URL einen vorhandenen Ordner oder eine Katalog-JSON an.</translation>
    </message>
    <message>
        <location filename="../algorithms/fetchl2a.py" line="214"/>
        <source>Give an Extent or an Area of interest: the catalog is searched for scenes that cover it.</source>
        <translation>Geben Sie eine Ausdehnung oder ein Untersuchungsgebiet an: Der Katalog wird nach Szenen durchsucht, die es abdecken.</translation>
    </message>
    <message>
        <location filename="../algorithms/fetchl2a.py" line="235"/>
        <source>{fetched} scene(s) fetched, {skipped} already there, {failed} failed.</source>
        <translation>{fetched} Szene(n) abgerufen, {skipped} schon vorhanden, {failed} fehlgeschlagen.</translation>
    </message>
    <message>
        <location filename="../algorithms/fetchl2a.py" line="238"/>
        <source>{id} not fetched: {reason}</source>
        <translation>{id} nicht abgerufen: {reason}</translation>
    </message>
    <message>
        <location filename="../algorithms/fetchl2a.py" line="241"/>
        <source>Transferred {mb:.1f} MB for {win:.1f} MB of area windows ({ratio:.2f}x).</source>
        <translation>{mb:.1f} MB übertragen für {win:.1f} MB Gebietsausschnitte ({ratio:.2f}x).</translation>
    </message>
</context>
<context>
    <name>MosaicAlgorithm</name>
    <message>
        <location filename="../algorithms/mosaic.py" line="46"/>
        <source>Mosaic order (periods, zones, products)</source>
        <translation>Mosaik-Auftrag (Zeiträume, Zonen, Produkte)</translation>
    </message>
    <message>
        <location filename="../algorithms/mosaic.py" line="49"/>
        <source>Products</source>
        <translation>Produkte</translation>
    </message>
    <message>
        <location filename="../algorithms/mosaic.py" line="55"/>
        <source>sentinel-2,s2gm,mosaic,order,period,dekad,month,cog,netcdf,jp2</source>
        <translation>sentinel-2,s2gm,mosaik,auftrag,zeitraum,dekade,monat,cog,netcdf,jp2</translation>
    </message>
    <message>
        <location filename="../algorithms/mosaic.py" line="58"/>
        <source>&lt;p&gt;Runs a whole S2GM order: one composite per period (day, 10-day, month, quarter or year) touched by the start and end dates, and per UTM zone the area touches (or one WGS84 product), written as analysis-ready products.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Formats&lt;/b&gt;: GeoTIFF (cloud-optimised, one file per band or quality layer), JP2 (lossless JPEG 2000, one file per layer) or NetCDF-CF (one file per period, (time, y, x) variables).&lt;/p&gt;&lt;p&gt;Each product folder is named S2GM_{T}{SS}_{start}_{end}_{ORDER}_STD_v{version} and holds a metadata JSON (inputs used and rejected, share of each source, statistics, QC results, checksums) and an INSPIRE XML. Every file is re-opened and checked before delivery; a product that fails is not delivered. A period without usable scenes is recorded as &apos;no data&apos; in order_status.json.&lt;/p&gt;&lt;p&gt;The order is saved as order.json in the order folder; running the same order again resumes it (delivered products are kept) and gives the same bytes.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Führt einen ganzen S2GM-Auftrag aus: ein Komposit je Zeitraum (Tag, 10 Tage, Monat, Quartal oder Jahr), den Start- und Enddatum berühren, und je UTM-Zone des Gebiets (oder ein WGS84-Produkt), geschrieben als analysefertige Produkte.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Formate&lt;/b&gt;: GeoTIFF (cloud-optimiert, eine Datei je Kanal oder Qualitätsebene), JP2 (verlustfreies JPEG 2000, eine Datei je Ebene) oder NetCDF-CF (eine Datei je Zeitraum, Variablen (time, y, x)).&lt;/p&gt;&lt;p&gt;Jeder Produktordner heißt S2GM_{T}{SS}_{start}_{end}_{ORDER}_STD_v{version} und enthält ein Metadaten-JSON (verwendete und abgelehnte Eingaben, Anteil jeder Quelle, Statistiken, QC-Ergebnisse, Prüfsummen) und ein INSPIRE-XML. Jede Datei wird vor der Lieferung erneut geöffnet und geprüft; ein Produkt, das durchfällt, wird nicht geliefert. Ein Zeitraum ohne verwendbare Szenen wird in order_status.json als 'keine Daten' vermerkt.&lt;/p&gt;&lt;p&gt;Der Auftrag wird als order.json im Auftragsordner gespeichert; ein erneuter Lauf desselben Auftrags setzt ihn fort (gelieferte Produkte bleiben) und ergibt dieselben Bytes.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../algorithms/mosaic.py" line="76"/>
        <source>Input: folder of L2A products, or item collection / catalog JSON</source>
        <translation>Eingabe: Ordner mit L2A-Produkten oder Item-Collection- / Katalog-JSON</translation>
    </message>
    <message>
        <location filename="../algorithms/mosaic.py" line="76"/>
        <source>STAC JSON (*.json);;All files (*)</source>
        <translation>STAC-JSON (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../algorithms/mosaic.py" line="80"/>
        <source>Extent</source>
        <translation>Ausdehnung</translation>
    </message>
    <message>
        <location filename="../algorithms/mosaic.py" line="81"/>
        <source>Area of interest (polygons)</source>
        <translation>Interessengebiet (Polygone)</translation>
    </message>
    <message>
        <location filename="../algorithms/mosaic.py" line="84"/>
        <source>Start date (YYYY-MM-DD, inclusive)</source>
        <translation>Startdatum (JJJJ-MM-TT, einschließlich)</translation>
    </message>
    <message>
        <location filename="../algorithms/mosaic.py" line="86"/>
        <source>End date (YYYY-MM-DD, inclusive)</source>
        <translation>Enddatum (JJJJ-MM-TT, einschließlich)</translation>
    </message>
    <message>
        <location filename="../algorithms/mosaic.py" line="88"/>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <location filename="../algorithms/mosaic.py" line="91"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../algorithms/mosaic.py" line="94"/>
        <source>Resolution (m)</source>
        <translation>Auflösung (m)</translation>
    </message>
    <message>
        <location filename="../algorithms/mosaic.py" line="97"/>
        <source>Coordinate system</source>
        <translation>Koordinatensystem</translation>
    </message>
    <message>
        <location filename="../algorithms/mosaic.py" line="101"/>
        <source>Spectral bands (empty = all available)</source>
        <translation>Spektralkanäle (leer = alle verfügbaren)</translation>
    </message>
    <message>
        <location filename="../algorithms/mosaic.py" line="104"/>
        <source>Auxiliary layers</source>
        <translation>Zusatzebenen</translation>
    </message>
    <message>
        <location filename="../algorithms/mosaic.py" line="107"/>
        <source>Order name (letters, digits, &apos;-&apos;)</source>
        <translation>Auftragsname (Buchstaben, Ziffern, '-')</translation>
    </message>
    <message>
        <location filename="../algorithms/mosaic.py" line="109"/>
        <source>Output folder</source>
        <translation>Ausgabeordner</translation>
    </message>
    <message>
        <location filename="../algorithms/mosaic.py" line="111"/>
        <source>Order folder</source>
        <translation>Auftragsordner</translation>
    </message>
    <message>
        <location filename="../algorithms/mosaic.py" line="112"/>
        <source>Products delivered</source>
        <translation>Gelieferte Produkte</translation>
    </message>
    <message>
        <location filename="../algorithms/mosaic.py" line="113"/>
        <source>Periods / zones without data</source>
        <translation>Zeiträume / Zonen ohne Daten</translation>
    </message>
    <message>
        <location filename="../algorithms/mosaic.py" line="114"/>
        <source>Products that failed QC</source>
        <translation>Produkte, die die QC nicht bestanden haben</translation>
    </message>
    <message>
        <location filename="../algorithms/mosaic.py" line="120"/>
        <source>An order needs START_DATE and END_DATE (YYYY-MM-DD).</source>
        <translation>Ein Auftrag braucht START_DATE und END_DATE (JJJJ-MM-TT).</translation>
    </message>
    <message>
        <location filename="../algorithms/mosaic.py" line="126"/>
        <source>An order needs an area: give EXTENT or AOI (polygons).</source>
        <translation>Ein Auftrag braucht ein Gebiet: EXTENT oder AOI (Polygone) angeben.</translation>
    </message>
    <message>
        <location filename="../algorithms/mosaic.py" line="155"/>
        <source>Give an output folder for the order.</source>
        <translation>Einen Ausgabeordner für den Auftrag angeben.</translation>
    </message>
    <message>
        <location filename="../algorithms/mosaic.py" line="170"/>
        <source>No data for {period} {zone}: {reason}</source>
        <translation>Keine Daten für {period} {zone}: {reason}</translation>
    </message>
    <message>
        <location filename="../algorithms/mosaic.py" line="173"/>
        <source>Product {period} {zone} failed QC and was not delivered: {reason}</source>
        <translation>Produkt {period} {zone} hat die QC nicht bestanden und wurde nicht geliefert: {reason}</translation>
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
</TS>
