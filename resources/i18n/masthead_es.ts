<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name></name>
    <message numerus="yes">
        <source>No entries: all %n rows or events with content were skipped (the warnings below say why).</source>
        <translation>
            <numerusform>Ninguna entrada: se omitió la única fila o evento con contenido (los avisos de abajo explican por qué).</numerusform>
            <numerusform>Ninguna entrada: se omitieron las %n filas o eventos con contenido (los avisos de abajo explican por qué).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No entries: the file is empty now, so its %n earlier entries were removed.</source>
        <translation>
            <numerusform>Ninguna entrada: el archivo ahora está vacío, así que se eliminó su única entrada anterior.</numerusform>
            <numerusform>Ninguna entrada: el archivo ahora está vacío, así que se eliminaron sus %n entradas anteriores.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{imported} of %n files imported</source>
        <translation>
            <numerusform>{imported} de %n archivo importado</numerusform>
            <numerusform>{imported} de %n archivos importados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rows skipped</source>
        <translation>
            <numerusform>%n fila omitida</numerusform>
            <numerusform>%n filas omitidas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n gave no entries</source>
        <translation>
            <numerusform>%n no dio entradas</numerusform>
            <numerusform>%n no dieron entradas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused</source>
        <translation>
            <numerusform>%n rechazado</numerusform>
            <numerusform>%n rechazados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>As Masthead reads them with this mapping: %n entries</source>
        <translation>
            <numerusform>Así las lee Masthead con esta asignación: %n entrada</numerusform>
            <numerusform>Así las lee Masthead con esta asignación: %n entradas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>({events} of %n events)</source>
        <translation>
            <numerusform>({events} de %n evento)</numerusform>
            <numerusform>({events} de %n eventos)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{what} saved: %n entries</source>
        <translation>
            <numerusform>{what} guardado: %n entrada</numerusform>
            <numerusform>{what} guardado: %n entradas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{files} and %n more</source>
        <translation>
            <numerusform>{files} y %n más</numerusform>
            <numerusform>{files} y %n más</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>It would give %n entries.</source>
        <translation>
            <numerusform>Daría %n entrada.</numerusform>
            <numerusform>Daría %n entradas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more lines</source>
        <translation>
            <numerusform>… y %n línea más</numerusform>
            <numerusform>… y %n líneas más</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… y %n más</numerusform>
            <numerusform>… y %n más</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>+%n more</source>
        <translation>
            <numerusform>+%n más</numerusform>
            <numerusform>+%n más</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Print %n week(s)</source>
        <translation>
            <numerusform>Imprimir %n semana</numerusform>
            <numerusform>Imprimir %n semanas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved %n page(s) to {path}</source>
        <translation>
            <numerusform>%n página guardada en {path}</numerusform>
            <numerusform>%n páginas guardadas en {path}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n entrada</numerusform>
            <numerusform>%n entradas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n posts</source>
        <translation>
            <numerusform>%n publicación</numerusform>
            <numerusform>%n publicaciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflicts</source>
        <translation>
            <numerusform>%n conflicto</numerusform>
            <numerusform>%n conflictos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open duplicate groups</source>
        <translation>
            <numerusform>%n grupo de duplicados abierto</numerusform>
            <numerusform>%n grupos de duplicados abiertos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Report written to {path} (%n pages)</source>
        <translation>
            <numerusform>Informe escrito en {path} (%n página)</numerusform>
            <numerusform>Informe escrito en {path} (%n páginas)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>import of %n files</source>
        <translation>
            <numerusform>importación de %n archivo</numerusform>
            <numerusform>importación de %n archivos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <source>Timeline</source>
        <translation>Cronología</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Semana</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mes</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Lista</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Informes</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importar…</translation>
    </message>
    <message>
        <source>Import calendar files (.ics, .xlsx, .xls, .ods, .numbers, .csv)</source>
        <translation>Importar archivos de calendario (.ics, .xlsx, .xls, .ods, .numbers, .csv)</translation>
    </message>
    <message>
        <source>&amp;Open workspace…</source>
        <translation>Abrir espacio de &amp;trabajo…</translation>
    </message>
    <message>
        <source>Open another workspace file, or create a new one</source>
        <translation>Abrir otro archivo de espacio de trabajo o crear uno nuevo</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>Undo the last change: an import, a removal, a decision or a source edit</source>
        <translation>Deshacer el último cambio: una importación, una eliminación, una decisión o la edición de una fuente</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>Do again what Undo took back</source>
        <translation>Volver a hacer lo que Deshacer revirtió</translation>
    </message>
    <message>
        <source>Cancel import</source>
        <translation>Cancelar importación</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Recargar</translation>
    </message>
    <message>
        <source>&amp;Search…</source>
        <translation>&amp;Buscar…</translation>
    </message>
    <message>
        <source>&amp;Previous</source>
        <translation>&amp;Anterior</translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation>Periodo anterior</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Siguiente</translation>
    </message>
    <message>
        <source>Next period</source>
        <translation>Periodo siguiente</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>&amp;Hoy</translation>
    </message>
    <message>
        <source>Go to today</source>
        <translation>Ir a hoy</translation>
    </message>
    <message>
        <source>&amp;Go to date…</source>
        <translation>Ir a &amp;fecha…</translation>
    </message>
    <message>
        <source>&amp;About Masthead</source>
        <translation>A&amp;cerca de Masthead</translation>
    </message>
</context>
<context>
    <name>BlackoutPage</name>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Del</translation>
    </message>
    <message>
        <source>to</source>
        <translation>al</translation>
    </message>
    <message>
        <source>Posts on these days are flagged as blackout conflicts. A whole calendar of holidays can be marked as a blackout calendar under Departments.</source>
        <translation>Las publicaciones de estos días se marcan como conflictos de fecha bloqueada. Un calendario entero de festivos puede marcarse como calendario bloqueado en Departamentos.</translation>
    </message>
</context>
<context>
    <name>ColourLegend</name>
    <message>
        <source>Department colours; a red corner marks a conflict; hatched days are blackout dates</source>
        <translation>Colores de los departamentos; una esquina roja marca un conflicto; los días rayados son fechas bloqueadas</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>date</source>
        <translation>fecha</translation>
    </message>
    <message>
        <source>Pick a day</source>
        <translation>Elegir un día</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a date; type e.g. 2026-09-14 or 14 Sep 2026</source>
        <translation>«{value}» no es una fecha; escriba p. ej. 2026-09-14 o 14/9/2026</translation>
    </message>
</context>
<context>
    <name>DepartmentsPage</name>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Departamento</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Color</translation>
    </message>
    <message>
        <source>Blackout calendar</source>
        <translation>Calendario bloqueado</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zona horaria</translation>
    </message>
    <message>
        <source>Change colour…</source>
        <translation>Cambiar color…</translation>
    </message>
    <message>
        <source>Time zone…</source>
        <translation>Zona horaria…</translation>
    </message>
    <message>
        <source>The zone this source&apos;s times are read in when the file names none</source>
        <translation>La zona en la que se leen las horas de esta fuente cuando el archivo no indica ninguna</translation>
    </message>
    <message>
        <source>Double-click a department to rename it. A blackout calendar marks days on which nothing should be posted; its own entries are not posts.</source>
        <translation>Haga doble clic en un departamento para cambiarle el nombre. Un calendario bloqueado marca los días en los que no se debe publicar nada; sus propias entradas no son publicaciones.</translation>
    </message>
    <message>
        <source>No calendars imported yet. Import files to set their departments and colours.</source>
        <translation>Todavía no hay calendarios importados. Importe archivos para definir sus departamentos y colores.</translation>
    </message>
    <message>
        <source>The zone this source&apos;s zone-less times are read in; (default) is the workspace&apos;s. Double-click to change it.</source>
        <translation>La zona para las horas sin zona de esta fuente; (predeterminada) es la del espacio de trabajo. Doble clic para cambiarla.</translation>
    </message>
    <message>
        <source>{name}: a department name cannot be empty.</source>
        <translation>{name}: el nombre de un departamento no puede estar vacío.</translation>
    </message>
    <message>
        <source>{zone} (default)</source>
        <translation>{zone} (predeterminada)</translation>
    </message>
    <message>
        <source>Colour of {department}</source>
        <translation>Color de {department}</translation>
    </message>
</context>
<context>
    <name>Desks</name>
    <message>
        <source>Updated: another desk changed this workspace</source>
        <translation>Actualizado: otro puesto ha cambiado este espacio de trabajo</translation>
    </message>
    <message>
        <source>{value} (read-only)</source>
        <translation>{value} (solo lectura)</translation>
    </message>
    <message>
        <source>This workspace can only be read here</source>
        <translation>Este espacio de trabajo solo puede leerse aquí</translation>
    </message>
    <message>
        <source>{shown_location} is read-only: you can view it; copy it to a folder you can write to to change it</source>
        <translation>{shown_location} es de solo lectura: puede verlo; para cambiarlo, cópielo a una carpeta en la que pueda escribir</translation>
    </message>
</context>
<context>
    <name>Details</name>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Propuesto</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Departamento</translation>
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
        <translation>Estado</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campaña</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Enlace</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Original zone</source>
        <translation>Zona original</translation>
    </message>
    <message>
        <source>Recurring</source>
        <translation>Periódico</translation>
    </message>
    <message>
        <source>Source file</source>
        <translation>Archivo de origen</translation>
    </message>
    <message>
        <source>Where in the file</source>
        <translation>Lugar en el archivo</translation>
    </message>
    <message>
        <source>Reference (UID or row key)</source>
        <translation>Referencia (UID o clave de fila)</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Avisos</translation>
    </message>
    <message>
        <source>(written “{raw}”)</source>
        <translation>(escrito «{raw}»)</translation>
    </message>
    <message>
        <source>moved; its file has {when}</source>
        <translation>movido; su archivo indica {when}</translation>
    </message>
    <message>
        <source>yes, one occurrence of a series</source>
        <translation>sí, una repetición de una serie</translation>
    </message>
    <message>
        <source>(no title)</source>
        <translation>(sin título)</translation>
    </message>
</context>
<context>
    <name>EditForm</name>
    <message>
        <source>Propose a change</source>
        <translation>Proponer un cambio</translation>
    </message>
    <message>
        <source>Why, for the department (goes into the change request)</source>
        <translation>Por qué, para el departamento (va en la solicitud de cambio)</translation>
    </message>
    <message>
        <source>Start:</source>
        <translation>Inicio:</translation>
    </message>
    <message>
        <source>End:</source>
        <translation>Fin:</translation>
    </message>
    <message>
        <source>Channel:</source>
        <translation>Canal:</translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation>Responsable:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Estado:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Nota:</translation>
    </message>
    <message>
        <source>Propose</source>
        <translation>Proponer</translation>
    </message>
    <message>
        <source>The master shows the new values; the department&apos;s file stays as it is until its next import carries them</source>
        <translation>El calendario maestro muestra los valores nuevos; el archivo del departamento queda igual hasta que una próxima importación los traiga</translation>
    </message>
    <message>
        <source>Withdraw proposal</source>
        <translation>Retirar la propuesta</translation>
    </message>
    <message>
        <source>Moved from {value} (its file still has that time)</source>
        <translation>Movido desde {value} (su archivo aún tiene esa hora)</translation>
    </message>
    <message>
        <source>The end is before the start: choose a later end.</source>
        <translation>El fin es anterior al inicio: elija un fin posterior.</translation>
    </message>
