<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AreaOfInterest</name>
    <message>
        <location filename="../ui/aoi.py" line="32"/>
        <source>The layer &apos;{name}&apos; has no polygons: choose a polygon layer.</source>
        <translation>La couche « {name} » ne contient pas de polygones : choisissez une couche de polygones.</translation>
    </message>
    <message>
        <location filename="../ui/aoi.py" line="36"/>
        <source>No feature of &apos;{name}&apos; is selected.</source>
        <translation>Aucune entité de « {name} » n'est sélectionnée.</translation>
    </message>
    <message>
        <location filename="../ui/aoi.py" line="41"/>
        <source>&apos;{name}&apos; has no polygon geometry.</source>
        <translation>« {name} » n'a pas de géométrie polygonale.</translation>
    </message>
    <message>
        <location filename="../ui/aoi.py" line="47"/>
        <source>Choose a vector layer with polygons.</source>
        <translation>Choisissez une couche vecteur avec des polygones.</translation>
    </message>
    <message>
        <location filename="../ui/aoi.py" line="54"/>
        <source>The file {path} does not exist.</source>
        <translation>Le fichier {path} n'existe pas.</translation>
    </message>
    <message>
        <location filename="../ui/aoi.py" line="57"/>
        <source>{path} could not be read as a vector file (GeoJSON, GeoPackage, Shapefile, KML).</source>
        <translation>{path} n'a pas pu être lu comme fichier vecteur (GeoJSON, GeoPackage, Shapefile, KML).</translation>
    </message>
    <message>
        <location filename="../ui/aoi.py" line="65"/>
        <source>QGIS&apos;s world map ({path}) is missing: reinstall qgis or use another AOI source.</source>
        <translation>La carte du monde de QGIS ({path}) est absente : réinstallez qgis ou choisissez la zone d'intérêt autrement.</translation>
    </message>
    <message>
        <location filename="../ui/aoi.py" line="83"/>
        <source>No country named &apos;{name}&apos; in QGIS&apos;s world map.</source>
        <translation>Aucun pays nommé « {name} » dans la carte du monde de QGIS.</translation>
    </message>
    <message>
        <location filename="../ui/aoi.py" line="90"/>
        <source>Unknown continent &apos;{name}&apos;.</source>
        <translation>Continent inconnu « {name} ».</translation>
    </message>
    <message>
        <location filename="../ui/aoi.py" line="105"/>
        <source>The text is not WKT: write e.g. POLYGON((lon lat, ...)) in EPSG:4326.</source>
        <translation>Le texte n'est pas du WKT : écrivez par ex. POLYGON((lon lat, ...)) en EPSG:4326.</translation>
    </message>
    <message>
        <location filename="../ui/aoi.py" line="107"/>
        <source>The WKT is not a polygon or multipolygon.</source>
        <translation>Le WKT n'est ni un polygone ni un multipolygone.</translation>
    </message>
