<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name></name>
    <message numerus="yes">
        <source>No entries: all %n rows or events with content were skipped (the warnings below say why).</source>
        <translation>
            <numerusform>Aucune entrée : la seule ligne ou le seul événement avec contenu a été ignoré (les avertissements ci-dessous expliquent pourquoi).</numerusform>
            <numerusform>Aucune entrée : les %n lignes ou événements avec contenu ont tous été ignorés (les avertissements ci-dessous expliquent pourquoi).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No entries: the file is empty now, so its %n earlier entries were removed.</source>
        <translation>
            <numerusform>Aucune entrée : le fichier est vide désormais, sa seule entrée précédente a donc été supprimée.</numerusform>
            <numerusform>Aucune entrée : le fichier est vide désormais, ses %n entrées précédentes ont donc été supprimées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{imported} of %n files imported</source>
        <translation>
            <numerusform>{imported} fichier sur %n importé</numerusform>
            <numerusform>{imported} fichiers sur %n importés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rows skipped</source>
        <translation>
            <numerusform>%n ligne ignorée</numerusform>
            <numerusform>%n lignes ignorées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n gave no entries</source>
        <translation>
            <numerusform>%n n’a donné aucune entrée</numerusform>
            <numerusform>%n n’ont donné aucune entrée</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused</source>
        <translation>
            <numerusform>%n refusé</numerusform>
            <numerusform>%n refusés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>As Masthead reads them with this mapping: %n entries</source>
        <translation>
            <numerusform>Lecture par Masthead avec cette correspondance : %n entrée</numerusform>
            <numerusform>Lecture par Masthead avec cette correspondance : %n entrées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>({events} of %n events)</source>
        <translation>
            <numerusform>({events} événement sur %n)</numerusform>
            <numerusform>({events} événements sur %n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{what} saved: %n entries</source>
        <translation>
            <numerusform>{what} enregistré : %n entrée</numerusform>
            <numerusform>{what} enregistré : %n entrées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{files} and %n more</source>
        <translation>
            <numerusform>{files} et %n autre</numerusform>
            <numerusform>{files} et %n autres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>It would give %n entries.</source>
        <translation>
            <numerusform>Cela donnerait %n entrée.</numerusform>
            <numerusform>Cela donnerait %n entrées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more lines</source>
        <translation>
            <numerusform>… et %n ligne de plus</numerusform>
            <numerusform>… et %n lignes de plus</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… et %n autre</numerusform>
            <numerusform>… et %n autres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>+%n more</source>
        <translation>
            <numerusform>+%n autre</numerusform>
            <numerusform>+%n autres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Print %n week(s)</source>
        <translation>
            <numerusform>Imprimer %n semaine</numerusform>
            <numerusform>Imprimer %n semaines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved %n page(s) to {path}</source>
        <translation>
            <numerusform>%n page enregistrée dans {path}</numerusform>
            <numerusform>%n pages enregistrées dans {path}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n entrée</numerusform>
            <numerusform>%n entrées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n posts</source>
        <translation>
            <numerusform>%n publication</numerusform>
            <numerusform>%n publications</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflicts</source>
        <translation>
            <numerusform>%n conflit</numerusform>
            <numerusform>%n conflits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open duplicate groups</source>
        <translation>
            <numerusform>%n groupe de doublons ouvert</numerusform>
            <numerusform>%n groupes de doublons ouverts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Report written to {path} (%n pages)</source>
        <translation>
            <numerusform>Rapport écrit dans {path} (%n page)</numerusform>
            <numerusform>Rapport écrit dans {path} (%n pages)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>import of %n files</source>
        <translation>
            <numerusform>import de %n fichier</numerusform>
            <numerusform>import de %n fichiers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <source>Timeline</source>
        <translation>Frise</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Semaine</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Liste</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Rapports</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <source>Import calendar files (.ics, .xlsx, .xls, .ods, .numbers, .csv)</source>
        <translation>Importer des fichiers de calendrier (.ics, .xlsx, .xls, .ods, .numbers, .csv)</translation>
    </message>
    <message>
        <source>&amp;Open workspace…</source>
        <translation>&amp;Ouvrir un espace de travail…</translation>
    </message>
    <message>
        <source>Open another workspace file, or create a new one</source>
        <translation>Ouvrir un autre fichier d’espace de travail ou en créer un</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>Undo the last change: an import, a removal, a decision or a source edit</source>
        <translation>Annuler la dernière modification : un import, une suppression, une décision ou la modification d’une source</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>Do again what Undo took back</source>
        <translation>Refaire ce qu’Annuler a défait</translation>
    </message>
    <message>
        <source>Cancel import</source>
        <translation>Interrompre l’import</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Recharger</translation>
    </message>
    <message>
        <source>&amp;Search…</source>
        <translation>Re&amp;chercher…</translation>
    </message>
    <message>
        <source>&amp;Previous</source>
        <translation>&amp;Précédent</translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation>Période précédente</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Suivant</translation>
    </message>
    <message>
        <source>Next period</source>
        <translation>Période suivante</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>Au&amp;jourd’hui</translation>
    </message>
    <message>
        <source>Go to today</source>
        <translation>Aller à aujourd’hui</translation>
    </message>
    <message>
        <source>&amp;Go to date…</source>
        <translation>Aller à la &amp;date…</translation>
    </message>
    <message>
        <source>&amp;About Masthead</source>
        <translation>À &amp;propos de Masthead</translation>
    </message>
</context>
<context>
    <name>BlackoutPage</name>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <source>Posts on these days are flagged as blackout conflicts. A whole calendar of holidays can be marked as a blackout calendar under Departments.</source>
        <translation>Les publications de ces jours sont signalées comme conflits de période bloquée. Un calendrier entier de jours fériés peut être marqué comme calendrier bloqué sous Services.</translation>
    </message>
</context>
<context>
    <name>ColourLegend</name>
    <message>
        <source>Department colours; a red corner marks a conflict; hatched days are blackout dates</source>
        <translation>Couleurs des services ; un coin rouge signale un conflit ; les jours hachurés sont des dates bloquées</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>date</source>
        <translation>date</translation>
    </message>
    <message>
        <source>Pick a day</source>
        <translation>Choisir un jour</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a date; type e.g. 2026-09-14 or 14 Sep 2026</source>
        <translation>« {value} » n’est pas une date ; saisissez par ex. 2026-09-14 ou 14/09/2026</translation>
    </message>
</context>
<context>
    <name>DepartmentsPage</name>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Couleur</translation>
    </message>
    <message>
        <source>Blackout calendar</source>
        <translation>Calendrier bloqué</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Fuseau horaire</translation>
    </message>
    <message>
        <source>Change colour…</source>
        <translation>Changer la couleur…</translation>
    </message>
    <message>
        <source>Time zone…</source>
        <translation>Fuseau horaire…</translation>
    </message>
    <message>
        <source>The zone this source&apos;s times are read in when the file names none</source>
        <translation>Le fuseau dans lequel les heures de cette source sont lues quand le fichier n’en indique aucun</translation>
    </message>
    <message>
        <source>Double-click a department to rename it. A blackout calendar marks days on which nothing should be posted; its own entries are not posts.</source>
        <translation>Double-cliquez sur un service pour le renommer. Un calendrier bloqué marque les jours où rien ne doit être publié ; ses propres entrées ne sont pas des publications.</translation>
    </message>
    <message>
        <source>No calendars imported yet. Import files to set their departments and colours.</source>
        <translation>Aucun calendrier importé pour l’instant. Importez des fichiers pour définir leurs services et leurs couleurs.</translation>
    </message>
    <message>
        <source>The zone this source&apos;s zone-less times are read in; (default) is the workspace&apos;s. Double-click to change it.</source>
        <translation>Le fuseau des heures sans fuseau de cette source ; (par défaut) est celui de l’espace de travail. Double-cliquez pour le changer.</translation>
    </message>
    <message>
        <source>{name}: a department name cannot be empty.</source>
        <translation>{name} : le nom d’un service ne peut pas être vide.</translation>
    </message>
    <message>
        <source>{zone} (default)</source>
        <translation>{zone} (par défaut)</translation>
    </message>
    <message>
        <source>Colour of {department}</source>
        <translation>Couleur de {department}</translation>
    </message>
</context>
<context>
    <name>Desks</name>
    <message>
        <source>Updated: another desk changed this workspace</source>
        <translation>Mis à jour : un autre poste a modifié cet espace de travail</translation>
    </message>
    <message>
        <source>{value} (read-only)</source>
        <translation>{value} (lecture seule)</translation>
    </message>
    <message>
        <source>This workspace can only be read here</source>
        <translation>Cet espace de travail ne peut être que lu ici</translation>
    </message>
    <message>
        <source>{shown_location} is read-only: you can view it; copy it to a folder you can write to to change it</source>
        <translation>{shown_location} est en lecture seule : vous pouvez le consulter ; pour le modifier, copiez-le dans un dossier où vous pouvez écrire</translation>
    </message>
</context>
<context>
    <name>Details</name>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Proposé</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campagne</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Mots-clés</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Lien</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Original zone</source>
        <translation>Fuseau d’origine</translation>
    </message>
    <message>
        <source>Recurring</source>
        <translation>Récurrent</translation>
    </message>
    <message>
        <source>Source file</source>
        <translation>Fichier source</translation>
    </message>
    <message>
        <source>Where in the file</source>
        <translation>Emplacement dans le fichier</translation>
    </message>
    <message>
        <source>Reference (UID or row key)</source>
        <translation>Référence (UID ou clé de ligne)</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Signalements</translation>
    </message>
    <message>
        <source>(written “{raw}”)</source>
        <translation>(écrit « {raw} »)</translation>
    </message>
    <message>
        <source>moved; its file has {when}</source>
        <translation>déplacé ; son fichier indique {when}</translation>
    </message>
    <message>
        <source>yes, one occurrence of a series</source>
        <translation>oui, une occurrence d’une série</translation>
    </message>
    <message>
        <source>(no title)</source>
        <translation>(sans titre)</translation>
    </message>
</context>
<context>
    <name>EditForm</name>
    <message>
        <source>Propose a change</source>
        <translation>Proposer une modification</translation>
    </message>
    <message>
        <source>Why, for the department (goes into the change request)</source>
        <translation>Pourquoi, pour le service (figure dans la demande de modification)</translation>
    </message>
    <message>
        <source>Start:</source>
        <translation>Début :</translation>
    </message>
    <message>
        <source>End:</source>
        <translation>Fin :</translation>
    </message>
    <message>
        <source>Channel:</source>
        <translation>Canal :</translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation>Responsable :</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Statut :</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Note :</translation>
    </message>
    <message>
        <source>Propose</source>
        <translation>Proposer</translation>
    </message>
    <message>
        <source>The master shows the new values; the department&apos;s file stays as it is until its next import carries them</source>
        <translation>Le calendrier maître affiche les nouvelles valeurs ; le fichier du service reste tel quel jusqu’à ce qu’un prochain import les reprenne</translation>
    </message>
    <message>
        <source>Withdraw proposal</source>
        <translation>Retirer la proposition</translation>
    </message>
    <message>
        <source>Moved from {value} (its file still has that time)</source>
        <translation>Déplacé depuis {value} (son fichier a toujours cette heure)</translation>
    </message>
    <message>
        <source>The end is before the start: choose a later end.</source>
        <translation>La fin précède le début : choisissez une fin plus tardive.</translation>
    </message>
</context>
<context>
    <name>EmptyPeriodCard</name>
    <message>
        <source>Nothing in this week with the current filters</source>
        <translation>Rien cette semaine avec les filtres actuels</translation>
    </message>
    <message>
        <source>Nothing in this week</source>
        <translation>Rien cette semaine</translation>
    </message>
    <message>
        <source>Nothing in this month with the current filters</source>
        <translation>Rien ce mois-ci avec les filtres actuels</translation>
    </message>
    <message>
        <source>Nothing in this month</source>
        <translation>Rien ce mois-ci</translation>
    </message>
    <message>
        <source>Nothing in this period with the current filters</source>
        <translation>Rien sur cette période avec les filtres actuels</translation>
    </message>
    <message>
        <source>Nothing in this period</source>
        <translation>Rien sur cette période</translation>
    </message>
    <message>
        <source>No entry passes the filters anywhere in the workspace.</source>
        <translation>Aucune entrée de l’espace de travail ne passe les filtres.</translation>
    </message>
    <message>
        <source>◀ Earlier entries: {day}</source>
        <translation>◀ Entrées précédentes : {day}</translation>
    </message>
    <message>
        <source>Later entries: {day} ▶</source>
        <translation>Entrées suivantes : {day} ▶</translation>
    </message>
</context>
<context>
    <name>EntryDetailsDialog</name>
    <message>
        <source>Entry</source>
        <translation>Entrée</translation>
    </message>
</context>
<context>
    <name>EntryTable</name>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>All day</source>
        <translation>Journée entière</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campagne</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Mots-clés</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Lien</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Fuseau horaire</translation>
    </message>
    <message>
        <source>Recurring</source>
        <translation>Récurrent</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>moved by a proposal: its file has another time</source>
        <translation>déplacé par une proposition : son fichier indique une autre heure</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>All day</source>
        <translation>Journée entière</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Semaine</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campagne</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Lien</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Where in source</source>
        <translation>Emplacement dans la source</translation>
    </message>
    <message>
        <source>Original zone</source>
        <translation>Fuseau d’origine</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflits</translation>
    </message>
    <message>
        <source>Duplicate group</source>
        <translation>Groupe de doublons</translation>
    </message>
    <message>
        <source>Entry ID</source>
        <translation>ID de l’entrée</translation>
    </message>
    <message>
        <source>Proposed (file has)</source>
        <translation>Proposé (le fichier indique)</translation>
    </message>
    <message>
        <source>proposed; file has {when}</source>
        <translation>proposé ; le fichier indique {when}</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>Tous les services</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvert</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Résolu</translation>
    </message>
    <message>
        <source>Intentional</source>
        <translation>Voulu</translation>
    </message>
    <message>
        <source>Not a duplicate</source>
        <translation>Pas un doublon</translation>
    </message>
    <message>
        <source>Slot clash</source>
        <translation>Collision de créneau</translation>
    </message>
    <message>
        <source>Double booking</source>
        <translation>Double réservation</translation>
    </message>
    <message>
        <source>Overload</source>
        <translation>Surcharge</translation>
    </message>
    <message>
        <source>Blackout date</source>
        <translation>Date bloquée</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>First start</source>
        <translation>Premier début</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Entrées</translation>
    </message>
    <message>
        <source>Entry IDs</source>
        <translation>ID des entrées</translation>
    </message>
    <message>
        <source>Departments</source>
        <translation>Services</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Canaux</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>Raisons</translation>
    </message>
    <message>
        <source>Per department</source>
        <translation>Par service</translation>
    </message>
    <message>
        <source>Posts</source>
        <translation>Publications</translation>
    </message>
    <message>
        <source>Conflicts caused</source>
        <translation>Conflits causés</translation>
    </message>
    <message>
        <source>Duplicates involved</source>
        <translation>Doublons concernés</translation>
    </message>
    <message>
        <source>Share settled</source>
        <translation>Part tranchée</translation>
    </message>
</context>
<context>
    <name>ExportActions</name>
    <message>
        <source>E&amp;xport</source>
        <translation>E&amp;xporter</translation>
    </message>
    <message>
        <source>Master calendar (ICS)…</source>
        <translation>Calendrier maître (ICS)…</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation>Fichiers iCalendar (*.ics)</translation>
    </message>
    <message>
        <source>Workbook (Excel)…</source>
        <translation>Classeur (Excel)…</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Classeurs Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Report (JSON)…</source>
        <translation>Rapport (JSON)…</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Fichiers JSON (*.json)</translation>
    </message>
    <message>
        <source>Master calendar</source>
        <translation>Calendrier maître</translation>
    </message>
    <message>
        <source>Workbook</source>
        <translation>Classeur</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <source>in {path}</source>
        <translation>dans {path}</translation>
    </message>
    <message>
        <source>Save the {what} of the workspace</source>
        <translation>Enregistrer le {what} de l’espace de travail</translation>
    </message>
    <message>
        <source>Export {what}</source>
        <translation>Exporter le {what}</translation>
    </message>
    <message>
        <source>The current filters show {shown} of {total} entries. Export which?</source>
        <translation>Les filtres actuels affichent {shown} entrées sur {total}. Lesquelles exporter ?</translation>
    </message>
    <message>
        <source>Filtered ({count})</source>
        <translation>Filtrées ({count})</translation>
    </message>
    <message>
        <source>Shown period ({count})</source>
        <translation>Période affichée ({count})</translation>
    </message>
    <message>
        <source>The entries of the dates the view shows, with the filters; the calendar&apos;s repeating entries are written out for those dates only</source>
        <translation>Les entrées des dates affichées, avec les filtres ; les entrées récurrentes ne sont écrites que pour ces dates</translation>
    </message>
    <message>
        <source>Everything ({count})</source>
        <translation>Tout ({count})</translation>
    </message>
    <message>
        <source>{what} not saved to {path}: {error}</source>
        <translation>{what} non enregistré dans {path} : {error}</translation>
    </message>
    <message>
        <source>Exporting {what} to {path}…</source>
        <translation>Export du {what} vers {path}…</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Search titles, descriptions, links…</source>
        <translation>Rechercher titres, descriptions, liens…</translation>
    </message>
    <message>
        <source>Previous period (Alt+Left)</source>
        <translation>Période précédente (Alt+Gauche)</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd’hui</translation>
    </message>
    <message>
        <source>Go to today (Ctrl+T)</source>
        <translation>Aller à aujourd’hui (Ctrl+T)</translation>
    </message>
    <message>
        <source>Next period (Alt+Right)</source>
        <translation>Période suivante (Alt+Droite)</translation>
    </message>
    <message>
        <source>Go to date: type it (2026-09-14, 14.9.2026, 14 Sep) and press Enter</source>
        <translation>Aller à une date : saisissez-la (2026-09-14, 14/9/2026, 14 sept) puis Entrée</translation>
    </message>
</context>
<context>
    <name>ImportController</name>
    <message>
        <source>Importing {names}…</source>
        <translation>Import de {names}…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Interruption…</translation>
    </message>
    <message>
        <source>Import cancelled: the workspace is unchanged.</source>
        <translation>Import interrompu : l’espace de travail est inchangé.</translation>
    </message>
    <message>
        <source>{file}: not imported; its column mapping was not confirmed ({doubts})</source>
        <translation>{file} : non importé ; la correspondance des colonnes n’a pas été confirmée ({doubts})</translation>
    </message>
    <message>
        <source>Importing with the chosen column mapping…</source>
        <translation>Import avec la correspondance de colonnes choisie…</translation>
    </message>
    <message>
        <source>Importing anyway…</source>
        <translation>Import malgré tout…</translation>
    </message>
    <message>
        <source>Import it anyway?</source>
        <translation>L’importer malgré tout ?</translation>
    </message>
    <message>
        <source>{name} does not look like a calendar: {reason}.{entries}

Import it anyway?</source>
        <translation>{name} ne ressemble pas à un calendrier : {reason}.{entries}

L’importer malgré tout ?</translation>
    </message>
</context>
<context>
    <name>ImportProgress</name>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>ImportRunner</name>
    <message>
        <source>The import failed: {error}</source>
        <translation>L’import a échoué : {error}</translation>
    </message>
</context>
<context>
    <name>ImportSummary</name>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nouvelles</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Modifiées</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Retirée</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Inchangées</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Ignorées</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Avertissements</translation>
    </message>
    <message>
        <source>No entries: the file holds no rows or events with a date.</source>
        <translation>Aucune entrée : le fichier ne contient aucune ligne ni aucun événement daté.</translation>
    </message>
    <message>
        <source>{new} new, {changed} changed, {removed} removed</source>
        <translation>{new} nouvelles, {changed} modifiées, {removed} supprimées</translation>
    </message>
    <message>
        <source>What changed ({count})</source>
        <translation>Ce qui a changé ({count})</translation>
    </message>
    <message>
        <source>What was understood</source>
        <translation>Ce qui a été compris</translation>
    </message>
    <message>
        <source>Not imported: {reason}</source>
        <translation>Non importé : {reason}</translation>
    </message>
</context>
<context>
    <name>ImportSummaryDialog</name>
    <message>
        <source>Import summary</source>
        <translation>Résumé de l’import</translation>
    </message>
</context>
<context>
    <name>Issues</name>
    <message>
        <source>Rule: {rule}</source>
        <translation>Règle : {rule}</translation>
    </message>
    <message>
        <source>entry {id}</source>
        <translation>entrée {id}</translation>
    </message>
    <message>
        <source>at the same time</source>
        <translation>au même moment</translation>
    </message>
    <message>
        <source>{minutes} apart</source>
        <translation>à {minutes} d’intervalle</translation>
    </message>
    <message>
        <source>{channel}: {first} {first_time} and {second} {second_time} on {day} are {apart}</source>
        <translation>{channel} : {first} {first_time} et {second} {second_time} le {day}, {apart}</translation>
    </message>
    <message>
        <source>{channel}: {first} {first_day} {first_time} and {second} {second_day} {second_time} are {apart}</source>
        <translation>{channel} : {first} {first_day} {first_time} et {second} {second_day} {second_time}, {apart}</translation>
    </message>
    <message>
        <source>{channel}: %n posts close together on {day}: {items}</source>
        <translation>{channel} : %n publications rapprochées le {day} : {items}</translation>
    </message>
    <message>
        <source>{channel}: %n posts close together from {day}: {items}</source>
        <translation>{channel} : %n publications rapprochées à partir du {day} : {items}</translation>
    </message>
    <message>
        <source>(rule: {rule})</source>
        <translation>(règle : {rule})</translation>
    </message>
    <message>
        <source>{person} is booked twice on {day}: {first} and {second}</source>
        <translation>{person} a une double réservation le {day} : {first} et {second}</translation>
    </message>
    <message>
        <source>{person} has %n overlapping bookings on {day}: {items}</source>
        <translation>{person} a %n réservations qui se chevauchent le {day} : {items}</translation>
    </message>
    <message>
        <source>{channel} on {day}: %n posts (limit {limit})</source>
        <translation>{channel} le {day} : %n publications (limite {limit})</translation>
    </message>
    <message>
        <source>{who} &apos;{title}&apos; on {day} falls on blackout date ({reasons})</source>
        <translation>{who} « {title} » le {day} tombe sur une date bloquée ({reasons})</translation>
    </message>
    <message>
        <source>set in the settings</source>
        <translation>défini dans les paramètres</translation>
    </message>
    <message>
        <source>{title}, from {source}</source>
        <translation>{title}, de {source}</translation>
    </message>
    <message>
        <source>a blackout calendar</source>
        <translation>un calendrier de dates bloquées</translation>
    </message>
    <message>
        <source>{items} and {last}</source>
        <translation>{items} et {last}</translation>
    </message>
    <message>
        <source>{items} and %n more</source>
        <translation>{items} et %n de plus</translation>
    </message>
    <message>
        <source>{first} ≈ {second}: {reasons}</source>
        <translation>{first} ≈ {second} : {reasons}</translation>
    </message>
    <message>
        <source>titles {percent} % alike</source>
        <translation>titres semblables à {percent} %</translation>
    </message>
    <message>
        <source>descriptions {percent} % alike</source>
        <translation>descriptions semblables à {percent} %</translation>
    </message>
    <message>
        <source>same day</source>
        <translation>le même jour</translation>
    </message>
    <message>
        <source>1 day apart</source>
        <translation>à 1 jour d’intervalle</translation>
    </message>
    <message>
        <source>%n days apart</source>
        <translation>à %n jours d’intervalle</translation>
    </message>
    <message>
        <source>same link</source>
        <translation>même lien</translation>
    </message>
    <message>
        <source>same campaign ({campaign})</source>
        <translation>même campagne ({campaign})</translation>
    </message>
    <message>
        <source>both name {what}</source>
        <translation>les deux citent {what}</translation>
    </message>
    <message>
        <source>name different dates</source>
        <translation>citent des dates différentes</translation>
    </message>
    <message>
        <source>differ in {first} vs {second}</source>
        <translation>diffèrent : {first} contre {second}</translation>
    </message>
    <message>
        <source>name different weekdays</source>
        <translation>citent des jours de la semaine différents</translation>
    </message>
    <message>
        <source>name different months</source>
        <translation>citent des mois différents</translation>
    </message>
    <message>
        <source>one before, one after the event</source>
        <translation>l’une avant, l’autre après l’événement</translation>
    </message>
    <message>
        <source>two posts of the &apos;{label}&apos; format</source>
        <translation>deux publications du format « {label} »</translation>
    </message>
    <message>
        <source>name different things</source>
        <translation>citent des choses différentes</translation>
    </message>
    <message>
        <source>figure {value}</source>
        <translation>chiffre {value}</translation>
    </message>
    <message>
        <source>date {day}</source>
        <translation>date {day}</translation>
    </message>
    <message>
        <source>same {things}</source>
        <translation>en commun : {things}</translation>
    </message>
    <message>
        <source> and </source>
        <translation> et </translation>
    </message>
    <message>
        <source>meaning {value}</source>
        <translation>sens {value}</translation>
    </message>
    <message>
        <source>but &apos;{first}&apos; vs &apos;{second}&apos;</source>
        <translation>mais « {first} » contre « {second} »</translation>
    </message>
    <message>
        <source>&apos;{first}&apos; ~ &apos;{second}&apos;</source>
        <translation>&apos;{first}&apos; ~ &apos;{second}&apos;</translation>
    </message>
    <message>
        <source>in two languages</source>
        <translation>en deux langues</translation>
    </message>
    <message>
        <source>the same entry in {files} ({reasons})</source>
        <translation>la même entrée dans {files} ({reasons})</translation>
    </message>
    <message>
        <source>same reference</source>
        <translation>même référence</translation>
    </message>
    <message>
        <source>same title, start and channel</source>
        <translation>même titre, début et canal</translation>
    </message>
    <message>
        <source>same entry</source>
        <translation>même entrée</translation>
    </message>
    <message>
        <source>{value} min</source>
        <translation>{value} min</translation>
    </message>
    <message>
        <source>{value} h</source>
        <translation>{value} h</translation>
    </message>
</context>
<context>
    <name>IssuesController</name>
    <message>
        <source>The analysis failed: {error}</source>
        <translation>L’analyse a échoué : {error}</translation>
    </message>
    <message>
        <source>The decision was not saved: {reason}</source>
        <translation>La décision n’a pas été enregistrée : {reason}</translation>
    </message>
    <message>
        <source>The mark was not withdrawn: {reason}</source>
        <translation>La marque n’a pas été retirée : {reason}</translation>
    </message>
</context>
<context>
    <name>IssuesModel</name>
    <message>
        <source>Issue</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>{label} ({total}, {undecided} undecided)</source>
        <translation>{label} ({total}, {undecided} non tranchés)</translation>
    </message>
    <message>
        <source>Marked {decision}</source>
        <translation>Marqué : {decision}</translation>
    </message>
</context>
<context>
    <name>IssuesPanel</name>
    <message>
        <source>Undecided</source>
        <translation>Non tranchés</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Tous</translation>
    </message>
    <message>
        <source>Show only items nobody has settled yet, or all of them</source>
        <translation>N’afficher que les éléments que personne n’a encore tranchés, ou tous</translation>
    </message>
    <message>
        <source>Not analysed yet</source>
        <translation>Pas encore analysé</translation>
    </message>
    <message>
        <source>Counted over the whole workspace, not only the period in view</source>
        <translation>Compté sur tout l’espace de travail, pas seulement la période affichée</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Afficher :</translation>
    </message>
    <message>
        <source>Note (optional), saved with the mark</source>
        <translation>Note (facultative), enregistrée avec la marque</translation>
    </message>
    <message>
        <source>&amp;Resolved</source>
        <translation>&amp;Résolu</translation>
    </message>
    <message>
        <source>&amp;Intentional</source>
        <translation>&amp;Voulu</translation>
    </message>
    <message>
        <source>&amp;Not a duplicate</source>
        <translation>&amp;Pas un doublon</translation>
    </message>
    <message>
        <source>&amp;Un-mark</source>
        <translation>Enlever la &amp;marque</translation>
    </message>
    <message>
        <source>Mer&amp;ge copies</source>
        <translation>&amp;Fusionner les copies</translation>
    </message>
    <message>
        <source>One entry in the master exports; both sources keep theirs</source>
        <translation>Une seule entrée dans les exports du maître ; les deux sources gardent la leur</translation>
    </message>
    <message>
        <source>The clash or duplication was fixed in the departments&apos; calendars</source>
        <translation>Le conflit ou le doublon a été corrigé dans les calendriers des services</translation>
    </message>
    <message>
        <source>Keep it as it is: it was planned this way</source>
        <translation>Laisser tel quel : c’était prévu ainsi</translation>
    </message>
    <message>
        <source>These entries are different efforts</source>
        <translation>Ces entrées sont des actions différentes</translation>
    </message>
    <message>
        <source>Withdraw the mark: the item counts as undecided again</source>
        <translation>Retirer la marque : l’élément redevient non tranché</translation>
    </message>
    <message>
        <source>Analysing…</source>
        <translation>Analyse en cours…</translation>
    </message>
    <message numerus="yes">
        <source>Whole workspace: {conflicts} of %n conflicts</source>
        <translation>
            <numerusform>Tout l’espace : {conflicts} conflit sur %n</numerusform>
            <numerusform>Tout l’espace : {conflicts} conflits sur %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{duplicates} of %n duplicate groups undecided</source>
        <translation>
            <numerusform>{duplicates} groupe de doublons sur %n non tranché</numerusform>
            <numerusform>{duplicates} groupes de doublons sur %n non tranchés</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <source>System ({language})</source>
        <translation>Système ({language})</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Window language:</source>
        <translation>Langue de la fenêtre :</translation>
    </message>
    <message>
        <source>Menus, panels and messages, and how dates, times and numbers are written (7. Sep and 14:00 in German, 9/7 and 2:00 PM in American English). Saved on this computer; the workspace is not changed.</source>
        <translation>Menus, panneaux et messages, ainsi que l’écriture des dates, heures et nombres (7. Sep et 14:00 en allemand, 9/7 et 2:00 PM en anglais américain). Enregistré sur cet ordinateur ; l’espace de travail n’est pas modifié.</translation>
    </message>
</context>
<context>
    <name>Layout</name>
    <message>
        <source>all day</source>
        <translation>journée</translation>
    </message>
    <message>
        <source>continued</source>
        <translation>suite</translation>
    </message>
    <message>
        <source>until {time}</source>
        <translation>jusqu’à {time}</translation>
    </message>
</context>
<context>
    <name>Legend</name>
    <message>
        <source>Conflict</source>
        <translation>Conflit</translation>
    </message>
</context>
<context>
    <name>ListView</name>
    <message>
        <source>Only conflicts and duplicates</source>
        <translation>Seulement les conflits et doublons</translation>
    </message>
    <message>
        <source>All dates · from {day} in view</source>
        <translation>Toutes les dates · à partir du {day} affiché</translation>
    </message>
    <message numerus="yes">
        <source>{shown} of %n entries in a conflict or duplicate group</source>
        <translation>
            <numerusform>{shown} entrée sur %n dans un conflit ou un groupe de doublons</numerusform>
            <numerusform>{shown} entrées sur %n dans un conflit ou un groupe de doublons</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n entrée</numerusform>
            <numerusform>%n entrées</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LiveController</name>
    <message>
        <source>Publish to folder</source>
        <translation>Publier dans un dossier</translation>
    </message>
    <message>
        <source>Subscribe to a calendar…</source>
        <translation>S’abonner à un calendrier…</translation>
    </message>
    <message>
        <source>Refresh sources</source>
        <translation>Actualiser les sources</translation>
    </message>
    <message>
        <source>Read every subscribed calendar again, then reload the window</source>
        <translation>Relire tous les calendriers abonnés, puis recharger la fenêtre</translation>
    </message>
    <message>
        <source>Publish…</source>
        <translation>Publier…</translation>
    </message>
    <message>
        <source>Write the master .ics, one .ics per department and the workbook to a folder</source>
        <translation>Écrire le .ics maître, un .ics par service et le classeur dans un dossier</translation>
    </message>
    <message>
        <source>Re-read source files when they change</source>
        <translation>Relire les fichiers sources quand ils changent</translation>
    </message>
    <message>
        <source>Refresh now</source>
        <translation>Actualiser maintenant</translation>
    </message>
    <message>
        <source>off</source>
        <translation>désactivé</translation>
    </message>
    <message>
        <source>hourly</source>
        <translation>toutes les heures</translation>
    </message>
    <message>
        <source>daily</source>
        <translation>tous les jours</translation>
    </message>
    <message>
        <source>Refresh every</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>{url} is not a calendar link (https://, webcal:// or caldav+https://)</source>
        <translation>{url} n’est pas un lien de calendrier (https://, webcal:// ou caldav+https://)</translation>
    </message>
    <message>
        <source>Reloaded; no subscribed calendars to refresh.</source>
        <translation>Rechargé ; aucun calendrier abonné à actualiser.</translation>
    </message>
    <message>
        <source>Refreshing subscribed calendars…</source>
        <translation>Actualisation des calendriers abonnés…</translation>
    </message>
    <message>
        <source>Subscribing…</source>
        <translation>Abonnement…</translation>
    </message>
    <message numerus="yes">
        <source>%n calendar(s) refreshed</source>
        <translation>
            <numerusform>%n calendrier actualisé</numerusform>
            <numerusform>%n calendriers actualisés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed (kept as they were)</source>
        <translation>
            <numerusform>%n en échec (conservé tel quel)</numerusform>
            <numerusform>%n en échec (conservés tels quels)</numerusform>
        </translation>
    </message>
    <message>
        <source>Subscribed calendars</source>
        <translation>Calendriers abonnés</translation>
    </message>
    <message numerus="yes">
        <source>%n calendar(s)</source>
        <translation>
            <numerusform>%n calendrier</numerusform>
            <numerusform>%n calendriers</numerusform>
        </translation>
    </message>
    <message>
        <source>Refreshing failed: {error}</source>
        <translation>Échec de l’actualisation : {error}</translation>
    </message>
    <message>
        <source>Publishing to {folder} failed: {error}</source>
        <translation>Échec de la publication dans {folder} : {error}</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>Publier</translation>
    </message>
    <message>
        <source>Publish again after every import or refresh?</source>
        <translation>Publier à nouveau après chaque import ou actualisation ?</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>The workspace could not be opened.</source>
        <translation>L’espace de travail n’a pas pu être ouvert.</translation>
    </message>
    <message>
        <source>Calendars and spreadsheets</source>
        <translation>Calendriers et tableurs</translation>
    </message>
    <message>
        <source>All files</source>
        <translation>Tous les fichiers</translation>
    </message>
    <message>
        <source>The workspace could not be read: {0}</source>
        <translation>Impossible de lire l&apos;espace de travail : {0}</translation>
    </message>
    <message>
        <source>The entries could not be loaded: {error}</source>
        <translation>Les entrées n’ont pas pu être chargées : {error}</translation>
    </message>
    <message>
        <source>{shown} shown</source>
        <translation>{shown} affichées</translation>
    </message>
    <message>
        <source>{total} in workspace</source>
        <translation>{total} dans l’espace</translation>
    </message>
    <message numerus="yes">
        <source>%n source(s)</source>
        <translation>
            <numerusform>%n source</numerusform>
            <numerusform>%n sources</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in view: %n conflict(s)</source>
        <translation>
            <numerusform>affiché : %n conflit</numerusform>
            <numerusform>affiché : %n conflits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate group(s)</source>
        <translation>
            <numerusform>%n groupe de doublons</numerusform>
            <numerusform>%n groupes de doublons</numerusform>
        </translation>
    </message>
    <message>
        <source>Open conflicts and duplicate groups with an entry in view; the Conflicts and duplicates panel lists the whole workspace</source>
        <translation>Conflits et groupes de doublons ouverts ayant une entrée affichée ; le panneau « Conflits et doublons » liste tout l’espace de travail</translation>
    </message>
    <message>
        <source>Import calendars</source>
        <translation>Importer des calendriers</translation>
    </message>
    <message>
        <source>Open or create a workspace</source>
        <translation>Ouvrir ou créer un espace de travail</translation>
    </message>
    <message>
        <source>Masthead workspaces</source>
        <translation>Espaces de travail Masthead</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>Wait for the import to finish first.</source>
        <translation>Attendez d’abord la fin de l’import.</translation>
    </message>
    <message>
        <source>Redone</source>
        <translation>Rétabli</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>Wait for the import to finish before removing a source.</source>
        <translation>Attendez la fin de l’import avant de retirer une source.</translation>
    </message>
    <message>
        <source>{source} ({department}); Edit ▸ Undo brings it back</source>
        <translation>{source} ({department}) ; Édition ▸ Annuler la rétablit</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Retirée</translation>
    </message>
    <message numerus="yes">
        <source>{files} and %n more</source>
        <translation>
            <numerusform>{files} et %n autre</numerusform>
            <numerusform>{files} et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>Drop to import {files}</source>
        <translation>Déposer pour importer {files}</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>aucun pour l’instant</translation>
    </message>
    <message>
        <source>About Masthead</source>
        <translation>À propos de Masthead</translation>
    </message>
    <message>
        <source>Every department&apos;s editorial calendar in one timeline.</source>
        <translation>Les calendriers éditoriaux de tous les services sur une seule frise.</translation>
    </message>
    <message>
        <source>Files it reads: {extensions}</source>
        <translation>Fichiers lus : {extensions}</translation>
    </message>
    <message>
        <source>Workspace: {location}</source>
        <translation>Espace de travail : {location}</translation>
    </message>
    <message>
        <source>demo</source>
        <translation>démo</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
</context>
<context>
    <name>MappingDialog</name>
    <message>
        <source>Map the columns of {file_name}</source>
        <translation>Faire correspondre les colonnes de {file_name}</translation>
    </message>
    <message>
        <source>As Masthead reads them with this mapping</source>
        <translation>Lecture par Masthead avec cette correspondance</translation>
    </message>
    <message>
        <source>Import with this mapping</source>
        <translation>Importer avec cette correspondance</translation>
    </message>
    <message>
        <source>Don&apos;t import</source>
        <translation>Ne pas importer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>The first rows of the file, under the role each column gets</source>
        <translation>Les premières lignes du fichier, sous le rôle attribué à chaque colonne</translation>
    </message>
    <message>
        <source>Choose the column that holds the date (Date or Start).</source>
        <translation>Choisissez la colonne qui contient la date (Date ou Début).</translation>
    </message>
    <message>
        <source>your choice</source>
        <translation>votre choix</translation>
    </message>
    <message>
        <source>As Masthead reads them with this mapping: reading…</source>
        <translation>Lecture par Masthead avec cette correspondance : lecture…</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Start (date and time)</source>
        <translation>Début (date et heure)</translation>
    </message>
    <message>
        <source>End (date and time)</source>
        <translation>Fin (date et heure)</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Date de fin</translation>
    </message>
    <message>
        <source>End time</source>
        <translation>Heure de fin</translation>
    </message>
    <message>
        <source>All day (yes/no)</source>
        <translation>Journée entière (oui/non)</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Description / copy</source>
        <translation>Description / texte</translation>
    </message>
    <message>
        <source>Owner / person</source>
        <translation>Responsable / personne</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campagne</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Lien</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Keep as extra field</source>
        <translation>Garder comme champ supplémentaire</translation>
    </message>
    <message>
        <source>— ignore —</source>
        <translation>— ignorer —</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Fuseau horaire</translation>
    </message>
    <message>
        <source>(sheet {sheet})</source>
        <translation>(feuille {sheet})</translation>
    </message>
    <message>
        <source>this is how Masthead reads the columns. Check them, change what is wrong, then import. The choice is kept for the next import of this file.</source>
        <translation>voici comment Masthead lit les colonnes. Vérifiez-les, corrigez ce qui est faux, puis importez. Le choix est conservé pour le prochain import de ce fichier.</translation>
    </message>
    <message>
        <source>the columns could not be matched automatically. Say what each column holds; at least one must be a date.</source>
        <translation>les colonnes n’ont pas pu être reconnues automatiquement. Indiquez ce que contient chaque colonne ; au moins une doit être une date.</translation>
    </message>
    <message>
        <source>{column} (ignored)</source>
        <translation>{column} (ignorée)</translation>
    </message>
    <message>
        <source>Start ({zone})</source>
        <translation>Début ({zone})</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>With this mapping the file cannot be read: {exc}</source>
        <translation>Avec cette correspondance, le fichier ne peut pas être lu : {exc}</translation>
    </message>
</context>
<context>
    <name>Markers</name>
    <message>
        <source>Slot clash</source>
        <translation>Collision de créneau</translation>
    </message>
    <message>
        <source>Double booking</source>
        <translation>Double réservation</translation>
    </message>
    <message>
        <source>Overload</source>
        <translation>Surcharge</translation>
    </message>
    <message>
        <source>Blackout date</source>
        <translation>Date bloquée</translation>
    </message>
    <message>
        <source>Possible duplicate</source>
        <translation>Doublon possible</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copie</translation>
    </message>
    <message>
        <source>Slot clashes</source>
        <translation>Collisions de créneau</translation>
    </message>
    <message>
        <source>Double bookings</source>
        <translation>Doubles réservations</translation>
    </message>
    <message>
        <source>Overloaded days</source>
        <translation>Jours surchargés</translation>
    </message>
    <message>
        <source>Blackout dates</source>
        <translation>Dates bloquées</translation>
    </message>
    <message>
        <source>Possible duplicates</source>
        <translation>Doublons possibles</translation>
    </message>
    <message>
        <source>Copies (one entry handed over twice)</source>
        <translation>Copies (une entrée transmise deux fois)</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Résolu</translation>
    </message>
    <message>
        <source>Intentional</source>
        <translation>Voulu</translation>
    </message>
    <message>
        <source>Not a duplicate</source>
        <translation>Pas un doublon</translation>
    </message>
    <message>
        <source>similar entries</source>
        <translation>entrées semblables</translation>
    </message>
    <message>
        <source>{reasons} (score {score})</source>
        <translation>{reasons} (score {score})</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Entries named like the first will use the second name.</source>
        <translation>Les entrées nommées comme la première prendront le second nom.</translation>
    </message>
    <message>
        <source>Merge:</source>
        <translation>Fusionner :</translation>
    </message>
    <message>
        <source>Into:</source>
        <translation>Dans :</translation>
    </message>
    <message>
        <source>Choose two names.</source>
        <translation>Choisissez deux noms.</translation>
    </message>
    <message>
        <source>Choose two different names.</source>
        <translation>Choisissez deux noms différents.</translation>
    </message>
</context>
<context>
    <name>MultiPick</name>
    <message>
        <source>All</source>
        <translation>Tous</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>{label}: all (click to choose)</source>
        <translation>{label} : tous (cliquer pour choisir)</translation>
    </message>
</context>
<context>
    <name>Painting</name>
    <message>
        <source>Nothing in this period</source>
        <translation>Rien sur cette période</translation>
    </message>
    <message>
        <source>Blackout</source>
        <translation>Bloqué</translation>
    </message>
    <message>
        <source>No entries in this period</source>
        <translation>Aucune entrée sur cette période</translation>
    </message>
    <message>
        <source>nothing planned</source>
        <translation>rien de prévu</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>days as columns</source>
        <translation>jours en colonnes</translation>
    </message>
    <message>
        <source>departments as lanes</source>
        <translation>services en lignes</translation>
    </message>
    <message>
        <source>a month per page</source>
        <translation>un mois par page</translation>
    </message>
    <message>
        <source>2 weeks per page</source>
        <translation>2 semaines par page</translation>
    </message>
    <message>
        <source>4 weeks per page</source>
        <translation>4 semaines par page</translation>
    </message>
    <message>
        <source>agenda by day</source>
        <translation>agenda par jour</translation>
    </message>
    <message>
        <source>agenda (the week is too full for its hours)</source>
        <translation>agenda (la semaine est trop chargée pour la vue horaire)</translation>
    </message>
    <message>
        <source>Week {week}, {year}</source>
        <translation>Semaine {week}, {year}</translation>
    </message>
    <message>
        <source>Departments</source>
        <translation>Services</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Canaux</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>Text: “{text}”</source>
        <translation>Texte : « {text} »</translation>
    </message>
    <message>
        <source>Weeks {first}–{last}, {year}</source>
        <translation>Semaines {first}–{last}, {year}</translation>
    </message>
    <message>
        <source>Weeks {first}, {first_year} – {last}, {year}</source>
        <translation>Semaines {first}, {first_year} – {last}, {year}</translation>
    </message>
    <message>
        <source>Agenda · {days}</source>
        <translation>Agenda · {days}</translation>
    </message>
    <message>
        <source>(no department)</source>
        <translation>(sans service)</translation>
    </message>
    <message>
        <source>{title} · printed {stamp}</source>
        <translation>{title} · imprimé le {stamp}</translation>
    </message>
    <message>
        <source>Filters: {filters}</source>
        <translation>Filtres : {filters}</translation>
    </message>
    <message>
        <source>times in {zone}</source>
        <translation>heures en {zone}</translation>
    </message>
    <message>
        <source>No entries this week</source>
        <translation>Aucune entrée cette semaine</translation>
    </message>
    <message>
        <source>Page {number} of {total}</source>
        <translation>Page {number} sur {total}</translation>
    </message>
    <message>
        <source>Masthead week {weeks}</source>
        <translation>Masthead semaine {weeks}</translation>
    </message>
</context>
<context>
    <name>Proposals</name>
    <message>
        <source>free slot suggested for: {message}</source>
        <translation>créneau libre proposé pour : {message}</translation>
    </message>
    <message>
        <source>Suggest a &amp;free slot</source>
        <translation>Proposer un créneau &amp;libre</translation>
    </message>
    <message>
        <source>The nearest times, same channel, within working hours, that create no new conflict</source>
        <translation>Les heures les plus proches, même canal, aux heures ouvrées, qui ne créent aucun nouveau conflit</translation>
    </message>
    <message>
        <source>The demo proposal could not be made: {exc}</source>
        <translation>La proposition de démonstration n’a pas pu être faite : {exc}</translation>
    </message>
</context>
<context>
    <name>ProposalsDialog</name>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <source>File has</source>
        <translation>Le fichier indique</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Proposé</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>open</source>
        <translation>ouverte</translation>
    </message>
    <message>
        <source>stale</source>
        <translation>périmée</translation>
    </message>
    <message>
        <source>Proposals</source>
        <translation>Propositions</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Afficher</translation>
    </message>
    <message>
        <source>&amp;Withdraw</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>(entry gone)</source>
        <translation>(entrée disparue)</translation>
    </message>
    <message>
        <source>{open} open, {stale} stale (the department changed the entry another way: review, then propose again or withdraw)</source>
        <translation>{open} ouvertes, {stale} périmées (le service a modifié l’entrée autrement : vérifiez, puis proposez à nouveau ou retirez)</translation>
    </message>
    <message>
        <source>Proposal withdrawn.</source>
        <translation>Proposition retirée.</translation>
    </message>
</context>
<context>
    <name>ProposalsUi</name>
    <message>
        <source>&amp;Change requests…</source>
        <translation>&amp;Demandes de modification…</translation>
    </message>
    <message>
        <source>Per department: a workbook, an .ics of the moved entries and a message</source>
        <translation>Par service : un classeur, un .ics des entrées déplacées et un message</translation>
    </message>
    <message>
        <source>&amp;Proposals…</source>
        <translation>Pr&amp;opositions…</translation>
    </message>
    <message>
        <source>The open and stale proposals: review, show, withdraw</source>
        <translation>Les propositions ouvertes et périmées : vérifier, afficher, retirer</translation>
    </message>
    <message>
        <source>Move onto a blackout?</source>
        <translation>Déplacer sur une date bloquée ?</translation>
    </message>
    <message>
        <source>{message}.

Propose the move anyway?</source>
        <translation>{message}.

Proposer le déplacement malgré tout ?</translation>
    </message>
    <message>
        <source>Write change requests into</source>
        <translation>Écrire les demandes de modification dans</translation>
    </message>
    <message>
        <source>No free slot within the working hours nearby</source>
        <translation>Aucun créneau libre aux heures ouvrées à proximité</translation>
    </message>
    <message>
        <source>That entry is no longer in the workspace.</source>
        <translation>Cette entrée n’est plus dans l’espace de travail.</translation>
    </message>
    <message>
        <source>Not moved: {exc}.</source>
        <translation>Non déplacé : {exc}.</translation>
    </message>
    <message>
        <source>Not moved: {exc}</source>
        <translation>Non déplacé : {exc}</translation>
    </message>
    <message>
        <source>Proposed: {title} to {when}. File ▸ Export ▸ Change requests… tells {department}.</source>
        <translation>Proposé : {title} au {when}. Fichier ▸ Exporter ▸ Demandes de modification… en informe {department}.</translation>
    </message>
    <message>
        <source>Proposal withdrawn: {title} is back at its file&apos;s time.</source>
        <translation>Proposition retirée : {title} revient à l’heure de son fichier.</translation>
    </message>
    <message>
        <source>Nothing in this conflict can move.</source>
        <translation>Rien dans ce conflit ne peut être déplacé.</translation>
    </message>
    <message>
        <source>Looking for free slots for {title}…</source>
        <translation>Recherche de créneaux libres pour {title}…</translation>
    </message>
    <message>
        <source>No free slot for {title} within the working hours nearby.</source>
        <translation>Aucun créneau libre pour {title} aux heures ouvrées à proximité.</translation>
    </message>
    <message>
        <source>No slot suggested: {exc}</source>
        <translation>Aucun créneau proposé : {exc}</translation>
    </message>
    <message>
        <source>Change requests not written: {exc}</source>
        <translation>Demandes de modification non écrites : {exc}</translation>
    </message>
</context>
<context>
    <name>Readers</name>
    <message>
        <source>{where}: {message}</source>
        <translation>{where} : {message}</translation>
    </message>
    <message>
        <source>{file}, row {row}</source>
        <translation>{file}, ligne {row}</translation>
    </message>
    <message>
        <source>{file}, sheet {sheet}, row {row}</source>
        <translation>{file}, feuille {sheet}, ligne {row}</translation>
    </message>
    <message>
        <source>{file}, line {line}</source>
        <translation>{file}, ligne {line}</translation>
    </message>
    <message>
        <source>row {row}</source>
        <translation>ligne {row}</translation>
    </message>
    <message>
        <source>sheet {sheet}, row {row}</source>
        <translation>feuille {sheet}, ligne {row}</translation>
    </message>
    <message>
        <source>the date cell shows the error {error} (a broken formula); &apos;{title}&apos; skipped</source>
        <translation>la cellule de date affiche l’erreur {error} (une formule cassée) ; « {title} » ignoré</translation>
    </message>
    <message>
        <source>&apos;{title}&apos; has no date; skipped</source>
        <translation>« {title} » n’a pas de date ; ignoré</translation>
    </message>
    <message>
        <source>date &apos;{value}&apos; not understood; &apos;{title}&apos; skipped</source>
        <translation>date « {value} » non comprise ; « {title} » ignoré</translation>
    </message>
    <message>
        <source>{reason}; &apos;{title}&apos; skipped</source>
        <translation>{reason} ; « {title} » ignoré</translation>
    </message>
    <message>
        <source>time &apos;{value}&apos; not understood; &apos;{title}&apos; imported as all-day</source>
        <translation>heure « {value} » non comprise ; « {title} » importé sur la journée entière</translation>
    </message>
    <message>
        <source>end date not understood; ignored</source>
        <translation>date de fin non comprise ; ignorée</translation>
    </message>
    <message>
        <source>end {reason}; ignored</source>
        <translation>fin : {reason} ; ignorée</translation>
    </message>
    <message>
        <source>the date {value} is outside the range Masthead keeps ({first} to {last})</source>
        <translation>la date {value} est hors de la plage conservée par Masthead ({first} à {last})</translation>
    </message>
    <message>
        <source>%n more row warnings not shown</source>
        <translation>%n autre(s) avertissement(s) de ligne non affiché(s)</translation>
    </message>
    <message>
        <source>column mapping &apos;{column}={field}&apos; ignored: unknown field &apos;{field}&apos; (known: {known})</source>
        <translation>correspondance « {column}={field} » ignorée : champ inconnu « {field} » (connus : {known})</translation>
    </message>
    <message>
        <source>not imported as a calendar: {reason}. If it is one, import it anyway</source>
        <translation>non importé comme calendrier : {reason}. Si c’en est un, importez-le malgré tout</translation>
    </message>
    <message>
        <source>not imported as a calendar ({place}): {reason}. If it is one, import it anyway</source>
        <translation>non importé comme calendrier ({place}) : {reason}. Si c’en est un, importez-le malgré tout</translation>
    </message>
    <message>
        <source>sheet {sheet}</source>
        <translation>feuille {sheet}</translation>
    </message>
    <message>
        <source>rows {first}–{last}</source>
        <translation>lignes {first}–{last}</translation>
    </message>
    <message>
        <source>every row is the next day ({first} to {last}) and no column looks like an activity, only names of days and months, numbers and codes: a date lookup table, not a calendar</source>
        <translation>chaque ligne est le jour suivant ({first} à {last}) et aucune colonne ne ressemble à une activité, seulement des noms de jours et de mois, des nombres et des codes : une table de dates, pas un calendrier</translation>
    </message>
    <message>
        <source>every column besides the date holds numbers with decimals or a few names repeated, and none looks like an activity: values by date (prices, rates), not a calendar</source>
        <translation>chaque colonne hors la date contient des nombres décimaux ou quelques noms répétés, et aucune ne ressemble à une activité : des valeurs par date (prix, taux), pas un calendrier</translation>
    </message>
    <message>
        <source>it is laid out as a weekly timetable: its columns are weekdays ({first} to {last}) with no dates, so the week is not in the file; add a row of dates under the weekdays (one date per column), then import again</source>
        <translation>il est présenté comme un emploi du temps hebdomadaire : ses colonnes sont des jours de la semaine ({first} à {last}) sans dates, la semaine ne figure donc pas dans le fichier ; ajoutez une ligne de dates sous les jours (une date par colonne), puis importez à nouveau</translation>
    </message>
    <message>
        <source>column &apos;{column}&apos; names weekdays only ({names}) and no column gives their dates, so the week they belong to is not in the file; write the date of each day in that column, then import again</source>
        <translation>la colonne « {column} » ne nomme que des jours de la semaine ({names}) et aucune colonne ne donne leurs dates, la semaine ne figure donc pas dans le fichier ; écrivez la date de chaque jour dans cette colonne, puis importez à nouveau</translation>
    </message>
    <message>
        <source>column &apos;{column}&apos; numbers the days (&apos;{first}&apos; to &apos;{last}&apos;) instead of dating them, so the file does not say when day 1 is; write the dates in that column, then import again</source>
        <translation>la colonne « {column} » numérote les jours (« {first} » à « {last} ») au lieu de les dater, le fichier ne dit donc pas quand tombe le jour 1 ; écrivez les dates dans cette colonne, puis importez à nouveau</translation>
    </message>
    <message>
        <source>no column holds dates, so this table is not a calendar (a list, results or figures); if one column does hold dates in a form not understood, map it as the date</source>
        <translation>aucune colonne ne contient de dates, ce tableau n’est donc pas un calendrier (une liste, des résultats ou des chiffres) ; si une colonne contient des dates sous une forme non comprise, associez-la à la date</translation>
    </message>
    <message>
        <source>the table gives times of day only ({columns}) and nothing in the file says which day: no column holds dates, no line above the table and not the file name gives one; add a date column (or write the day, such as 2026-03-14, in a line above the header or in the file name), then import again</source>
        <translation>le tableau ne donne que des heures ({columns}) et rien dans le fichier ne dit quel jour : aucune colonne ne contient de dates, ni une ligne au-dessus du tableau ni le nom du fichier n’en donne une ; ajoutez une colonne de dates (ou écrivez le jour, par exemple 2026-03-14, dans une ligne au-dessus de l’en-tête ou dans le nom du fichier), puis importez à nouveau</translation>
    </message>
    <message>
        <source>the time columns ({columns}) are empty on {empty} of {rows} rows and no column holds dates, so the entries have neither day nor time yet; fill in the dates and times (or add a date column), then import again</source>
        <translation>les colonnes d’heures ({columns}) sont vides sur {empty} lignes sur {rows} et aucune colonne ne contient de dates : les entrées n’ont encore ni jour ni heure ; remplissez les dates et les heures (ou ajoutez une colonne de dates), puis importez à nouveau</translation>
    </message>
    <message>
        <source>no date found (header row {row}): {reason}. Headers found: {headers}</source>
        <translation>aucune date trouvée (ligne d’en-tête {row}) : {reason}. En-têtes trouvés : {headers}</translation>
    </message>
    <message>
        <source>no date found (sheet {sheet}, header row {row}): {reason}. Headers found: {headers}</source>
        <translation>aucune date trouvée (feuille {sheet}, ligne d’en-tête {row}) : {reason}. En-têtes trouvés : {headers}</translation>
    </message>
    <message>
        <source>its table gives dates with nothing written for them (no title, no text on any dated row), so there is no entry to import</source>
        <translation>son tableau donne des dates sans rien d’écrit (aucun titre, aucun texte sur les lignes datées), il n’y a donc aucune entrée à importer</translation>
    </message>
    <message>
        <source>no entry could be read from its %n rows with text</source>
        <translation>aucune entrée n’a pu être lue dans ses %n ligne(s) avec du texte</translation>
    </message>
    <message>
        <source>no entry could be read from its %n rows with text (the first: {first_problem})</source>
        <translation>aucune entrée n’a pu être lue dans ses %n ligne(s) avec du texte (la première : {first_problem})</translation>
    </message>
    <message>
        <source>no date column found (header row {row}): {reason}. Headers found: {headers}. Map one with --map &quot;HEADER=date&quot;</source>
        <translation>aucune colonne de date trouvée (ligne d’en-tête {row}) : {reason}. En-têtes trouvés : {headers}. Associez-en une avec --map &quot;EN-TÊTE=date&quot;</translation>
    </message>
    <message>
        <source>no date column found (sheet {sheet}, header row {row}): {reason}. Headers found: {headers}. Map one with --map &quot;HEADER=date&quot;</source>
        <translation>aucune colonne de date trouvée (feuille {sheet}, ligne d’en-tête {row}) : {reason}. En-têtes trouvés : {headers}. Associez-en une avec --map &quot;EN-TÊTE=date&quot;</translation>
    </message>
    <message>
        <source>file not found</source>
        <translation>fichier introuvable</translation>
    </message>
    <message>
        <source>is a folder, not a file</source>
        <translation>est un dossier, pas un fichier</translation>
    </message>
    <message>
        <source>cannot be read ({error})</source>
        <translation>ne peut pas être lu ({error})</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>le fichier est vide</translation>
    </message>
    <message>
        <source>the file is too large ({size} MB; limit {limit} MB)</source>
        <translation>le fichier est trop volumineux ({size} Mo ; limite {limit} Mo)</translation>
    </message>
    <message>
        <source>unsupported file type &apos;{kind}&apos; (supported: {supported})</source>
        <translation>type de fichier non pris en charge « {kind} » (pris en charge : {supported})</translation>
    </message>
    <message>
        <source>the file does not look like a {kind} calendar or table ({what})</source>
        <translation>le fichier ne ressemble pas à un calendrier ou à un tableau {kind} ({what})</translation>
    </message>
    <message>
        <source>the file is binary, not a text table</source>
        <translation>le fichier est binaire, ce n’est pas un tableau texte</translation>
    </message>
    <message>
        <source>the workbook is password-protected; save a copy without a password and import that</source>
        <translation>le classeur est protégé par un mot de passe ; enregistrez-en une copie sans mot de passe et importez-la</translation>
    </message>
    <message>
        <source>no table with a header row was found</source>
        <translation>aucun tableau avec une ligne d’en-tête n’a été trouvé</translation>
    </message>
    <message>
        <source>an Apple Numbers document, read only where the optional numbers-parser is installed (pip install &apos;masthead[numbers]&apos;); or export it from Numbers (File ▸ Export To ▸ Excel) and import that</source>
        <translation>un document Apple Numbers, lu seulement là où le module optionnel numbers-parser est installé (pip install &apos;masthead[numbers]&apos;) ; ou exportez-le depuis Numbers (Fichier ▸ Exporter vers ▸ Excel) et importez ce fichier</translation>
    </message>
    <message>
        <source>the Numbers document cannot be read ({error}); open it in Numbers and export it (File ▸ Export To ▸ Excel)</source>
        <translation>le document Numbers ne peut pas être lu ({error}) ; ouvrez-le dans Numbers et exportez-le (Fichier ▸ Exporter vers ▸ Excel)</translation>
    </message>
    <message>
        <source>column &apos;{column}&apos; holds dates and is read as the date column</source>
        <translation>la colonne « {column} » contient des dates et est lue comme colonne de date</translation>
    </message>
    <message>
        <source>column &apos;{column}&apos; is never before the date and is read as the end</source>
        <translation>la colonne « {column} » n’est jamais avant la date et est lue comme la fin</translation>
    </message>
    <message>
        <source>column &apos;{column}&apos; read as the end of &apos;{other}&apos;</source>
        <translation>colonne « {column} » lue comme la fin de « {other} »</translation>
    </message>
    <message>
        <source>column &apos;{column}&apos; could be {role} or {other_role}</source>
        <translation>la colonne « {column} » pourrait être {role} ou {other_role}</translation>
    </message>
    <message>
        <source>is not UTF-8; it was read as Windows-1252</source>
        <translation>n’est pas en UTF-8 ; il a été lu comme Windows-1252</translation>
    </message>
    <message>
        <source>contains bytes that are not valid UTF-8; they were replaced by �</source>
        <translation>contient des octets UTF-8 invalides ; ils ont été remplacés par �</translation>
    </message>
    <message>
        <source>is a contact card (vCard), not a calendar ({first})</source>
        <translation>est une fiche de contact (vCard), pas un calendrier ({first})</translation>
    </message>
    <message>
        <source>does not contain calendar data (no BEGIN:VCALENDAR or BEGIN:VEVENT found in its {lines} lines; {first})</source>
        <translation>ne contient pas de données de calendrier (aucun BEGIN:VCALENDAR ni BEGIN:VEVENT dans ses {lines} lignes ; {first})</translation>
    </message>
    <message>
        <source>the file ends inside an event at line {line}; {read} events read, {incomplete} incomplete (left out)</source>
        <translation>le fichier s’arrête au milieu d’un événement à la ligne {line} ; {read} événements lus, {incomplete} incomplets (écartés)</translation>
    </message>
    <message>
        <source>the file ends inside a task at line {line}; {read} events read, {incomplete} incomplete (left out)</source>
        <translation>le fichier s’arrête au milieu d’une tâche à la ligne {line} ; {read} événements lus, {incomplete} incomplets (écartés)</translation>
    </message>
    <message>
        <source>%n component(s) have no matching END (line {lines}); each was read up to the next BEGIN</source>
        <translation>%n composant(s) sans END correspondant (ligne {lines}) ; chacun a été lu jusqu’au BEGIN suivant</translation>
    </message>
    <message>
        <source>event &apos;{uid}&apos; appears {count} times (lines {lines}); kept the latest version (line {line}, SEQUENCE {sequence})</source>
        <translation>l’événement « {uid} » apparaît {count} fois (lignes {lines}) ; la version la plus récente est gardée (ligne {line}, SEQUENCE {sequence})</translation>
    </message>
    <message>
        <source>%n task(s) without a due date were left out (VTODO at line {lines})</source>
        <translation>%n tâche(s) sans échéance écartée(s) (VTODO à la ligne {lines})</translation>
    </message>
    <message>
        <source>event {label} has no DTSTART; skipped</source>
        <translation>l’événement {label} n’a pas de DTSTART ; ignoré</translation>
    </message>
    <message>
        <source>event {label} has an unreadable DTSTART &apos;{value}&apos;; skipped</source>
        <translation>l’événement {label} a un DTSTART illisible « {value} » ; ignoré</translation>
    </message>
    <message>
        <source>task {label} has an unreadable DUE &apos;{value}&apos;; skipped</source>
        <translation>la tâche {label} a un DUE illisible « {value} » ; ignorée</translation>
    </message>
    <message>
        <source>contains no events or tasks; nothing to import</source>
        <translation>ne contient aucun événement ni aucune tâche ; rien à importer</translation>
    </message>
    <message>
        <source>contains only time zone definitions; nothing to import</source>
        <translation>ne contient que des définitions de fuseaux horaires ; rien à importer</translation>
    </message>
    <message>
        <source>… and %n more warnings</source>
        <translation>… et %n autre(s) avertissement(s)</translation>
    </message>
    <message>
        <source>%n recurring series have no occurrence between {first} and {last} (the import window) and were left out ({names})</source>
        <translation>%n série(s) sans occurrence entre le {first} et le {last} (la fenêtre d’import) écartée(s) ({names})</translation>
    </message>
    <message>
        <source>%n series repeat without end ({names}); their occurrences were generated from {first} to {last} only</source>
        <translation>%n série(s) se répètent sans fin ({names}) ; leurs occurrences n’ont été générées que du {first} au {last}</translation>
    </message>
    <message>
        <source>some columns were recognised with little certainty</source>
        <translation>certaines colonnes ont été reconnues avec peu de certitude</translation>
    </message>
    <message>
        <source>&apos;{column}&apos; read as {role} ({percent} % sure)</source>
        <translation>« {column} » lu comme {role} (sûr à {percent} %)</translation>
    </message>
    <message>
        <source>no column holds the {role}</source>
        <translation>aucune colonne ne contient : {role}</translation>
    </message>
</context>
<context>
    <name>ReportPdf</name>
    <message>
        <source>{title} report · {period} · printed {stamp}</source>
        <translation>Rapport {title} · {period} · imprimé le {stamp}</translation>
    </message>
    <message>
        <source>Page {number}</source>
        <translation>Page {number}</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Posts</source>
        <translation>Publications</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Canaux</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflits</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>Doublons</translation>
    </message>
    <message>
        <source>Settled</source>
        <translation>Tranchés</translation>
    </message>
    <message>
        <source>{title} report {period}</source>
        <translation>Rapport {title} {period}</translation>
    </message>
    <message>
        <source>{title} report: {period}</source>
        <translation>Rapport {title} : {period}</translation>
    </message>
    <message>
        <source>Period: {first} to {last} (days in {zone})</source>
        <translation>Période : du {first} au {last} (jours en {zone})</translation>
    </message>
    <message>
        <source>Filters: {filters}</source>
        <translation>Filtres : {filters}</translation>
    </message>
    <message>
        <source>Per department</source>
        <translation>Par service</translation>
    </message>
    <message>
        <source>entry {id}</source>
        <translation>entrée {id}</translation>
    </message>
    <message>
        <source>Open conflicts ({count})</source>
        <translation>Conflits ouverts ({count})</translation>
    </message>
    <message>
        <source>None: every conflict of the period is settled.</source>
        <translation>Aucun : tous les conflits de la période sont tranchés.</translation>
    </message>
    <message>
        <source>Open duplicate groups ({count})</source>
        <translation>Groupes de doublons ouverts ({count})</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Aucun.</translation>
    </message>
    <message>
        <source>Likely the same piece ({score}): {reasons}</source>
        <translation>Probablement le même contenu ({score}) : {reasons}</translation>
    </message>
    <message>
        <source>Export report as PDF</source>
        <translation>Exporter le rapport en PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The report could not be written to {path}.

{exc}</source>
        <translation>Le rapport n’a pas pu être écrit dans {path}.

{exc}</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <source>Posts per week, by department</source>
        <translation>Publications par semaine, par service</translation>
    </message>
    <message>
        <source>Channel mix per department (share of its posts)</source>
        <translation>Répartition des canaux par service (part de ses publications)</translation>
    </message>
    <message>
        <source>Coverage gaps: working days without a post on a channel that usually posts</source>
        <translation>Trous de couverture : jours ouvrés sans publication sur un canal qui publie d’habitude</translation>
    </message>
    <message>
        <source>Working days with nothing</source>
        <translation>Jours ouvrés sans rien</translation>
    </message>
    <message>
        <source>A channel usually posts when it has posts in at least half of the period&apos;s weeks; weekends and blackout days are not working days.</source>
        <translation>Un canal publie d’habitude s’il a des publications dans au moins la moitié des semaines de la période ; les week-ends et jours bloqués ne sont pas des jours ouvrés.</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Jours</translation>
    </message>
    <message>
        <source>Conflicts and duplicate groups per week, open and settled</source>
        <translation>Conflits et groupes de doublons par semaine, ouverts et tranchés</translation>
    </message>
    <message>
        <source>Conflicts open</source>
        <translation>Conflits ouverts</translation>
    </message>
    <message>
        <source>Conflicts settled</source>
        <translation>Conflits tranchés</translation>
    </message>
    <message>
        <source>Duplicates open</source>
        <translation>Doublons ouverts</translation>
    </message>
    <message>
        <source>Duplicates settled</source>
        <translation>Doublons tranchés</translation>
    </message>
    <message>
        <source>Each department&apos;s share of conflicts</source>
        <translation>Part de chaque service dans les conflits</translation>
    </message>
    <message>
        <source>Share of conflicts</source>
        <translation>Part des conflits</translation>
    </message>
    <message>
        <source>A conflict counts once for every department taking part in it.</source>
        <translation>Un conflit compte une fois pour chaque service concerné.</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflits</translation>
    </message>
    <message>
        <source>Posting time per channel (hour of day, timed posts)</source>
        <translation>Heure de publication par canal (heure du jour, publications avec heure)</translation>
    </message>
    <message>
        <source>Posts per day (0 = an empty day; hatched = blackout)</source>
        <translation>Publications par jour (0 = jour vide ; hachuré = bloqué)</translation>
    </message>
</context>
<context>
    <name>RulesPage</name>
    <message>
        <source>min</source>
        <translation>min</translation>
    </message>
    <message>
        <source>Also within one department</source>
        <translation>Aussi au sein d’un même service</translation>
    </message>
    <message>
        <source>posts</source>
        <translation>publications</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Posts per day</source>
        <translation>Publications par jour</translation>
    </message>
    <message>
        <source>Add channel</source>
        <translation>Ajouter un canal</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>days</source>
        <translation>jours</translation>
    </message>
    <message>
        <source>How alike two entries must score (0–1) to count as one effort. Lower finds more; default {default}.</source>
        <translation>Le degré de ressemblance (0–1) à partir duquel deux entrées comptent comme une même action. Plus bas trouve davantage ; par défaut {default}.</translation>
    </message>
    <message>
        <source>lower finds more (default {default})</source>
        <translation>plus bas trouve davantage (par défaut {default})</translation>
    </message>
    <message>
        <source>How long an entry without an end lasts for the rules</source>
        <translation>La durée d’une entrée sans fin pour les règles</translation>
    </message>
    <message>
        <source>e.g. Cancelled, Idea</source>
        <translation>par ex. Annulé, Idée</translation>
    </message>
    <message>
        <source>Entries with these statuses take part in no rule (comma-separated)</source>
        <translation>Les entrées ayant ces statuts ne participent à aucune règle (séparés par des virgules)</translation>
    </message>
    <message>
        <source>Where &apos;Suggest a free slot&apos; looks for times, e.g. 09:00-18:00</source>
        <translation>Où « Proposer un créneau libre » cherche des heures, par ex. 09:00-18:00</translation>
    </message>
    <message>
        <source>days back</source>
        <translation>jours avant</translation>
    </message>
    <message>
        <source>days ahead</source>
        <translation>jours après</translation>
    </message>
    <message>
        <source>Recurring series are expanded this far back from today</source>
        <translation>Les séries sont développées jusqu’à cette distance avant aujourd’hui</translation>
    </message>
    <message>
        <source>Recurring series are expanded this far ahead of today</source>
        <translation>Les séries sont développées jusqu’à cette distance après aujourd’hui</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflits</translation>
    </message>
    <message>
        <source>Same channel within:</source>
        <translation>Même canal à moins de :</translation>
    </message>
    <message>
        <source>Posts per channel per day:</source>
        <translation>Publications par canal et par jour :</translation>
    </message>
    <message>
        <source>Channels with their own daily limit instead of the one above</source>
        <translation>Canaux avec leur propre limite quotidienne au lieu de celle ci-dessus</translation>
    </message>
    <message>
        <source>Limits per channel:</source>
        <translation>Limites par canal :</translation>
    </message>
    <message>
        <source>Entries without an end last:</source>
        <translation>Les entrées sans fin durent :</translation>
    </message>
    <message>
        <source>Leave out statuses:</source>
        <translation>Écarter les statuts :</translation>
    </message>
    <message>
        <source>Free slots within:</source>
        <translation>Créneaux libres entre :</translation>
    </message>
    <message>
        <source>Duplicated efforts</source>
        <translation>Actions en double</translation>
    </message>
    <message>
        <source>Entries apart at most:</source>
        <translation>Écart maximal entre entrées :</translation>
    </message>
    <message>
        <source>Score at least:</source>
        <translation>Score minimal :</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>Espace de travail</translation>
    </message>
    <message>
        <source>Time zone:</source>
        <translation>Fuseau horaire :</translation>
    </message>
    <message>
        <source>Expand series:</source>
        <translation>Développer les séries :</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Règles</translation>
    </message>
    <message>
        <source>Names</source>
        <translation>Noms</translation>
    </message>
    <message>
        <source>Departments</source>
        <translation>Services</translation>
    </message>
    <message>
        <source>Blackout dates</source>
        <translation>Dates bloquées</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation>Non enregistré : {reason}</translation>
    </message>
</context>
<context>
    <name>SettleUi</name>
    <message>
        <source>Conflicts and duplicates</source>
        <translation>Conflits et doublons</translation>
    </message>
    <message>
        <source>&amp;Conflicts and duplicates</source>
        <translation>&amp;Conflits et doublons</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>E&amp;xporter</translation>
    </message>
    <message>
        <source>&amp;Report (PDF)…</source>
        <translation>&amp;Rapport (PDF)…</translation>
    </message>
    <message>
        <source>The period shown and the filters: KPIs, charts, open conflicts and duplicates</source>
        <translation>La période affichée et les filtres : indicateurs, graphiques, conflits et doublons ouverts</translation>
    </message>
    <message>
        <source>&amp;Print week…</source>
        <translation>Im&amp;primer la semaine…</translation>
    </message>
    <message>
        <source>Print preview of the week shown, with the current filters</source>
        <translation>Aperçu avant impression de la semaine affichée, avec les filtres actuels</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <source>Rules, names, department colours, blackout dates and the window&apos;s language</source>
        <translation>Règles, noms, couleurs des services, dates bloquées et langue de la fenêtre</translation>
    </message>
</context>
<context>
    <name>SourceZoneDialog</name>
    <message>
        <source>Enter a time zone, such as Europe/Berlin.</source>
        <translation>Saisissez un fuseau horaire, par exemple Europe/Paris.</translation>
    </message>
    <message>
        <source>Unknown time zone “{name}”. Use an IANA name such as Europe/Berlin or America/New_York.</source>
        <translation>Fuseau horaire inconnu « {name} ». Utilisez un nom IANA comme Europe/Paris ou America/New_York.</translation>
    </message>
    <message>
        <source>Time zone of {file_name}</source>
        <translation>Fuseau horaire de {file_name}</translation>
    </message>
    <message>
        <source>&lt;b&gt;{file_name}&lt;/b&gt;: times that carry no zone of their own (most spreadsheets, floating times in calendars) are read in this zone. A sheet that names its zone (“Time (ET)”) keeps it. The file is read again when you change it; decisions on its conflicts stay.</source>
        <translation>&lt;b&gt;{file_name}&lt;/b&gt; : les heures sans fuseau propre (la plupart des tableurs, heures flottantes des calendriers) sont lues dans ce fuseau. Une feuille qui nomme son fuseau (« Heure (ET) ») le garde. Le fichier est relu quand vous le changez ; les décisions sur ses conflits sont conservées.</translation>
    </message>
    <message>
        <source>Use the workspace&apos;s zone ({workspace_zone})</source>
        <translation>Utiliser le fuseau de l’espace de travail ({workspace_zone})</translation>
    </message>
</context>
<context>
    <name>SourcesModel</name>
    <message>
        <source>Department</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Show or hide this source&apos;s entries</source>
        <translation>Afficher ou masquer les entrées de cette source</translation>
    </message>
    <message>
        <source>Department (double-click to rename)</source>
        <translation>Service (double-cliquer pour renommer)</translation>
    </message>
    <message>
        <source>Entries imported</source>
        <translation>Entrées importées</translation>
    </message>
    <message>
        <source>Warnings from the last import</source>
        <translation>Avertissements du dernier import</translation>
    </message>
    <message>
        <source>imported {when} UTC</source>
        <translation>importé le {when} UTC</translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n entrée</numerusform>
            <numerusform>%n entrées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <translation>
            <numerusform>%n ignorée</numerusform>
            <numerusform>%n ignorées</numerusform>
        </translation>
    </message>
    <message>
        <source>times without a zone: {zone}</source>
        <translation>heures sans fuseau : {zone}</translation>
    </message>
    <message>
        <source>subscribed: {url}</source>
        <translation>abonné : {url}</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… et %n autre</numerusform>
            <numerusform>… et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>stale since {when}</source>
        <translation>périmé depuis {when}</translation>
    </message>
</context>
<context>
    <name>SourcesPanel</name>
    <message>
        <source>Import…</source>
        <translation>Importer…</translation>
    </message>
    <message>
        <source>Re-import</source>
        <translation>Réimporter</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Read the selected source&apos;s file again (an update, not a copy)</source>
        <translation>Relire le fichier de la source choisie (une mise à jour, pas une copie)</translation>
    </message>
    <message>
        <source>Remove the selected source and its entries (Edit ▸ Undo brings it back)</source>
        <translation>Retirer la source choisie et ses entrées (Édition ▸ Annuler la rétablit)</translation>
    </message>
    <message>
        <source>No calendars yet.

Drop .ics, .xlsx, .xls, .ods, .numbers or .csv files anywhere on this window, or use Import…</source>
        <translation>Aucun calendrier pour l’instant.

Déposez des fichiers .ics, .xlsx, .xls, .ods, .numbers ou .csv n’importe où sur cette fenêtre, ou utilisez Importer…</translation>
    </message>
    <message>
        <source>Colour of {department}</source>
        <translation>Couleur de {department}</translation>
    </message>
    <message>
        <source>Rename department</source>
        <translation>Renommer le service</translation>
    </message>
    <message>
        <source>Colour…</source>
        <translation>Couleur…</translation>
    </message>
    <message>
        <source>Time zone…</source>
        <translation>Fuseau horaire…</translation>
    </message>
    <message>
        <source>What was understood…</source>
        <translation>Ce qui a été compris…</translation>
    </message>
</context>
<context>
    <name>SubscribeDialog</name>
    <message>
        <source>Subscribe to a calendar</source>
        <translation>S’abonner à un calendrier</translation>
    </message>
    <message>
        <source>https://…/basic.ics, webcal://…, caldav+https://user@host/path/</source>
        <translation>https://…/basic.ics, webcal://…, caldav+https://utilisateur@hôte/chemin/</translation>
    </message>
    <message>
        <source>optional: the department or calendar name</source>
        <translation>facultatif : le nom du service ou du calendrier</translation>
    </message>
    <message>
        <source>Link:</source>
        <translation>Lien :</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom :</translation>
    </message>
    <message>
        <source>User (optional):</source>
        <translation>Utilisateur (facultatif) :</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Mot de passe :</translation>
    </message>
    <message>
        <source>Refresh while open:</source>
        <translation>Actualiser pendant l’ouverture :</translation>
    </message>
</context>
<context>
    <name>SynonymEditor</name>
    <message>
        <source>Edit synonym</source>
        <translation>Modifier le synonyme</translation>
    </message>
    <message>
        <source>Add synonym</source>
        <translation>Ajouter un synonyme</translation>
    </message>
    <message>
        <source>as written in a file, e.g. Linked In</source>
        <translation>tel qu’écrit dans un fichier, par ex. Linked In</translation>
    </message>
    <message>
        <source>the name to use, e.g. LinkedIn</source>
        <translation>le nom à utiliser, par ex. LinkedIn</translation>
    </message>
    <message>
        <source>Means:</source>
        <translation>Signifie :</translation>
    </message>
    <message>
        <source>Both names are needed.</source>
        <translation>Les deux noms sont nécessaires.</translation>
    </message>
</context>
<context>
    <name>SynonymsPage</name>
    <message>
        <source>Channels</source>
        <translation>Canaux</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>Statuses</source>
        <translation>Statuts</translation>
    </message>
    <message>
        <source>Channel written as:</source>
        <translation>Canal écrit :</translation>
    </message>
    <message>
        <source>Person written as:</source>
        <translation>Personne écrite :</translation>
    </message>
    <message>
        <source>Status written as:</source>
        <translation>Statut écrit :</translation>
    </message>
    <message>
        <source>Merge two channels</source>
        <translation>Fusionner deux canaux</translation>
    </message>
    <message>
        <source>Merge two people</source>
        <translation>Fusionner deux personnes</translation>
    </message>
    <message>
        <source>Merge two statuses</source>
        <translation>Fusionner deux statuts</translation>
    </message>
    <message>
        <source>There are fewer than two channels to merge.</source>
        <translation>Il y a moins de deux canaux à fusionner.</translation>
    </message>
    <message>
        <source>There are fewer than two people to merge.</source>
        <translation>Il y a moins de deux personnes à fusionner.</translation>
    </message>
    <message>
        <source>There are fewer than two statuses to merge.</source>
        <translation>Il y a moins de deux statuts à fusionner.</translation>
    </message>
    <message>
        <source>Written as</source>
        <translation>Écrit</translation>
    </message>
    <message>
        <source>Means</source>
        <translation>Signifie</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Ajouter…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Merge two names…</source>
        <translation>Fusionner deux noms…</translation>
    </message>
    <message>
        <source>Built-in spellings (LI → LinkedIn, Twitter → X, geplant → Scheduled …) always apply; the black rows are this workspace&apos;s own. Edit a built-in row to override it.</source>
        <translation>Les graphies intégrées (LI → LinkedIn, Twitter → X, geplant → Scheduled …) s’appliquent toujours ; les lignes en noir sont propres à cet espace de travail. Modifiez une ligne intégrée pour la remplacer.</translation>
    </message>
    <message>
        <source>Show built-in spellings</source>
        <translation>Afficher les graphies intégrées</translation>
    </message>
    <message>
        <source>Table:</source>
        <translation>Table :</translation>
    </message>
    <message>
        <source>Merge names</source>
        <translation>Fusionner des noms</translation>
    </message>
    <message>
        <source>Built in; Edit… overrides it for this workspace</source>
        <translation>Intégré ; Modifier… le remplace pour cet espace de travail</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <source>Zoom:</source>
        <translation>Zoom :</translation>
    </message>
    <message>
        <source>Lanes:</source>
        <translation>Lignes :</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Semaine</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>Departments</source>
        <translation>Services</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Canaux</translation>
    </message>
</context>
<context>
    <name>Understood</name>
    <message>
        <source>by its header</source>
        <translation>par son en-tête</translation>
    </message>
    <message>
        <source>by its content</source>
        <translation>par son contenu</translation>
    </message>
    <message>
        <source>as you set it</source>
        <translation>comme vous l’avez défini</translation>
    </message>
    <message>
        <source>as chosen before</source>
        <translation>comme choisi auparavant</translation>
    </message>
    <message>
        <source>by its property name</source>
        <translation>par le nom de sa propriété</translation>
    </message>
    <message>
        <source>{how}, {percent} % sure</source>
        <translation>{how}, sûr à {percent} %</translation>
    </message>
    <message>
        <source>date</source>
        <translation>date</translation>
    </message>
    <message>
        <source>time</source>
        <translation>heure</translation>
    </message>
    <message>
        <source>start</source>
        <translation>début</translation>
    </message>
    <message>
        <source>end</source>
        <translation>fin</translation>
    </message>
    <message>
        <source>end date</source>
        <translation>date de fin</translation>
    </message>
    <message>
        <source>end time</source>
        <translation>heure de fin</translation>
    </message>
    <message>
        <source>duration</source>
        <translation>durée</translation>
    </message>
    <message>
        <source>all day</source>
        <translation>journée</translation>
    </message>
    <message>
        <source>title</source>
        <translation>titre</translation>
    </message>
    <message>
        <source>description</source>
        <translation>description</translation>
    </message>
    <message>
        <source>channel</source>
        <translation>canal</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>responsable</translation>
    </message>
    <message>
        <source>status</source>
        <translation>statut</translation>
    </message>
    <message>
        <source>campaign</source>
        <translation>campagne</translation>
    </message>
    <message>
        <source>link</source>
        <translation>lien</translation>
    </message>
    <message>
        <source>department</source>
        <translation>service</translation>
    </message>
    <message>
        <source>time zone</source>
        <translation>fuseau horaire</translation>
    </message>
    <message>
        <source>kept as an extra field</source>
        <translation>gardé comme champ supplémentaire</translation>
    </message>
    <message>
        <source>ignored</source>
        <translation>ignoré</translation>
    </message>
    <message>
        <source>owner (person)</source>
        <translation>responsable (personne)</translation>
    </message>
</context>
<context>
    <name>UnderstoodDialog</name>
    <message>
        <source>What was understood of {name}</source>
        <translation>Ce qui a été compris de {name}</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Feuille</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <source>Read as</source>
        <translation>Lu comme</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Comment</translation>
    </message>
    <message>
        <source>Sure</source>
        <translation>Certitude</translation>
    </message>
    <message>
        <source>&lt;b&gt;{name}&lt;/b&gt; ({kind}) → department &lt;b&gt;{department}&lt;/b&gt;</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt; ({kind}) → service &lt;b&gt;{department}&lt;/b&gt;</translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n entrée</numerusform>
            <numerusform>%n entrées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <translation>
            <numerusform>%n ignorée</numerusform>
            <numerusform>%n ignorées</numerusform>
        </translation>
    </message>
    <message>
        <source>Times: the file names its own zones.</source>
        <translation>Heures : le fichier indique ses propres fuseaux.</translation>
    </message>
    <message>
        <source>Property</source>
        <translation>Propriété</translation>
    </message>
    <message>
        <source>Nothing was recorded about this file&apos;s columns; import it again to see them.</source>
        <translation>Rien n’a été enregistré sur les colonnes de ce fichier ; importez-le à nouveau pour les voir.</translation>
    </message>
    <message>
        <source>The column roles were confirmed by you and are used on every import of this file.</source>
        <translation>Vous avez confirmé les rôles des colonnes ; ils servent à chaque import de ce fichier.</translation>
    </message>
    <message>
        <source>Change the column roles…</source>
        <translation>Changer les rôles des colonnes…</translation>
    </message>
    <message>
        <source>Time zone…</source>
        <translation>Fuseau horaire…</translation>
    </message>
</context>
<context>
    <name>Undo</name>
    <message>
        <source>import of {name}</source>
        <translation>import de {name}</translation>
    </message>
    <message>
        <source>import of %n files</source>
        <translation>import de %n fichiers</translation>
    </message>
    <message>
        <source>removal of {name}</source>
        <translation>suppression de {name}</translation>
    </message>
    <message>
        <source>zone of {name}</source>
        <translation>fuseau de {name}</translation>
    </message>
    <message>
        <source>column roles of {name}</source>
        <translation>rôles des colonnes de {name}</translation>
    </message>
    <message>
        <source>showing of {name}</source>
        <translation>affichage de {name}</translation>
    </message>
    <message>
        <source>settings of {name}</source>
        <translation>paramètres de {name}</translation>
    </message>
    <message>
        <source>move of {title}</source>
        <translation>déplacement de {title}</translation>
    </message>
    <message>
        <source>withdrawal of a proposal</source>
        <translation>retrait d’une proposition</translation>
    </message>
    <message>
        <source>mark {decision}</source>
        <translation>marque {decision}</translation>
    </message>
    <message>
        <source>unmark {decision}</source>
        <translation>retrait de la marque {decision}</translation>
    </message>
</context>
<context>
    <name>Views</name>
    <message>
        <source>{day} (all day)</source>
        <translation>{day} (journée entière)</translation>
    </message>
    <message>
        <source>Week {number} · {days}</source>
        <translation>Semaine {number} · {days}</translation>
    </message>
    <message>
        <source>Reports · {month}</source>
        <translation>Rapports · {month}</translation>
    </message>
    <message>
        <source>none (all entries)</source>
        <translation>aucun (toutes les entrées)</translation>
    </message>
    <message>
        <source>filters: {filters}</source>
        <translation>filtres : {filters}</translation>
    </message>
    <message>
        <source>({open} open)</source>
        <translation>({open} ouverts)</translation>
    </message>
    <message>
        <source>days in {zone}</source>
        <translation>jours en {zone}</translation>
    </message>
    <message>
        <source>no channel</source>
        <translation>sans canal</translation>
    </message>
    <message>
        <source>no owner</source>
        <translation>sans responsable</translation>
    </message>
</context>
<context>
    <name>WeekPainting</name>
    <message>
        <source>all day</source>
        <translation>journée</translation>
    </message>
    <message>
        <source>was: {entry}</source>
        <translation>était : {entry}</translation>
    </message>
    <message>
        <source>was here</source>
        <translation>était ici</translation>
    </message>
</context>
<context>
    <name>WeekPane</name>
    <message>
        <source>The week view is not available in this build.</source>
        <translation>La vue semaine n’est pas disponible dans cette version.</translation>
    </message>
</context>
<context>
    <name>WeekPrintPreview</name>
    <message>
        <source>Days as columns</source>
        <translation>Jours en colonnes</translation>
    </message>
    <message>
        <source>Departments as lanes</source>
        <translation>Services en lignes</translation>
    </message>
    <message>
        <source>A month per page</source>
        <translation>Un mois par page</translation>
    </message>
    <message>
        <source>2 weeks per page</source>
        <translation>2 semaines par page</translation>
    </message>
    <message>
        <source>4 weeks per page</source>
        <translation>4 semaines par page</translation>
    </message>
    <message>
        <source>Agenda by day</source>
        <translation>Agenda par jour</translation>
    </message>
    <message>
        <source>Days as columns, one row (lane) per department, a month, 2 or 4 weeks a page, or an agenda</source>
        <translation>Jours en colonnes, une ligne par service, un mois, 2 ou 4 semaines par page, ou un agenda</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Enregistrer en PDF…</translation>
    </message>
    <message>
        <source>Save weeks as PDF</source>
        <translation>Enregistrer les semaines en PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Enregistrer en PDF</translation>
    </message>
    <message>
        <source>Could not write {path}:
{exc}</source>
        <translation>Impossible d’écrire {path} :
{exc}</translation>
    </message>
</context>
<context>
    <name>WeekView</name>
    <message>
        <source>+%n more</source>
        <translation>+%n de plus</translation>
    </message>
    <message numerus="yes">
        <source>%n entries here: click to list them all</source>
        <translation>
            <numerusform>%n entrée ici : cliquez pour l&apos;afficher</numerusform>
            <numerusform>%n entrées ici : cliquez pour les lister toutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n entrée</numerusform>
            <numerusform>%n entrées</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WelcomePanel</name>
    <message>
        <source>Welcome to Masthead</source>
        <translation>Bienvenue dans Masthead</translation>
    </message>
    <message>
        <source>Drop your departments&apos; calendar files here — .ics exports and spreadsheets (.xlsx, .xls, .ods, .numbers, .csv) — or import them. Masthead merges them into one timeline and shows where teams collide or plan the same thing twice.</source>
        <translation>Déposez ici les fichiers de calendrier de vos services — exports .ics et tableurs (.xlsx, .xls, .ods, .numbers, .csv) — ou importez-les. Masthead les réunit sur une seule frise et montre où les équipes se télescopent ou prévoient deux fois la même chose.</translation>
    </message>
    <message>
        <source>Import files…</source>
        <translation>Importer des fichiers…</translation>
    </message>
    <message>
        <source>Open the demo</source>
        <translation>Ouvrir la démo</translation>
    </message>
    <message>
        <source>Five sample departments in a temporary workspace, in a new window; your workspace is left as it is</source>
        <translation>Cinq services d’exemple dans un espace de travail temporaire, dans une nouvelle fenêtre ; votre espace de travail reste tel quel</translation>
    </message>
</context>
</TS>