</context>
<context>
    <name>EmptyPeriodCard</name>
    <message>
        <source>Nothing in this week with the current filters</source>
        <translation>Nada esta semana con los filtros actuales</translation>
    </message>
    <message>
        <source>Nothing in this week</source>
        <translation>Nada esta semana</translation>
    </message>
    <message>
        <source>Nothing in this month with the current filters</source>
        <translation>Nada este mes con los filtros actuales</translation>
    </message>
    <message>
        <source>Nothing in this month</source>
        <translation>Nada este mes</translation>
    </message>
    <message>
        <source>Nothing in this period with the current filters</source>
        <translation>Nada en este periodo con los filtros actuales</translation>
    </message>
    <message>
        <source>Nothing in this period</source>
        <translation>Nada en este periodo</translation>
    </message>
    <message>
        <source>No entry passes the filters anywhere in the workspace.</source>
        <translation>Ninguna entrada del espacio de trabajo pasa los filtros.</translation>
    </message>
    <message>
        <source>◀ Earlier entries: {day}</source>
        <translation>◀ Entradas anteriores: {day}</translation>
    </message>
    <message>
        <source>Later entries: {day} ▶</source>
        <translation>Entradas posteriores: {day} ▶</translation>
    </message>
</context>
<context>
    <name>EntryDetailsDialog</name>
    <message>
        <source>Entry</source>
        <translation>Entrada</translation>
    </message>
</context>
<context>
    <name>EntryTable</name>
    <message>
        <source>Start</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>All day</source>
        <translation>Todo el día</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Departamento</translation>
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
        <translation>Estado</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campaña</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Enlace</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zona horaria</translation>
    </message>
    <message>
        <source>Recurring</source>
        <translation>Periódico</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <source>moved by a proposal: its file has another time</source>
        <translation>movido por una propuesta: su archivo tiene otra hora</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>Start</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>All day</source>
        <translation>Todo el día</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Semana</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Departamento</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campaña</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Enlace</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <source>Where in source</source>
        <translation>Lugar en la fuente</translation>
    </message>
    <message>
        <source>Original zone</source>
        <translation>Zona original</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflictos</translation>
    </message>
    <message>
        <source>Duplicate group</source>
        <translation>Grupo de duplicados</translation>
    </message>
    <message>
        <source>Entry ID</source>
        <translation>ID de entrada</translation>
    </message>
    <message>
        <source>Proposed (file has)</source>
        <translation>Propuesto (el archivo indica)</translation>
    </message>
    <message>
        <source>proposed; file has {when}</source>
        <translation>propuesto; el archivo indica {when}</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>Todos los departamentos</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abierto</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Resuelto</translation>
    </message>
    <message>
        <source>Intentional</source>
        <translation>Intencionado</translation>
    </message>
    <message>
        <source>Not a duplicate</source>
        <translation>No es un duplicado</translation>
    </message>
    <message>
        <source>Slot clash</source>
        <translation>Choque de franja</translation>
    </message>
    <message>
        <source>Double booking</source>
        <translation>Doble reserva</translation>
    </message>
    <message>
        <source>Overload</source>
        <translation>Sobrecarga</translation>
    </message>
    <message>
        <source>Blackout date</source>
        <translation>Fecha bloqueada</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>First start</source>
        <translation>Primer inicio</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Entradas</translation>
    </message>
    <message>
        <source>Entry IDs</source>
        <translation>ID de entradas</translation>
    </message>
    <message>
        <source>Departments</source>
        <translation>Departamentos</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Canales</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decisión</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clave</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>Motivos</translation>
    </message>
    <message>
        <source>Per department</source>
        <translation>Por departamento</translation>
    </message>
    <message>
        <source>Posts</source>
        <translation>Publicaciones</translation>
    </message>
    <message>
        <source>Conflicts caused</source>
        <translation>Conflictos causados</translation>
    </message>
    <message>
        <source>Duplicates involved</source>
        <translation>Duplicados implicados</translation>
    </message>
    <message>
        <source>Share settled</source>
        <translation>Parte resuelta</translation>
    </message>
</context>
<context>
    <name>ExportActions</name>
    <message>
        <source>E&amp;xport</source>
        <translation>E&amp;xportar</translation>
    </message>
    <message>
        <source>Master calendar (ICS)…</source>
        <translation>Calendario maestro (ICS)…</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation>Archivos iCalendar (*.ics)</translation>
    </message>
    <message>
        <source>Workbook (Excel)…</source>
        <translation>Libro (Excel)…</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Libros de Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Report (JSON)…</source>
        <translation>Informe (JSON)…</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Archivos JSON (*.json)</translation>
    </message>
    <message>
        <source>Master calendar</source>
        <translation>Calendario maestro</translation>
    </message>
    <message>
        <source>Workbook</source>
        <translation>Libro</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Informe</translation>
    </message>
    <message>
        <source>in {path}</source>
        <translation>en {path}</translation>
    </message>
    <message>
        <source>Save the {what} of the workspace</source>
        <translation>Guardar el {what} del espacio de trabajo</translation>
    </message>
    <message>
        <source>Export {what}</source>
        <translation>Exportar {what}</translation>
    </message>
    <message>
        <source>The current filters show {shown} of {total} entries. Export which?</source>
        <translation>Los filtros actuales muestran {shown} de {total} entradas. ¿Cuáles exportar?</translation>
    </message>
    <message>
        <source>Filtered ({count})</source>
        <translation>Filtradas ({count})</translation>
    </message>
    <message>
        <source>Shown period ({count})</source>
        <translation>Periodo mostrado ({count})</translation>
    </message>
    <message>
        <source>The entries of the dates the view shows, with the filters; the calendar&apos;s repeating entries are written out for those dates only</source>
        <translation>Las entradas de las fechas que muestra la vista, con los filtros; las entradas periódicas se escriben solo para esas fechas</translation>
    </message>
    <message>
        <source>Everything ({count})</source>
        <translation>Todo ({count})</translation>
    </message>
    <message>
        <source>{what} not saved to {path}: {error}</source>
        <translation>{what} no guardado en {path}: {error}</translation>
    </message>
    <message>
        <source>Exporting {what} to {path}…</source>
        <translation>Exportando {what} a {path}…</translation>
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
        <translation>Departamento</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Search titles, descriptions, links…</source>
        <translation>Buscar títulos, descripciones, enlaces…</translation>
    </message>
    <message>
        <source>Previous period (Alt+Left)</source>
        <translation>Periodo anterior (Alt+Izquierda)</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Go to today (Ctrl+T)</source>
        <translation>Ir a hoy (Ctrl+T)</translation>
    </message>
    <message>
        <source>Next period (Alt+Right)</source>
        <translation>Periodo siguiente (Alt+Derecha)</translation>
    </message>
    <message>
        <source>Go to date: type it (2026-09-14, 14.9.2026, 14 Sep) and press Enter</source>
        <translation>Ir a una fecha: escríbala (2026-09-14, 14/9/2026, 14 sept) y pulse Intro</translation>
    </message>
</context>
<context>
    <name>ImportController</name>
    <message>
        <source>Importing {names}…</source>
        <translation>Importando {names}…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
    <message>
        <source>Import cancelled: the workspace is unchanged.</source>
        <translation>Importación cancelada: el espacio de trabajo no ha cambiado.</translation>
    </message>
    <message>
        <source>{file}: not imported; its column mapping was not confirmed ({doubts})</source>
        <translation>{file}: no importado; no se confirmó la asignación de columnas ({doubts})</translation>
    </message>
    <message>
        <source>Importing with the chosen column mapping…</source>
        <translation>Importando con la asignación de columnas elegida…</translation>
    </message>
    <message>
        <source>Importing anyway…</source>
        <translation>Importando de todos modos…</translation>
    </message>
    <message>
        <source>Import it anyway?</source>
        <translation>¿Importarlo de todos modos?</translation>
    </message>
    <message>
        <source>{name} does not look like a calendar: {reason}.{entries}

Import it anyway?</source>
        <translation>{name} no parece un calendario: {reason}.{entries}

¿Importarlo de todos modos?</translation>
    </message>
</context>
<context>
    <name>ImportProgress</name>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>ImportRunner</name>
    <message>
        <source>The import failed: {error}</source>
        <translation>La importación falló: {error}</translation>
    </message>
</context>
<context>
    <name>ImportSummary</name>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nuevas</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Cambiadas</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Quitada</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Sin cambios</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Omitidas</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Avisos</translation>
    </message>
    <message>
        <source>No entries: the file holds no rows or events with a date.</source>
        <translation>Ninguna entrada: el archivo no contiene filas ni eventos con fecha.</translation>
    </message>
    <message>
        <source>{new} new, {changed} changed, {removed} removed</source>
        <translation>{new} nuevas, {changed} cambiadas, {removed} eliminadas</translation>
    </message>
    <message>
        <source>What changed ({count})</source>
        <translation>Qué cambió ({count})</translation>
    </message>
    <message>
        <source>What was understood</source>
        <translation>Qué se entendió</translation>
    </message>
    <message>
        <source>Not imported: {reason}</source>
        <translation>No importado: {reason}</translation>
    </message>
</context>
<context>
    <name>ImportSummaryDialog</name>
    <message>
        <source>Import summary</source>
        <translation>Resumen de la importación</translation>
    </message>