</context>
<context>
    <name>CompositeAlgorithm</name>
    <message>
        <location filename="../algorithms/composite.py" line="67"/>
        <source>Composite (STC / medoid)</source>
        <translation>Composite (STC / médoïde)</translation>
    </message>
    <message>
        <location filename="../algorithms/composite.py" line="70"/>
        <source>Compositing</source>
        <translation>Composition</translation>
    </message>
    <message>
        <location filename="../algorithms/composite.py" line="76"/>
        <source>sentinel-2,s2gm,mosaic,composite,medoid,stc,cloud-free,l2a</source>
        <translation>sentinel-2,s2gm,mosaïque,composite,médoïde,stc,sans nuages,l2a</translation>
    </message>
    <message>
        <location filename="../algorithms/composite.py" line="82"/>
        <source>&lt;p&gt;Builds one cloud-free composite of a period from Sentinel-2 Level-2A surface reflectance, following the Sentinel-2 Global Mosaic (S2GM) rules.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Input&lt;/b&gt;: a folder (searched for SAFE products and STAC item JSON files) or a STAC item collection / catalog JSON file. Only observations between the start and end dates (inclusive) are used; the extent and the AOI polygons limit the area.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Method&lt;/b&gt;: every observation is first masked with its scene classification (clouds, cloud shadows, cirrus, saturated and no-data pixels are invalid). &lt;i&gt;STC&lt;/i&gt; (short-term composite) picks, for pixels with fewer than four valid observations, the best one through a decision tree on the scene class and the reflectances. &lt;i&gt;MEDOID&lt;/i&gt; picks, for pixels with four or more valid observations, the observation closest to all others (smallest sum of spectral distances); it keeps real, consistent spectra. &lt;i&gt;auto&lt;/i&gt; uses MEDOID where there are at least four valid observations and STC elsewhere, as S2GM does.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Composite&lt;/b&gt;: a GeoTIFF with one band per selected spectral band (surface reflectance; band descriptions name the bands). Empty band selection means every band the inputs have.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Quality&lt;/b&gt;: a GeoTIFF with the bands valid_obs (number of valid observations), medoid_mos (medoid measure of spread), quality_scene_classification (scene class of the chosen observation), source_index (index of the chosen scene), source_date (days since 1970-01-01 of the chosen observation), method (1 = STC, 2 = MEDOID), then the selected auxiliary layers.&lt;/p&gt;&lt;p&gt;&lt;b&gt;QC report&lt;/b&gt;: a JSON file listing the scenes used, the scenes rejected with the reason (unreadable, truncated, wrong size, no valid data), the filters applied and the pixel counts per method.&lt;/p&gt;&lt;p&gt;Output CRS: empty means the UTM zone of the input tiles.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Produit un composite sans nuages d'une période à partir de la réflectance de surface Sentinel-2 niveau 2A, selon les règles de la mosaïque mondiale Sentinel-2 (S2GM).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Entrée&lt;/b&gt; : un dossier (où sont cherchés les produits SAFE et les fichiers JSON d'items STAC) ou un fichier JSON de collection d'items ou de catalogue STAC. Seules les observations entre les dates de début et de fin (incluses) sont utilisées ; l'emprise et les polygones de la zone d'intérêt limitent la zone.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Méthode&lt;/b&gt; : chaque observation est d'abord masquée avec sa classification de scène (nuages, ombres de nuages, cirrus, pixels saturés et sans données sont invalides). &lt;i&gt;STC&lt;/i&gt; (composite de courte durée) choisit, pour les pixels ayant moins de quatre observations valides, la meilleure par un arbre de décision sur la classe de scène et les réflectances. &lt;i&gt;MEDOID&lt;/i&gt; choisit, pour les pixels ayant quatre observations valides ou plus, l'observation la plus proche de toutes les autres (plus petite somme des distances spectrales) ; les spectres restent réels et cohérents. &lt;i&gt;auto&lt;/i&gt; utilise MEDOID là où il y a au moins quatre observations valides et STC ailleurs, comme S2GM.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Composite&lt;/b&gt; : un GeoTIFF avec une bande par bande spectrale choisie (réflectance de surface ; les descriptions de bandes nomment les bandes). Une sélection vide signifie toutes les bandes disponibles dans les entrées.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Qualité&lt;/b&gt; : un GeoTIFF avec les bandes valid_obs (nombre d'observations valides), medoid_mos (mesure de dispersion du médoïde), quality_scene_classification (classe de scène de l'observation choisie), source_index (indice de la scène choisie), source_date (jours depuis le 1970-01-01 de l'observation choisie), method (1 = STC, 2 = MEDOID), puis les couches auxiliaires choisies.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Rapport QC&lt;/b&gt; : un fichier JSON listant les scènes utilisées, les scènes rejetées avec leur motif (illisible, tronquée, mauvaise taille, aucune donnée valide), les filtres appliqués et le nombre de pixels par méthode.&lt;/p&gt;&lt;p&gt;SCR de sortie : vide signifie la zone UTM des tuiles d'entrée.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../algorithms/composite.py" line="117"/>
        <source>Input: folder of L2A products, or item collection / catalog JSON</source>
        <translation>Entrée : dossier de produits L2A, ou JSON de collection d'items / catalogue</translation>
    </message>
    <message>
        <location filename="../algorithms/composite.py" line="117"/>
        <source>STAC JSON (*.json);;All files (*)</source>
        <translation>JSON STAC (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../algorithms/composite.py" line="122"/>
        <source>Extent</source>
        <translation>Emprise</translation>
    </message>
    <message>
        <location filename="../algorithms/composite.py" line="124"/>
        <source>Area of interest (polygons)</source>
        <translation>Zone d'intérêt (polygones)</translation>
    </message>
    <message>
        <location filename="../algorithms/composite.py" line="127"/>
        <source>Start date (YYYY-MM-DD, inclusive)</source>
        <translation>Date de début (AAAA-MM-JJ, incluse)</translation>
    </message>
    <message>
        <location filename="../algorithms/composite.py" line="129"/>
        <source>End date (YYYY-MM-DD, inclusive)</source>
        <translation>Date de fin (AAAA-MM-JJ, incluse)</translation>
    </message>
    <message>
        <location filename="../algorithms/composite.py" line="131"/>
        <source>Method</source>
        <translation>Méthode</translation>
    </message>
    <message>
        <location filename="../algorithms/composite.py" line="134"/>
        <source>Resolution (m)</source>
        <translation>Résolution (m)</translation>
    </message>
    <message>
        <location filename="../algorithms/composite.py" line="137"/>
        <source>Spectral bands (empty = all available)</source>
        <translation>Bandes spectrales (vide = toutes les disponibles)</translation>
    </message>
    <message>
        <location filename="../algorithms/composite.py" line="141"/>
        <source>Auxiliary layers in the quality raster</source>
        <translation>Couches auxiliaires dans le raster qualité</translation>
    </message>
    <message>
        <location filename="../algorithms/composite.py" line="144"/>
        <source>Output CRS (empty = UTM zone of the input tiles)</source>
        <translation>SCR de sortie (vide = zone UTM des tuiles d'entrée)</translation>
    </message>
    <message>
        <location filename="../algorithms/composite.py" line="152"/>
        <source>Composite</source>
        <translation>Composite</translation>
    </message>
    <message>
        <location filename="../algorithms/composite.py" line="154"/>
        <source>Quality layers</source>
        <translation>Couches de qualité</translation>
    </message>
    <message>
        <location filename="../algorithms/composite.py" line="157"/>
        <source>QC report</source>
        <translation>Rapport QC</translation>
    </message>
    <message>
        <location filename="../algorithms/composite.py" line="157"/>
        <source>JSON files (*.json)</source>
        <translation>Fichiers JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../algorithms/composite.py" line="160"/>
        <source>Number of scenes used</source>
        <translation>Nombre de scènes utilisées</translation>
    </message>
    <message>
        <location filename="../algorithms/composite.py" line="162"/>
        <source>Number of scenes rejected</source>
        <translation>Nombre de scènes rejetées</translation>
    </message>
    <message>
        <location filename="../algorithms/composite.py" line="192"/>
        <source>No input given: choose a folder with Sentinel-2 L2A products (SAFE folders or STAC item JSON files), or a STAC item collection / catalog JSON file.</source>
        <translation>Aucune entrée : choisissez un dossier de produits Sentinel-2 L2A (dossiers SAFE ou fichiers JSON d'items STAC), ou un fichier JSON de collection d'items / catalogue STAC.</translation>
    </message>
    <message>
        <location filename="../algorithms/composite.py" line="196"/>
        <source>Input not found: {path}. Choose an existing folder with Sentinel-2 L2A products (SAFE folders or STAC item JSON files), or a STAC item collection / catalog JSON file.</source>
        <translation>Entrée introuvable : {path}. Choisissez un dossier existant de produits Sentinel-2 L2A (dossiers SAFE ou fichiers JSON d'items STAC), ou un fichier JSON de collection d'items / catalogue STAC.</translation>
    </message>
    <message>
        <location filename="../algorithms/composite.py" line="209"/>
        <source>{name} &apos;{value}&apos; is not a date: write it as YYYY-MM-DD, for example 2024-09-01.</source>
        <translation>{name} « {value} » n'est pas une date : écrivez-la AAAA-MM-JJ (YYYY-MM-DD), par exemple 2024-09-01.</translation>
    </message>
    <message>
        <location filename="../algorithms/composite.py" line="214"/>
        <source>The start date {start} is after the end date {end}.</source>
        <translation>La date de début {start} est postérieure à la date de fin {end}.</translation>
    </message>
    <message>
        <location filename="../algorithms/composite.py" line="225"/>
        <source>{name}: &apos;{value}&apos; is not one of {options} (give names or option numbers starting at 0).</source>
        <translation>{name} : « {value} » ne fait pas partie de {options} (donnez des noms ou des numéros d'option à partir de 0).</translation>
    </message>
    <message>
        <location filename="../algorithms/composite.py" line="231"/>
        <source>{name} takes one value, not {count}.</source>
        <translation>{name} prend une seule valeur, pas {count}.</translation>
    </message>
    <message>
        <location filename="../algorithms/composite.py" line="262"/>
        <source>The area of interest has no polygon: choose a layer with at least one polygon feature, or leave AOI empty.</source>
        <translation>La zone d'intérêt ne contient aucun polygone : choisissez une couche avec au moins une entité polygonale, ou laissez AOI vide.</translation>
    </message>
    <message>
        <location filename="../algorithms/composite.py" line="267"/>
        <source>The polygons of the area of interest could not be merged: check them with &apos;Check validity&apos; or &apos;Fix geometries&apos;.</source>
        <translation>Les polygones de la zone d'intérêt n'ont pas pu être fusionnés : vérifiez-les avec « Vérifier la validité » ou « Réparer les géométries ».</translation>
    </message>
    <message>
        <location filename="../algorithms/composite.py" line="270"/>
        <source>Area of interest: {count} feature(s) merged.</source>
        <translation>Zone d'intérêt : {count} entité(s) fusionnée(s).</translation>
    </message>
    <message>
        <location filename="../algorithms/composite.py" line="299"/>
        <source>S2GM composite</source>
        <translation>Composite S2GM</translation>
    </message>
    <message>
        <location filename="../algorithms/composite.py" line="300"/>
        <source>S2GM quality</source>
        <translation>Qualité S2GM</translation>
    </message>
    <message>
        <location filename="../algorithms/composite.py" line="311"/>
        <source>Method {method}, {resolution} m, bands: {bands}.</source>
        <translation>Méthode {method}, {resolution} m, bandes : {bands}.</translation>
    </message>
    <message>
        <location filename="../algorithms/composite.py" line="311"/>
        <source>all available</source>
        <translation>toutes les disponibles</translation>
    </message>
    <message>
        <location filename="../algorithms/composite.py" line="147"/>
        <source>Authentication (a Copernicus Data Space INPUT: user name and password)</source>
        <translation>Authentification (pour une entrée Copernicus Data Space : nom d'utilisateur et mot de passe)</translation>
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
        <translation>&lt;p&gt;Écrit un produit S2GM, un GeoTIFF de produit ou une sortie de s2gm:composite comme produit S2GM dans un autre format et/ou système de coordonnées.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Formats&lt;/b&gt; : GeoTIFF (optimisé pour le cloud, un fichier par couche), JP2 (JPEG 2000 sans perte) ou NetCDF-CF (un fichier).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Système de coordonnées&lt;/b&gt; : celui de l'entrée, la zone UTM du centre du produit (grille alignée sur 60 m) ou WGS84 (EPSG:4326). Chaque couche est reprojetée au plus proche voisin, de sorte que chaque pixel reste une observation d'origine.&lt;/p&gt;&lt;p&gt;Le dossier du produit s'appelle S2GM_{T}{SS}_{start}_{end}_{ORDER}_STD_v{version} et reçoit un JSON de métadonnées et un XML INSPIRE. Chaque fichier est rouvert et vérifié ; un produit qui échoue n'est pas livré et la raison est écrite dans qc_failed_*.json du dossier de sortie.&lt;/p&gt;</translation>
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
        <location filename="../algorithms/fetchl2a.py" line="125"/>
        <source>Fetch Sentinel-2 L2A (AOI subset)</source>
        <translation>Télécharger Sentinel-2 L2A (extrait de la zone)</translation>
    </message>
    <message>
        <location filename="../algorithms/fetchl2a.py" line="128"/>
        <source>Data access</source>
        <translation>Accès aux données</translation>
    </message>
    <message>
        <location filename="../algorithms/fetchl2a.py" line="134"/>
        <source>sentinel-2,l2a,stac,download,earth search,planetary computer,copernicus,cdse</source>
        <translation>sentinel-2,l2a,stac,téléchargement,earth search,planetary computer,copernicus,cdse</translation>
    </message>
    <message>
        <location filename="../algorithms/fetchl2a.py" line="140"/>
        <source>&lt;p&gt;Searches a catalog for Sentinel-2 Level-2A scenes of the area and period and keeps only the pixels of the area: each scene becomes a folder with one cloud-optimised GeoTIFF per band (plus SCL, AOT, WVP and the granule metadata when the catalog has them) and a STAC item; &lt;i&gt;items.json&lt;/i&gt; lists them all. The output folder is an offline input for &lt;i&gt;Composite&lt;/i&gt;. Running the same fetch again downloads nothing new.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Catalog&lt;/b&gt;: Earth Search (no account), Microsoft Planetary Computer (no account; downloads are signed automatically), Copernicus Data Space (needs an account: choose an authentication configuration of type Basic with your user name and password), or a local folder / catalog JSON given in &lt;i&gt;Catalog URL&lt;/i&gt;. &lt;i&gt;Catalog URL&lt;/i&gt; replaces the catalog&apos;s standard address.&lt;/p&gt;&lt;p&gt;Cloud-optimised GeoTIFFs are read by window (only the area travels); JPEG 2000 files (Copernicus Data Space) are downloaded whole once, then cut. Failed downloads are retried; a scene that still fails is listed in the report and the others go on. The report also gives the bytes transferred and the bytes of the area windows.&lt;/p&gt;&lt;p&gt;Network: the QGIS proxy settings are used.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Interroge un catalogue pour les scènes Sentinel-2 de niveau 2A de la zone et de la période et ne garde que les pixels de la zone : chaque scène devient un dossier avec un GeoTIFF optimisé pour le cloud par bande (plus SCL, AOT, WVP et les métadonnées du granule quand le catalogue les a) et un item STAC ; &lt;i&gt;items.json&lt;/i&gt; les liste tous. Le dossier de sortie est une entrée hors ligne pour &lt;i&gt;Composite&lt;/i&gt;. Relancer le même téléchargement ne télécharge rien de nouveau.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Catalogue&lt;/b&gt; : Earth Search (sans compte), Microsoft Planetary Computer (sans compte ; téléchargements signés automatiquement), Copernicus Data Space (compte nécessaire : choisissez une configuration d'authentification de type de base avec votre nom d'utilisateur et mot de passe), ou un dossier / JSON de catalogue local indiqué dans &lt;i&gt;URL du catalogue&lt;/i&gt;. &lt;i&gt;URL du catalogue&lt;/i&gt; remplace l'adresse standard du catalogue.&lt;/p&gt;&lt;p&gt;Les GeoTIFF optimisés pour le cloud sont lus par fenêtre (seule la zone est transférée) ; les fichiers JPEG 2000 (Copernicus Data Space) sont téléchargés entiers une fois, puis découpés. Les téléchargements échoués sont relancés ; une scène qui échoue encore figure dans le rapport et les autres continuent. Le rapport donne aussi les octets transférés et les octets des fenêtres de la zone.&lt;/p&gt;&lt;p&gt;Réseau : les paramètres de proxy de QGIS sont utilisés.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../algorithms/fetchl2a.py" line="161"/>
        <source>Catalog</source>
        <translation>Catalogue</translation>
    </message>
    <message>
        <location filename="../algorithms/fetchl2a.py" line="166"/>
        <source>Catalog URL (empty = the catalog&apos;s standard address; a path for Local folder/catalog)</source>
        <translation>URL du catalogue (vide = adresse standard du catalogue ; un chemin pour Dossier/catalogue local)</translation>
    </message>
    <message>
        <location filename="../algorithms/fetchl2a.py" line="169"/>
        <source>Extent</source>
        <translation>Emprise</translation>
    </message>
    <message>
        <location filename="../algorithms/fetchl2a.py" line="170"/>
        <source>Area of interest (polygons)</source>
        <translation>Zone d'intérêt (polygones)</translation>
    </message>
    <message>
        <location filename="../algorithms/fetchl2a.py" line="172"/>
        <source>Start date (YYYY-MM-DD, inclusive)</source>
        <translation>Date de début (AAAA-MM-JJ, incluse)</translation>
    </message>
    <message>
        <location filename="../algorithms/fetchl2a.py" line="174"/>
        <source>End date (YYYY-MM-DD, inclusive)</source>
        <translation>Date de fin (AAAA-MM-JJ, incluse)</translation>
    </message>
    <message>
        <location filename="../algorithms/fetchl2a.py" line="176"/>
        <source>Maximum cloud cover of a scene (%)</source>
        <translation>Couverture nuageuse maximale d'une scène (%)</translation>
    </message>
    <message>
        <location filename="../algorithms/fetchl2a.py" line="179"/>
        <source>Spectral bands (empty = all)</source>
        <translation>Bandes spectrales (vide = toutes)</translation>
    </message>
    <message>
        <location filename="../algorithms/fetchl2a.py" line="182"/>
        <source>Authentication (Copernicus Data Space: user name and password)</source>
        <translation>Authentification (Copernicus Data Space : nom d'utilisateur et mot de passe)</translation>
    </message>
    <message>
        <location filename="../algorithms/fetchl2a.py" line="185"/>
        <source>Output folder</source>
        <translation>Dossier de sortie</translation>
    </message>
    <message>
        <location filename="../algorithms/fetchl2a.py" line="187"/>
        <source>Fetch report</source>
        <translation>Rapport de téléchargement</translation>
    </message>
    <message>
        <location filename="../algorithms/fetchl2a.py" line="187"/>
        <source>JSON files (*.json)</source>
        <translation>Fichiers JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../algorithms/fetchl2a.py" line="190"/>
        <source>Item collection</source>
        <translation>Collection d'items</translation>
    </message>
    <message>
        <location filename="../algorithms/fetchl2a.py" line="191"/>
        <source>Number of scenes fetched</source>
        <translation>Nombre de scènes téléchargées</translation>
    </message>
    <message>
        <location filename="../algorithms/fetchl2a.py" line="192"/>
        <source>Number of scenes that failed</source>
        <translation>Nombre de scènes en échec</translation>
    </message>
    <message>
        <location filename="../algorithms/fetchl2a.py" line="193"/>
        <source>Bytes transferred</source>
        <translation>Octets transférés</translation>
    </message>
    <message>
        <location filename="../algorithms/fetchl2a.py" line="207"/>
        <source>Copernicus Data Space needs an account: choose an authentication configuration (Basic authentication, your CDSE user name and password) in Authentication.</source>
        <translation>Copernicus Data Space demande un compte : choisissez dans Authentification une configuration d'authentification (authentification de base, votre nom d'utilisateur et mot de passe CDSE).</translation>
    </message>
    <message>
        <location filename="../algorithms/fetchl2a.py" line="221"/>
        <source>Local folder/catalog: give the folder or catalog JSON in Catalog URL.</source>
        <translation>Dossier/catalogue local : indiquez le dossier ou le JSON du catalogue dans URL du catalogue.</translation>
    </message>
    <message>
        <location filename="../algorithms/fetchl2a.py" line="224"/>
        <source>Local folder/catalog {path} does not exist: give an existing folder or catalog JSON in Catalog URL.</source>
        <translation>Le dossier/catalogue local {path} n'existe pas : indiquez un dossier ou un JSON de catalogue existant dans URL du catalogue.</translation>
    </message>
    <message>
        <location filename="../algorithms/fetchl2a.py" line="232"/>
        <source>Give an Extent or an Area of interest: the catalog is searched for scenes that cover it.</source>
        <translation>Indiquez une emprise ou une zone d'intérêt : le catalogue est interrogé pour les scènes qui la couvrent.</translation>
    </message>
    <message>
        <location filename="../algorithms/fetchl2a.py" line="253"/>
        <source>{fetched} scene(s) fetched, {skipped} already there, {failed} failed.</source>
        <translation>{fetched} scène(s) téléchargée(s), {skipped} déjà présente(s), {failed} en échec.</translation>
    </message>
    <message>
        <location filename="../algorithms/fetchl2a.py" line="256"/>
        <source>{id} not fetched: {reason}</source>
        <translation>{id} non téléchargée : {reason}</translation>
    </message>
    <message>
        <location filename="../algorithms/fetchl2a.py" line="259"/>
        <source>Transferred {mb:.1f} MB for {win:.1f} MB of area windows ({ratio:.2f}x).</source>
        <translation>{mb:.1f} Mo transférés pour {win:.1f} Mo de fenêtres de la zone ({ratio:.2f}x).</translation>
    </message>
</context>
<context>
    <name>MosaicAlgorithm</name>
    <message>
        <location filename="../algorithms/mosaic.py" line="53"/>
        <source>Mosaic order (periods, zones, products)</source>
        <translation>Commande de mosaïque (périodes, zones, produits)</translation>
    </message>
    <message>
        <location filename="../algorithms/mosaic.py" line="56"/>
        <source>Products</source>
        <translation>Produits</translation>
    </message>
    <message>
        <location filename="../algorithms/mosaic.py" line="62"/>
        <source>sentinel-2,s2gm,mosaic,order,period,dekad,month,cog,netcdf,jp2</source>
        <translation>sentinel-2,s2gm,mosaïque,commande,période,décade,mois,cog,netcdf,jp2</translation>
    </message>
    <message>
        <location filename="../algorithms/mosaic.py" line="94"/>
        <source>Input: folder of L2A products, or item collection / catalog JSON</source>
        <translation>Entrée : dossier de produits L2A, ou JSON de collection d'items / catalogue</translation>
    </message>
    <message>
        <location filename="../algorithms/mosaic.py" line="94"/>
        <source>STAC JSON (*.json);;All files (*)</source>
        <translation>JSON STAC (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../algorithms/mosaic.py" line="98"/>
        <source>Extent</source>
        <translation>Emprise</translation>
    </message>
    <message>
        <location filename="../algorithms/mosaic.py" line="99"/>
        <source>Area of interest (polygons)</source>
        <translation>Zone d'intérêt (polygones)</translation>
    </message>
    <message>
        <location filename="../algorithms/mosaic.py" line="102"/>
        <source>Start date (YYYY-MM-DD, inclusive)</source>
        <translation>Date de début (AAAA-MM-JJ, incluse)</translation>
    </message>
    <message>
        <location filename="../algorithms/mosaic.py" line="104"/>
        <source>End date (YYYY-MM-DD, inclusive)</source>
        <translation>Date de fin (AAAA-MM-JJ, incluse)</translation>
    </message>
    <message>
        <location filename="../algorithms/mosaic.py" line="106"/>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <location filename="../algorithms/mosaic.py" line="109"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../algorithms/mosaic.py" line="112"/>
        <source>Resolution (m)</source>
        <translation>Résolution (m)</translation>
    </message>
    <message>
        <location filename="../algorithms/mosaic.py" line="115"/>
        <source>Coordinate system</source>
        <translation>Système de coordonnées</translation>
    </message>
    <message>
        <location filename="../algorithms/mosaic.py" line="119"/>
        <source>Spectral bands (empty = all available)</source>
        <translation>Bandes spectrales (vide = toutes celles disponibles)</translation>
    </message>
    <message>
        <location filename="../algorithms/mosaic.py" line="122"/>
        <source>Auxiliary layers</source>
        <translation>Couches auxiliaires</translation>
    </message>
    <message>
        <location filename="../algorithms/mosaic.py" line="125"/>
        <source>Order name (letters, digits, &apos;-&apos;)</source>
        <translation>Nom de la commande (lettres, chiffres, '-')</translation>
    </message>
    <message>
        <location filename="../algorithms/mosaic.py" line="151"/>
        <source>Output folder</source>
        <translation>Dossier de sortie</translation>
    </message>
    <message>
        <location filename="../algorithms/mosaic.py" line="153"/>
        <source>Order folder</source>
        <translation>Dossier de la commande</translation>
    </message>
    <message>
        <location filename="../algorithms/mosaic.py" line="154"/>
        <source>Products delivered</source>
        <translation>Produits livrés</translation>
    </message>
    <message>
        <location filename="../algorithms/mosaic.py" line="155"/>
        <source>Periods / zones without data</source>
        <translation>Périodes / zones sans données</translation>
    </message>
    <message>
        <location filename="../algorithms/mosaic.py" line="156"/>
        <source>Products that failed QC</source>
        <translation>Produits ayant échoué au contrôle qualité</translation>
    </message>
    <message>
        <location filename="../algorithms/mosaic.py" line="162"/>
        <source>An order needs START_DATE and END_DATE (YYYY-MM-DD).</source>
        <translation>Une commande a besoin de START_DATE et END_DATE (AAAA-MM-JJ).</translation>
    </message>
    <message>
        <location filename="../algorithms/mosaic.py" line="169"/>
        <source>An order needs an area: give EXTENT or AOI (polygons).</source>
        <translation>Une commande a besoin d'une zone : indiquez EXTENT ou AOI (polygones).</translation>
    </message>
    <message>
        <location filename="../algorithms/mosaic.py" line="235"/>
        <source>Give an output folder for the order.</source>
        <translation>Indiquez un dossier de sortie pour la commande.</translation>
    </message>
    <message>
        <location filename="../algorithms/mosaic.py" line="263"/>
        <source>No data for {period} {zone}: {reason}</source>
        <translation>Aucune donnée pour {period} {zone} : {reason}</translation>
    </message>
    <message>
        <location filename="../algorithms/mosaic.py" line="266"/>
        <source>Product {period} {zone} failed QC and was not delivered: {reason}</source>
        <translation>Le produit {period} {zone} a échoué au contrôle qualité et n'a pas été livré : {reason}</translation>
    </message>
    <message>
        <location filename="../algorithms/mosaic.py" line="65"/>
        <source>&lt;p&gt;Runs a whole S2GM order: one composite per period (day, 10-day, month, quarter or year) touched by the start and end dates, and per UTM zone the area touches (or one WGS84 product), written as analysis-ready products.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Formats&lt;/b&gt;: GeoTIFF (cloud-optimised, one file per band or quality layer), JP2 (lossless JPEG 2000, one file per layer) or NetCDF-CF (one file per period, (time, y, x) variables).&lt;/p&gt;&lt;p&gt;Each product folder is named S2GM_{T}{SS}_{start}_{end}_{ORDER}_STD_v{version} and holds a metadata JSON (inputs used and rejected, share of each source, statistics, QC results, checksums) and an INSPIRE XML. Every file is re-opened and checked before delivery; a product that fails is not delivered. A period without usable scenes is recorded as &apos;no data&apos; in order_status.json.&lt;/p&gt;&lt;p&gt;The order is saved as order.json in the order folder; running the same order again resumes it (delivered products are kept) and gives the same bytes.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Authentication&lt;/b&gt; (advanced): for a Copernicus Data Space INPUT, a QGIS authentication configuration (Basic: your CDSE user name and password). It is read when the order runs and kept in memory only: never written into order.json, the status file, the metadata or the log.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Exécute une commande S2GM complète : un composite par période (jour, 10 jours, mois, trimestre ou année) touchée par les dates de début et de fin, et par zone UTM que touche la zone (ou un produit WGS84), écrits comme produits prêts à l'analyse.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Formats&lt;/b&gt; : GeoTIFF (optimisé pour le cloud, un fichier par bande ou couche de qualité), JP2 (JPEG 2000 sans perte, un fichier par couche) ou NetCDF-CF (un fichier par période, variables (time, y, x)).&lt;/p&gt;&lt;p&gt;Chaque dossier de produit s'appelle S2GM_{T}{SS}_{start}_{end}_{ORDER}_STD_v{version} et contient un JSON de métadonnées (entrées utilisées et rejetées, part de chaque source, statistiques, résultats du contrôle qualité, sommes de contrôle) et un XML INSPIRE. Chaque fichier est rouvert et vérifié avant la livraison ; un produit qui échoue n'est pas livré. Une période sans scène utilisable est notée « pas de données » dans order_status.json.&lt;/p&gt;&lt;p&gt;La commande est enregistrée dans order.json dans le dossier de la commande ; relancer la même commande la reprend (les produits livrés sont conservés) et donne les mêmes octets.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Authentification&lt;/b&gt; (avancé) : pour une entrée Copernicus Data Space, une configuration d'authentification QGIS (Basic : votre nom d'utilisateur et votre mot de passe CDSE). Elle est lue à l'exécution de la commande et gardée en mémoire seulement : jamais écrite dans order.json, le fichier d'état, les métadonnées ou le journal.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../algorithms/mosaic.py" line="127"/>
        <source>Authentication (a Copernicus Data Space INPUT: user name and password)</source>
        <translation>Authentification (pour une entrée Copernicus Data Space : nom d'utilisateur et mot de passe)</translation>
    </message>
    <message>
        <location filename="../algorithms/mosaic.py" line="82"/>
        <source>&lt;p&gt;&lt;b&gt;Run the products on&lt;/b&gt; (advanced): &lt;i&gt;local&lt;/i&gt; makes the products one after the other in QGIS; &lt;i&gt;Dask&lt;/i&gt; sends each product (one period x one zone), cut into bands of rows, as tasks to a Dask cluster (Debian package python3-distributed) and gives the same products. Leave the Dask scheduler address empty to start a local cluster of worker processes for this order, or give the address of a running scheduler (tcp://host:8786, started with &apos;dask scheduler&apos;, workers with &apos;dask worker tcp://host:8786&apos;): its workers need the plugin folder on their PYTHONPATH and the same input and output paths.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Exécuter les produits sur&lt;/b&gt; (avancé) : &lt;i&gt;local&lt;/i&gt; fabrique les produits l'un après l'autre dans QGIS ; &lt;i&gt;Dask&lt;/i&gt; envoie chaque produit (une période x une zone), découpé en bandes de lignes, comme tâches à un cluster Dask (paquet Debian python3-distributed) et donne les mêmes produits. Laissez l'adresse du planificateur Dask vide pour démarrer un cluster local de processus workers pour cette commande, ou donnez l'adresse d'un planificateur en marche (tcp://hôte:8786, lancé avec 'dask scheduler', workers avec 'dask worker tcp://hôte:8786') : ses workers ont besoin du dossier de l'extension dans leur PYTHONPATH et des mêmes chemins d'entrée et de sortie.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../algorithms/mosaic.py" line="141"/>
        <source>Run the products on</source>
        <translation>Exécuter les produits sur</translation>
    </message>
    <message>
        <location filename="../algorithms/mosaic.py" line="146"/>
        <source>Dask scheduler address (tcp://host:8786; empty = a local cluster)</source>
        <translation>Adresse du planificateur Dask (tcp://hôte:8786 ; vide = un cluster local)</translation>
    </message>
    <message>
        <location filename="../algorithms/mosaic.py" line="197"/>
        <source>EXECUTOR=Dask needs the Python package &apos;distributed&apos;: install Debian&apos;s python3-distributed (sudo apt-get install python3-distributed), restart QGIS, or run the order with EXECUTOR=local. ({error})</source>
        <translation>EXECUTOR=Dask nécessite le paquet Python 'distributed' : installez le paquet Debian python3-distributed (sudo apt-get install python3-distributed) et redémarrez QGIS, ou exécutez la commande avec EXECUTOR=local. ({error})</translation>
    </message>
    <message>
        <location filename="../algorithms/mosaic.py" line="203"/>
        <source>DASK_SCHEDULER &apos;{address}&apos; is not a scheduler address: write it like tcp://host:8786, or leave it empty to start a local cluster.</source>
        <translation>DASK_SCHEDULER '{address}' n'est pas une adresse de planificateur : écrivez-la comme tcp://hôte:8786, ou laissez-la vide pour démarrer un cluster local.</translation>
    </message>
    <message>
        <location filename="../algorithms/mosaic.py" line="206"/>
        <source>Running the products on the Dask cluster at {address}</source>
        <translation>Les produits s'exécutent sur le cluster Dask à {address}</translation>
    </message>
    <message>
        <location filename="../algorithms/mosaic.py" line="206"/>
        <source>Running the products on a local Dask cluster</source>
        <translation>Les produits s'exécutent sur un cluster Dask local</translation>
    </message>
    <message>
        <location filename="../algorithms/mosaic.py" line="132"/>
        <source>Size limit of an order without confirmation (GB)</source>
        <translation>Taille maximale d’une commande sans confirmation (Go)</translation>
    </message>
    <message>
        <location filename="../algorithms/mosaic.py" line="137"/>
        <source>Run an order above the size limit</source>
        <translation>Exécuter une commande au-delà de la taille maximale</translation>
    </message>
    <message>
        <location filename="../algorithms/mosaic.py" line="220"/>
        <source>Estimate: {summary}</source>
        <translation>Estimation : {summary}</translation>
    </message>
    <message>
        <location filename="../algorithms/mosaic.py" line="226"/>
        <source>No estimate: {reason}</source>
        <translation>Pas d’estimation : {reason}</translation>
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
        <translation>Nouvelle commande</translation>
    </message>
    <message>
        <location filename="../ui/dck_mosaic_hub.py" line="90"/>
        <source>Orders</source>
        <translation>Commandes</translation>
    </message>
    <message>
        <location filename="../ui/dck_mosaic_hub.py" line="91"/>
        <source>Downloads</source>
        <translation>Téléchargements</translation>
    </message>
    <message>
        <location filename="../ui/dck_mosaic_hub.py" line="93"/>
        <source>Time series</source>
        <translation>Série temporelle</translation>
    </message>
    <message>
        <location filename="../ui/dck_mosaic_hub.py" line="118"/>
        <source>{res} m</source>
        <translation>{res} m</translation>
    </message>
    <message>
        <location filename="../ui/dck_mosaic_hub.py" line="122"/>
        <source>UTM (one product per zone)</source>
        <translation>UTM (un produit par zone)</translation>
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
        <translation>Résolution</translation>
    </message>
    <message>
        <location filename="../ui/dck_mosaic_hub.py" line="126"/>
        <source>Coordinate system</source>
        <translation>Système de coordonnées</translation>
    </message>
    <message>
        <location filename="../ui/dck_mosaic_hub.py" line="127"/>
        <source>1. Data format</source>
        <translation>1. Format des données</translation>
    </message>
    <message>
        <location filename="../ui/dck_mosaic_hub.py" line="141"/>
        <source>Auxiliary layers</source>
        <translation>Couches auxiliaires</translation>
    </message>
    <message>
        <location filename="../ui/dck_mosaic_hub.py" line="147"/>
        <source>2. Bands and auxiliary layers</source>
        <translation>2. Bandes et couches auxiliaires</translation>
    </message>
    <message>
        <location filename="../ui/dck_mosaic_hub.py" line="155"/>
        <source>3. Period and area of interest</source>
        <translation>3. Période et zone d'intérêt</translation>
    </message>
    <message>
        <location filename="../ui/dck_mosaic_hub.py" line="164"/>
        <source>Local folder or STAC JSON</source>
        <translation>Dossier local ou JSON STAC</translation>
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
        <translation>Copernicus Data Space (connexion requise)</translation>
    </message>
    <message>
        <location filename="../ui/dck_mosaic_hub.py" line="179"/>
        <source>Load the products into the project when done</source>
        <translation>Charger les produits dans le projet une fois terminé</translation>
    </message>
    <message>
        <location filename="../ui/dck_mosaic_hub.py" line="181"/>
        <source>Order name</source>
        <translation>Nom de la commande</translation>
    </message>
    <message>
        <location filename="../ui/dck_mosaic_hub.py" line="182"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../ui/dck_mosaic_hub.py" line="183"/>
        <source>Local folder</source>
        <translation>Dossier local</translation>
    </message>
    <message>
        <location filename="../ui/dck_mosaic_hub.py" line="184"/>
        <source>Authentication</source>
        <translation>Authentification</translation>
    </message>
    <message>
        <location filename="../ui/dck_mosaic_hub.py" line="656"/>
        <source>Download directory</source>
        <translation>Répertoire de téléchargement</translation>
    </message>
    <message>
        <location filename="../ui/dck_mosaic_hub.py" line="189"/>
        <source>4. Order information</source>
        <translation>4. Informations de la commande</translation>
    </message>
    <message>
        <location filename="../ui/dck_mosaic_hub.py" line="199"/>
        <source>Prepare download</source>
        <translation>Préparer le téléchargement</translation>
    </message>
    <message>
        <location filename="../ui/dck_mosaic_hub.py" line="203"/>
        <source>5. Confirmation</source>
        <translation>5. Confirmation</translation>
    </message>
    <message>
        <location filename="../ui/dck_mosaic_hub.py" line="208"/>
        <source>Back</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <location filename="../ui/dck_mosaic_hub.py" line="210"/>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <location filename="../ui/dck_mosaic_hub.py" line="230"/>
        <source>Area of interest</source>
        <translation>Zone d'intérêt</translation>
    </message>
    <message>
        <location filename="../ui/dck_mosaic_hub.py" line="232"/>
        <source>Draw rectangle</source>
        <translation>Dessiner un rectangle</translation>
    </message>
    <message>
        <location filename="../ui/dck_mosaic_hub.py" line="234"/>
        <source>Draw polygon</source>
        <translation>Dessiner un polygone</translation>
    </message>
    <message>
        <location filename="../ui/dck_mosaic_hub.py" line="243"/>
        <source>Selected features only</source>
        <translation>Entités sélectionnées uniquement</translation>
    </message>
    <message>
        <location filename="../ui/dck_mosaic_hub.py" line="244"/>
        <source>Use layer</source>
        <translation>Utiliser la couche</translation>
    </message>
    <message>
        <location filename="../ui/dck_mosaic_hub.py" line="253"/>
        <source>Vector files (*.geojson *.json *.gpkg *.shp *.kml);;All files (*)</source>
        <translation>Fichiers vecteur (*.geojson *.json *.gpkg *.shp *.kml);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../ui/dck_mosaic_hub.py" line="255"/>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <location filename="../ui/dck_mosaic_hub.py" line="262"/>
        <source>Continent: {name}</source>
        <translation>Continent : {name}</translation>
    </message>
    <message>
        <location filename="../ui/dck_mosaic_hub.py" line="266"/>
        <source>Country / continent</source>
        <translation>Pays / continent</translation>
    </message>
    <message>
        <location filename="../ui/dck_mosaic_hub.py" line="270"/>
        <source>POLYGON((lon lat, …)) in EPSG:4326</source>
        <translation>POLYGON((lon lat, …)) en EPSG:4326</translation>
    </message>
    <message>
        <location filename="../ui/dck_mosaic_hub.py" line="272"/>
        <source>Use WKT</source>
        <translation>Utiliser le WKT</translation>
    </message>
    <message>
        <location filename="../ui/dck_mosaic_hub.py" line="319"/>
        <source>No area chosen yet.</source>
        <translation>Aucune zone choisie pour l'instant.</translation>
    </message>
    <message>
        <location filename="../ui/dck_mosaic_hub.py" line="293"/>
        <source>Drawing a rectangle: press, drag and release on the map.</source>
        <translation>Dessin d'un rectangle : appuyez, faites glisser et relâchez sur la carte.</translation>
    </message>
    <message>
        <location filename="../ui/dck_mosaic_hub.py" line="293"/>
        <source>Drawing a polygon: click the corners, right-click or double-click to finish, Esc to start again.</source>
        <translation>Dessin d'un polygone : cliquez les sommets, clic droit ou double-clic pour terminer, Échap pour recommencer.</translation>
    </message>
    <message>
        <location filename="../ui/dck_mosaic_hub.py" line="322"/>
        <source>Area: lon {x0:.4f} to {x1:.4f}, lat {y0:.4f} to {y1:.4f} ({km2:.1f} km²)</source>
        <translation>Zone : lon {x0:.4f} à {x1:.4f}, lat {y0:.4f} à {y1:.4f} ({km2:.1f} km²)</translation>
    </message>
    <message>
        <location filename="../ui/dck_mosaic_hub.py" line="345"/>
        <source>Choose a compositing period (step 3).</source>
        <translation>Choisissez une période de composition (étape 3).</translation>
    </message>
    <message>
        <location filename="../ui/dck_mosaic_hub.py" line="347"/>
        <source>Choose an area of interest (step 3).</source>
        <translation>Choisissez une zone d'intérêt (étape 3).</translation>
    </message>
    <message>
        <location filename="../ui/dck_mosaic_hub.py" line="350"/>
        <source>Choose the source: a local folder of L2A scenes or a catalog (step 4).</source>
        <translation>Choisissez la source : un dossier local de scènes L2A ou un catalogue (étape 4).</translation>
    </message>
    <message>
        <location filename="../ui/dck_mosaic_hub.py" line="353"/>
        <source>Choose at least one band (step 2).</source>
        <translation>Choisissez au moins une bande (étape 2).</translation>
    </message>
    <message>
        <location filename="../ui/dck_mosaic_hub.py" line="356"/>
        <source>Choose a download directory (step 4).</source>
        <translation>Choisissez un répertoire de téléchargement (étape 4).</translation>
    </message>
    <message>
        <location filename="../ui/dck_mosaic_hub.py" line="358"/>
        <source>Copernicus Data Space needs a login: choose or add an authentication configuration (step 4).</source>
        <translation>Copernicus Data Space demande une connexion : choisissez ou ajoutez une configuration d'authentification (étape 4).</translation>
    </message>
    <message>
        <location filename="../ui/dck_mosaic_hub.py" line="408"/>
        <source>&lt;b&gt;{name}&lt;/b&gt;: {fmt}, {res} m, {crs}&lt;br&gt;{kind} periods from {start} to {end}&lt;br&gt;Bands: {bands}{aux}&lt;br&gt;Source: {source}&lt;br&gt;Estimate: &lt;b&gt;{products}&lt;/b&gt; product(s), about &lt;b&gt;{size}&lt;/b&gt; ({pixels} pixels each)</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt; : {fmt}, {res} m, {crs}&lt;br&gt;Périodes ({kind}) du {start} au {end}&lt;br&gt;Bandes : {bands}{aux}&lt;br&gt;Source : {source}&lt;br&gt;Estimation : &lt;b&gt;{products}&lt;/b&gt; produit(s), environ &lt;b&gt;{size}&lt;/b&gt; ({pixels} pixels chacun)</translation>
    </message>
    <message>
        <location filename="../ui/dck_mosaic_hub.py" line="462"/>
        <source>The S2GM Processing provider is not loaded.</source>
        <translation>Le fournisseur Processing S2GM n'est pas chargé.</translation>
    </message>
    <message>
        <location filename="../ui/dck_mosaic_hub.py" line="547"/>
        <source>S2GM order {name}</source>
        <translation>Commande S2GM {name}</translation>
    </message>
    <message>
        <location filename="../ui/dck_mosaic_hub.py" line="510"/>
        <source>{n} product(s) failed output QC</source>
        <translation>{n} produit(s) ont échoué au contrôle qualité de sortie</translation>
    </message>
    <message>
        <location filename="../ui/dck_mosaic_hub.py" line="516"/>
        <source>Cancelled: delivered products are kept, re-run to resume.</source>
        <translation>Annulée : les produits livrés sont conservés, relancez pour reprendre.</translation>
    </message>
    <message>
        <location filename="../ui/dck_mosaic_hub.py" line="520"/>
        <source>the algorithm failed: see the Processing log</source>
        <translation>l'algorithme a échoué : voir le journal de Processing</translation>
    </message>
    <message>
        <location filename="../ui/dck_mosaic_hub.py" line="561"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../ui/dck_mosaic_hub.py" line="561"/>
        <source>CRS</source>
        <translation>SCR</translation>
    </message>
    <message>
        <location filename="../ui/dck_mosaic_hub.py" line="561"/>
        <source>Created</source>
        <translation>Créée</translation>
    </message>
    <message>
        <location filename="../ui/dck_mosaic_hub.py" line="561"/>
        <source>Start date</source>
        <translation>Date de début</translation>
    </message>
    <message>
        <location filename="../ui/dck_mosaic_hub.py" line="670"/>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <location filename="../ui/dck_mosaic_hub.py" line="670"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../ui/dck_mosaic_hub.py" line="561"/>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <location filename="../ui/dck_mosaic_hub.py" line="571"/>
        <source>Open folder</source>
        <translation>Ouvrir le dossier</translation>
    </message>
    <message>
        <location filename="../ui/dck_mosaic_hub.py" line="571"/>
        <source>Load into project</source>
        <translation>Charger dans le projet</translation>
    </message>
    <message>
        <location filename="../ui/dck_mosaic_hub.py" line="571"/>
        <source>Re-run / resume</source>
        <translation>Relancer / reprendre</translation>
    </message>
    <message>
        <location filename="../ui/dck_mosaic_hub.py" line="571"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../ui/dck_mosaic_hub.py" line="571"/>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../ui/dck_mosaic_hub.py" line="610"/>
        <source>Cancel the order before removing it.</source>
        <translation>Annulez la commande avant de la supprimer.</translation>
    </message>
    <message>
        <location filename="../ui/dck_mosaic_hub.py" line="616"/>
        <source>queued</source>
        <translation>en attente</translation>
    </message>
    <message>
        <location filename="../ui/dck_mosaic_hub.py" line="616"/>
        <source>running</source>
        <translation>en cours</translation>
    </message>
    <message>
        <location filename="../ui/dck_mosaic_hub.py" line="616"/>
        <source>done</source>
        <translation>terminée</translation>
    </message>
    <message>
        <location filename="../ui/dck_mosaic_hub.py" line="617"/>
        <source>failed</source>
        <translation>échouée</translation>
    </message>
    <message>
        <location filename="../ui/dck_mosaic_hub.py" line="617"/>
        <source>cancelled</source>
        <translation>annulée</translation>
    </message>
    <message>
        <location filename="../ui/dck_mosaic_hub.py" line="618"/>
        <source>interrupted</source>
        <translation>interrompue</translation>
    </message>
    <message>
        <location filename="../ui/dck_mosaic_hub.py" line="664"/>
        <source>Select an order to see its products.</source>
        <translation>Sélectionnez une commande pour voir ses produits.</translation>
    </message>
    <message>
        <location filename="../ui/dck_mosaic_hub.py" line="670"/>
        <source>Tile / zone</source>
        <translation>Tuile / zone</translation>
    </message>
    <message>
        <location filename="../ui/dck_mosaic_hub.py" line="670"/>
        <source>Files</source>
        <translation>Fichiers</translation>
    </message>
    <message>
        <location filename="../ui/dck_mosaic_hub.py" line="690"/>
        <source>{name}: {done} of {total} product(s) finished · {status} · {msg}</source>
        <translation>{name} : {done} produit(s) sur {total} terminé(s) · {status} · {msg}</translation>
    </message>
</context>
<context>
    <name>MosaicLayers</name>
    <message>
        <location filename="../algorithms/layers.py" line="48"/>
        <source>S2GM true colour {label}</source>
        <translation>S2GM couleurs vraies {label}</translation>
    </message>
    <message>
        <location filename="../algorithms/layers.py" line="52"/>
        <source>S2GM reflectance {label}</source>
        <translation>S2GM réflectance {label}</translation>
    </message>
    <message>
        <location filename="../algorithms/layers.py" line="87"/>
        <source>{count} layer(s) will be loaded with the S2GM styles and their periods.</source>
        <translation>{count} couche(s) seront chargées avec les styles S2GM et leurs périodes.</translation>
    </message>
</context>
<context>
    <name>PeriodPickerWidget</name>
    <message>
        <location filename="../ui/wdg_period_picker.py" line="25"/>
        <source>Compositing period</source>
        <translation>Période de composition</translation>
    </message>
    <message>
        <location filename="../ui/wdg_period_picker.py" line="28"/>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <location filename="../ui/wdg_period_picker.py" line="28"/>
        <source>Quarter</source>
        <translation>Trimestre</translation>
    </message>
    <message>
        <location filename="../ui/wdg_period_picker.py" line="28"/>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <location filename="../ui/wdg_period_picker.py" line="29"/>
        <source>Ten days</source>
        <translation>Dix jours</translation>
    </message>
    <message>
        <location filename="../ui/wdg_period_picker.py" line="29"/>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <location filename="../ui/wdg_period_picker.py" line="71"/>
        <source>1st-10th</source>
        <translation>1er–10</translation>
    </message>
    <message>
        <location filename="../ui/wdg_period_picker.py" line="71"/>
        <source>11th-20th</source>
        <translation>11–20</translation>
    </message>
    <message>
        <location filename="../ui/wdg_period_picker.py" line="71"/>
        <source>21st-end</source>
        <translation>21–fin</translation>
    </message>
    <message>
        <location filename="../ui/wdg_period_picker.py" line="184"/>
        <source>From {start} to {end} ({kind} products)</source>
        <translation>Du {start} au {end} (produits : {kind})</translation>
    </message>
    <message>
        <location filename="../ui/wdg_period_picker.py" line="187"/>
        <source>Click a period (shift-click to extend the range).</source>
        <translation>Cliquez sur une période (Maj+clic pour étendre la plage).</translation>
    </message>
</context>
<context>
    <name>PixelTimeSeriesAlgorithm</name>
    <message>
        <location filename="../algorithms/pixeltimeseries.py" line="55"/>
        <source>Pixel time series (CSV)</source>
        <translation>Série temporelle d'un pixel (CSV)</translation>
    </message>
    <message>
        <location filename="../algorithms/pixeltimeseries.py" line="58"/>
        <source>Products</source>
        <translation>Produits</translation>
    </message>
    <message>
        <location filename="../algorithms/pixeltimeseries.py" line="67"/>
        <source>sentinel-2,s2gm,time series,profile,pixel,ndvi,csv</source>
        <translation>sentinel-2,s2gm,série temporelle,profil,pixel,ndvi,csv</translation>
    </message>
    <message>
        <location filename="../algorithms/pixeltimeseries.py" line="70"/>
        <source>&lt;p&gt;For a point and a date range, one CSV row per period with every band and quality layer at that pixel, the NDVI, the source scene identifier, its tile and its date.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Input&lt;/b&gt;: the output folder of an &lt;i&gt;s2gm:mosaic&lt;/i&gt; order (or one order or product folder; GeoTIFF, JP2 or NetCDF), or Sentinel-2 L2A scenes (a folder or a STAC JSON / API URL): then each period is composited on the few pixels around the point only.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Window&lt;/b&gt;: 1x1 or 3x3 (the nine pixels around the point, then a mean and a standard deviation row per period).&lt;/p&gt;&lt;p&gt;Values are stored as in the products: reflectance x 10000, quality layers as in the S2GM specification; an empty cell is no data.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Pour un point et une plage de dates, une ligne CSV par période avec chaque bande et chaque couche de qualité de ce pixel, le NDVI, l'identifiant de la scène source, sa tuile et sa date.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Entrée&lt;/b&gt; : le dossier de sortie d'une commande &lt;i&gt;s2gm:mosaic&lt;/i&gt; (ou un dossier de commande ou de produit ; GeoTIFF, JP2 ou NetCDF), ou des scènes Sentinel-2 L2A (un dossier ou un JSON STAC / une URL d'API) : chaque période est alors composée uniquement sur les quelques pixels autour du point.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Fenêtre&lt;/b&gt; : 1x1 ou 3x3 (les neuf pixels autour du point, puis une ligne de moyenne et une d'écart type par période).&lt;/p&gt;&lt;p&gt;Les valeurs sont celles des produits : réflectance x 10000, couches de qualité selon la spécification S2GM ; une cellule vide signifie pas de données.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../algorithms/pixeltimeseries.py" line="84"/>
        <source>Input: S2GM products folder, L2A scenes folder or STAC JSON</source>
        <translation>Entrée : dossier de produits S2GM, dossier de scènes L2A ou JSON STAC</translation>
    </message>
    <message>
        <location filename="../algorithms/pixeltimeseries.py" line="87"/>
        <source>Point</source>
        <translation>Point</translation>
    </message>
    <message>
        <location filename="../algorithms/pixeltimeseries.py" line="88"/>
        <source>Window</source>
        <translation>Fenêtre</translation>
    </message>
    <message>
        <location filename="../algorithms/pixeltimeseries.py" line="91"/>
        <source>Start date (YYYY-MM-DD, inclusive)</source>
        <translation>Date de début (AAAA-MM-JJ, incluse)</translation>
    </message>
    <message>
        <location filename="../algorithms/pixeltimeseries.py" line="93"/>
        <source>End date (YYYY-MM-DD, inclusive)</source>
        <translation>Date de fin (AAAA-MM-JJ, incluse)</translation>
    </message>
    <message>
        <location filename="../algorithms/pixeltimeseries.py" line="95"/>
        <source>Period (products: only this kind; scenes: default 10-day)</source>
        <translation>Période (produits : seulement ce type ; scènes : 10 jours par défaut)</translation>
    </message>
    <message>
        <location filename="../algorithms/pixeltimeseries.py" line="98"/>
        <source>Resolution (m) when compositing scenes</source>
        <translation>Résolution (m) pour la composition de scènes</translation>
    </message>
    <message>
        <location filename="../algorithms/pixeltimeseries.py" line="103"/>
        <source>Time series CSV</source>
        <translation>Série temporelle CSV</translation>
    </message>
    <message>
        <location filename="../algorithms/pixeltimeseries.py" line="103"/>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../algorithms/pixeltimeseries.py" line="105"/>
        <source>Rows written</source>
        <translation>Lignes écrites</translation>
    </message>
    <message>
        <location filename="../algorithms/pixeltimeseries.py" line="106"/>
        <source>Periods with a value</source>
        <translation>Périodes avec une valeur</translation>
    </message>
    <message>
        <location filename="../algorithms/pixeltimeseries.py" line="113"/>
        <source>{name}: &apos;{value}&apos; is not one of {options}.</source>
        <translation>{name} : « {value} » ne fait pas partie de {options}.</translation>
    </message>
    <message>
        <location filename="../algorithms/pixeltimeseries.py" line="122"/>
        <source>{name} &apos;{value}&apos; is not a date: write it as YYYY-MM-DD.</source>
        <translation>{name} « {value} » n'est pas une date : écrivez-la sous la forme AAAA-MM-JJ.</translation>
    </message>
    <message>
        <location filename="../algorithms/pixeltimeseries.py" line="141"/>
        <source>No input given: choose a folder of S2GM products or of L2A scenes.</source>
        <translation>Aucune entrée : choisissez un dossier de produits S2GM ou de scènes L2A.</translation>
    </message>
    <message>
        <location filename="../algorithms/pixeltimeseries.py" line="169"/>
        <source>{rows} row(s) for {periods} period(s) at lon {lon:.6f}, lat {lat:.6f}.</source>
        <translation>{rows} ligne(s) pour {periods} période(s) à lon {lon:.6f}, lat {lat:.6f}.</translation>
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
    <name>S2GMAuthentication</name>
    <message>
        <location filename="../algorithms/auth.py" line="12"/>
        <source>The authentication configuration {id} cannot be read: check it in Settings &gt; Options &gt; Authentication (is the master password set?).</source>
        <translation>La configuration d'authentification {id} ne peut pas être lue : vérifiez-la dans Préférences &gt; Options &gt; Authentification (le mot de passe principal est-il défini ?).</translation>
    </message>
    <message>
        <location filename="../algorithms/auth.py" line="18"/>
        <source>The authentication configuration {id} has no user name or password: use the Basic authentication method.</source>
        <translation>La configuration d'authentification {id} n'a pas de nom d'utilisateur ou de mot de passe : utilisez la méthode d'authentification Basic.</translation>
    </message>
</context>
<context>
    <name>S2GMMosaicPlugin</name>
    <message>
        <location filename="../plugin.py" line="79"/>
        <source>numba is not installed: composites use the slower numpy path (same results). To speed them up install numba: on Debian/Ubuntu &apos;sudo apt install python3-numba&apos;, elsewhere &apos;pip install numba&apos; in the Python environment QGIS uses.</source>
        <translation>numba n'est pas installé : les composites utilisent le chemin numpy, plus lent (mêmes résultats). Pour les accélérer, installez numba : sous Debian/Ubuntu « sudo apt install python3-numba », ailleurs « pip install numba » dans l'environnement Python de QGIS.</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="91"/>
        <source>S2GM Mosaic</source>
        <translation>S2GM Mosaic</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="92"/>
        <source>S2GM composite…</source>
        <translation>Composite S2GM…</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="95"/>
        <source>Open the S2GM composite algorithm</source>
        <translation>Ouvrir l'algorithme de composite S2GM</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="131"/>
        <source>About S2GM Mosaic</source>
        <translation>À propos de S2GM Mosaic</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="131"/>
        <source>S2GM Mosaic builds Sentinel-2 Global Mosaic style composites (STC and medoid) from Sentinel-2 Level-2A data. Its algorithms are in the Processing toolbox under &apos;S2GM Mosaic&apos;.</source>
        <translation>S2GM Mosaic produit des composites dans le style de la mosaïque mondiale Sentinel-2 (STC et médoïde) à partir de données Sentinel-2 niveau 2A. Ses algorithmes se trouvent dans la boîte à outils de traitements sous « S2GM Mosaic ».</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="97"/>
        <source>S2GM Mosaic Hub</source>
        <translation>S2GM Mosaic Hub</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="99"/>
        <source>Order mosaics, follow downloads and read pixel time series</source>
        <translation>Commander des mosaïques, suivre les téléchargements et lire des séries temporelles de pixels</translation>
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
<context>
    <name>TimeSeriesWidget</name>
    <message>
        <location filename="../ui/wdg_time_series.py" line="76"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../ui/wdg_time_series.py" line="80"/>
        <source>An order&apos;s output folder (products), or a folder of L2A scenes</source>
        <translation>Le dossier de sortie d'une commande (produits) ou un dossier de scènes L2A</translation>
    </message>
    <message>
        <location filename="../ui/wdg_time_series.py" line="86"/>
        <source>3x3 also gives the mean and standard deviation of the nine pixels</source>
        <translation>3x3 donne aussi la moyenne et l'écart type des neuf pixels</translation>
    </message>
    <message>
        <location filename="../ui/wdg_time_series.py" line="87"/>
        <source>Window</source>
        <translation>Fenêtre</translation>
    </message>
    <message>
        <location filename="../ui/wdg_time_series.py" line="89"/>
        <source>Compare points</source>
        <translation>Comparer des points</translation>
    </message>
    <message>
        <location filename="../ui/wdg_time_series.py" line="91"/>
        <source>Keep earlier clicks and draw them in the same chart</source>
        <translation>Garder les clics précédents et les tracer dans le même graphique</translation>
    </message>
    <message>
        <location filename="../ui/wdg_time_series.py" line="93"/>
        <source>Click on the map…</source>
        <translation>Cliquer sur la carte…</translation>
    </message>
    <message>
        <location filename="../ui/wdg_time_series.py" line="99"/>
        <source>Choose a source, then click a pixel on the map.</source>
        <translation>Choisissez une source, puis cliquez sur un pixel de la carte.</translation>
    </message>
    <message>
        <location filename="../ui/wdg_time_series.py" line="106"/>
        <source>Previous period</source>
        <translation>Période précédente</translation>
    </message>
    <message>
        <location filename="../ui/wdg_time_series.py" line="108"/>
        <source>Next period</source>
        <translation>Période suivante</translation>
    </message>
    <message>
        <location filename="../ui/wdg_time_series.py" line="121"/>
        <source>Layer</source>
        <translation>Couche</translation>
    </message>
    <message>
        <location filename="../ui/wdg_time_series.py" line="121"/>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <location filename="../ui/wdg_time_series.py" line="142"/>
        <source>Export as CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <location filename="../ui/wdg_time_series.py" line="145"/>
        <source>Save chart as PNG…</source>
        <translation>Enregistrer le graphique en PNG…</translation>
    </message>
    <message>
        <location filename="../ui/wdg_time_series.py" line="148"/>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <location filename="../ui/wdg_time_series.py" line="186"/>
        <source>Choose the source first: an order&apos;s output folder or a folder of scenes.</source>
        <translation>Choisissez d'abord la source : le dossier de sortie d'une commande ou un dossier de scènes.</translation>
    </message>
    <message>
        <location filename="../ui/wdg_time_series.py" line="199"/>
        <source>The S2GM Processing provider is not loaded.</source>
        <translation>Le fournisseur Processing S2GM n'est pas chargé.</translation>
    </message>
    <message>
        <location filename="../ui/wdg_time_series.py" line="208"/>
        <source>Reading the time series at lon {lon:.5f}, lat {lat:.5f}…</source>
        <translation>Lecture de la série temporelle à lon {lon:.5f}, lat {lat:.5f}…</translation>
    </message>
    <message>
        <location filename="../ui/wdg_time_series.py" line="215"/>
        <source>Reading the time series… {p:.0f} %</source>
        <translation>Lecture de la série temporelle… {p:.0f} %</translation>
    </message>
    <message>
        <location filename="../ui/wdg_time_series.py" line="222"/>
        <source>No time series at lon {lon:.5f}, lat {lat:.5f}: see the Processing log (the point may be outside the products).</source>
        <translation>Pas de série temporelle à lon {lon:.5f}, lat {lat:.5f} : voir le journal de Processing (le point est peut-être hors des produits).</translation>
    </message>
    <message>
        <location filename="../ui/wdg_time_series.py" line="235"/>
        <source>Point {n}</source>
        <translation>Point {n}</translation>
    </message>
    <message>
        <location filename="../ui/wdg_time_series.py" line="241"/>
        <source>{label}: lon {lon:.5f}, lat {lat:.5f}, {n} period(s)</source>
        <translation>{label} : lon {lon:.5f}, lat {lat:.5f}, {n} période(s)</translation>
    </message>
    <message>
        <location filename="../ui/wdg_time_series.py" line="274"/>
        <source>Period {start} – {end} ({i}/{n}) · lon {lon:.5f}, lat {lat:.5f} · tile {tile}</source>
        <translation>Période {start} – {end} ({i}/{n}) · lon {lon:.5f}, lat {lat:.5f} · tuile {tile}</translation>
    </message>
    <message>
        <location filename="../ui/wdg_time_series.py" line="279"/>
        <source>source scene</source>
        <translation>scène source</translation>
    </message>
    <message>
        <location filename="../ui/wdg_time_series.py" line="280"/>
        <source>source tile</source>
        <translation>tuile source</translation>
    </message>
    <message>
        <location filename="../ui/wdg_time_series.py" line="281"/>
        <source>source date</source>
        <translation>date source</translation>
    </message>
    <message>
        <location filename="../ui/wdg_time_series.py" line="282"/>
        <source>product</source>
        <translation>produit</translation>
    </message>
    <message>
        <location filename="../ui/wdg_time_series.py" line="286"/>
        <source>no data</source>
        <translation>pas de données</translation>
    </message>
    <message>
        <location filename="../ui/wdg_time_series.py" line="308"/>
        <source>reflectance / NDVI</source>
        <translation>réflectance / NDVI</translation>
    </message>
    <message>
        <location filename="../ui/wdg_time_series.py" line="355"/>
        <source>Export the time series</source>
        <translation>Exporter la série temporelle</translation>
    </message>
    <message>
        <location filename="../ui/wdg_time_series.py" line="355"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/wdg_time_series.py" line="367"/>
        <source>Export as CSV</source>
        <translation>Exporter en CSV</translation>
    </message>
    <message>
        <location filename="../ui/wdg_time_series.py" line="367"/>
        <source>Could not write {path}: {error}</source>
        <translation>Impossible d'écrire {path} : {error}</translation>
    </message>
    <message>
        <location filename="../ui/wdg_time_series.py" line="376"/>
        <source>Save the chart</source>
        <translation>Enregistrer le graphique</translation>
    </message>
    <message>
        <location filename="../ui/wdg_time_series.py" line="376"/>
        <source>PNG (*.png)</source>
        <translation>PNG (*.png)</translation>
    </message>
</context>
</TS>
