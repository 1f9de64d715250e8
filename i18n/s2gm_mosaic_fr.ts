<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>@default</name>
    <message>
        <location filename="../algorithms/layers.py" line="52"/>
        <source>S2GM true colour {label}</source>
        <translation>S2GM couleurs vraies {label}</translation>
    </message>
    <message>
        <location filename="../algorithms/layers.py" line="56"/>
        <source>S2GM reflectance {label}</source>
        <translation>S2GM réflectance {label}</translation>
    </message>
    <message>
        <location filename="../algorithms/layers.py" line="91"/>
        <source>{count} layer(s) will be loaded with the S2GM styles and their periods.</source>
        <translation>{count} couche(s) seront chargées avec les styles S2GM et leurs périodes.</translation>
    </message>
</context>
<context>
    <name>CompositeAlgorithm</name>
    <message>
        <location filename="../algorithms/composite.py" line="65"/>
        <source>Composite (STC / medoid)</source>
        <translation>Composite (STC / médoïde)</translation>
    </message>
    <message>
        <location filename="../algorithms/composite.py" line="68"/>
        <source>Compositing</source>
        <translation>Composition</translation>
    </message>
    <message>
        <location filename="../algorithms/composite.py" line="74"/>
        <source>sentinel-2,s2gm,mosaic,composite,medoid,stc,cloud-free,l2a</source>
        <translation>sentinel-2,s2gm,mosaïque,composite,médoïde,stc,sans nuages,l2a</translation>
    </message>
    <message>
        <location filename="../algorithms/composite.py" line="80"/>
        <source>&lt;p&gt;Builds one cloud-free composite of a period from Sentinel-2 Level-2A surface reflectance, following the Sentinel-2 Global Mosaic (S2GM) rules.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Input&lt;/b&gt;: a folder (searched for SAFE products and STAC item JSON files) or a STAC item collection / catalog JSON file. Only observations between the start and end dates (inclusive) are used; the extent and the AOI polygons limit the area.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Method&lt;/b&gt;: every observation is first masked with its scene classification (clouds, cloud shadows, cirrus, saturated and no-data pixels are invalid). &lt;i&gt;STC&lt;/i&gt; (short-term composite) picks, for pixels with fewer than four valid observations, the best one through a decision tree on the scene class and the reflectances. &lt;i&gt;MEDOID&lt;/i&gt; picks, for pixels with four or more valid observations, the observation closest to all others (smallest sum of spectral distances); it keeps real, consistent spectra. &lt;i&gt;auto&lt;/i&gt; uses MEDOID where there are at least four valid observations and STC elsewhere, as S2GM does.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Composite&lt;/b&gt;: a GeoTIFF with one band per selected spectral band (surface reflectance; band descriptions name the bands). Empty band selection means every band the inputs have.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Quality&lt;/b&gt;: a GeoTIFF with the bands valid_obs (number of valid observations), medoid_mos (medoid measure of spread), quality_scene_classification (scene class of the chosen observation), source_index (index of the chosen scene), source_date (days since 1970-01-01 of the chosen observation), method (1 = STC, 2 = MEDOID), then the selected auxiliary layers.&lt;/p&gt;&lt;p&gt;&lt;b&gt;QC report&lt;/b&gt;: a JSON file listing the scenes used, the scenes rejected with the reason (unreadable, truncated, wrong size, no valid data), the filters applied and the pixel counts per method.&lt;/p&gt;&lt;p&gt;Output CRS: empty means the UTM zone of the input tiles.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Produit un composite sans nuages d'une période à partir de la réflectance de surface Sentinel-2 niveau 2A, selon les règles de la mosaïque mondiale Sentinel-2 (S2GM).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Entrée&lt;/b&gt; : un dossier (où sont cherchés les produits SAFE et les fichiers JSON d'items STAC) ou un fichier JSON de collection d'items ou de catalogue STAC. Seules les observations entre les dates de début et de fin (incluses) sont utilisées ; l'emprise et les polygones de la zone d'intérêt limitent la zone.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Méthode&lt;/b&gt; : chaque observation est d'abord masquée avec sa classification de scène (nuages, ombres de nuages, cirrus, pixels saturés et sans données sont invalides). &lt;i&gt;STC&lt;/i&gt; (composite de courte durée) choisit, pour les pixels ayant moins de quatre observations valides, la meilleure par un arbre de décision sur la classe de scène et les réflectances. &lt;i&gt;MEDOID&lt;/i&gt; choisit, pour les pixels ayant quatre observations valides ou plus, l'observation la plus proche de toutes les autres (plus petite somme des distances spectrales) ; les spectres restent réels et cohérents. &lt;i&gt;auto&lt;/i&gt; utilise MEDOID là où il y a au moins quatre observations valides et STC ailleurs, comme S2GM.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Composite&lt;/b&gt; : un GeoTIFF avec une bande par bande spectrale choisie (réflectance de surface ; les descriptions de bandes nomment les bandes). Une sélection vide signifie toutes les bandes disponibles dans les entrées.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Qualité&lt;/b&gt; : un GeoTIFF avec les bandes valid_obs (nombre d'observations valides), medoid_mos (mesure de dispersion du médoïde), quality_scene_classification (classe de scène de l'observation choisie), source_index (indice de la scène choisie), source_date (jours depuis le 1970-01-01 de l'observation choisie), method (1 = STC, 2 = MEDOID), puis les couches auxiliaires choisies.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Rapport QC&lt;/b&gt; : un fichier JSON listant les scènes utilisées, les scènes rejetées avec leur motif (illisible, tronquée, mauvaise taille, aucune donnée valide), les filtres appliqués et le nombre de pixels par méthode.&lt;/p&gt;&lt;p&gt;SCR de sortie : vide signifie la zone UTM des tuiles d'entrée.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../algorithms/composite.py" line="115"/>
        <source>Input: folder of L2A products, or item collection / catalog JSON</source>
        <translation>Entrée : dossier de produits L2A, ou JSON de collection d'items / catalogue</translation>
    </message>
    <message>
        <location filename="../algorithms/composite.py" line="115"/>
        <source>STAC JSON (*.json);;All files (*)</source>
        <translation>JSON STAC (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../algorithms/composite.py" line="120"/>
        <source>Extent</source>
        <translation>Emprise</translation>
    </message>
    <message>
        <location filename="../algorithms/composite.py" line="122"/>
        <source>Area of interest (polygons)</source>
        <translation>Zone d'intérêt (polygones)</translation>
    </message>
    <message>
        <location filename="../algorithms/composite.py" line="125"/>
        <source>Start date (YYYY-MM-DD, inclusive)</source>
        <translation>Date de début (AAAA-MM-JJ, incluse)</translation>
    </message>
    <message>
        <location filename="../algorithms/composite.py" line="127"/>
        <source>End date (YYYY-MM-DD, inclusive)</source>
        <translation>Date de fin (AAAA-MM-JJ, incluse)</translation>
    </message>
    <message>
        <location filename="../algorithms/composite.py" line="129"/>
        <source>Method</source>
        <translation>Méthode</translation>
    </message>
    <message>
        <location filename="../algorithms/composite.py" line="132"/>
        <source>Resolution (m)</source>
        <translation>Résolution (m)</translation>
    </message>
    <message>
        <location filename="../algorithms/composite.py" line="135"/>
        <source>Spectral bands (empty = all available)</source>
        <translation>Bandes spectrales (vide = toutes les disponibles)</translation>
    </message>
    <message>
        <location filename="../algorithms/composite.py" line="139"/>
        <source>Auxiliary layers in the quality raster</source>
        <translation>Couches auxiliaires dans le raster qualité</translation>
    </message>
    <message>
        <location filename="../algorithms/composite.py" line="142"/>
        <source>Output CRS (empty = UTM zone of the input tiles)</source>
        <translation>SCR de sortie (vide = zone UTM des tuiles d'entrée)</translation>
    </message>
    <message>
        <location filename="../algorithms/composite.py" line="145"/>
        <source>Composite</source>
        <translation>Composite</translation>
    </message>
    <message>
        <location filename="../algorithms/composite.py" line="147"/>
        <source>Quality layers</source>
        <translation>Couches de qualité</translation>
    </message>
    <message>
        <location filename="../algorithms/composite.py" line="150"/>
        <source>QC report</source>
        <translation>Rapport QC</translation>
    </message>
    <message>
        <location filename="../algorithms/composite.py" line="150"/>
        <source>JSON files (*.json)</source>
        <translation>Fichiers JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../algorithms/composite.py" line="153"/>
        <source>Number of scenes used</source>
        <translation>Nombre de scènes utilisées</translation>
    </message>
    <message>
        <location filename="../algorithms/composite.py" line="155"/>
        <source>Number of scenes rejected</source>
        <translation>Nombre de scènes rejetées</translation>
    </message>
    <message>
        <location filename="../algorithms/composite.py" line="185"/>
        <source>No input given: choose a folder with Sentinel-2 L2A products (SAFE folders or STAC item JSON files), or a STAC item collection / catalog JSON file.</source>
        <translation>Aucune entrée : choisissez un dossier de produits Sentinel-2 L2A (dossiers SAFE ou fichiers JSON d'items STAC), ou un fichier JSON de collection d'items / catalogue STAC.</translation>
    </message>
    <message>
        <location filename="../algorithms/composite.py" line="189"/>
        <source>Input not found: {path}. Choose an existing folder with Sentinel-2 L2A products (SAFE folders or STAC item JSON files), or a STAC item collection / catalog JSON file.</source>
        <translation>Entrée introuvable : {path}. Choisissez un dossier existant de produits Sentinel-2 L2A (dossiers SAFE ou fichiers JSON d'items STAC), ou un fichier JSON de collection d'items / catalogue STAC.</translation>
    </message>
    <message>
        <location filename="../algorithms/composite.py" line="202"/>
        <source>{name} &apos;{value}&apos; is not a date: write it as YYYY-MM-DD, for example 2024-09-01.</source>
        <translation>{name} « {value} » n'est pas une date : écrivez-la AAAA-MM-JJ (YYYY-MM-DD), par exemple 2024-09-01.</translation>
    </message>
    <message>
        <location filename="../algorithms/composite.py" line="207"/>
        <source>The start date {start} is after the end date {end}.</source>
        <translation>La date de début {start} est postérieure à la date de fin {end}.</translation>
    </message>
    <message>
        <location filename="../algorithms/composite.py" line="218"/>
        <source>{name}: &apos;{value}&apos; is not one of {options} (give names or option numbers starting at 0).</source>
        <translation>{name} : « {value} » ne fait pas partie de {options} (donnez des noms ou des numéros d'option à partir de 0).</translation>
    </message>
    <message>
        <location filename="../algorithms/composite.py" line="224"/>
        <source>{name} takes one value, not {count}.</source>
        <translation>{name} prend une seule valeur, pas {count}.</translation>
    </message>
    <message>
        <location filename="../algorithms/composite.py" line="255"/>
        <source>The area of interest has no polygon: choose a layer with at least one polygon feature, or leave AOI empty.</source>
        <translation>La zone d'intérêt ne contient aucun polygone : choisissez une couche avec au moins une entité polygonale, ou laissez AOI vide.</translation>
    </message>
    <message>
        <location filename="../algorithms/composite.py" line="260"/>
        <source>The polygons of the area of interest could not be merged: check them with &apos;Check validity&apos; or &apos;Fix geometries&apos;.</source>
        <translation>Les polygones de la zone d'intérêt n'ont pas pu être fusionnés : vérifiez-les avec « Vérifier la validité » ou « Réparer les géométries ».</translation>
    </message>
    <message>
        <location filename="../algorithms/composite.py" line="263"/>
        <source>Area of interest: {count} feature(s) merged.</source>
        <translation>Zone d'intérêt : {count} entité(s) fusionnée(s).</translation>
    </message>
    <message>
        <location filename="../algorithms/composite.py" line="292"/>
        <source>S2GM composite</source>
        <translation>Composite S2GM</translation>
    </message>
    <message>
        <location filename="../algorithms/composite.py" line="293"/>
        <source>S2GM quality</source>
        <translation>Qualité S2GM</translation>
    </message>
    <message>
        <location filename="../algorithms/composite.py" line="300"/>
        <source>Method {method}, {resolution} m, bands: {bands}.</source>
        <translation>Méthode {method}, {resolution} m, bandes : {bands}.</translation>
    </message>
    <message>
        <location filename="../algorithms/composite.py" line="300"/>
        <source>all available</source>
        <translation>toutes les disponibles</translation>
    </message>
</context>
<context>
    <name>ExportAlgorithm</name>
    <message>
        <location filename="../algorithms/export.py" line="45"/>
        <source>Export product (format, coordinate system)</source>
        <translation>Exporter un produit (format, système de coordonnées)</translation>
    </message>
    <message>
        <location filename="../algorithms/export.py" line="48"/>
        <source>Products</source>
        <translation>Produits</translation>
    </message>
    <message>
        <location filename="../algorithms/export.py" line="54"/>
        <source>&lt;p&gt;Writes an S2GM product, a product GeoTIFF or an s2gm:composite output as an S2GM product in another format and/or coordinate system.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Formats&lt;/b&gt;: GeoTIFF (cloud-optimised, one file per layer), JP2 (lossless JPEG 2000) or NetCDF-CF (one file).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Coordinate system&lt;/b&gt;: same as the input, the UTM zone of the product&apos;s centre (60 m-aligned grid) or WGS84 (EPSG:4326). Every layer is reprojected with nearest neighbour, so each pixel stays one original observation.&lt;/p&gt;&lt;p&gt;The product folder is named S2GM_{T}{SS}_{start}_{end}_{ORDER}_STD_v{version} and gets a metadata JSON and an INSPIRE XML. Every file is re-opened and checked; a product that fails is not delivered and the reason is written to qc_failed_*.json in the output folder.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Écrit un produit S2GM, un GeoTIFF de produit ou une sortie de s2gm:composite comme produit S2GM dans un autre format et/ou système de coordonnées.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Formats&lt;/b&gt; : GeoTIFF (optimisé pour le cloud, un fichier par couche), JP2 (JPEG 2000 sans perte) ou NetCDF-CF (un fichier).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Système de coordonnées&lt;/b&gt; : celui de l'entrée, la zone UTM du centre du produit (grille alignée sur 60 m) ou WGS84 (EPSG:4326). Chaque couche est reprojetée au plus proche voisin, de sorte que chaque pixel reste une observation d&apos;origine.&lt;/p&gt;&lt;p&gt;Le dossier du produit s'appelle S2GM_{T}{SS}_{start}_{end}_{ORDER}_STD_v{version} et reçoit un JSON de métadonnées et un XML INSPIRE. Chaque fichier est rouvert et vérifié ; un produit qui échoue n'est pas livré et la raison est écrite dans qc_failed_*.json du dossier de sortie.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../algorithms/export.py" line="68"/>
        <source>Input: S2GM product folder, product GeoTIFF or composite output</source>
        <translation>Entrée : dossier de produit S2GM, GeoTIFF de produit ou sortie de composite</translation>
    </message>
    <message>
        <location filename="../algorithms/export.py" line="68"/>
        <source>Rasters (*.tif *.tiff *.jp2 *.nc);;All files (*)</source>
        <translation>Rasters (*.tif *.tiff *.jp2 *.nc);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../algorithms/export.py" line="72"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../algorithms/export.py" line="74"/>
        <source>Coordinate system</source>
        <translation>Système de coordonnées</translation>
    </message>
    <message>
        <location filename="../algorithms/export.py" line="77"/>
        <source>Output folder</source>
        <translation>Dossier de sortie</translation>
    </message>
    <message>
        <location filename="../algorithms/export.py" line="79"/>
        <source>Written product folders</source>
        <translation>Dossiers de produits écrits</translation>
    </message>
    <message>
        <location filename="../algorithms/export.py" line="85"/>
        <source>{name} &apos;{value}&apos; is unknown: use {options}.</source>
        <translation>{name} '{value}' est inconnu : utilisez {options}.</translation>
    </message>
    <message>
        <location filename="../algorithms/export.py" line="103"/>
        <source>INPUT &apos;{path}&apos; does not exist: give an S2GM product folder, a product GeoTIFF or an s2gm:composite output.</source>
        <translation>INPUT '{path}' n'existe pas : indiquez un dossier de produit S2GM, un GeoTIFF de produit ou une sortie de s2gm:composite.</translation>
    </message>
    <message>
        <location filename="../algorithms/export.py" line="107"/>
        <source>Give an output folder for the exported product.</source>
        <translation>Indiquez un dossier de sortie pour le produit exporté.</translation>
    </message>
    <message>
        <location filename="../algorithms/export.py" line="115"/>
        <source>Written: {path}</source>
        <translation>Écrit : {path}</translation>
    </message>
</context>
<context>
    <name>FetchL2AAlgorithm</name>
    <message>
        <location filename="../algorithms/fetchl2a.py" line="96"/>
        <source>Fetch Sentinel-2 L2A (AOI subset)</source>
        <translation>Télécharger Sentinel-2 L2A (extrait de la zone)</translation>
    </message>
    <message>
        <location filename="../algorithms/fetchl2a.py" line="99"/>
        <source>Data access</source>
        <translation>Accès aux données</translation>
    </message>
    <message>
        <location filename="../algorithms/fetchl2a.py" line="105"/>
        <source>sentinel-2,l2a,stac,download,earth search,planetary computer,copernicus,cdse</source>
        <translation>sentinel-2,l2a,stac,téléchargement,earth search,planetary computer,copernicus,cdse</translation>
    </message>
    <message>
        <location filename="../algorithms/fetchl2a.py" line="111"/>
        <source>&lt;p&gt;Searches a catalog for Sentinel-2 Level-2A scenes of the area and period and keeps only the pixels of the area: each scene becomes a folder with one cloud-optimised GeoTIFF per band (plus SCL, AOT, WVP and the granule metadata when the catalog has them) and a STAC item; &lt;i&gt;items.json&lt;/i&gt; lists them all. The output folder is an offline input for &lt;i&gt;Composite&lt;/i&gt;. Running the same fetch again downloads nothing new.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Catalog&lt;/b&gt;: Earth Search (no account), Microsoft Planetary Computer (no account; downloads are signed automatically), Copernicus Data Space (needs an account: choose an authentication configuration of type Basic with your user name and password), or a local folder / catalog JSON given in &lt;i&gt;Catalog URL&lt;/i&gt;. &lt;i&gt;Catalog URL&lt;/i&gt; replaces the catalog&apos;s standard address.&lt;/p&gt;&lt;p&gt;Cloud-optimised GeoTIFFs are read by window (only the area travels); JPEG 2000 files (Copernicus Data Space) are downloaded whole once, then cut. Failed downloads are retried; a scene that still fails is listed in the report and the others go on. The report also gives the bytes transferred and the bytes of the area windows.&lt;/p&gt;&lt;p&gt;Network: the QGIS proxy settings are used.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Interroge un catalogue pour les scènes Sentinel-2 de niveau 2A de la zone et de la période et ne garde que les pixels de la zone : chaque scène devient un dossier avec un GeoTIFF optimisé pour le cloud par bande (plus SCL, AOT, WVP et les métadonnées du granule quand le catalogue les a) et un item STAC ; &lt;i&gt;items.json&lt;/i&gt; les liste tous. Le dossier de sortie est une entrée hors ligne pour &lt;i&gt;Composite&lt;/i&gt;. Relancer le même téléchargement ne télécharge rien de nouveau.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Catalogue&lt;/b&gt; : Earth Search (sans compte), Microsoft Planetary Computer (sans compte ; téléchargements signés automatiquement), Copernicus Data Space (compte nécessaire : choisissez une configuration d'authentification de type de base avec votre nom d'utilisateur et mot de passe), ou un dossier / JSON de catalogue local indiqué dans &lt;i&gt;URL du catalogue&lt;/i&gt;. &lt;i&gt;URL du catalogue&lt;/i&gt; remplace l'adresse standard du catalogue.&lt;/p&gt;&lt;p&gt;Les GeoTIFF optimisés pour le cloud sont lus par fenêtre (seule la zone est transférée) ; les fichiers JPEG 2000 (Copernicus Data Space) sont téléchargés entiers une fois, puis découpés. Les téléchargements échoués sont relancés ; une scène qui échoue encore figure dans le rapport et les autres continuent. Le rapport donne aussi les octets transférés et les octets des fenêtres de la zone.&lt;/p&gt;&lt;p&gt;Réseau : les paramètres de proxy de QGIS sont utilisés.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../algorithms/fetchl2a.py" line="132"/>
        <source>Catalog</source>
        <translation>Catalogue</translation>
    </message>
    <message>
        <location filename="../algorithms/fetchl2a.py" line="137"/>
        <source>Catalog URL (empty = the catalog&apos;s standard address; a path for Local folder/catalog)</source>
        <translation>URL du catalogue (vide = adresse standard du catalogue ; un chemin pour Dossier/catalogue local)</translation>
    </message>
    <message>
        <location filename="../algorithms/fetchl2a.py" line="140"/>
        <source>Extent</source>
        <translation>Emprise</translation>
    </message>
    <message>
        <location filename="../algorithms/fetchl2a.py" line="141"/>
        <source>Area of interest (polygons)</source>
        <translation>Zone d'intérêt (polygones)</translation>
    </message>
    <message>
        <location filename="../algorithms/fetchl2a.py" line="143"/>
        <source>Start date (YYYY-MM-DD, inclusive)</source>
        <translation>Date de début (AAAA-MM-JJ, incluse)</translation>
    </message>
    <message>
        <location filename="../algorithms/fetchl2a.py" line="145"/>
        <source>End date (YYYY-MM-DD, inclusive)</source>
        <translation>Date de fin (AAAA-MM-JJ, incluse)</translation>
    </message>
    <message>
        <location filename="../algorithms/fetchl2a.py" line="147"/>
        <source>Maximum cloud cover of a scene (%)</source>
        <translation>Couverture nuageuse maximale d'une scène (%)</translation>
    </message>
    <message>
        <location filename="../algorithms/fetchl2a.py" line="150"/>
        <source>Spectral bands (empty = all)</source>
        <translation>Bandes spectrales (vide = toutes)</translation>
    </message>
    <message>
        <location filename="../algorithms/fetchl2a.py" line="153"/>
        <source>Authentication (Copernicus Data Space: user name and password)</source>
        <translation>Authentification (Copernicus Data Space : nom d'utilisateur et mot de passe)</translation>
    </message>
    <message>
        <location filename="../algorithms/fetchl2a.py" line="156"/>
        <source>Output folder</source>
        <translation>Dossier de sortie</translation>
    </message>
    <message>
        <location filename="../algorithms/fetchl2a.py" line="158"/>
        <source>Fetch report</source>
        <translation>Rapport de téléchargement</translation>
    </message>
    <message>
        <location filename="../algorithms/fetchl2a.py" line="158"/>
        <source>JSON files (*.json)</source>
        <translation>Fichiers JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../algorithms/fetchl2a.py" line="161"/>
        <source>Item collection</source>
        <translation>Collection d'items</translation>
    </message>
    <message>
        <location filename="../algorithms/fetchl2a.py" line="162"/>
        <source>Number of scenes fetched</source>
        <translation>Nombre de scènes téléchargées</translation>
    </message>
    <message>
        <location filename="../algorithms/fetchl2a.py" line="163"/>
        <source>Number of scenes that failed</source>
        <translation>Nombre de scènes en échec</translation>
    </message>
    <message>
        <location filename="../algorithms/fetchl2a.py" line="164"/>
        <source>Bytes transferred</source>
        <translation>Octets transférés</translation>
    </message>
    <message>
        <location filename="../algorithms/fetchl2a.py" line="178"/>
        <source>Copernicus Data Space needs an account: choose an authentication configuration (Basic authentication, your CDSE user name and password) in Authentication.</source>
        <translation>Copernicus Data Space demande un compte : choisissez dans Authentification une configuration d'authentification (authentification de base, votre nom d'utilisateur et mot de passe CDSE).</translation>
    </message>
    <message>
        <location filename="../algorithms/fetchl2a.py" line="184"/>
        <source>The authentication configuration {id} cannot be read: check it in Settings &gt; Options &gt; Authentication (is the master password set?).</source>
        <translation>La configuration d'authentification {id} est illisible : vérifiez-la dans Préférences &gt; Options &gt; Authentification (le mot de passe principal est-il défini ?).</translation>
    </message>
    <message>
        <location filename="../algorithms/fetchl2a.py" line="189"/>
        <source>The authentication configuration {id} has no user name or password: use the Basic authentication method.</source>
        <translation>La configuration d'authentification {id} n'a ni nom d'utilisateur ni mot de passe : utilisez la méthode d'authentification de base.</translation>
    </message>
    <message>
        <location filename="../algorithms/fetchl2a.py" line="203"/>
        <source>Local folder/catalog: give the folder or catalog JSON in Catalog URL.</source>
        <translation>Dossier/catalogue local : indiquez le dossier ou le JSON du catalogue dans URL du catalogue.</translation>
    </message>
    <message>
        <location filename="../algorithms/fetchl2a.py" line="206"/>
        <source>Local folder/catalog {path} does not exist: give an existing folder or catalog JSON in Catalog URL.</source>
        <translation>Le dossier/catalogue local {path} n'existe pas : indiquez un dossier ou un JSON de catalogue existant dans URL du catalogue.</translation>
    </message>
    <message>
        <location filename="../algorithms/fetchl2a.py" line="214"/>
        <source>Give an Extent or an Area of interest: the catalog is searched for scenes that cover it.</source>
        <translation>Indiquez une emprise ou une zone d'intérêt : le catalogue est interrogé pour les scènes qui la couvrent.</translation>
    </message>
    <message>
        <location filename="../algorithms/fetchl2a.py" line="235"/>
        <source>{fetched} scene(s) fetched, {skipped} already there, {failed} failed.</source>
        <translation>{fetched} scène(s) téléchargée(s), {skipped} déjà présente(s), {failed} en échec.</translation>
    </message>
    <message>
        <location filename="../algorithms/fetchl2a.py" line="238"/>
        <source>{id} not fetched: {reason}</source>
        <translation>{id} non téléchargée : {reason}</translation>
    </message>
    <message>
        <location filename="../algorithms/fetchl2a.py" line="241"/>
        <source>Transferred {mb:.1f} MB for {win:.1f} MB of area windows ({ratio:.2f}x).</source>
        <translation>{mb:.1f} Mo transférés pour {win:.1f} Mo de fenêtres de la zone ({ratio:.2f}x).</translation>
    </message>
</context>
<context>
    <name>MosaicAlgorithm</name>
    <message>
        <location filename="../algorithms/mosaic.py" line="46"/>
        <source>Mosaic order (periods, zones, products)</source>
        <translation>Commande de mosaïque (périodes, zones, produits)</translation>
    </message>
    <message>
        <location filename="../algorithms/mosaic.py" line="49"/>
        <source>Products</source>
        <translation>Produits</translation>
    </message>
    <message>
        <location filename="../algorithms/mosaic.py" line="55"/>
        <source>sentinel-2,s2gm,mosaic,order,period,dekad,month,cog,netcdf,jp2</source>
        <translation>sentinel-2,s2gm,mosaïque,commande,période,décade,mois,cog,netcdf,jp2</translation>
    </message>
    <message>
        <location filename="../algorithms/mosaic.py" line="58"/>
        <source>&lt;p&gt;Runs a whole S2GM order: one composite per period (day, 10-day, month, quarter or year) touched by the start and end dates, and per UTM zone the area touches (or one WGS84 product), written as analysis-ready products.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Formats&lt;/b&gt;: GeoTIFF (cloud-optimised, one file per band or quality layer), JP2 (lossless JPEG 2000, one file per layer) or NetCDF-CF (one file per period, (time, y, x) variables).&lt;/p&gt;&lt;p&gt;Each product folder is named S2GM_{T}{SS}_{start}_{end}_{ORDER}_STD_v{version} and holds a metadata JSON (inputs used and rejected, share of each source, statistics, QC results, checksums) and an INSPIRE XML. Every file is re-opened and checked before delivery; a product that fails is not delivered. A period without usable scenes is recorded as &apos;no data&apos; in order_status.json.&lt;/p&gt;&lt;p&gt;The order is saved as order.json in the order folder; running the same order again resumes it (delivered products are kept) and gives the same bytes.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Exécute une commande S2GM entière : un composite par période (jour, 10 jours, mois, trimestre ou année) touchée par les dates de début et de fin, et par zone UTM touchée par la zone (ou un produit WGS84), écrits comme produits prêts à l'analyse.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Formats&lt;/b&gt; : GeoTIFF (optimisé pour le cloud, un fichier par bande ou couche de qualité), JP2 (JPEG 2000 sans perte, un fichier par couche) ou NetCDF-CF (un fichier par période, variables (time, y, x)).&lt;/p&gt;&lt;p&gt;Chaque dossier de produit s'appelle S2GM_{T}{SS}_{start}_{end}_{ORDER}_STD_v{version} et contient un JSON de métadonnées (entrées utilisées et rejetées, part de chaque source, statistiques, résultats du contrôle qualité, sommes de contrôle) et un XML INSPIRE. Chaque fichier est rouvert et vérifié avant la livraison ; un produit en échec n'est pas livré. Une période sans scène utilisable est notée 'pas de données' dans order_status.json.&lt;/p&gt;&lt;p&gt;La commande est enregistrée sous order.json dans le dossier de la commande ; relancer la même commande la reprend (les produits livrés sont conservés) et donne les mêmes octets.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../algorithms/mosaic.py" line="76"/>
        <source>Input: folder of L2A products, or item collection / catalog JSON</source>
        <translation>Entrée : dossier de produits L2A, ou JSON de collection d'items / catalogue</translation>
    </message>
    <message>
        <location filename="../algorithms/mosaic.py" line="76"/>
        <source>STAC JSON (*.json);;All files (*)</source>
        <translation>JSON STAC (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../algorithms/mosaic.py" line="80"/>
        <source>Extent</source>
        <translation>Emprise</translation>
    </message>
    <message>
        <location filename="../algorithms/mosaic.py" line="81"/>
        <source>Area of interest (polygons)</source>
        <translation>Zone d'intérêt (polygones)</translation>
    </message>
    <message>
        <location filename="../algorithms/mosaic.py" line="84"/>
        <source>Start date (YYYY-MM-DD, inclusive)</source>
        <translation>Date de début (AAAA-MM-JJ, incluse)</translation>
    </message>
    <message>
        <location filename="../algorithms/mosaic.py" line="86"/>
        <source>End date (YYYY-MM-DD, inclusive)</source>
        <translation>Date de fin (AAAA-MM-JJ, incluse)</translation>
    </message>
    <message>
        <location filename="../algorithms/mosaic.py" line="88"/>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <location filename="../algorithms/mosaic.py" line="91"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../algorithms/mosaic.py" line="94"/>
        <source>Resolution (m)</source>
        <translation>Résolution (m)</translation>
    </message>
    <message>
        <location filename="../algorithms/mosaic.py" line="97"/>
        <source>Coordinate system</source>
        <translation>Système de coordonnées</translation>
    </message>
    <message>
        <location filename="../algorithms/mosaic.py" line="101"/>
        <source>Spectral bands (empty = all available)</source>
        <translation>Bandes spectrales (vide = toutes celles disponibles)</translation>
    </message>
    <message>
        <location filename="../algorithms/mosaic.py" line="104"/>
        <source>Auxiliary layers</source>
        <translation>Couches auxiliaires</translation>
    </message>
    <message>
        <location filename="../algorithms/mosaic.py" line="107"/>
        <source>Order name (letters, digits, &apos;-&apos;)</source>
        <translation>Nom de la commande (lettres, chiffres, '-')</translation>
    </message>
    <message>
        <location filename="../algorithms/mosaic.py" line="109"/>
        <source>Output folder</source>
        <translation>Dossier de sortie</translation>
    </message>
    <message>
        <location filename="../algorithms/mosaic.py" line="111"/>
        <source>Order folder</source>
        <translation>Dossier de la commande</translation>
    </message>
    <message>
        <location filename="../algorithms/mosaic.py" line="112"/>
        <source>Products delivered</source>
        <translation>Produits livrés</translation>
    </message>
    <message>
        <location filename="../algorithms/mosaic.py" line="113"/>
        <source>Periods / zones without data</source>
        <translation>Périodes / zones sans données</translation>
    </message>
    <message>
        <location filename="../algorithms/mosaic.py" line="114"/>
        <source>Products that failed QC</source>
        <translation>Produits ayant échoué au contrôle qualité</translation>
    </message>
    <message>
        <location filename="../algorithms/mosaic.py" line="120"/>
        <source>An order needs START_DATE and END_DATE (YYYY-MM-DD).</source>
        <translation>Une commande a besoin de START_DATE et END_DATE (AAAA-MM-JJ).</translation>
    </message>
    <message>
        <location filename="../algorithms/mosaic.py" line="126"/>
        <source>An order needs an area: give EXTENT or AOI (polygons).</source>
        <translation>Une commande a besoin d'une zone : indiquez EXTENT ou AOI (polygones).</translation>
    </message>
    <message>
        <location filename="../algorithms/mosaic.py" line="155"/>
        <source>Give an output folder for the order.</source>
        <translation>Indiquez un dossier de sortie pour la commande.</translation>
    </message>
    <message>
        <location filename="../algorithms/mosaic.py" line="170"/>
        <source>No data for {period} {zone}: {reason}</source>
        <translation>Aucune donnée pour {period} {zone} : {reason}</translation>
    </message>
    <message>
        <location filename="../algorithms/mosaic.py" line="173"/>
        <source>Product {period} {zone} failed QC and was not delivered: {reason}</source>
        <translation>Le produit {period} {zone} a échoué au contrôle qualité et n'a pas été livré : {reason}</translation>
    </message>
</context>
<context>
    <name>ResampleAlgorithm</name>
    <message>
        <location filename="../algorithms/resample.py" line="31"/>
        <source>Resample product (10 / 20 / 60 m)</source>
        <translation>Rééchantillonner un produit (10 / 20 / 60 m)</translation>
    </message>
    <message>
        <location filename="../algorithms/resample.py" line="34"/>
        <source>Products</source>
        <translation>Produits</translation>
    </message>
    <message>
        <location filename="../algorithms/resample.py" line="40"/>
        <source>&lt;p&gt;Resamples an S2GM product to 10, 20 or 60 m on the 60 m-aligned grid, so products of different resolutions nest.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Input&lt;/b&gt;: an S2GM product folder (the UTM or WGS84 folder with the layer files or the NetCDF and metadata JSON), a product GeoTIFF (one layer) or an s2gm:composite output or quality GeoTIFF.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Rules&lt;/b&gt;: upsampling and every class or quality layer (scene class, valid_obs, method, source_index, source_date, angles ...) use nearest neighbour, which keeps original values; reflectance downsampling is the mean of the valid pixels of each block.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Output&lt;/b&gt;: for a product folder, a folder that receives the resampled product with S2GM names and new metadata; for a GeoTIFF input, a GeoTIFF (cloud-optimised) with the same bands, types, no data and scale. Every file is re-opened and checked before it is put in place.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Rééchantillonne un produit S2GM à 10, 20 ou 60 m sur la grille alignée sur 60 m, de sorte que les produits de résolutions différentes s'emboîtent.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Entrée&lt;/b&gt; : un dossier de produit S2GM (le dossier UTM ou WGS84 avec les fichiers de couches ou le NetCDF et le JSON de métadonnées), un GeoTIFF de produit (une couche) ou un GeoTIFF de sortie ou de qualité de s2gm:composite.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Règles&lt;/b&gt; : le suréchantillonnage et toute couche de classes ou de qualité (classe de scène, valid_obs, method, source_index, source_date, angles ...) utilisent le plus proche voisin, qui conserve les valeurs d'origine ; au sous-échantillonnage, la réflectance est la moyenne des pixels valides de chaque bloc.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Sortie&lt;/b&gt; : pour un dossier de produit, un dossier qui reçoit le produit rééchantillonné avec les noms S2GM et de nouvelles métadonnées ; pour un GeoTIFF, un GeoTIFF (optimisé pour le cloud) avec les mêmes bandes, types, valeurs nodata et facteur d'échelle. Chaque fichier est rouvert et vérifié avant d'être mis en place.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../algorithms/resample.py" line="56"/>
        <source>Input: S2GM product folder, product GeoTIFF or composite output</source>
        <translation>Entrée : dossier de produit S2GM, GeoTIFF de produit ou sortie de composite</translation>
    </message>
    <message>
        <location filename="../algorithms/resample.py" line="56"/>
        <source>Rasters (*.tif *.tiff *.jp2 *.nc);;All files (*)</source>
        <translation>Rasters (*.tif *.tiff *.jp2 *.nc);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../algorithms/resample.py" line="60"/>
        <source>Resolution (m)</source>
        <translation>Résolution (m)</translation>
    </message>
    <message>
        <location filename="../algorithms/resample.py" line="63"/>
        <source>Output (GeoTIFF for a raster input, folder for a product folder)</source>
        <translation>Sortie (GeoTIFF pour une entrée raster, dossier pour un dossier de produit)</translation>
    </message>
    <message>
        <location filename="../algorithms/resample.py" line="63"/>
        <source>GeoTIFF (*.tif)</source>
        <translation>GeoTIFF (*.tif)</translation>
    </message>
    <message>
        <location filename="../algorithms/resample.py" line="66"/>
        <source>Written products or file</source>
        <translation>Produits ou fichier écrits</translation>
    </message>
    <message>
        <location filename="../algorithms/resample.py" line="73"/>
        <source>RESOLUTION &apos;{value}&apos; is not offered: use 10, 20 or 60 (metres).</source>
        <translation>RESOLUTION '{value}' n'est pas proposée : utilisez 10, 20 ou 60 (mètres).</translation>
    </message>
    <message>
        <location filename="../algorithms/resample.py" line="91"/>
        <source>INPUT &apos;{path}&apos; does not exist: give an S2GM product folder, a product GeoTIFF or an s2gm:composite output.</source>
        <translation>INPUT '{path}' n'existe pas : indiquez un dossier de produit S2GM, un GeoTIFF de produit ou une sortie de s2gm:composite.</translation>
    </message>
    <message>
        <location filename="../algorithms/resample.py" line="100"/>
        <source>Written: {path}</source>
        <translation>Écrit : {path}</translation>
    </message>
</context>
<context>
    <name>S2GMMosaicPlugin</name>
    <message>
        <location filename="../plugin.py" line="78"/>
        <source>numba is not installed: composites use the slower numpy path (same results). To speed them up install numba: on Debian/Ubuntu &apos;sudo apt install python3-numba&apos;, elsewhere &apos;pip install numba&apos; in the Python environment QGIS uses.</source>
        <translation>numba n'est pas installé : les composites utilisent le chemin numpy, plus lent (mêmes résultats). Pour les accélérer, installez numba : sous Debian/Ubuntu « sudo apt install python3-numba », ailleurs « pip install numba » dans l'environnement Python de QGIS.</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="90"/>
        <source>S2GM Mosaic</source>
        <translation>S2GM Mosaic</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="91"/>
        <source>S2GM composite…</source>
        <translation>Composite S2GM…</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="94"/>
        <source>Open the S2GM composite algorithm</source>
        <translation>Ouvrir l'algorithme de composite S2GM</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="113"/>
        <source>About S2GM Mosaic</source>
        <translation>À propos de S2GM Mosaic</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="113"/>
        <source>S2GM Mosaic builds Sentinel-2 Global Mosaic style composites (STC and medoid) from Sentinel-2 Level-2A data. Its algorithms are in the Processing toolbox under &apos;S2GM Mosaic&apos;.</source>
        <translation>S2GM Mosaic produit des composites dans le style de la mosaïque mondiale Sentinel-2 (STC et médoïde) à partir de données Sentinel-2 niveau 2A. Ses algorithmes se trouvent dans la boîte à outils de traitements sous « S2GM Mosaic ».</translation>
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
        <translation>S2GM Mosaic (composites de la mosaïque mondiale Sentinel-2)</translation>
    </message>
</context>
</TS>