</context>
<context>
    <name>Issues</name>
    <message>
        <source>Rule: {rule}</source>
        <translation>Regla: {rule}</translation>
    </message>
    <message>
        <source>entry {id}</source>
        <translation>entrada {id}</translation>
    </message>
    <message>
        <source>at the same time</source>
        <translation>a la misma hora</translation>
    </message>
    <message>
        <source>{minutes} apart</source>
        <translation>con {minutes} de diferencia</translation>
    </message>
    <message>
        <source>{channel}: {first} {first_time} and {second} {second_time} on {day} are {apart}</source>
        <translation>{channel}: {first} {first_time} y {second} {second_time} el {day}, {apart}</translation>
    </message>
    <message>
        <source>{channel}: {first} {first_day} {first_time} and {second} {second_day} {second_time} are {apart}</source>
        <translation>{channel}: {first} {first_day} {first_time} y {second} {second_day} {second_time}, {apart}</translation>
    </message>
    <message>
        <source>{channel}: %n posts close together on {day}: {items}</source>
        <translation>{channel}: %n publicaciones muy seguidas el {day}: {items}</translation>
    </message>
    <message>
        <source>{channel}: %n posts close together from {day}: {items}</source>
        <translation>{channel}: %n publicaciones muy seguidas desde el {day}: {items}</translation>
    </message>
    <message>
        <source>(rule: {rule})</source>
        <translation>(regla: {rule})</translation>
    </message>
    <message>
        <source>{person} is booked twice on {day}: {first} and {second}</source>
        <translation>{person} tiene una doble reserva el {day}: {first} y {second}</translation>
    </message>
    <message>
        <source>{person} has %n overlapping bookings on {day}: {items}</source>
        <translation>{person} tiene %n reservas que se solapan el {day}: {items}</translation>
    </message>
    <message>
        <source>{channel} on {day}: %n posts (limit {limit})</source>
        <translation>{channel} el {day}: %n publicaciones (límite {limit})</translation>
    </message>
    <message>
        <source>{who} &apos;{title}&apos; on {day} falls on blackout date ({reasons})</source>
        <translation>{who} «{title}» el {day} cae en una fecha bloqueada ({reasons})</translation>
    </message>
    <message>
        <source>set in the settings</source>
        <translation>fijada en los ajustes</translation>
    </message>
    <message>
        <source>{title}, from {source}</source>
        <translation>{title}, de {source}</translation>
    </message>
    <message>
        <source>a blackout calendar</source>
        <translation>un calendario de fechas bloqueadas</translation>
    </message>
    <message>
        <source>{items} and {last}</source>
        <translation>{items} y {last}</translation>
    </message>
    <message>
        <source>{items} and %n more</source>
        <translation>{items} y %n más</translation>
    </message>
    <message>
        <source>{first} ≈ {second}: {reasons}</source>
        <translation>{first} ≈ {second}: {reasons}</translation>
    </message>
    <message>
        <source>titles {percent} % alike</source>
        <translation>títulos parecidos en un {percent} %</translation>
    </message>
    <message>
        <source>descriptions {percent} % alike</source>
        <translation>descripciones parecidas en un {percent} %</translation>
    </message>
    <message>
        <source>same day</source>
        <translation>el mismo día</translation>
    </message>
    <message>
        <source>1 day apart</source>
        <translation>a 1 día de distancia</translation>
    </message>
    <message>
        <source>%n days apart</source>
        <translation>a %n días de distancia</translation>
    </message>
    <message>
        <source>same link</source>
        <translation>mismo enlace</translation>
    </message>
    <message>
        <source>same campaign ({campaign})</source>
        <translation>misma campaña ({campaign})</translation>
    </message>
    <message>
        <source>both name {what}</source>
        <translation>ambas nombran {what}</translation>
    </message>
    <message>
        <source>name different dates</source>
        <translation>nombran fechas distintas</translation>
    </message>
    <message>
        <source>differ in {first} vs {second}</source>
        <translation>difieren: {first} frente a {second}</translation>
    </message>
    <message>
        <source>name different weekdays</source>
        <translation>nombran días de la semana distintos</translation>
    </message>
    <message>
        <source>name different months</source>
        <translation>nombran meses distintos</translation>
    </message>
    <message>
        <source>one before, one after the event</source>
        <translation>una antes y otra después del evento</translation>
    </message>
    <message>
        <source>two posts of the &apos;{label}&apos; format</source>
        <translation>dos publicaciones del formato «{label}»</translation>
    </message>
    <message>
        <source>name different things</source>
        <translation>nombran cosas distintas</translation>
    </message>
    <message>
        <source>figure {value}</source>
        <translation>cifra {value}</translation>
    </message>
    <message>
        <source>date {day}</source>
        <translation>fecha {day}</translation>
    </message>
    <message>
        <source>same {things}</source>
        <translation>en común: {things}</translation>
    </message>
    <message>
        <source> and </source>
        <translation> y </translation>
    </message>
    <message>
        <source>meaning {value}</source>
        <translation>significado {value}</translation>
    </message>
    <message>
        <source>but &apos;{first}&apos; vs &apos;{second}&apos;</source>
        <translation>pero «{first}» frente a «{second}»</translation>
    </message>
    <message>
        <source>&apos;{first}&apos; ~ &apos;{second}&apos;</source>
        <translation>&apos;{first}&apos; ~ &apos;{second}&apos;</translation>
    </message>
    <message>
        <source>in two languages</source>
        <translation>en dos idiomas</translation>
    </message>
    <message>
        <source>the same entry in {files} ({reasons})</source>
        <translation>la misma entrada en {files} ({reasons})</translation>
    </message>
    <message>
        <source>same reference</source>
        <translation>misma referencia</translation>
    </message>
    <message>
        <source>same title, start and channel</source>
        <translation>mismo título, inicio y canal</translation>
    </message>
    <message>
        <source>same entry</source>
        <translation>misma entrada</translation>
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
        <translation>El análisis falló: {error}</translation>
    </message>
    <message>
        <source>The decision was not saved: {reason}</source>
        <translation>La decisión no se guardó: {reason}</translation>
    </message>
    <message>
        <source>The mark was not withdrawn: {reason}</source>
        <translation>La marca no se retiró: {reason}</translation>
    </message>
</context>
<context>
    <name>IssuesModel</name>
    <message>
        <source>Issue</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decisión</translation>
    </message>
    <message>
        <source>{label} ({total}, {undecided} undecided)</source>
        <translation>{label} ({total}, {undecided} sin decidir)</translation>
    </message>
    <message>
        <source>Marked {decision}</source>
        <translation>Marcado: {decision}</translation>
    </message>
</context>
<context>
    <name>IssuesPanel</name>
    <message>
        <source>Undecided</source>
        <translation>Sin decidir</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Todos</translation>
    </message>
    <message>
        <source>Show only items nobody has settled yet, or all of them</source>
        <translation>Mostrar solo lo que nadie ha resuelto todavía, o todo</translation>
    </message>
    <message>
        <source>Not analysed yet</source>
        <translation>Aún sin analizar</translation>
    </message>
    <message>
        <source>Counted over the whole workspace, not only the period in view</source>
        <translation>Contado en todo el espacio de trabajo, no solo en el periodo mostrado</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Mostrar:</translation>
    </message>
    <message>
        <source>Note (optional), saved with the mark</source>
        <translation>Nota (opcional), se guarda con la marca</translation>
    </message>
    <message>
        <source>&amp;Resolved</source>
        <translation>&amp;Resuelto</translation>
    </message>
    <message>
        <source>&amp;Intentional</source>
        <translation>&amp;Intencionado</translation>
    </message>
    <message>
        <source>&amp;Not a duplicate</source>
        <translation>&amp;No es un duplicado</translation>
    </message>
    <message>
        <source>&amp;Un-mark</source>
        <translation>&amp;Quitar la marca</translation>
    </message>
    <message>
        <source>Mer&amp;ge copies</source>
        <translation>&amp;Fusionar copias</translation>
    </message>
    <message>
        <source>One entry in the master exports; both sources keep theirs</source>
        <translation>Una sola entrada en las exportaciones del maestro; ambas fuentes conservan la suya</translation>
    </message>
    <message>
        <source>The clash or duplication was fixed in the departments&apos; calendars</source>
        <translation>El conflicto o la duplicación se corrigió en los calendarios de los departamentos</translation>
    </message>
    <message>
        <source>Keep it as it is: it was planned this way</source>
        <translation>Dejarlo así: estaba planeado de este modo</translation>
    </message>
    <message>
        <source>These entries are different efforts</source>
        <translation>Estas entradas son acciones distintas</translation>
    </message>
    <message>
        <source>Withdraw the mark: the item counts as undecided again</source>
        <translation>Retirar la marca: el elemento vuelve a contar como sin decidir</translation>
    </message>
    <message>
        <source>Analysing…</source>
        <translation>Analizando…</translation>
    </message>
    <message numerus="yes">
        <source>Whole workspace: {conflicts} of %n conflicts</source>
        <translation>
            <numerusform>Todo el espacio: {conflicts} de %n conflicto</numerusform>
            <numerusform>Todo el espacio: {conflicts} de %n conflictos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{duplicates} of %n duplicate groups undecided</source>
        <translation>
            <numerusform>{duplicates} de %n grupo de duplicados sin decidir</numerusform>
            <numerusform>{duplicates} de %n grupos de duplicados sin decidir</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <source>System ({language})</source>
        <translation>Sistema ({language})</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Window language:</source>
        <translation>Idioma de la ventana:</translation>
    </message>
    <message>
        <source>Menus, panels and messages, and how dates, times and numbers are written (7. Sep and 14:00 in German, 9/7 and 2:00 PM in American English). Saved on this computer; the workspace is not changed.</source>
        <translation>Menús, paneles y mensajes, y cómo se escriben las fechas, horas y números (7. Sep y 14:00 en alemán, 9/7 y 2:00 PM en inglés estadounidense). Se guarda en este equipo; el espacio de trabajo no cambia.</translation>
    </message>
</context>
<context>
    <name>Layout</name>
    <message>
        <source>all day</source>
        <translation>todo el día</translation>
    </message>
    <message>
        <source>continued</source>
        <translation>continúa</translation>
    </message>
    <message>
        <source>until {time}</source>
        <translation>hasta las {time}</translation>
    </message>
</context>
<context>
    <name>Legend</name>
    <message>
        <source>Conflict</source>
        <translation>Conflicto</translation>
    </message>
</context>
<context>
    <name>ListView</name>
    <message>
        <source>Only conflicts and duplicates</source>
        <translation>Solo conflictos y duplicados</translation>
    </message>
    <message>
        <source>All dates · from {day} in view</source>
        <translation>Todas las fechas · desde el {day} en vista</translation>
    </message>
    <message numerus="yes">
        <source>{shown} of %n entries in a conflict or duplicate group</source>
        <translation>
            <numerusform>{shown} de %n entrada en un conflicto o grupo de duplicados</numerusform>
            <numerusform>{shown} de %n entradas en un conflicto o grupo de duplicados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n entrada</numerusform>
            <numerusform>%n entradas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LiveController</name>
    <message>
        <source>Publish to folder</source>
        <translation>Publicar en una carpeta</translation>
    </message>
    <message>
        <source>Subscribe to a calendar…</source>
        <translation>Suscribirse a un calendario…</translation>
    </message>
    <message>
        <source>Refresh sources</source>
        <translation>Actualizar fuentes</translation>
    </message>
    <message>
        <source>Read every subscribed calendar again, then reload the window</source>
        <translation>Volver a leer todos los calendarios suscritos y recargar la ventana</translation>
    </message>
    <message>
        <source>Publish…</source>
        <translation>Publicar…</translation>
    </message>
    <message>
        <source>Write the master .ics, one .ics per department and the workbook to a folder</source>
        <translation>Escribir el .ics maestro, un .ics por departamento y el libro en una carpeta</translation>
    </message>
    <message>
        <source>Re-read source files when they change</source>
        <translation>Volver a leer los archivos de origen cuando cambien</translation>
    </message>
    <message>
        <source>Refresh now</source>
        <translation>Actualizar ahora</translation>
    </message>
    <message>
        <source>off</source>
        <translation>desactivado</translation>
    </message>
    <message>
        <source>hourly</source>
        <translation>cada hora</translation>
    </message>
    <message>
        <source>daily</source>
        <translation>a diario</translation>
    </message>
    <message>
        <source>Refresh every</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>{url} is not a calendar link (https://, webcal:// or caldav+https://)</source>
        <translation>{url} no es un enlace de calendario (https://, webcal:// o caldav+https://)</translation>
    </message>
    <message>
        <source>Reloaded; no subscribed calendars to refresh.</source>
        <translation>Recargado; no hay calendarios suscritos que actualizar.</translation>
    </message>
    <message>
        <source>Refreshing subscribed calendars…</source>
        <translation>Actualizando calendarios suscritos…</translation>
    </message>
    <message>
        <source>Subscribing…</source>
        <translation>Suscribiendo…</translation>
    </message>
    <message numerus="yes">
        <source>%n calendar(s) refreshed</source>
        <translation>
            <numerusform>%n calendario actualizado</numerusform>
            <numerusform>%n calendarios actualizados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed (kept as they were)</source>
        <translation>
            <numerusform>%n con error (se conserva como estaba)</numerusform>
            <numerusform>%n con error (se conservan como estaban)</numerusform>
        </translation>
    </message>
    <message>
        <source>Subscribed calendars</source>
        <translation>Calendarios suscritos</translation>
    </message>
    <message numerus="yes">
        <source>%n calendar(s)</source>
        <translation>
            <numerusform>%n calendario</numerusform>
            <numerusform>%n calendarios</numerusform>
        </translation>
    </message>
    <message>
        <source>Refreshing failed: {error}</source>
        <translation>Error al actualizar: {error}</translation>
    </message>
    <message>
        <source>Publishing to {folder} failed: {error}</source>
        <translation>Error al publicar en {folder}: {error}</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>Publicar</translation>
    </message>
    <message>
        <source>Publish again after every import or refresh?</source>
        <translation>¿Volver a publicar tras cada importación o actualización?</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>The workspace could not be opened.</source>
        <translation>No se pudo abrir el espacio de trabajo.</translation>
    </message>
    <message>
        <source>Calendars and spreadsheets</source>
        <translation>Calendarios y hojas de cálculo</translation>
    </message>
    <message>
        <source>All files</source>
        <translation>Todos los archivos</translation>
    </message>
    <message>
        <source>The workspace could not be read: {0}</source>
        <translation>No se pudo leer el espacio de trabajo: {0}</translation>
    </message>
    <message>
        <source>The entries could not be loaded: {error}</source>
        <translation>No se pudieron cargar las entradas: {error}</translation>
    </message>
    <message>
        <source>{shown} shown</source>
        <translation>{shown} mostradas</translation>
    </message>
    <message>
        <source>{total} in workspace</source>
        <translation>{total} en el espacio</translation>
    </message>
    <message numerus="yes">
        <source>%n source(s)</source>
        <translation>
            <numerusform>%n fuente</numerusform>
            <numerusform>%n fuentes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in view: %n conflict(s)</source>
        <translation>
            <numerusform>en vista: %n conflicto</numerusform>
            <numerusform>en vista: %n conflictos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate group(s)</source>
        <translation>
            <numerusform>%n grupo de duplicados</numerusform>
            <numerusform>%n grupos de duplicados</numerusform>
        </translation>
    </message>
    <message>
        <source>Open conflicts and duplicate groups with an entry in view; the Conflicts and duplicates panel lists the whole workspace</source>
        <translation>Conflictos y grupos de duplicados abiertos con una entrada en vista; el panel «Conflictos y duplicados» muestra todo el espacio de trabajo</translation>
    </message>
    <message>
        <source>Import calendars</source>
        <translation>Importar calendarios</translation>
    </message>
    <message>
        <source>Open or create a workspace</source>
        <translation>Abrir o crear un espacio de trabajo</translation>
    </message>
    <message>
        <source>Masthead workspaces</source>
        <translation>Espacios de trabajo de Masthead</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>Wait for the import to finish first.</source>
        <translation>Espere primero a que termine la importación.</translation>
    </message>
    <message>
        <source>Redone</source>
        <translation>Rehecho</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>Deshecho</translation>
    </message>
    <message>
        <source>Wait for the import to finish before removing a source.</source>
        <translation>Espere a que termine la importación antes de quitar una fuente.</translation>
    </message>
    <message>
        <source>{source} ({department}); Edit ▸ Undo brings it back</source>
        <translation>{source} ({department}); Editar ▸ Deshacer la recupera</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Quitada</translation>
    </message>
    <message numerus="yes">
        <source>{files} and %n more</source>
        <translation>
            <numerusform>{files} y %n más</numerusform>
            <numerusform>{files} y %n más</numerusform>
        </translation>
    </message>
    <message>
        <source>Drop to import {files}</source>
        <translation>Suelte para importar {files}</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>ninguno todavía</translation>
    </message>
    <message>
        <source>About Masthead</source>
        <translation>Acerca de Masthead</translation>
    </message>
    <message>
        <source>Every department&apos;s editorial calendar in one timeline.</source>
        <translation>Los calendarios editoriales de todos los departamentos en una sola cronología.</translation>
    </message>
    <message>
        <source>Files it reads: {extensions}</source>
        <translation>Archivos que lee: {extensions}</translation>
    </message>
    <message>
        <source>Workspace: {location}</source>
        <translation>Espacio de trabajo: {location}</translation>
    </message>
    <message>
        <source>demo</source>
        <translation>demo</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Fuentes</translation>
    </message>
</context>
<context>
    <name>MappingDialog</name>
    <message>
        <source>Map the columns of {file_name}</source>
        <translation>Asignar las columnas de {file_name}</translation>
    </message>
    <message>
        <source>As Masthead reads them with this mapping</source>
        <translation>Así las lee Masthead con esta asignación</translation>
    </message>
    <message>
        <source>Import with this mapping</source>
        <translation>Importar con esta asignación</translation>
    </message>
    <message>
        <source>Don&apos;t import</source>
        <translation>No importar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>The first rows of the file, under the role each column gets</source>
        <translation>Las primeras filas del archivo, bajo el papel que recibe cada columna</translation>
    </message>
    <message>
        <source>Choose the column that holds the date (Date or Start).</source>
        <translation>Elija la columna que contiene la fecha (Fecha o Inicio).</translation>
    </message>
    <message>
        <source>your choice</source>
        <translation>su elección</translation>
    </message>
    <message>
        <source>As Masthead reads them with this mapping: reading…</source>
        <translation>Así las lee Masthead con esta asignación: leyendo…</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Start (date and time)</source>
        <translation>Inicio (fecha y hora)</translation>
    </message>
    <message>
        <source>End (date and time)</source>
        <translation>Fin (fecha y hora)</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Fecha de fin</translation>
    </message>
    <message>
        <source>End time</source>
        <translation>Hora de fin</translation>
    </message>
    <message>
        <source>All day (yes/no)</source>
        <translation>Todo el día (sí/no)</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Description / copy</source>
        <translation>Descripción / texto</translation>
    </message>
    <message>
        <source>Owner / person</source>
        <translation>Responsable / persona</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campaña</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Enlace</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Departamento</translation>
    </message>
    <message>
        <source>Keep as extra field</source>
        <translation>Conservar como campo adicional</translation>
    </message>
    <message>
        <source>— ignore —</source>
        <translation>— ignorar —</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zona horaria</translation>
    </message>
    <message>
        <source>(sheet {sheet})</source>
        <translation>(hoja {sheet})</translation>
    </message>
    <message>
        <source>this is how Masthead reads the columns. Check them, change what is wrong, then import. The choice is kept for the next import of this file.</source>
        <translation>así lee Masthead las columnas. Revíselas, cambie lo que esté mal e importe. La elección se conserva para la próxima importación de este archivo.</translation>
    </message>
    <message>
        <source>the columns could not be matched automatically. Say what each column holds; at least one must be a date.</source>
        <translation>no se pudieron asignar las columnas automáticamente. Indique qué contiene cada columna; al menos una debe ser una fecha.</translation>
    </message>
    <message>
        <source>{column} (ignored)</source>
        <translation>{column} (ignorada)</translation>
    </message>
    <message>
        <source>Start ({zone})</source>
        <translation>Inicio ({zone})</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>With this mapping the file cannot be read: {exc}</source>
        <translation>Con esta asignación no se puede leer el archivo: {exc}</translation>
    </message>
</context>
<context>
    <name>Markers</name>
    <message>
        <source>Slot clash</source>
        <translation>Choque de franja</translation>
    </message>
    <message>
        <source>Double booking</source>
        <translation>Doble reserva</translation>
    </message>
    <message>
        <source>Overload</source>
        <translation>Sobrecarga</translation>
    </message>
    <message>
        <source>Blackout date</source>
        <translation>Fecha bloqueada</translation>
    </message>
    <message>
        <source>Possible duplicate</source>
        <translation>Posible duplicado</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copia</translation>
    </message>
    <message>
        <source>Slot clashes</source>
        <translation>Choques de franja</translation>
    </message>
    <message>
        <source>Double bookings</source>
        <translation>Dobles reservas</translation>
    </message>
    <message>
        <source>Overloaded days</source>
        <translation>Días sobrecargados</translation>
    </message>
    <message>
        <source>Blackout dates</source>
        <translation>Fechas bloqueadas</translation>
    </message>
    <message>
        <source>Possible duplicates</source>
        <translation>Posibles duplicados</translation>
    </message>
    <message>
        <source>Copies (one entry handed over twice)</source>
        <translation>Copias (una entrada entregada dos veces)</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Resuelto</translation>
    </message>
    <message>
        <source>Intentional</source>
        <translation>Intencionado</translation>
    </message>
    <message>
        <source>Not a duplicate</source>
        <translation>No es un duplicado</translation>
    </message>
    <message>
        <source>similar entries</source>
        <translation>entradas parecidas</translation>
    </message>
    <message>
        <source>{reasons} (score {score})</source>
        <translation>{reasons} (puntuación {score})</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Entries named like the first will use the second name.</source>
        <translation>Las entradas con el primer nombre usarán el segundo.</translation>
    </message>
    <message>
        <source>Merge:</source>
        <translation>Fusionar:</translation>
    </message>
    <message>
        <source>Into:</source>
        <translation>En:</translation>
    </message>
    <message>
        <source>Choose two names.</source>
        <translation>Elija dos nombres.</translation>
    </message>
    <message>
        <source>Choose two different names.</source>
        <translation>Elija dos nombres distintos.</translation>
    </message>
</context>
<context>
    <name>MultiPick</name>
    <message>
        <source>All</source>
        <translation>Todos</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <source>{label}: all (click to choose)</source>
        <translation>{label}: todos (clic para elegir)</translation>
    </message>
</context>
<context>
    <name>Painting</name>
    <message>
        <source>Nothing in this period</source>
        <translation>Nada en este periodo</translation>
    </message>
    <message>
        <source>Blackout</source>
        <translation>Bloqueado</translation>
    </message>
    <message>
        <source>No entries in this period</source>
        <translation>No hay entradas en este periodo</translation>
    </message>
    <message>
        <source>nothing planned</source>
        <translation>nada previsto</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>days as columns</source>
        <translation>días en columnas</translation>
    </message>
    <message>
        <source>departments as lanes</source>
        <translation>departamentos en carriles</translation>
    </message>
    <message>
        <source>a month per page</source>
        <translation>un mes por página</translation>
    </message>
    <message>
        <source>2 weeks per page</source>
        <translation>2 semanas por página</translation>
    </message>
    <message>
        <source>4 weeks per page</source>
        <translation>4 semanas por página</translation>
    </message>
    <message>
        <source>agenda by day</source>
        <translation>agenda por días</translation>
    </message>
    <message>
        <source>agenda (the week is too full for its hours)</source>
        <translation>agenda (la semana está demasiado llena para la vista por horas)</translation>
    </message>
    <message>
        <source>Week {week}, {year}</source>
        <translation>Semana {week}, {year}</translation>
    </message>
    <message>
        <source>Departments</source>
        <translation>Departamentos</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Canales</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>Text: “{text}”</source>
        <translation>Texto: «{text}»</translation>
    </message>
    <message>
        <source>Weeks {first}–{last}, {year}</source>
        <translation>Semanas {first}–{last}, {year}</translation>
    </message>
    <message>
        <source>Weeks {first}, {first_year} – {last}, {year}</source>
        <translation>Semanas {first}, {first_year} – {last}, {year}</translation>
    </message>
    <message>
        <source>Agenda · {days}</source>
        <translation>Agenda · {days}</translation>
    </message>
    <message>
        <source>(no department)</source>
        <translation>(sin departamento)</translation>
    </message>
    <message>
        <source>{title} · printed {stamp}</source>
        <translation>{title} · impreso el {stamp}</translation>
    </message>
    <message>
        <source>Filters: {filters}</source>
        <translation>Filtros: {filters}</translation>
    </message>
    <message>
        <source>times in {zone}</source>
        <translation>horas en {zone}</translation>
    </message>
    <message>
        <source>No entries this week</source>
        <translation>No hay entradas esta semana</translation>
    </message>
    <message>
        <source>Page {number} of {total}</source>
        <translation>Página {number} de {total}</translation>
    </message>
    <message>
        <source>Masthead week {weeks}</source>
        <translation>Masthead semana {weeks}</translation>
    </message>
</context>
<context>
    <name>Proposals</name>
    <message>
        <source>free slot suggested for: {message}</source>
        <translation>franja libre sugerida para: {message}</translation>
    </message>
    <message>
        <source>Suggest a &amp;free slot</source>
        <translation>Sugerir una franja &amp;libre</translation>
    </message>
    <message>
        <source>The nearest times, same channel, within working hours, that create no new conflict</source>
        <translation>Las horas más cercanas, mismo canal, en horario laboral, que no crean ningún conflicto nuevo</translation>
    </message>
    <message>
        <source>The demo proposal could not be made: {exc}</source>
        <translation>No se pudo hacer la propuesta de demostración: {exc}</translation>
    </message>
</context>
<context>
    <name>ProposalsDialog</name>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Entrada</translation>
    </message>
    <message>
        <source>File has</source>
        <translation>El archivo indica</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Propuesto</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>open</source>
        <translation>abierta</translation>
    </message>
    <message>
        <source>stale</source>
        <translation>caducada</translation>
    </message>
    <message>
        <source>Proposals</source>
        <translation>Propuestas</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Mostrar</translation>
    </message>
    <message>
        <source>&amp;Withdraw</source>
        <translation>&amp;Retirar</translation>
    </message>
    <message>
        <source>(entry gone)</source>
        <translation>(entrada desaparecida)</translation>
    </message>
    <message>
        <source>{open} open, {stale} stale (the department changed the entry another way: review, then propose again or withdraw)</source>
        <translation>{open} abiertas, {stale} caducadas (el departamento cambió la entrada de otra forma: revise y vuelva a proponer o retire)</translation>
    </message>
    <message>
        <source>Proposal withdrawn.</source>
        <translation>Propuesta retirada.</translation>
    </message>
</context>
<context>
    <name>ProposalsUi</name>
    <message>
        <source>&amp;Change requests…</source>
        <translation>&amp;Solicitudes de cambio…</translation>
    </message>
    <message>
        <source>Per department: a workbook, an .ics of the moved entries and a message</source>
        <translation>Por departamento: un libro, un .ics de las entradas movidas y un mensaje</translation>
    </message>
    <message>
        <source>&amp;Proposals…</source>
        <translation>&amp;Propuestas…</translation>
    </message>
    <message>
        <source>The open and stale proposals: review, show, withdraw</source>
        <translation>Las propuestas abiertas y caducadas: revisar, mostrar, retirar</translation>
    </message>
    <message>
        <source>Move onto a blackout?</source>
        <translation>¿Mover a una fecha bloqueada?</translation>
    </message>
    <message>
        <source>{message}.

Propose the move anyway?</source>
        <translation>{message}.

¿Proponer el cambio de todos modos?</translation>
    </message>
    <message>
        <source>Write change requests into</source>
        <translation>Escribir las solicitudes de cambio en</translation>
    </message>
    <message>
        <source>No free slot within the working hours nearby</source>
        <translation>No hay franja libre en horario laboral cerca</translation>
    </message>
    <message>
        <source>That entry is no longer in the workspace.</source>
        <translation>Esa entrada ya no está en el espacio de trabajo.</translation>
    </message>
    <message>
        <source>Not moved: {exc}.</source>
        <translation>No movido: {exc}.</translation>
    </message>
    <message>
        <source>Not moved: {exc}</source>
        <translation>No movido: {exc}</translation>
    </message>
    <message>
        <source>Proposed: {title} to {when}. File ▸ Export ▸ Change requests… tells {department}.</source>
        <translation>Propuesto: {title} al {when}. Archivo ▸ Exportar ▸ Solicitudes de cambio… se lo comunica a {department}.</translation>
    </message>
    <message>
        <source>Proposal withdrawn: {title} is back at its file&apos;s time.</source>
        <translation>Propuesta retirada: {title} vuelve a la hora de su archivo.</translation>
    </message>
    <message>
        <source>Nothing in this conflict can move.</source>
        <translation>Nada en este conflicto se puede mover.</translation>
    </message>
    <message>
        <source>Looking for free slots for {title}…</source>
        <translation>Buscando franjas libres para {title}…</translation>
    </message>
    <message>
        <source>No free slot for {title} within the working hours nearby.</source>
        <translation>No hay franja libre para {title} en horario laboral cerca.</translation>
    </message>
    <message>
        <source>No slot suggested: {exc}</source>
        <translation>Ninguna franja sugerida: {exc}</translation>
    </message>
    <message>
        <source>Change requests not written: {exc}</source>
        <translation>Solicitudes de cambio no escritas: {exc}</translation>
    </message>
</context>
<context>
    <name>Readers</name>
    <message>
        <source>{where}: {message}</source>
        <translation>{where}: {message}</translation>
    </message>
    <message>
        <source>{file}, row {row}</source>
        <translation>{file}, fila {row}</translation>
    </message>
    <message>
        <source>{file}, sheet {sheet}, row {row}</source>
        <translation>{file}, hoja {sheet}, fila {row}</translation>
    </message>
    <message>
        <source>{file}, line {line}</source>
        <translation>{file}, línea {line}</translation>
    </message>
    <message>
        <source>row {row}</source>
        <translation>fila {row}</translation>
    </message>
    <message>
        <source>sheet {sheet}, row {row}</source>
        <translation>hoja {sheet}, fila {row}</translation>
    </message>
    <message>
        <source>the date cell shows the error {error} (a broken formula); &apos;{title}&apos; skipped</source>
        <translation>la celda de fecha muestra el error {error} (una fórmula rota); «{title}» omitido</translation>
    </message>
    <message>
        <source>&apos;{title}&apos; has no date; skipped</source>
        <translation>«{title}» no tiene fecha; omitido</translation>
    </message>
    <message>
        <source>date &apos;{value}&apos; not understood; &apos;{title}&apos; skipped</source>
        <translation>fecha «{value}» no entendida; «{title}» omitido</translation>
    </message>
    <message>
        <source>{reason}; &apos;{title}&apos; skipped</source>
        <translation>{reason}; «{title}» omitido</translation>
    </message>
    <message>
        <source>time &apos;{value}&apos; not understood; &apos;{title}&apos; imported as all-day</source>
        <translation>hora «{value}» no entendida; «{title}» importado como de todo el día</translation>
    </message>
    <message>
        <source>end date not understood; ignored</source>
        <translation>fecha de fin no entendida; ignorada</translation>
    </message>
    <message>
        <source>end {reason}; ignored</source>
        <translation>fin: {reason}; ignorado</translation>
    </message>
    <message>
        <source>the date {value} is outside the range Masthead keeps ({first} to {last})</source>
        <translation>la fecha {value} está fuera del intervalo que guarda Masthead ({first} a {last})</translation>
    </message>
    <message>
        <source>%n more row warnings not shown</source>
        <translation>%n aviso(s) de fila más sin mostrar</translation>
    </message>
    <message>
        <source>column mapping &apos;{column}={field}&apos; ignored: unknown field &apos;{field}&apos; (known: {known})</source>
        <translation>asignación «{column}={field}» ignorada: campo desconocido «{field}» (conocidos: {known})</translation>
    </message>
    <message>
        <source>not imported as a calendar: {reason}. If it is one, import it anyway</source>
        <translation>no importado como calendario: {reason}. Si lo es, impórtelo de todos modos</translation>
    </message>
    <message>
        <source>not imported as a calendar ({place}): {reason}. If it is one, import it anyway</source>
        <translation>no importado como calendario ({place}): {reason}. Si lo es, impórtelo de todos modos</translation>
    </message>
    <message>
        <source>sheet {sheet}</source>
        <translation>hoja {sheet}</translation>
    </message>
    <message>
        <source>rows {first}–{last}</source>
        <translation>filas {first}–{last}</translation>
    </message>
    <message>
        <source>every row is the next day ({first} to {last}) and no column looks like an activity, only names of days and months, numbers and codes: a date lookup table, not a calendar</source>
        <translation>cada fila es el día siguiente ({first} a {last}) y ninguna columna parece una actividad, solo nombres de días y meses, números y códigos: una tabla de fechas, no un calendario</translation>
    </message>
    <message>
        <source>every column besides the date holds numbers with decimals or a few names repeated, and none looks like an activity: values by date (prices, rates), not a calendar</source>
        <translation>cada columna aparte de la fecha contiene números con decimales o unos pocos nombres repetidos, y ninguna parece una actividad: valores por fecha (precios, tasas), no un calendario</translation>
    </message>
    <message>
        <source>it is laid out as a weekly timetable: its columns are weekdays ({first} to {last}) with no dates, so the week is not in the file; add a row of dates under the weekdays (one date per column), then import again</source>
        <translation>está organizado como un horario semanal: sus columnas son días de la semana ({first} a {last}) sin fechas, así que la semana no está en el archivo; añada una fila de fechas bajo los días (una fecha por columna) y vuelva a importar</translation>
    </message>
    <message>
        <source>column &apos;{column}&apos; names weekdays only ({names}) and no column gives their dates, so the week they belong to is not in the file; write the date of each day in that column, then import again</source>
        <translation>la columna «{column}» solo nombra días de la semana ({names}) y ninguna columna da sus fechas, así que la semana no está en el archivo; escriba la fecha de cada día en esa columna y vuelva a importar</translation>
    </message>
    <message>
        <source>column &apos;{column}&apos; numbers the days (&apos;{first}&apos; to &apos;{last}&apos;) instead of dating them, so the file does not say when day 1 is; write the dates in that column, then import again</source>
        <translation>la columna «{column}» numera los días («{first}» a «{last}») en lugar de fecharlos, así que el archivo no dice cuándo es el día 1; escriba las fechas en esa columna y vuelva a importar</translation>
    </message>
    <message>
        <source>no column holds dates, so this table is not a calendar (a list, results or figures); if one column does hold dates in a form not understood, map it as the date</source>
        <translation>ninguna columna contiene fechas, así que esta tabla no es un calendario (una lista, resultados o cifras); si una columna sí contiene fechas en una forma no entendida, asígnela como fecha</translation>
    </message>
    <message>
        <source>the table gives times of day only ({columns}) and nothing in the file says which day: no column holds dates, no line above the table and not the file name gives one; add a date column (or write the day, such as 2026-03-14, in a line above the header or in the file name), then import again</source>
        <translation>la tabla solo da horas ({columns}) y nada en el archivo dice qué día: ninguna columna contiene fechas, ni una línea sobre la tabla ni el nombre del archivo dan una; añada una columna de fechas (o escriba el día, como 2026-03-14, en una línea sobre el encabezado o en el nombre del archivo) y vuelva a importar</translation>
    </message>
    <message>
        <source>the time columns ({columns}) are empty on {empty} of {rows} rows and no column holds dates, so the entries have neither day nor time yet; fill in the dates and times (or add a date column), then import again</source>
        <translation>las columnas de hora ({columns}) están vacías en {empty} de {rows} filas y ninguna columna contiene fechas, así que las entradas aún no tienen día ni hora; rellene las fechas y las horas (o añada una columna de fechas) y vuelva a importar</translation>
    </message>
    <message>
        <source>no date found (header row {row}): {reason}. Headers found: {headers}</source>
        <translation>no se encontró ninguna fecha (fila de encabezado {row}): {reason}. Encabezados encontrados: {headers}</translation>
    </message>
    <message>
        <source>no date found (sheet {sheet}, header row {row}): {reason}. Headers found: {headers}</source>
        <translation>no se encontró ninguna fecha (hoja {sheet}, fila de encabezado {row}): {reason}. Encabezados encontrados: {headers}</translation>
    </message>
    <message>
        <source>its table gives dates with nothing written for them (no title, no text on any dated row), so there is no entry to import</source>
        <translation>su tabla da fechas sin nada escrito (ningún título ni texto en las filas con fecha), así que no hay ninguna entrada que importar</translation>
    </message>
    <message>
        <source>no entry could be read from its %n rows with text</source>
        <translation>no se pudo leer ninguna entrada de sus %n fila(s) con texto</translation>
    </message>
    <message>
        <source>no entry could be read from its %n rows with text (the first: {first_problem})</source>
        <translation>no se pudo leer ninguna entrada de sus %n fila(s) con texto (la primera: {first_problem})</translation>
    </message>
    <message>
        <source>no date column found (header row {row}): {reason}. Headers found: {headers}. Map one with --map &quot;HEADER=date&quot;</source>
        <translation>no se encontró ninguna columna de fecha (fila de encabezado {row}): {reason}. Encabezados encontrados: {headers}. Asigne una con --map &quot;ENCABEZADO=date&quot;</translation>
    </message>
    <message>
        <source>no date column found (sheet {sheet}, header row {row}): {reason}. Headers found: {headers}. Map one with --map &quot;HEADER=date&quot;</source>
        <translation>no se encontró ninguna columna de fecha (hoja {sheet}, fila de encabezado {row}): {reason}. Encabezados encontrados: {headers}. Asigne una con --map &quot;ENCABEZADO=date&quot;</translation>
    </message>
    <message>
        <source>file not found</source>
        <translation>archivo no encontrado</translation>
    </message>
    <message>
        <source>is a folder, not a file</source>
        <translation>es una carpeta, no un archivo</translation>
    </message>
    <message>
        <source>cannot be read ({error})</source>
        <translation>no se puede leer ({error})</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>el archivo está vacío</translation>
    </message>
    <message>
        <source>the file is too large ({size} MB; limit {limit} MB)</source>
        <translation>el archivo es demasiado grande ({size} MB; límite {limit} MB)</translation>
    </message>
    <message>
        <source>unsupported file type &apos;{kind}&apos; (supported: {supported})</source>
        <translation>tipo de archivo no admitido «{kind}» (admitidos: {supported})</translation>
    </message>
    <message>
        <source>the file does not look like a {kind} calendar or table ({what})</source>
        <translation>el archivo no parece un calendario ni una tabla {kind} ({what})</translation>
    </message>
    <message>
        <source>the file is binary, not a text table</source>
        <translation>el archivo es binario, no una tabla de texto</translation>
    </message>
    <message>
        <source>the workbook is password-protected; save a copy without a password and import that</source>
        <translation>el libro está protegido con contraseña; guarde una copia sin contraseña e impórtela</translation>
    </message>
    <message>
        <source>no table with a header row was found</source>
        <translation>no se encontró ninguna tabla con fila de encabezado</translation>
    </message>
    <message>
        <source>an Apple Numbers document, read only where the optional numbers-parser is installed (pip install &apos;masthead[numbers]&apos;); or export it from Numbers (File ▸ Export To ▸ Excel) and import that</source>
        <translation>un documento de Apple Numbers, que solo se lee donde está instalado el opcional numbers-parser (pip install &apos;masthead[numbers]&apos;); o expórtelo desde Numbers (Archivo ▸ Exportar a ▸ Excel) e importe ese</translation>
    </message>
    <message>
        <source>the Numbers document cannot be read ({error}); open it in Numbers and export it (File ▸ Export To ▸ Excel)</source>
        <translation>no se puede leer el documento de Numbers ({error}); ábralo en Numbers y expórtelo (Archivo ▸ Exportar a ▸ Excel)</translation>
    </message>
    <message>
        <source>column &apos;{column}&apos; holds dates and is read as the date column</source>
        <translation>la columna «{column}» contiene fechas y se lee como la columna de fecha</translation>
    </message>
    <message>
        <source>column &apos;{column}&apos; is never before the date and is read as the end</source>
        <translation>la columna «{column}» nunca es anterior a la fecha y se lee como el fin</translation>
    </message>
    <message>
        <source>column &apos;{column}&apos; read as the end of &apos;{other}&apos;</source>
        <translation>columna «{column}» leída como el fin de «{other}»</translation>
    </message>
    <message>
        <source>column &apos;{column}&apos; could be {role} or {other_role}</source>
        <translation>la columna «{column}» podría ser {role} o {other_role}</translation>
    </message>
    <message>
        <source>is not UTF-8; it was read as Windows-1252</source>
        <translation>no está en UTF-8; se leyó como Windows-1252</translation>
    </message>
    <message>
        <source>contains bytes that are not valid UTF-8; they were replaced by �</source>
        <translation>contiene bytes que no son UTF-8 válido; se sustituyeron por �</translation>
    </message>
    <message>
        <source>is a contact card (vCard), not a calendar ({first})</source>
        <translation>es una tarjeta de contacto (vCard), no un calendario ({first})</translation>
    </message>
    <message>
        <source>does not contain calendar data (no BEGIN:VCALENDAR or BEGIN:VEVENT found in its {lines} lines; {first})</source>
        <translation>no contiene datos de calendario (ningún BEGIN:VCALENDAR ni BEGIN:VEVENT en sus {lines} líneas; {first})</translation>
    </message>
    <message>
        <source>the file ends inside an event at line {line}; {read} events read, {incomplete} incomplete (left out)</source>
        <translation>el archivo termina dentro de un evento en la línea {line}; {read} eventos leídos, {incomplete} incompletos (descartados)</translation>
    </message>
    <message>
        <source>the file ends inside a task at line {line}; {read} events read, {incomplete} incomplete (left out)</source>
        <translation>el archivo termina dentro de una tarea en la línea {line}; {read} eventos leídos, {incomplete} incompletos (descartados)</translation>
    </message>
    <message>
        <source>%n component(s) have no matching END (line {lines}); each was read up to the next BEGIN</source>
        <translation>%n componente(s) sin END correspondiente (línea {lines}); cada uno se leyó hasta el siguiente BEGIN</translation>
    </message>
    <message>
        <source>event &apos;{uid}&apos; appears {count} times (lines {lines}); kept the latest version (line {line}, SEQUENCE {sequence})</source>
        <translation>el evento «{uid}» aparece {count} veces (líneas {lines}); se conservó la versión más reciente (línea {line}, SEQUENCE {sequence})</translation>
    </message>
    <message>
        <source>%n task(s) without a due date were left out (VTODO at line {lines})</source>
        <translation>%n tarea(s) sin fecha de vencimiento descartada(s) (VTODO en la línea {lines})</translation>
    </message>
    <message>
        <source>event {label} has no DTSTART; skipped</source>
        <translation>el evento {label} no tiene DTSTART; omitido</translation>
    </message>
    <message>
        <source>event {label} has an unreadable DTSTART &apos;{value}&apos;; skipped</source>
        <translation>el evento {label} tiene un DTSTART ilegible «{value}»; omitido</translation>
    </message>
    <message>
        <source>task {label} has an unreadable DUE &apos;{value}&apos;; skipped</source>
        <translation>la tarea {label} tiene un DUE ilegible «{value}»; omitida</translation>
    </message>
    <message>
        <source>contains no events or tasks; nothing to import</source>
        <translation>no contiene eventos ni tareas; nada que importar</translation>
    </message>
    <message>
        <source>contains only time zone definitions; nothing to import</source>
        <translation>solo contiene definiciones de zonas horarias; nada que importar</translation>
    </message>
    <message>
        <source>… and %n more warnings</source>
        <translation>… y %n aviso(s) más</translation>
    </message>
    <message>
        <source>%n recurring series have no occurrence between {first} and {last} (the import window) and were left out ({names})</source>
        <translation>%n serie(s) sin ninguna repetición entre el {first} y el {last} (la ventana de importación) descartada(s) ({names})</translation>
    </message>
    <message>
        <source>%n series repeat without end ({names}); their occurrences were generated from {first} to {last} only</source>
        <translation>%n serie(s) se repiten sin fin ({names}); sus repeticiones solo se generaron del {first} al {last}</translation>
    </message>
    <message>
        <source>some columns were recognised with little certainty</source>
        <translation>algunas columnas se reconocieron con poca seguridad</translation>
    </message>
    <message>
        <source>&apos;{column}&apos; read as {role} ({percent} % sure)</source>
        <translation>«{column}» leído como {role} (con un {percent} % de seguridad)</translation>
    </message>
    <message>
        <source>no column holds the {role}</source>
        <translation>ninguna columna contiene: {role}</translation>
    </message>
</context>
<context>
    <name>ReportPdf</name>
    <message>
        <source>{title} report · {period} · printed {stamp}</source>
        <translation>Informe {title} · {period} · impreso el {stamp}</translation>
    </message>
    <message>
        <source>Page {number}</source>
        <translation>Página {number}</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Departamento</translation>
    </message>
    <message>
        <source>Posts</source>
        <translation>Publicaciones</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Canales</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflictos</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>Duplicados</translation>
    </message>
    <message>
        <source>Settled</source>
        <translation>Resueltos</translation>
    </message>
    <message>
        <source>{title} report {period}</source>
        <translation>Informe {title} {period}</translation>
    </message>
    <message>
        <source>{title} report: {period}</source>
        <translation>Informe {title}: {period}</translation>
    </message>
    <message>
        <source>Period: {first} to {last} (days in {zone})</source>
        <translation>Periodo: del {first} al {last} (días en {zone})</translation>
    </message>
    <message>
        <source>Filters: {filters}</source>
        <translation>Filtros: {filters}</translation>
    </message>
    <message>
        <source>Per department</source>
        <translation>Por departamento</translation>
    </message>
    <message>
        <source>entry {id}</source>
        <translation>entrada {id}</translation>
    </message>
    <message>
        <source>Open conflicts ({count})</source>
        <translation>Conflictos abiertos ({count})</translation>
    </message>
    <message>
        <source>None: every conflict of the period is settled.</source>
        <translation>Ninguno: todos los conflictos del periodo están resueltos.</translation>
    </message>
    <message>
        <source>Open duplicate groups ({count})</source>
        <translation>Grupos de duplicados abiertos ({count})</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Ninguno.</translation>
    </message>
    <message>
        <source>Likely the same piece ({score}): {reasons}</source>
        <translation>Probablemente la misma pieza ({score}): {reasons}</translation>
    </message>
    <message>
        <source>Export report as PDF</source>
        <translation>Exportar el informe como PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The report could not be written to {path}.

{exc}</source>
        <translation>No se pudo escribir el informe en {path}.

{exc}</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <source>Posts per week, by department</source>
        <translation>Publicaciones por semana, por departamento</translation>
    </message>
    <message>
        <source>Channel mix per department (share of its posts)</source>
        <translation>Reparto de canales por departamento (parte de sus publicaciones)</translation>
    </message>
    <message>
        <source>Coverage gaps: working days without a post on a channel that usually posts</source>
        <translation>Huecos de cobertura: días laborables sin publicación en un canal que suele publicar</translation>
    </message>
    <message>
        <source>Working days with nothing</source>
        <translation>Días laborables sin nada</translation>
    </message>
    <message>
        <source>A channel usually posts when it has posts in at least half of the period&apos;s weeks; weekends and blackout days are not working days.</source>
        <translation>Un canal suele publicar si tiene publicaciones en al menos la mitad de las semanas del periodo; los fines de semana y los días bloqueados no son laborables.</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Días</translation>
    </message>
    <message>
        <source>Conflicts and duplicate groups per week, open and settled</source>
        <translation>Conflictos y grupos de duplicados por semana, abiertos y resueltos</translation>
    </message>
    <message>
        <source>Conflicts open</source>
        <translation>Conflictos abiertos</translation>
    </message>
    <message>
        <source>Conflicts settled</source>
        <translation>Conflictos resueltos</translation>
    </message>
    <message>
        <source>Duplicates open</source>
        <translation>Duplicados abiertos</translation>
    </message>
    <message>
        <source>Duplicates settled</source>
        <translation>Duplicados resueltos</translation>
    </message>
    <message>
        <source>Each department&apos;s share of conflicts</source>
        <translation>Parte de cada departamento en los conflictos</translation>
    </message>
    <message>
        <source>Share of conflicts</source>
        <translation>Parte de los conflictos</translation>
    </message>
    <message>
        <source>A conflict counts once for every department taking part in it.</source>
        <translation>Un conflicto cuenta una vez por cada departamento implicado.</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflictos</translation>
    </message>
    <message>
        <source>Posting time per channel (hour of day, timed posts)</source>
        <translation>Hora de publicación por canal (hora del día, publicaciones con hora)</translation>
    </message>
    <message>
        <source>Posts per day (0 = an empty day; hatched = blackout)</source>
        <translation>Publicaciones por día (0 = día vacío; rayado = bloqueado)</translation>
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
        <translation>También dentro de un mismo departamento</translation>
    </message>
    <message>
        <source>posts</source>
        <translation>publicaciones</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Posts per day</source>
        <translation>Publicaciones por día</translation>
    </message>
    <message>
        <source>Add channel</source>
        <translation>Añadir canal</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>days</source>
        <translation>días</translation>
    </message>
    <message>
        <source>How alike two entries must score (0–1) to count as one effort. Lower finds more; default {default}.</source>
        <translation>Cuánto deben parecerse dos entradas (0–1) para contar como una misma acción. Más bajo encuentra más; predeterminado {default}.</translation>
    </message>
    <message>
        <source>lower finds more (default {default})</source>
        <translation>más bajo encuentra más (predeterminado {default})</translation>
    </message>
    <message>
        <source>How long an entry without an end lasts for the rules</source>
        <translation>Cuánto dura una entrada sin fin para las reglas</translation>
    </message>
    <message>
        <source>e.g. Cancelled, Idea</source>
        <translation>p. ej. Cancelado, Idea</translation>
    </message>
    <message>
        <source>Entries with these statuses take part in no rule (comma-separated)</source>
        <translation>Las entradas con estos estados no participan en ninguna regla (separados por comas)</translation>
    </message>
    <message>
        <source>Where &apos;Suggest a free slot&apos; looks for times, e.g. 09:00-18:00</source>
        <translation>Dónde busca horas «Sugerir una franja libre», p. ej. 09:00-18:00</translation>
    </message>
    <message>
        <source>days back</source>
        <translation>días atrás</translation>
    </message>
    <message>
        <source>days ahead</source>
        <translation>días adelante</translation>
    </message>
    <message>
        <source>Recurring series are expanded this far back from today</source>
        <translation>Las series se desarrollan hasta esta distancia antes de hoy</translation>
    </message>
    <message>
        <source>Recurring series are expanded this far ahead of today</source>
        <translation>Las series se desarrollan hasta esta distancia después de hoy</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflictos</translation>
    </message>
    <message>
        <source>Same channel within:</source>
        <translation>Mismo canal en menos de:</translation>
    </message>
    <message>
        <source>Posts per channel per day:</source>
        <translation>Publicaciones por canal y día:</translation>
    </message>
    <message>
        <source>Channels with their own daily limit instead of the one above</source>
        <translation>Canales con su propio límite diario en lugar del de arriba</translation>
    </message>
    <message>
        <source>Limits per channel:</source>
        <translation>Límites por canal:</translation>
    </message>
    <message>
        <source>Entries without an end last:</source>
        <translation>Las entradas sin fin duran:</translation>
    </message>
    <message>
        <source>Leave out statuses:</source>
        <translation>Excluir estados:</translation>
    </message>
    <message>
        <source>Free slots within:</source>
        <translation>Franjas libres entre:</translation>
    </message>
    <message>
        <source>Duplicated efforts</source>
        <translation>Acciones duplicadas</translation>
    </message>
    <message>
        <source>Entries apart at most:</source>
        <translation>Separación máxima entre entradas:</translation>
    </message>
    <message>
        <source>Score at least:</source>
        <translation>Puntuación mínima:</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>Espacio de trabajo</translation>
    </message>
    <message>
        <source>Time zone:</source>
        <translation>Zona horaria:</translation>
    </message>
    <message>
        <source>Expand series:</source>
        <translation>Desarrollar series:</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Reglas</translation>
    </message>
    <message>
        <source>Names</source>
        <translation>Nombres</translation>
    </message>
    <message>
        <source>Departments</source>
        <translation>Departamentos</translation>
    </message>
    <message>
        <source>Blackout dates</source>
        <translation>Fechas bloqueadas</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation>No guardado: {reason}</translation>
    </message>
</context>
<context>
    <name>SettleUi</name>
    <message>
        <source>Conflicts and duplicates</source>
        <translation>Conflictos y duplicados</translation>
    </message>
    <message>
        <source>&amp;Conflicts and duplicates</source>
        <translation>&amp;Conflictos y duplicados</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>E&amp;xportar</translation>
    </message>
    <message>
        <source>&amp;Report (PDF)…</source>
        <translation>&amp;Informe (PDF)…</translation>
    </message>
    <message>
        <source>The period shown and the filters: KPIs, charts, open conflicts and duplicates</source>
        <translation>El periodo mostrado y los filtros: indicadores, gráficos, conflictos y duplicados abiertos</translation>
    </message>
    <message>
        <source>&amp;Print week…</source>
        <translation>Im&amp;primir semana…</translation>
    </message>
    <message>
        <source>Print preview of the week shown, with the current filters</source>
        <translation>Vista previa de impresión de la semana mostrada, con los filtros actuales</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Configuración…</translation>
    </message>
    <message>
        <source>Rules, names, department colours, blackout dates and the window&apos;s language</source>
        <translation>Reglas, nombres, colores de los departamentos, fechas bloqueadas e idioma de la ventana</translation>
    </message>
</context>
<context>
    <name>SourceZoneDialog</name>
    <message>
        <source>Enter a time zone, such as Europe/Berlin.</source>
        <translation>Escriba una zona horaria, por ejemplo Europe/Madrid.</translation>
    </message>
    <message>
        <source>Unknown time zone “{name}”. Use an IANA name such as Europe/Berlin or America/New_York.</source>
        <translation>Zona horaria desconocida «{name}». Use un nombre IANA como Europe/Madrid o America/New_York.</translation>
    </message>
    <message>
        <source>Time zone of {file_name}</source>
        <translation>Zona horaria de {file_name}</translation>
    </message>
    <message>
        <source>&lt;b&gt;{file_name}&lt;/b&gt;: times that carry no zone of their own (most spreadsheets, floating times in calendars) are read in this zone. A sheet that names its zone (“Time (ET)”) keeps it. The file is read again when you change it; decisions on its conflicts stay.</source>
        <translation>&lt;b&gt;{file_name}&lt;/b&gt;: las horas sin zona propia (la mayoría de las hojas de cálculo, horas flotantes de los calendarios) se leen en esta zona. Una hoja que indica su zona («Hora (ET)») la conserva. El archivo se vuelve a leer al cambiarla; las decisiones sobre sus conflictos se mantienen.</translation>
    </message>
    <message>
        <source>Use the workspace&apos;s zone ({workspace_zone})</source>
        <translation>Usar la zona del espacio de trabajo ({workspace_zone})</translation>
    </message>
</context>
<context>
    <name>SourcesModel</name>
    <message>
        <source>Department</source>
        <translation>Departamento</translation>
    </message>
    <message>
        <source>Show or hide this source&apos;s entries</source>
        <translation>Mostrar u ocultar las entradas de esta fuente</translation>
    </message>
    <message>
        <source>Department (double-click to rename)</source>
        <translation>Departamento (doble clic para cambiar el nombre)</translation>
    </message>
    <message>
        <source>Entries imported</source>
        <translation>Entradas importadas</translation>
    </message>
    <message>
        <source>Warnings from the last import</source>
        <translation>Avisos de la última importación</translation>
    </message>
    <message>
        <source>imported {when} UTC</source>
        <translation>importado el {when} UTC</translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n entrada</numerusform>
            <numerusform>%n entradas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <translation>
            <numerusform>%n omitida</numerusform>
            <numerusform>%n omitidas</numerusform>
        </translation>
    </message>
    <message>
        <source>times without a zone: {zone}</source>
        <translation>horas sin zona: {zone}</translation>
    </message>
    <message>
        <source>subscribed: {url}</source>
        <translation>suscrito: {url}</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… y %n más</numerusform>
            <numerusform>… y %n más</numerusform>
        </translation>
    </message>
    <message>
        <source>stale since {when}</source>
        <translation>caducado desde {when}</translation>
    </message>
</context>
<context>
    <name>SourcesPanel</name>
    <message>
        <source>Import…</source>
        <translation>Importar…</translation>
    </message>
    <message>
        <source>Re-import</source>
        <translation>Reimportar</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Read the selected source&apos;s file again (an update, not a copy)</source>
        <translation>Volver a leer el archivo de la fuente elegida (una actualización, no una copia)</translation>
    </message>
    <message>
        <source>Remove the selected source and its entries (Edit ▸ Undo brings it back)</source>
        <translation>Quitar la fuente elegida y sus entradas (Editar ▸ Deshacer la recupera)</translation>
    </message>
    <message>
        <source>No calendars yet.

Drop .ics, .xlsx, .xls, .ods, .numbers or .csv files anywhere on this window, or use Import…</source>
        <translation>Todavía no hay calendarios.

Suelte archivos .ics, .xlsx, .xls, .ods, .numbers o .csv en cualquier parte de esta ventana, o use Importar…</translation>
    </message>
    <message>
        <source>Colour of {department}</source>
        <translation>Color de {department}</translation>
    </message>
    <message>
        <source>Rename department</source>
        <translation>Cambiar el nombre del departamento</translation>
    </message>
    <message>
        <source>Colour…</source>
        <translation>Color…</translation>
    </message>
    <message>
        <source>Time zone…</source>
        <translation>Zona horaria…</translation>
    </message>
    <message>
        <source>What was understood…</source>
        <translation>Qué se entendió…</translation>
    </message>
</context>
<context>
    <name>SubscribeDialog</name>
    <message>
        <source>Subscribe to a calendar</source>
        <translation>Suscribirse a un calendario</translation>
    </message>
    <message>
        <source>https://…/basic.ics, webcal://…, caldav+https://user@host/path/</source>
        <translation>https://…/basic.ics, webcal://…, caldav+https://usuario@servidor/ruta/</translation>
    </message>
    <message>
        <source>optional: the department or calendar name</source>
        <translation>opcional: el nombre del departamento o del calendario</translation>
    </message>
    <message>
        <source>Link:</source>
        <translation>Enlace:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <source>User (optional):</source>
        <translation>Usuario (opcional):</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Contraseña:</translation>
    </message>
    <message>
        <source>Refresh while open:</source>
        <translation>Actualizar mientras esté abierto:</translation>
    </message>
</context>
<context>
    <name>SynonymEditor</name>
    <message>
        <source>Edit synonym</source>
        <translation>Editar sinónimo</translation>
    </message>
    <message>
        <source>Add synonym</source>
        <translation>Añadir sinónimo</translation>
    </message>
    <message>
        <source>as written in a file, e.g. Linked In</source>
        <translation>tal como aparece en un archivo, p. ej. Linked In</translation>
    </message>
    <message>
        <source>the name to use, e.g. LinkedIn</source>
        <translation>el nombre que se usará, p. ej. LinkedIn</translation>
    </message>
    <message>
        <source>Means:</source>
        <translation>Significa:</translation>
    </message>
    <message>
        <source>Both names are needed.</source>
        <translation>Se necesitan los dos nombres.</translation>
    </message>
</context>
<context>
    <name>SynonymsPage</name>
    <message>
        <source>Channels</source>
        <translation>Canales</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>Statuses</source>
        <translation>Estados</translation>
    </message>
    <message>
        <source>Channel written as:</source>
        <translation>Canal escrito como:</translation>
    </message>
    <message>
        <source>Person written as:</source>
        <translation>Persona escrita como:</translation>
    </message>
    <message>
        <source>Status written as:</source>
        <translation>Estado escrito como:</translation>
    </message>
    <message>
        <source>Merge two channels</source>
        <translation>Fusionar dos canales</translation>
    </message>
    <message>
        <source>Merge two people</source>
        <translation>Fusionar dos personas</translation>
    </message>
    <message>
        <source>Merge two statuses</source>
        <translation>Fusionar dos estados</translation>
    </message>
    <message>
        <source>There are fewer than two channels to merge.</source>
        <translation>Hay menos de dos canales que fusionar.</translation>
    </message>
    <message>
        <source>There are fewer than two people to merge.</source>
        <translation>Hay menos de dos personas que fusionar.</translation>
    </message>
    <message>
        <source>There are fewer than two statuses to merge.</source>
        <translation>Hay menos de dos estados que fusionar.</translation>
    </message>
    <message>
        <source>Written as</source>
        <translation>Escrito como</translation>
    </message>
    <message>
        <source>Means</source>
        <translation>Significa</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Añadir…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Merge two names…</source>
        <translation>Fusionar dos nombres…</translation>
    </message>
    <message>
        <source>Built-in spellings (LI → LinkedIn, Twitter → X, geplant → Scheduled …) always apply; the black rows are this workspace&apos;s own. Edit a built-in row to override it.</source>
        <translation>Las grafías integradas (LI → LinkedIn, Twitter → X, geplant → Scheduled …) se aplican siempre; las filas en negro son propias de este espacio de trabajo. Edite una fila integrada para sustituirla.</translation>
    </message>
    <message>
        <source>Show built-in spellings</source>
        <translation>Mostrar grafías integradas</translation>
    </message>
    <message>
        <source>Table:</source>
        <translation>Tabla:</translation>
    </message>
    <message>
        <source>Merge names</source>
        <translation>Fusionar nombres</translation>
    </message>
    <message>
        <source>Built in; Edit… overrides it for this workspace</source>
        <translation>Integrada; Editar… la sustituye en este espacio de trabajo</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <source>Zoom:</source>
        <translation>Zoom:</translation>
    </message>
    <message>
        <source>Lanes:</source>
        <translation>Carriles:</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Semana</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mes</translation>
    </message>
    <message>
        <source>Departments</source>
        <translation>Departamentos</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Canales</translation>
    </message>
</context>
<context>
    <name>Understood</name>
    <message>
        <source>by its header</source>
        <translation>por su encabezado</translation>
    </message>
    <message>
        <source>by its content</source>
        <translation>por su contenido</translation>
    </message>
    <message>
        <source>as you set it</source>
        <translation>como usted lo definió</translation>
    </message>
    <message>
        <source>as chosen before</source>
        <translation>como se eligió antes</translation>
    </message>
    <message>
        <source>by its property name</source>
        <translation>por el nombre de su propiedad</translation>
    </message>
    <message>
        <source>{how}, {percent} % sure</source>
        <translation>{how}, con un {percent} % de seguridad</translation>
    </message>
    <message>
        <source>date</source>
        <translation>fecha</translation>
    </message>
    <message>
        <source>time</source>
        <translation>hora</translation>
    </message>
    <message>
        <source>start</source>
        <translation>inicio</translation>
    </message>
    <message>
        <source>end</source>
        <translation>fin</translation>
    </message>
    <message>
        <source>end date</source>
        <translation>fecha de fin</translation>
    </message>
    <message>
        <source>end time</source>
        <translation>hora de fin</translation>
    </message>
    <message>
        <source>duration</source>
        <translation>duración</translation>
    </message>
    <message>
        <source>all day</source>
        <translation>todo el día</translation>
    </message>
    <message>
        <source>title</source>
        <translation>título</translation>
    </message>
    <message>
        <source>description</source>
        <translation>descripción</translation>
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
        <translation>estado</translation>
    </message>
    <message>
        <source>campaign</source>
        <translation>campaña</translation>
    </message>
    <message>
        <source>link</source>
        <translation>enlace</translation>
    </message>
    <message>
        <source>department</source>
        <translation>departamento</translation>
    </message>
    <message>
        <source>time zone</source>
        <translation>zona horaria</translation>
    </message>
    <message>
        <source>kept as an extra field</source>
        <translation>conservado como campo adicional</translation>
    </message>
    <message>
        <source>ignored</source>
        <translation>ignorado</translation>
    </message>
    <message>
        <source>owner (person)</source>
        <translation>responsable (persona)</translation>
    </message>
</context>
<context>
    <name>UnderstoodDialog</name>
    <message>
        <source>What was understood of {name}</source>
        <translation>Qué se entendió de {name}</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Hoja</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Columna</translation>
    </message>
    <message>
        <source>Read as</source>
        <translation>Leído como</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Cómo</translation>
    </message>
    <message>
        <source>Sure</source>
        <translation>Seguridad</translation>
    </message>
    <message>
        <source>&lt;b&gt;{name}&lt;/b&gt; ({kind}) → department &lt;b&gt;{department}&lt;/b&gt;</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt; ({kind}) → departamento &lt;b&gt;{department}&lt;/b&gt;</translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n entrada</numerusform>
            <numerusform>%n entradas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <translation>
            <numerusform>%n omitida</numerusform>
            <numerusform>%n omitidas</numerusform>
        </translation>
    </message>
    <message>
        <source>Times: the file names its own zones.</source>
        <translation>Horas: el archivo indica sus propias zonas.</translation>
    </message>
    <message>
        <source>Property</source>
        <translation>Propiedad</translation>
    </message>
    <message>
        <source>Nothing was recorded about this file&apos;s columns; import it again to see them.</source>
        <translation>No se registró nada sobre las columnas de este archivo; impórtelo de nuevo para verlas.</translation>
    </message>
    <message>
        <source>The column roles were confirmed by you and are used on every import of this file.</source>
        <translation>Usted confirmó los papeles de las columnas; se usan en cada importación de este archivo.</translation>
    </message>
    <message>
        <source>Change the column roles…</source>
        <translation>Cambiar los papeles de las columnas…</translation>
    </message>
    <message>
        <source>Time zone…</source>
        <translation>Zona horaria…</translation>
    </message>
</context>
<context>
    <name>Undo</name>
    <message>
        <source>import of {name}</source>
        <translation>importación de {name}</translation>
    </message>
    <message>
        <source>import of %n files</source>
        <translation>importación de %n archivos</translation>
    </message>
    <message>
        <source>removal of {name}</source>
        <translation>eliminación de {name}</translation>
    </message>
    <message>
        <source>zone of {name}</source>
        <translation>zona de {name}</translation>
    </message>
    <message>
        <source>column roles of {name}</source>
        <translation>papeles de las columnas de {name}</translation>
    </message>
    <message>
        <source>showing of {name}</source>
        <translation>visualización de {name}</translation>
    </message>
    <message>
        <source>settings of {name}</source>
        <translation>configuración de {name}</translation>
    </message>
    <message>
        <source>move of {title}</source>
        <translation>traslado de {title}</translation>
    </message>
    <message>
        <source>withdrawal of a proposal</source>
        <translation>retirada de una propuesta</translation>
    </message>
    <message>
        <source>mark {decision}</source>
        <translation>marca {decision}</translation>
    </message>
    <message>
        <source>unmark {decision}</source>
        <translation>retirada de la marca {decision}</translation>
    </message>
</context>
<context>
    <name>Views</name>
    <message>
        <source>{day} (all day)</source>
        <translation>{day} (todo el día)</translation>
    </message>
    <message>
        <source>Week {number} · {days}</source>
        <translation>Semana {number} · {days}</translation>
    </message>
    <message>
        <source>Reports · {month}</source>
        <translation>Informes · {month}</translation>
    </message>
    <message>
        <source>none (all entries)</source>
        <translation>ninguno (todas las entradas)</translation>
    </message>
    <message>
        <source>filters: {filters}</source>
        <translation>filtros: {filters}</translation>
    </message>
    <message>
        <source>({open} open)</source>
        <translation>({open} abiertos)</translation>
    </message>
    <message>
        <source>days in {zone}</source>
        <translation>días en {zone}</translation>
    </message>
    <message>
        <source>no channel</source>
        <translation>sin canal</translation>
    </message>
    <message>
        <source>no owner</source>
        <translation>sin responsable</translation>
    </message>
</context>
<context>
    <name>WeekPainting</name>
    <message>
        <source>all day</source>
        <translation>todo el día</translation>
    </message>
    <message>
        <source>was: {entry}</source>
        <translation>antes: {entry}</translation>
    </message>
    <message>
        <source>was here</source>
        <translation>estaba aquí</translation>
    </message>
</context>
<context>
    <name>WeekPane</name>
    <message>
        <source>The week view is not available in this build.</source>
        <translation>La vista semanal no está disponible en esta versión.</translation>
    </message>
</context>
<context>
    <name>WeekPrintPreview</name>
    <message>
        <source>Days as columns</source>
        <translation>Días en columnas</translation>
    </message>
    <message>
        <source>Departments as lanes</source>
        <translation>Departamentos en carriles</translation>
    </message>
    <message>
        <source>A month per page</source>
        <translation>Un mes por página</translation>
    </message>
    <message>
        <source>2 weeks per page</source>
        <translation>2 semanas por página</translation>
    </message>
    <message>
        <source>4 weeks per page</source>
        <translation>4 semanas por página</translation>
    </message>
    <message>
        <source>Agenda by day</source>
        <translation>Agenda por días</translation>
    </message>
    <message>
        <source>Days as columns, one row (lane) per department, a month, 2 or 4 weeks a page, or an agenda</source>
        <translation>Días en columnas, una fila (carril) por departamento, un mes, 2 o 4 semanas por página, o una agenda</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Guardar como PDF…</translation>
    </message>
    <message>
        <source>Save weeks as PDF</source>
        <translation>Guardar las semanas como PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Guardar como PDF</translation>
    </message>
    <message>
        <source>Could not write {path}:
{exc}</source>
        <translation>No se pudo escribir {path}:
{exc}</translation>
    </message>
</context>
<context>
    <name>WeekView</name>
    <message>
        <source>+%n more</source>
        <translation>+%n más</translation>
    </message>
    <message numerus="yes">
        <source>%n entries here: click to list them all</source>
        <translation>
            <numerusform>%n entrada aquí: haga clic para verla</numerusform>
            <numerusform>%n entradas aquí: haga clic para verlas todas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n entrada</numerusform>
            <numerusform>%n entradas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WelcomePanel</name>
    <message>
        <source>Welcome to Masthead</source>
        <translation>Bienvenido a Masthead</translation>
    </message>
    <message>
        <source>Drop your departments&apos; calendar files here — .ics exports and spreadsheets (.xlsx, .xls, .ods, .numbers, .csv) — or import them. Masthead merges them into one timeline and shows where teams collide or plan the same thing twice.</source>
        <translation>Suelte aquí los archivos de calendario de sus departamentos — exportaciones .ics y hojas de cálculo (.xlsx, .xls, .ods, .numbers, .csv) — o impórtelos. Masthead los une en una sola cronología y muestra dónde chocan los equipos o planean dos veces lo mismo.</translation>
    </message>
    <message>
        <source>Import files…</source>
        <translation>Importar archivos…</translation>
    </message>
    <message>
        <source>Open the demo</source>
        <translation>Abrir la demo</translation>
    </message>
    <message>
        <source>Five sample departments in a temporary workspace, in a new window; your workspace is left as it is</source>
        <translation>Cinco departamentos de ejemplo en un espacio de trabajo temporal, en una ventana nueva; su espacio de trabajo queda igual</translation>
    </message>
</context>
</TS>
