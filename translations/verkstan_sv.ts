<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE" sourcelanguage="en">
<context>
    <name>ActorCommands</name>
    <message>
        <source>%1: unknown kind '%2'; use actors</source>
        <translation>%1: okänd sort '%2'; använd actors</translation>
    </message>
    <message>
        <source>standard input</source>
        <translation>standardinmatningen</translation>
    </message>
    <message>
        <source>is a folder, not a CSV file</source>
        <translation>är en mapp, inte en CSV-fil</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>kan inte läsas: %1</translation>
    </message>
    <message>
        <source>imported %1 of %2 rows</source>
        <translation>importerade %1 av %2 rader</translation>
    </message>
    <message>
        <source>%1 of %2 rows are bad and were left out; the other rows were imported.</source>
        <translation>%1 av %2 rader är felaktiga och lämnades utanför; de övriga raderna importerades.</translation>
    </message>
    <message>
        <source>%1 of %2 rows are bad, so nothing was imported. Correct them and import the file again, or give --skip-invalid to import the other rows.</source>
        <translation>%1 av %2 rader är felaktiga, så ingenting importerades. Rätta dem och importera filen igen, eller ange --skip-invalid för att importera de övriga raderna.</translation>
    </message>
    <message>
        <source>is the database itself; choose another file to export to</source>
        <translation>är själva databasen; välj en annan fil att exportera till</translation>
    </message>
    <message>
        <source>exported %1 actors to %2</source>
        <translation>exporterade %1 aktörer till %2</translation>
    </message>
</context>
<context>
    <name>ActorCsv</name>
    <message>
        <source>line %1: %2</source>
        <translation>rad %1: %2</translation>
    </message>
    <message>
        <source>line %1: %2: %3</source>
        <translation>rad %1: %2: %3</translation>
    </message>
    <message>
        <source>column %1 has no heading; the accepted columns are: %2</source>
        <translation>kolumn %1 saknar rubrik; godtagna kolumner är: %2</translation>
    </message>
    <message>
        <source>unknown column "%1"; the accepted columns are: %2</source>
        <translation>okänd kolumn "%1"; godtagna kolumner är: %2</translation>
    </message>
    <message>
        <source>the columns "%1" and "%2" are the same column (%3)</source>
        <translation>kolumnerna "%1" och "%2" är samma kolumn (%3)</translation>
    </message>
    <message>
        <source>there is no "name" column (in Swedish "namn"); it is required. The accepted columns are: %1</source>
        <translation>kolumnen "namn" (på engelska "name") saknas; den krävs. Godtagna kolumner är: %1</translation>
    </message>
    <message>
        <source>expected %1 fields, found %2</source>
        <translation>väntade %1 fält, hittade %2</translation>
    </message>
    <message>
        <source>empty; use one of %1 (or the English or Swedish name)</source>
        <translation>tomt; använd något av %1 (eller det svenska eller engelska namnet)</translation>
    </message>
    <message>
        <source>"%1" is not a type; use one of %2 (or the English or Swedish name)</source>
        <translation>"%1" är ingen aktörstyp; använd något av %2 (eller det svenska eller engelska namnet)</translation>
    </message>
    <message>
        <source>"%1" is not a level; use one of %2 (or the English or Swedish name)</source>
        <translation>"%1" är ingen nivå; använd något av %2 (eller det svenska eller engelska namnet)</translation>
    </message>
    <message>
        <source>"%1" is not a list of areas; use %2 separated by "|" (or the English or Swedish names), or leave it empty</source>
        <translation>"%1" är ingen lista över områden; använd %2 åtskilda med "|" (eller de svenska eller engelska namnen), eller lämna tomt</translation>
    </message>
    <message>
        <source>"%1" is not a list of roles; use %2 separated by "|" (or the English or Swedish names), or leave it empty</source>
        <translation>"%1" är ingen lista över roller; använd %2 åtskilda med "|" (eller de svenska eller engelska namnen), eller lämna tomt</translation>
    </message>
    <message>
        <source>the same organisation number as line %1 (%2)</source>
        <translation>samma organisationsnummer som rad %1 (%2)</translation>
    </message>
</context>
<context>
    <name>ActorDialog</name>
    <message>
        <source>Actor</source>
        <translation>Aktör</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Namn:</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Obligatoriskt</translation>
    </message>
    <message>
        <source>&amp;Organisation number:</source>
        <translation>&amp;Organisationsnummer:</translation>
    </message>
    <message>
        <source>NNNNNN-NNNN</source>
        <translation>NNNNNN-NNNN</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Typ:</translation>
    </message>
    <message>
        <source>Geographic &amp;level:</source>
        <translation>Geografisk ni&amp;vå:</translation>
    </message>
    <message>
        <source>&amp;Municipality:</source>
        <translation>&amp;Kommun:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adress:</translation>
    </message>
    <message>
        <source>&amp;Postal code and city:</source>
        <translation>&amp;Postnummer och ort:</translation>
    </message>
    <message>
        <source>123 45</source>
        <translation>123 45</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Areas:</source>
        <translation>Områden:</translation>
    </message>
    <message>
        <source>Roles:</source>
        <translation>Roller:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>Anteckn&amp;ingar:</translation>
    </message>
    <message>
        <source>New Actor</source>
        <translation>Ny aktör</translation>
    </message>
    <message>
        <source>Edit Actor</source>
        <translation>Ändra aktör</translation>
    </message>
    <message>
        <source>Optional. Ten digits; the last one is a check digit.</source>
        <translation>Frivilligt. Tio siffror; den sista är en kontrollsiffra.</translation>
    </message>
    <message>
        <source>Already used by %1</source>
        <translation>Används redan av %1</translation>
    </message>
    <message>
        <source>✓ %1</source>
        <translation>✓ %1</translation>
    </message>
</context>
<context>
    <name>ActorImport</name>
    <message>
        <source>%1 already belongs to %2 in the database.</source>
        <translation>%1 tillhör redan %2 i databasen.</translation>
    </message>
</context>
<context>
    <name>ActorImportDialog</name>
    <message>
        <source>semicolon (;)</source>
        <translation>semikolon (;)</translation>
    </message>
    <message>
        <source>comma (,)</source>
        <translation>kommatecken (,)</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tabb</translation>
    </message>
    <message>
        <source>vertical bar (|)</source>
        <translation>lodstreck (|)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>saknas</translation>
    </message>
    <message>
        <source>Problems:</source>
        <translation>Problem:</translation>
    </message>
    <message>
        <source>Import Actors</source>
        <translation>Importera aktörer</translation>
    </message>
    <message>
        <source>&amp;Choose File…</source>
        <translation>&amp;Välj fil…</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Fil:</translation>
    </message>
    <message>
        <source>Contents:</source>
        <translation>Innehåll:</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importera</translation>
    </message>
    <message>
        <source>Import the &amp;Valid Rows</source>
        <translation>Importera de &amp;giltiga raderna</translation>
    </message>
    <message>
        <source>Import Actors from CSV</source>
        <translation>Importera aktörer från CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV-filer (*.csv *.txt);;Alla filer (*)</translation>
    </message>
    <message>
        <source>This file cannot be imported.</source>
        <translation>Den här filen kan inte importeras.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kan inte läsas: %2</translation>
    </message>
    <message>
        <source>1 row</source>
        <translation>1 rad</translation>
    </message>
    <message>
        <source>%1 rows</source>
        <translation>%1 rader</translation>
    </message>
    <message>
        <source>%1, delimiter %2, encoding %3</source>
        <translation>%1, avgränsare %2, teckenkodning %3</translation>
    </message>
    <message>
        <source>1 row has problems. Fix it in the file, or import only the valid rows:</source>
        <translation>1 rad har problem. Rätta den i filen, eller importera bara de giltiga raderna:</translation>
    </message>
    <message>
        <source>%1 rows have problems. Fix them in the file, or import only the valid rows:</source>
        <translation>%1 rader har problem. Rätta dem i filen, eller importera bara de giltiga raderna:</translation>
    </message>
    <message>
        <source>Import the 1 &amp;Valid Row</source>
        <translation>Importera den &amp;giltiga raden</translation>
    </message>
    <message>
        <source>Import the %1 &amp;Valid Rows</source>
        <translation>Importera de %1 &amp;giltiga raderna</translation>
    </message>
    <message>
        <source>The file has headings but no rows to import.</source>
        <translation>Filen har rubriker men inga rader att importera.</translation>
    </message>
    <message>
        <source>All rows are valid.</source>
        <translation>Alla rader är giltiga.</translation>
    </message>
    <message>
        <source>Nothing was imported; the problems are listed below.</source>
        <translation>Ingenting importerades; problemen visas nedan.</translation>
    </message>
</context>
<context>
    <name>ActorListReport</name>
    <message>
        <source>Actor register</source>
        <translation>Aktörsregister</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>Databas:</translation>
    </message>
    <message>
        <source>Printed on:</source>
        <translation>Utskriven:</translation>
    </message>
    <message>
        <source>Number of actors:</source>
        <translation>Antal aktörer:</translation>
    </message>
    <message>
        <source>Number of actor types:</source>
        <translation>Antal aktörstyper:</translation>
    </message>
    <message>
        <source>The register has no actors.</source>
        <translation>Registret har inga aktörer.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Organisation number</source>
        <translation>Organisationsnummer</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Nivå</translation>
    </message>
    <message>
        <source>Municipality / City</source>
        <translation>Kommun / Ort</translation>
    </message>
    <message>
        <source>Areas</source>
        <translation>Områden</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>ActorRegisterView</name>
    <message>
        <source>Filter by name, organisation number or municipality</source>
        <translation>Filtrera på namn, organisationsnummer eller kommun</translation>
    </message>
    <message>
        <source>Filter actors</source>
        <translation>Filtrera aktörer</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Alla typer</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>All levels</source>
        <translation>Alla nivåer</translation>
    </message>
    <message>
        <source>Geographic level</source>
        <translation>Geografisk nivå</translation>
    </message>
    <message>
        <source>All areas</source>
        <translation>Alla områden</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Område</translation>
    </message>
    <message>
        <source>All roles</source>
        <translation>Alla roller</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Roll</translation>
    </message>
    <message>
        <source>Actors</source>
        <translation>Aktörer</translation>
    </message>
    <message>
        <source>No actors yet.
Add one with Edit ▸ New, or import a CSV file with File ▸ Import Actors.</source>
        <translation>Inga aktörer ännu.
Lägg till en med Redigera ▸ Ny, eller importera en CSV-fil med Arkiv ▸ Importera aktörer.</translation>
    </message>
    <message>
        <source>No actor matches the filter.</source>
        <translation>Ingen aktör matchar filtret.</translation>
    </message>
    <message>
        <source>%1 is saved but not shown: the filter hides it.</source>
        <translation>%1 är sparad men visas inte: filtret döljer den.</translation>
    </message>
    <message>
        <source>%1 is deleted. Edit ▸ Undo brings it back.</source>
        <translation>%1 är borttagen. Redigera ▸ Ångra tar tillbaka den.</translation>
    </message>
    <message>
        <source>&amp;New Actor…</source>
        <translation>&amp;Ny aktör…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Ändra…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Ta bort</translation>
    </message>
</context>
<context>
    <name>ActorRepository</name>
    <message>
        <source>reading the actors</source>
        <translation>läsning av aktörerna</translation>
    </message>
    <message>
        <source>reading an actor</source>
        <translation>läsning av en aktör</translation>
    </message>
    <message>
        <source>The actor no longer exists (id %1).</source>
        <translation>Aktören finns inte längre (id %1).</translation>
    </message>
    <message>
        <source>counting the actors</source>
        <translation>räkning av aktörerna</translation>
    </message>
    <message>
        <source>looking up an organisation number</source>
        <translation>sökning efter ett organisationsnummer</translation>
    </message>
    <message>
        <source>reading organisation numbers</source>
        <translation>läsning av organisationsnummer</translation>
    </message>
    <message>
        <source>The organisation number %1 already belongs to %2.</source>
        <translation>Organisationsnumret %1 tillhör redan %2.</translation>
    </message>
    <message>
        <source>saving the actor %1</source>
        <translation>sparande av aktören %1</translation>
    </message>
    <message>
        <source>The actor %1 no longer exists.</source>
        <translation>Aktören %1 finns inte längre.</translation>
    </message>
    <message>
        <source>looking for references to an actor</source>
        <translation>sökning efter hänvisningar till en aktör</translation>
    </message>
    <message>
        <source>deleting the actor %1</source>
        <translation>borttagning av aktören %1</translation>
    </message>
    <message>
        <source>removing imported actors</source>
        <translation>borttagning av importerade aktörer</translation>
    </message>
    <message>
        <source>organisation of %1</source>
        <translation>organisation för %1</translation>
    </message>
    <message>
        <source>owner of %1</source>
        <translation>ägare av %1</translation>
    </message>
    <message>
        <source>a seat in %1</source>
        <translation>en plats i %1</translation>
    </message>
    <message>
        <source>%1 cannot be deleted while other records refer to it: %2. Remove or change those first.</source>
        <translation>%1 kan inte tas bort så länge andra uppgifter hänvisar till den: %2. Ta bort eller ändra dem först.</translation>
    </message>
    <message>
        <source>saving the actors</source>
        <translation>sparande av aktörerna</translation>
    </message>
    <message>
        <source> and %1 more</source>
        <translation> och %1 till</translation>
    </message>
    <message>
        <source>owner or funder of the budget %1</source>
        <translation>ägare eller finansiär av budgeten %1</translation>
    </message>
</context>
<context>
    <name>ActorTableModel</name>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Organisation number</source>
        <translation>Organisationsnummer</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Nivå</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Kommun</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Areas</source>
        <translation>Områden</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Roller</translation>
    </message>
</context>
<context>
    <name>ActorValidator</name>
    <message>
        <source>The name is empty.</source>
        <translation>Namnet är tomt.</translation>
    </message>
    <message>
        <source>The name is longer than 200 characters.</source>
        <translation>Namnet är längre än 200 tecken.</translation>
    </message>
</context>
<context>
    <name>AgreementTerm</name>
    <message>
        <source>The agreement has no valid start date.</source>
        <translation>Avtalet saknar ett giltigt startdatum.</translation>
    </message>
    <message>
        <source>The agreement has no valid end date.</source>
        <translation>Avtalet saknar ett giltigt slutdatum.</translation>
    </message>
    <message>
        <source>The agreement ends (%1) before it starts (%2).</source>
        <translation>Avtalet upphör (%1) innan det börjar gälla (%2).</translation>
    </message>
    <message>
        <source>Notice and renewal periods cannot be negative.</source>
        <translation>Uppsägnings- och förlängningstider kan inte vara negativa.</translation>
    </message>
    <message>
        <source>The notice before a renewal (%1 months) cannot be longer than the renewal period (%2 months).</source>
        <translation>Uppsägningstiden före en förlängning (%1 månader) kan inte vara längre än förlängningsperioden (%2 månader).</translation>
    </message>
    <message>
        <source>The notice deadline (%1) comes before the agreement starts (%2).</source>
        <translation>Sista dag för uppsägning (%1) infaller innan avtalet börjar gälla (%2).</translation>
    </message>
    <message>
        <source>The agreement ended on %1.</source>
        <translation>Avtalet upphörde den %1.</translation>
    </message>
    <message>
        <source>The agreement ends on %1 (tomorrow) and is not renewed.</source>
        <translation>Avtalet upphör den %1 (i morgon) och förlängs inte.</translation>
    </message>
    <message>
        <source>The agreement ends on %1 (in %2 days) and is not renewed.</source>
        <translation>Avtalet upphör den %1 (om %2 dagar) och förlängs inte.</translation>
    </message>
    <message>
        <source>Today (%1) is the last day to give notice if the agreement is to end on %2; otherwise it is extended to %3.</source>
        <translation>I dag (%1) är sista dagen att säga upp avtalet om det ska upphöra den %2; annars förlängs det till den %3.</translation>
    </message>
    <message>
        <source>Notice of termination must be given by %1 (tomorrow) for the agreement to end on %2; otherwise it is extended to %3.</source>
        <translation>Uppsägning måste ske senast den %1 (i morgon) för att avtalet ska upphöra den %2; annars förlängs det till den %3.</translation>
    </message>
    <message>
        <source>Notice of termination must be given by %1 (in %2 days) for the agreement to end on %3; otherwise it is extended to %4.</source>
        <translation>Uppsägning måste ske senast den %1 (om %2 dagar) för att avtalet ska upphöra den %3; annars förlängs det till den %4.</translation>
    </message>
</context>
<context>
    <name>AgreementValidity</name>
    <message>
        <source>The agreement needs at least %1 municipalities as parties; it has %2.</source>
        <translation>Avtalet behöver minst %1 kommuner som parter; det har %2.</translation>
    </message>
    <message>
        <source>The region must be a party to the agreement.</source>
        <translation>Regionen måste vara part i avtalet.</translation>
    </message>
    <message>
        <source>Only one municipality remains; unless new parties join, the agreement ends on %1, at the end of the current term.</source>
        <translation>Endast en kommun återstår; om inga nya parter ansluter upphör avtalet den %1, när den pågående avtalsperioden löper ut.</translation>
    </message>
    <message>
        <source>Only %1 municipalities remain; unless new parties join, the agreement ends on %2, at the end of the current term.</source>
        <translation>Endast %1 kommuner återstår; om inga nya parter ansluter upphör avtalet den %2, när den pågående avtalsperioden löper ut.</translation>
    </message>
</context>
<context>
    <name>BodiesView</name>
    <message>
        <source>Bodies</source>
        <translation>Organ</translation>
    </message>
    <message>
        <source>Select a body to see its details, its seats and whether its composition follows the rules.</source>
        <translation>Välj ett organ för att se dess uppgifter, dess platser och om sammansättningen följer reglerna.</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Slag:</translation>
    </message>
    <message>
        <source>Area:</source>
        <translation>Område:</translation>
    </message>
    <message>
        <source>Level:</source>
        <translation>Nivå:</translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation>Ägare:</translation>
    </message>
    <message>
        <source>Part of:</source>
        <translation>Ingår i:</translation>
    </message>
    <message>
        <source>Under it:</source>
        <translation>Underordnade:</translation>
    </message>
    <message>
        <source>Municipality:</source>
        <translation>Kommun:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Anteckningar:</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>Platser</translation>
    </message>
    <message>
        <source>&amp;Add seat…</source>
        <translation>&amp;Lägg till plats…</translation>
    </message>
    <message>
        <source>&amp;Change seat…</source>
        <translation>&amp;Ändra plats…</translation>
    </message>
    <message>
        <source>&amp;Remove seat</source>
        <translation>&amp;Ta bort plats</translation>
    </message>
    <message>
        <source>none</source>
        <translation>saknas</translation>
    </message>
    <message>
        <source>Seats (%1)</source>
        <translation>Platser (%1)</translation>
    </message>
</context>
<context>
    <name>BodyComposition</name>
    <message>
        <source>The steering group has no members yet.</source>
        <translation>Styrgruppen har inga ledamöter ännu.</translation>
    </message>
    <message>
        <source>Companies are not in majority: %1 of %2 counting members are companies (co-opted members do not count).</source>
        <translation>Företagen är inte i majoritet: %1 av %2 räknade ledamöter är företag (adjungerade räknas inte).</translation>
    </message>
    <message>
        <source>The steering group has no chair; the chair is to come from industry.</source>
        <translation>Styrgruppen saknar ordförande; ordföranden ska komma från näringslivet.</translation>
    </message>
    <message>
        <source>The chair (%1) does not come from industry.</source>
        <translation>Ordföranden (%1) kommer inte från näringslivet.</translation>
    </message>
    <message>
        <source>The employer side is a minority: %1 of %2 counting members.</source>
        <translation>Arbetsgivarsidan är i minoritet: %1 av %2 räknade ledamöter.</translation>
    </message>
    <message>
        <source>The body has %1 chairs; it should have one.</source>
        <translation>Organet har %1 ordförande; det ska ha en.</translation>
    </message>
</context>
<context>
    <name>BodyDialog</name>
    <message>
        <source>Body</source>
        <translation>Organ</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Namn:</translation>
    </message>
    <message>
        <source>e.g. Industry forum Transport</source>
        <translation>t.ex. Branschforum Transport</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Slag:</translation>
    </message>
    <message>
        <source>&amp;Area:</source>
        <translation>&amp;Område:</translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation>Ni&amp;vå:</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Ägare:</translation>
    </message>
    <message>
        <source>The actor that convenes or owns the body; type part of the name to find it</source>
        <translation>Aktören som är sammankallande för eller äger organet; skriv en del av namnet för att hitta den</translation>
    </message>
    <message>
        <source>&amp;Part of:</source>
        <translation>In&amp;går i:</translation>
    </message>
    <message>
        <source>The body this one belongs to, e.g. the industry forum of a working committee</source>
        <translation>Organet som det här hör till, t.ex. branschforumet för ett arbetsutskott</translation>
    </message>
    <message>
        <source>&amp;Municipality:</source>
        <translation>&amp;Kommun:</translation>
    </message>
    <message>
        <source>For a local body</source>
        <translation>För ett lokalt organ</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>Anteckn&amp;ingar:</translation>
    </message>
    <message>
        <source>New body</source>
        <translation>Nytt organ</translation>
    </message>
    <message>
        <source>The municipality of the local body</source>
        <translation>Det lokala organets kommun</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Ändra %1</translation>
    </message>
    <message>
        <source>Enter the name of the body.</source>
        <translation>Ange organets namn.</translation>
    </message>
    <message>
        <source>"%1" is not an actor in the register; choose the owner from the list.</source>
        <translation>"%1" är ingen aktör i registret; välj ägaren i listan.</translation>
    </message>
</context>
<context>
    <name>BodyRepository</name>
    <message>
        <source>reading the bodies</source>
        <translation>läsning av organen</translation>
    </message>
    <message>
        <source>reading a body</source>
        <translation>läsning av ett organ</translation>
    </message>
    <message>
        <source>The body no longer exists (id %1).</source>
        <translation>Organet finns inte längre (id %1).</translation>
    </message>
    <message>
        <source>saving the body %1</source>
        <translation>sparande av organet %1</translation>
    </message>
    <message>
        <source>The body %1 no longer exists.</source>
        <translation>Organet %1 finns inte längre.</translation>
    </message>
    <message>
        <source>The body has no name.</source>
        <translation>Organet saknar namn.</translation>
    </message>
    <message>
        <source>A body cannot be its own parent.</source>
        <translation>Ett organ kan inte ligga under sig självt.</translation>
    </message>
    <message>
        <source>looking for bodies under %1</source>
        <translation>sökning efter organ under %1</translation>
    </message>
    <message>
        <source>%1 cannot be deleted: %2 belongs to it. Delete or move that first.</source>
        <translation>%1 kan inte tas bort: %2 hör till det. Ta bort eller flytta det först.</translation>
    </message>
    <message>
        <source>deleting %1</source>
        <translation>borttagning av %1</translation>
    </message>
    <message>
        <source>reading a seat</source>
        <translation>läsning av en plats</translation>
    </message>
    <message>
        <source>The seat no longer exists.</source>
        <translation>Platsen finns inte längre.</translation>
    </message>
    <message>
        <source>reading the members</source>
        <translation>läsning av ledamöterna</translation>
    </message>
    <message>
        <source>A seat needs a person or an organisation.</source>
        <translation>En plats behöver en person eller en organisation.</translation>
    </message>
    <message>
        <source>A seat needs a body.</source>
        <translation>En plats behöver ett organ.</translation>
    </message>
    <message>
        <source>checking the seats</source>
        <translation>kontroll av platserna</translation>
    </message>
    <message>
        <source>That person already has a seat in this body.</source>
        <translation>Personen har redan en plats i det här organet.</translation>
    </message>
    <message>
        <source>saving a seat</source>
        <translation>sparande av en plats</translation>
    </message>
    <message>
        <source>removing a seat</source>
        <translation>borttagning av en plats</translation>
    </message>
</context>
<context>
    <name>BodyTableModel</name>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Slag</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Område</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Nivå</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ägare</translation>
    </message>
    <message>
        <source>Composition</source>
        <translation>Sammansättning</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>1 warning</source>
        <translation>1 varning</translation>
    </message>
    <message>
        <source>%1 warnings</source>
        <translation>%1 varningar</translation>
    </message>
</context>
<context>
    <name>Budget</name>
    <message>
        <source>The first year (%1) comes after the last year (%2).</source>
        <translation>Första året (%1) kommer efter sista året (%2).</translation>
    </message>
    <message>
        <source>Budget years must be between %1 and %2.</source>
        <translation>Budgetåren måste ligga mellan %1 och %2.</translation>
    </message>
    <message>
        <source>A budget covers at most %1 years.</source>
        <translation>En budget omfattar högst %1 år.</translation>
    </message>
    <message>
        <source>%1 has %2 in %3, which would be outside the budget; clear it first.</source>
        <translation>%1 har %2 år %3, som då skulle hamna utanför budgeten; ta bort beloppet först.</translation>
    </message>
    <message>
        <source>%1: the year %2 is outside the budget (%3–%4).</source>
        <translation>%1: året %2 ligger utanför budgeten (%3–%4).</translation>
    </message>
    <message>
        <source>%1: the amount for %2 is negative (%3); amounts in a budget are 0 kr or more.</source>
        <translation>%1: beloppet för %2 är negativt (%3); belopp i en budget måste vara 0 kr eller mer.</translation>
    </message>
    <message>
        <source>%1: the amount for %2 is too large; the largest amount is %3.</source>
        <translation>%1: beloppet för %2 är för stort; det högsta tillåtna beloppet är %3.</translation>
    </message>
    <message>
        <source>A cost line in the category Other needs a name.</source>
        <translation>En kostnadsrad i kategorin Övrigt måste ha ett namn.</translation>
    </message>
    <message>
        <source>%1 cannot be computed from itself.</source>
        <translation>%1 kan inte beräknas från sig själv.</translation>
    </message>
    <message>
        <source>%1 is computed from a cost line that is not in the budget.</source>
        <translation>%1 beräknas från en kostnadsrad som inte finns i budgeten.</translation>
    </message>
    <message>
        <source>%1 cannot be computed from %2, which is itself computed.</source>
        <translation>%1 kan inte beräknas från %2, som i sin tur är beräknad.</translation>
    </message>
    <message>
        <source>%1: the percentage must be more than 0 %.</source>
        <translation>%1: procentsatsen måste vara större än 0 %.</translation>
    </message>
    <message>
        <source>%1 is computed from %2; it takes no amounts of its own.</source>
        <translation>%1 beräknas från %2 och kan inte ha egna belopp.</translation>
    </message>
    <message>
        <source>%1 cannot be computed: %2 is computed from it.</source>
        <translation>%1 kan inte vara beräknad: %2 beräknas från den.</translation>
    </message>
    <message>
        <source>A financing line needs a funder from the register.</source>
        <translation>En finansieringsrad måste ha en finansiär från registret.</translation>
    </message>
    <message>
        <source>Funder %1</source>
        <translation>Finansiär %1</translation>
    </message>
    <message>
        <source>The budget has no years yet.</source>
        <translation>Budgeten har inga år än.</translation>
    </message>
    <message>
        <source>The budget already has a line with id %1.</source>
        <translation>Budgeten har redan en rad med id %1.</translation>
    </message>
    <message>
        <source>The budget has no cost line with id %1.</source>
        <translation>Budgeten har ingen kostnadsrad med id %1.</translation>
    </message>
    <message>
        <source>The budget has no financing line with id %1.</source>
        <translation>Budgeten har ingen finansieringsrad med id %1.</translation>
    </message>
    <message>
        <source>%1 cannot be removed: %2 is computed from it.</source>
        <translation>%1 kan inte tas bort: %2 beräknas från den.</translation>
    </message>
    <message>
        <source>The budget has no line with id %1.</source>
        <translation>Budgeten har ingen rad med id %1.</translation>
    </message>
    <message>
        <source>%1 is computed from %2; change %2 instead.</source>
        <translation>%1 beräknas från %2; ändra %2 i stället.</translation>
    </message>
    <message>
        <source>A cap needs a funder from the register.</source>
        <translation>Ett tak måste ha en finansiär från registret.</translation>
    </message>
    <message>
        <source>A cap needs a rate, an amount or both.</source>
        <translation>Ett tak måste ha en procentsats, ett belopp eller båda.</translation>
    </message>
    <message>
        <source>A cap rate must be between 0 % and 100 %.</source>
        <translation>Takets procentsats måste vara mellan 0 % och 100 %.</translation>
    </message>
    <message>
        <source>A cap amount cannot be negative (%1).</source>
        <translation>Takets belopp kan inte vara negativt (%1).</translation>
    </message>
    <message>
        <source>%1 gives %2 in %3, more than %4 of that year's booked costs (%5) by %6.</source>
        <translation>%1 bidrar med %2 år %3, vilket är %6 mer än %4 av årets bokförda kostnader (%5).</translation>
    </message>
    <message>
        <source>%1 gives %2, more than %3 of the booked costs (%4) by %5.</source>
        <translation>%1 bidrar med %2, vilket är %5 mer än %3 av de bokförda kostnaderna (%4).</translation>
    </message>
    <message>
        <source>%1 gives %2 in %3, more than the cap of %4 by %5.</source>
        <translation>%1 bidrar med %2 år %3, vilket är %5 mer än taket på %4.</translation>
    </message>
    <message>
        <source>%1 gives %2, more than the cap of %3 by %4.</source>
        <translation>%1 bidrar med %2, vilket är %4 mer än taket på %3.</translation>
    </message>
    <message>
        <source>%1: the financing (%2) is %3 less than the costs (%4).</source>
        <translation>%1: finansieringen (%2) är %3 lägre än kostnaderna (%4).</translation>
    </message>
    <message>
        <source>%1: the financing (%2) is %3 more than the costs (%4).</source>
        <translation>%1: finansieringen (%2) är %3 högre än kostnaderna (%4).</translation>
    </message>
    <message>
        <source>Own staff</source>
        <translation>Egen personal</translation>
    </message>
    <message>
        <source>External services</source>
        <translation>Externa tjänster</translation>
    </message>
    <message>
        <source>Travel and lodging</source>
        <translation>Resor och logi</translation>
    </message>
    <message>
        <source>Indirect costs</source>
        <translation>Indirekta kostnader</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Övrigt</translation>
    </message>
    <message>
        <source>Public funder</source>
        <translation>Offentlig finansiär</translation>
    </message>
    <message>
        <source>Private funder</source>
        <translation>Privat finansiär</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Beviljad</translation>
    </message>
    <message>
        <source>Applied for</source>
        <translation>Sökt</translation>
    </message>
    <message>
        <source>In kind</source>
        <translation>In natura</translation>
    </message>
</context>
<context>
    <name>BudgetCharts</name>
    <message>
        <source>Booked costs per year, by category</source>
        <translation>Bokförda kostnader per år, per kategori</translation>
    </message>
    <message>
        <source>Financing by funder, %1</source>
        <translation>Finansiering per finansiär, %1</translation>
    </message>
    <message>
        <source>Booked costs: budget against outcome</source>
        <translation>Bokförda kostnader: budget mot utfall</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Utfall</translation>
    </message>
</context>
<context>
    <name>BudgetCommands</name>
    <message>
        <source>export: --budget needs the id of a budget (a whole number), not '%1'</source>
        <translation>export: --budget behöver id för en budget (ett heltal), inte '%1'</translation>
    </message>
    <message>
        <source>is the database itself; choose another file to export to</source>
        <translation>är själva databasen; välj en annan fil att exportera till</translation>
    </message>
    <message>
        <source>exported the budget %1 to %2</source>
        <translation>exporterade budgeten %1 till %2</translation>
    </message>
    <message>
        <source>import: unknown kind '%1'; use actors or budget</source>
        <translation>import: okänd sort '%1'; använd actors eller budget</translation>
    </message>
    <message>
        <source>standard input</source>
        <translation>standard in</translation>
    </message>
    <message>
        <source>is a folder, not a CSV file</source>
        <translation>är en mapp, inte en CSV-fil</translation>
    </message>
    <message>
        <source>1 problem, so nothing was imported. Correct it and import the file again.</source>
        <translation>1 fel, så inget importerades. Rätta det och importera filen igen.</translation>
    </message>
    <message>
        <source>%1 problems, so nothing was imported. Correct them and import the file again.</source>
        <translation>%1 fel, så inget importerades. Rätta dem och importera filen igen.</translation>
    </message>
    <message>
        <source>imported the budget %1 with id %2</source>
        <translation>importerade budgeten %1 med id %2</translation>
    </message>
    <message>
        <source>report: unknown kind '%1'; use budget</source>
        <translation>report: okänd sort '%1'; använd budget</translation>
    </message>
    <message>
        <source>report: --budget needs the id of a budget (a whole number), not '%1'</source>
        <translation>report: --budget behöver id för en budget (ett heltal), inte '%1'</translation>
    </message>
    <message>
        <source>report: -o needs the PDF file to write</source>
        <translation>report: -o behöver den PDF-fil som ska skrivas</translation>
    </message>
    <message>
        <source>wrote the report of the budget %1 to %2 (%3 pages)</source>
        <translation>skrev rapporten för budgeten %1 till %2 (%3 sidor)</translation>
    </message>
</context>
<context>
    <name>BudgetComparison</name>
    <message>
        <source>%1: the booked costs (%2) are %3 above the budget (%4).</source>
        <translation>%1: de bokförda kostnaderna (%2) är %3 över budget (%4).</translation>
    </message>
</context>
<context>
    <name>BudgetCsv</name>
    <message>
        <source>Total booked costs</source>
        <translation>Summa bokförda kostnader</translation>
    </message>
    <message>
        <source>Total financing</source>
        <translation>Summa finansiering</translation>
    </message>
    <message>
        <source>a budget year must be between %1 and %2</source>
        <translation>ett budgetår måste ligga mellan %1 och %2</translation>
    </message>
    <message>
        <source>the years must follow one another; %1 comes after %2</source>
        <translation>åren måste följa på varandra; %1 kommer efter %2</translation>
    </message>
    <message>
        <source>the header has no column "%1"</source>
        <translation>rubrikraden saknar kolumnen "%1"</translation>
    </message>
    <message>
        <source>the header has no year columns (such as 2023;2024;2025)</source>
        <translation>rubrikraden saknar årskolumner (till exempel 2023;2024;2025)</translation>
    </message>
    <message>
        <source>%1 is negative; budget amounts are 0 or more</source>
        <translation>%1 är negativt; budgetbelopp är 0 eller mer</translation>
    </message>
    <message>
        <source>the budget needs a name</source>
        <translation>budgeten behöver ett namn</translation>
    </message>
    <message>
        <source>unknown category "%1"; use one of %2</source>
        <translation>okänd kategori "%1"; använd någon av %2</translation>
    </message>
    <message>
        <source>a cost line of category other needs a name</source>
        <translation>en kostnadsrad av kategorin other behöver ett namn</translation>
    </message>
    <message>
        <source>name the funder as in the actor register</source>
        <translation>ange finansiären som den heter i aktörsregistret</translation>
    </message>
    <message>
        <source>unknown kind "%1"; use public or private</source>
        <translation>okänd sort "%1"; använd public eller private</translation>
    </message>
    <message>
        <source>unknown status "%1"; use confirmed, applied or in-kind</source>
        <translation>okänd status "%1"; använd confirmed, applied eller in-kind</translation>
    </message>
    <message>
        <source>unknown cap scope "%1"; use overall or per-year</source>
        <translation>okänd omfattning för taket "%1"; använd overall eller per-year</translation>
    </message>
    <message>
        <source>"%1" is not a rate; write a percentage from 0 to 100, such as 50 %</source>
        <translation>"%1" är ingen andel; skriv en procentsats från 0 till 100, till exempel 50 %</translation>
    </message>
    <message>
        <source>unknown side "%1"; use budget, cost, financing, cap, cost_total or financing_total</source>
        <translation>okänd sida "%1"; använd budget, cost, financing, cap, cost_total eller financing_total</translation>
    </message>
    <message>
        <source>there is no entered cost line named "%1" to compute from</source>
        <translation>det finns ingen inmatad kostnadsrad som heter "%1" att beräkna från</translation>
    </message>
    <message>
        <source>"%1" is not a rate; write a percentage from 0 to 100, such as 15 %</source>
        <translation>"%1" är ingen andel; skriv en procentsats från 0 till 100, till exempel 15 %</translation>
    </message>
    <message>
        <source>unknown rounding "%1"; use kronor or ore</source>
        <translation>okänd avrundning "%1"; använd kronor eller ore</translation>
    </message>
    <message>
        <source>%1 is not %2 of %3 (%4)</source>
        <translation>%1 är inte %2 av %3 (%4)</translation>
    </message>
    <message>
        <source>the total %1 is not the sum of the cost lines (%2)</source>
        <translation>summan %1 är inte summan av kostnadsraderna (%2)</translation>
    </message>
    <message>
        <source>the total %1 is not the sum of the financing lines (%2)</source>
        <translation>summan %1 är inte summan av finansieringsraderna (%2)</translation>
    </message>
    <message>
        <source>the file has no budget row naming the budget (budget;NAME)</source>
        <translation>filen saknar en budgetrad med budgetens namn (budget;NAMN)</translation>
    </message>
</context>
<context>
    <name>BudgetGridModel</name>
    <message>
        <source>Booked costs</source>
        <translation>Bokförda kostnader</translation>
    </message>
    <message>
        <source>Total booked costs</source>
        <translation>Summa bokförda kostnader</translation>
    </message>
    <message>
        <source>Financing</source>
        <translation>Finansiering</translation>
    </message>
    <message>
        <source>Public funders</source>
        <translation>Offentliga finansiärer</translation>
    </message>
    <message>
        <source>Private funders</source>
        <translation>Privata finansiärer</translation>
    </message>
    <message>
        <source>Total financing</source>
        <translation>Summa finansiering</translation>
    </message>
    <message>
        <source>Difference (financing − costs)</source>
        <translation>Skillnad (finansiering − kostnader)</translation>
    </message>
    <message>
        <source>%1 of %2, rounded to %3; computed, not entered.</source>
        <translation>%1 av %2, avrundat till %3; beräknas, matas inte in.</translation>
    </message>
    <message>
        <source>whole kronor</source>
        <translation>hela kronor</translation>
    </message>
    <message>
        <source>öre</source>
        <translation>öre</translation>
    </message>
    <message>
        <source>Entered per quarter; the year is their sum.</source>
        <translation>Inmatat per kvartal; året är summan av dem.</translation>
    </message>
    <message>
        <source>Q%1: %2</source>
        <translation>K%1: %2</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Utfall</translation>
    </message>
    <message>
        <source>Budget against outcome</source>
        <translation>Budget mot utfall</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totalt</translation>
    </message>
    <message>
        <source>%1 budget</source>
        <translation>%1 budget</translation>
    </message>
    <message>
        <source>%1 outcome</source>
        <translation>%1 utfall</translation>
    </message>
    <message>
        <source>%1 difference</source>
        <translation>%1 skillnad</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
    <message>
        <source>This budget cannot be changed here.</source>
        <translation>Den här budgeten kan inte ändras här.</translation>
    </message>
    <message>
        <source>Choose the cell where the pasted block should start.</source>
        <translation>Välj cellen där det inklistrade blocket ska börja.</translation>
    </message>
    <message>
        <source>Budget against outcome is computed; paste into the budget or the outcome.</source>
        <translation>Budget mot utfall beräknas; klistra in i budgeten eller utfallet.</translation>
    </message>
    <message>
        <source>The clipboard holds no cells to paste.</source>
        <translation>Urklipp innehåller inga celler att klistra in.</translation>
    </message>
    <message>
        <source>The pasted block has %1 rows; from %2 it reaches past the last row.</source>
        <translation>Det inklistrade blocket har %1 rader; från %2 når det förbi sista raden.</translation>
    </message>
    <message>
        <source>The pasted block has %1 columns; from %2 it reaches past the last column.</source>
        <translation>Det inklistrade blocket har %1 kolumner; från %2 når det förbi sista kolumnen.</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 cannot be changed (it is computed, a total or a heading); paste only onto entered amounts.</source>
        <translation>%1 kan inte ändras (den beräknas, är en summa eller en rubrik); klistra bara in på inmatade belopp.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: %2 is negative; amounts are 0 or more.</source>
        <translation>%1: %2 är negativt; belopp är 0 eller mer.</translation>
    </message>
    <message>
        <source>Outcome, quarter %1</source>
        <translation>Utfall, kvartal %1</translation>
    </message>
</context>
<context>
    <name>BudgetImport</name>
    <message>
        <source>reading the actor register</source>
        <translation>läsning av aktörsregistret</translation>
    </message>
    <message>
        <source>there is no actor named "%1" in the register (deleted or misspelt?); add the funder to the register first</source>
        <translation>det finns ingen aktör som heter "%1" i registret (borttagen eller felstavad?); lägg först in finansiären i registret</translation>
    </message>
    <message>
        <source>%1 actors are named "%2"; rename them in the register so the funder is clear</source>
        <translation>%1 aktörer heter "%2"; byt namn på dem i registret så att det framgår vilken som är finansiär</translation>
    </message>
</context>
<context>
    <name>BudgetOutcome</name>
    <message>
        <source>The budget has no line with id %1.</source>
        <translation>Budgeten har ingen rad med id %1.</translation>
    </message>
    <message>
        <source>%1 is computed; its outcome follows from the outcome of %2.</source>
        <translation>%1 beräknas; dess utfall följer av utfallet för %2.</translation>
    </message>
    <message>
        <source>%1 is outside the budget's years (%2–%3).</source>
        <translation>%1 ligger utanför budgetens år (%2–%3).</translation>
    </message>
    <message>
        <source>There is no quarter %1; a year has quarters 1 to 4.</source>
        <translation>Det finns inget kvartal %1; ett år har kvartal 1 till 4.</translation>
    </message>
    <message>
        <source>The outcome of %1 in %2 cannot be negative (%3).</source>
        <translation>Utfallet för %1 %2 kan inte vara negativt (%3).</translation>
    </message>
    <message>
        <source>%1 has outcome per quarter in %2; change the quarters, or clear them first.</source>
        <translation>%1 har utfall per kvartal %2; ändra kvartalen eller töm dem först.</translation>
    </message>
    <message>
        <source>%1 has outcome for the whole of %2; clear it before entering quarters.</source>
        <translation>%1 har utfall för hela %2; töm det innan du för in kvartal.</translation>
    </message>
</context>
<context>
    <name>BudgetReport</name>
    <message>
        <source>Cost and financing budget</source>
        <translation>Kostnads- och finansieringsbudget</translation>
    </message>
    <message>
        <source>Cost and financing budget,</source>
        <translation>Kostnads- och finansieringsbudget,</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>Databas:</translation>
    </message>
    <message>
        <source>Printed on:</source>
        <translation>Utskriven:</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totalt</translation>
    </message>
    <message>
        <source>Booked costs (kr)</source>
        <translation>Bokförda kostnader (kr)</translation>
    </message>
    <message>
        <source>%1 (%2 of %3)</source>
        <translation>%1 (%2 av %3)</translation>
    </message>
    <message>
        <source>Total booked costs</source>
        <translation>Summa bokförda kostnader</translation>
    </message>
    <message>
        <source>Funder (kr)</source>
        <translation>Finansiär (kr)</translation>
    </message>
    <message>
        <source>Total financing</source>
        <translation>Summa finansiering</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Kontroller</translation>
    </message>
    <message>
        <source>Financing equals the booked costs every year (difference 0 kr).</source>
        <translation>Finansieringen är lika med de bokförda kostnaderna varje år (skillnad 0 kr).</translation>
    </message>
    <message>
        <source>at most %1 of the booked costs</source>
        <translation>högst %1 av de bokförda kostnaderna</translation>
    </message>
    <message>
        <source>at most %1</source>
        <translation>högst %1</translation>
    </message>
    <message>
        <source>%1 gives %2, within its cap (%3).</source>
        <translation>%1 bidrar med %2, inom sitt tak (%3).</translation>
    </message>
    <message>
        <source> and </source>
        <translation> och </translation>
    </message>
    <message>
        <source>Budget against outcome</source>
        <translation>Budget mot utfall</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Utfall</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Skillnad</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>Förbrukat</translation>
    </message>
    <message>
        <source>no outcome yet</source>
        <translation>inget utfall ännu</translation>
    </message>
</context>
<context>
    <name>BudgetRepository</name>
    <message>
        <source>The stored budget is damaged: %1</source>
        <translation>Den sparade budgeten är skadad: %1</translation>
    </message>
    <message>
        <source>reading the budgets</source>
        <translation>läsning av budgetarna</translation>
    </message>
    <message>
        <source>reading a budget</source>
        <translation>läsning av en budget</translation>
    </message>
    <message>
        <source>There is no budget with id %1.</source>
        <translation>Det finns ingen budget med id %1.</translation>
    </message>
    <message>
        <source>reading the lines of the budget %1</source>
        <translation>läsning av raderna i budgeten %1</translation>
    </message>
    <message>
        <source>reading the amounts of the budget %1</source>
        <translation>läsning av beloppen i budgeten %1</translation>
    </message>
    <message>
        <source>unknown cost category '%1'</source>
        <translation>okänd kostnadskategori '%1'</translation>
    </message>
    <message>
        <source>unknown funder kind or status '%1', '%2'</source>
        <translation>okänt slag eller okänd status för finansiär '%1', '%2'</translation>
    </message>
    <message>
        <source>reading the caps of the budget %1</source>
        <translation>läsning av taken i budgeten %1</translation>
    </message>
    <message>
        <source>A budget needs a name.</source>
        <translation>En budget behöver ett namn.</translation>
    </message>
    <message>
        <source>The budget %1 has no years.</source>
        <translation>Budgeten %1 har inga år.</translation>
    </message>
    <message>
        <source>looking up the funders of the budget %1</source>
        <translation>sökning efter finansiärerna i budgeten %1</translation>
    </message>
    <message>
        <source>The funder %1 of the budget %2 is no longer in the actor register.</source>
        <translation>Finansiären %1 i budgeten %2 finns inte längre i aktörsregistret.</translation>
    </message>
    <message>
        <source>with id %1</source>
        <translation>med id %1</translation>
    </message>
    <message>
        <source>saving the lines of the budget %1</source>
        <translation>sparande av raderna i budgeten %1</translation>
    </message>
    <message>
        <source>saving the budget %1</source>
        <translation>sparande av budgeten %1</translation>
    </message>
    <message>
        <source>deleting the budget %1</source>
        <translation>borttagning av budgeten %1</translation>
    </message>
    <message>
        <source>reading the outcome of the budget %1</source>
        <translation>läsning av utfallet för budgeten %1</translation>
    </message>
    <message>
        <source>saving the outcome of the budget %1</source>
        <translation>sparande av utfallet för budgeten %1</translation>
    </message>
    <message>
        <source>The line %1 is no longer in the budget %2.</source>
        <translation>Raden %1 finns inte längre i budgeten %2.</translation>
    </message>
</context>
<context>
    <name>BudgetsView</name>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>&amp;Importera CSV…</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>E&amp;xportera CSV…</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Utfall</translation>
    </message>
    <message>
        <source>Budget against outcome</source>
        <translation>Budget mot utfall</translation>
    </message>
    <message>
        <source>&amp;Budget:</source>
        <translation>&amp;Budget:</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Visa:</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>There are no budgets yet. Import one from a CSV file.</source>
        <translation>Det finns inga budgetar ännu. Importera en från en CSV-fil.</translation>
    </message>
    <message>
        <source>Financing equals the booked costs every year, and every funder is within its cap.</source>
        <translation>Finansieringen är lika med de bokförda kostnaderna varje år, och varje finansiär håller sig inom sitt tak.</translation>
    </message>
    <message>
        <source>Import a budget</source>
        <translation>Importera en budget</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV-filer (*.csv *.txt);;Alla filer (*)</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>%1 kunde inte läsas: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Nothing was imported from %1. Correct the file and import it again:
%2</source>
        <translation>Inget importerades från %1. Rätta filen och importera den igen:
%2</translation>
    </message>
    <message>
        <source>Imported the budget %1.</source>
        <translation>Importerade budgeten %1.</translation>
    </message>
    <message>
        <source>budget-%1-%2.csv</source>
        <translation>budget-%1-%2.csv</translation>
    </message>
    <message>
        <source>Export the budget</source>
        <translation>Exportera budgeten</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-filer (*.csv)</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 kunde inte skrivas: %2</translation>
    </message>
    <message>
        <source>Exported the budget %1 to %2.</source>
        <translation>Exporterade budgeten %1 till %2.</translation>
    </message>
    <message>
        <source>There is no budget to print; import one first.</source>
        <translation>Det finns ingen budget att skriva ut; importera en först.</translation>
    </message>
    <message>
        <source>budget-%1-%2.pdf</source>
        <translation>budget-%1-%2.pdf</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Period:</translation>
    </message>
    <message>
        <source>Whole year</source>
        <translation>Helår</translation>
    </message>
    <message>
        <source>Quarter %1</source>
        <translation>Kvartal %1</translation>
    </message>
</context>
<context>
    <name>Classification</name>
    <message>
        <source>Private employer</source>
        <translation>Privat arbetsgivare</translation>
    </message>
    <message>
        <source>Public employer</source>
        <translation>Offentlig arbetsgivare</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Kommun</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Employee organisation</source>
        <translation>Arbetstagarorganisation</translation>
    </message>
    <message>
        <source>Industry or employer organisation</source>
        <translation>Bransch- eller arbetsgivarorganisation</translation>
    </message>
    <message>
        <source>Compulsory school</source>
        <translation>Grundskola</translation>
    </message>
    <message>
        <source>Upper secondary school</source>
        <translation>Gymnasieskola</translation>
    </message>
    <message>
        <source>Adult education (Komvux)</source>
        <translation>Vuxenutbildning (Komvux)</translation>
    </message>
    <message>
        <source>Folk high school</source>
        <translation>Folkhögskola</translation>
    </message>
    <message>
        <source>Higher vocational education (YH)</source>
        <translation>Yrkeshögskola (YH)</translation>
    </message>
    <message>
        <source>University</source>
        <translation>Universitet eller högskola</translation>
    </message>
    <message>
        <source>Labour-market training</source>
        <translation>Arbetsmarknadsutbildning</translation>
    </message>
    <message>
        <source>Authority</source>
        <translation>Myndighet</translation>
    </message>
    <message>
        <source>Cooperation body</source>
        <translation>Samverkansorgan</translation>
    </message>
    <message>
        <source>Business support</source>
        <translation>Företagsfrämjande aktör</translation>
    </message>
    <message>
        <source>Civil society</source>
        <translation>Civilsamhälle</translation>
    </message>
    <message>
        <source>Local</source>
        <translation>Lokal</translation>
    </message>
    <message>
        <source>Regional</source>
        <translation>Regional</translation>
    </message>
    <message>
        <source>Cross-regional</source>
        <translation>Överregional</translation>
    </message>
    <message>
        <source>National</source>
        <translation>Nationell</translation>
    </message>
    <message>
        <source>Training &amp; Matching</source>
        <translation>Utbildning &amp; Matchning</translation>
    </message>
    <message>
        <source>Transition &amp; Guidance</source>
        <translation>Omställning &amp; Vägledning</translation>
    </message>
    <message>
        <source>Preparatory measures</source>
        <translation>Förberedande insatser</translation>
    </message>
    <message>
        <source>Employs</source>
        <translation>Anställer</translation>
    </message>
    <message>
        <source>Educates</source>
        <translation>Utbildar</translation>
    </message>
    <message>
        <source>Focuses on particular groups</source>
        <translation>Har fokus på vissa grupper</translation>
    </message>
    <message>
        <source>Regional steering group</source>
        <translation>Regional styrgrupp</translation>
    </message>
    <message>
        <source>Local steering group</source>
        <translation>Lokal styrgrupp</translation>
    </message>
    <message>
        <source>Industry forum</source>
        <translation>Branschforum</translation>
    </message>
    <message>
        <source>Working committee</source>
        <translation>Arbetsutskott</translation>
    </message>
    <message>
        <source>Cooperation council</source>
        <translation>Samverkansråd</translation>
    </message>
    <message>
        <source>Programme council</source>
        <translation>Programråd</translation>
    </message>
    <message>
        <source>Local competence workshop</source>
        <translation>Lokal kompetensverkstad</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>Ordförande</translation>
    </message>
    <message>
        <source>Vice chair</source>
        <translation>Vice ordförande</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Ledamot</translation>
    </message>
    <message>
        <source>Deputy</source>
        <translation>Ersättare</translation>
    </message>
    <message>
        <source>Co-opted</source>
        <translation>Adjungerad</translation>
    </message>
    <message>
        <source>Secretary</source>
        <translation>Sekreterare</translation>
    </message>
    <message>
        <source>Convener</source>
        <translation>Sammankallande</translation>
    </message>
    <message>
        <source>Process leader</source>
        <translation>Processledare</translation>
    </message>
    <message>
        <source>Those who employ</source>
        <translation>De som anställer</translation>
    </message>
    <message>
        <source>Those who educate</source>
        <translation>Utbildare</translation>
    </message>
    <message>
        <source>Focused on particular groups</source>
        <translation>Har fokus på vissa grupper</translation>
    </message>
    <message>
        <source>Authorities and cooperation bodies</source>
        <translation>Myndigheter och samverkansorgan</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Try '%1 --help'.</source>
        <translation>Prova '%1 --help'.</translation>
    </message>
    <message>
        <source>the file is empty, not a Verkstan database</source>
        <translation>filen är tom och ingen Verkstan-databas</translation>
    </message>
    <message>
        <source>the database has schema %1, older than this program's %2; open it once in Verkstan (or import into it with %3) to bring it up to date</source>
        <translation>databasen har schema %1, äldre än programmets %2; öppna den en gång i Verkstan (eller importera till den med %3) så uppdateras den</translation>
    </message>
    <message>
        <source>cannot be written: %1</source>
        <translation>kan inte skrivas: %1</translation>
    </message>
</context>
<context>
    <name>CliCommands</name>
    <message>
        <source>Create a new database, empty or with the demo data. A file that exists and is not empty is refused.</source>
        <translation>Skapa en ny databas, tom eller med demodata. En fil som finns och inte är tom vägras.</translation>
    </message>
    <message>
        <source>Check a database: its schema version, SQLite's integrity and reference checks, and the numbers of actors, people and bodies. Prints OK, or every problem and exits with 1. The file is not upgraded.</source>
        <translation>Kontrollera en databas: schemaversion, SQLites integritets- och referenskontroller samt antalet aktörer, personer och organ. Skriver OK, eller varje problem och avslutar med 1. Filen uppgraderas inte.</translation>
    </message>
    <message>
        <source>Write a consistent copy of the database to OUT, also while the desktop program has it open.</source>
        <translation>Skriv en konsistent kopia av databasen till OUT, även medan skrivbordsprogrammet har den öppen.</translation>
    </message>
    <message>
        <source>Import actors from a CSV file (docs/csv-format.md; "-" reads standard input). All or nothing: when any row is bad nothing is written, unless --skip-invalid is given. Every problem is shown as "line N: column: reason", and a bad row makes the exit code 3.</source>
        <translation>Importera aktörer från en CSV-fil (docs/csv-format.md; "-" läser standardinmatningen). Allt eller inget: är någon rad felaktig skrivs ingenting, om inte --skip-invalid anges. Varje problem visas som "rad N: kolumn: orsak", och en felaktig rad ger slutkoden 3.</translation>
    </message>
    <message>
        <source>Write every actor as CSV in the import format, or as JSON: an array of objects with the id and the CSV column names.</source>
        <translation>Skriv alla aktörer som CSV i importformatet, eller som JSON: en lista av objekt med id och CSV-kolumnernas namn.</translation>
    </message>
    <message>
        <source>Print the ids and names of the records of one kind, as CSV with a header line (";" between fields) or as JSON.</source>
        <translation>Skriv id och namn för posterna av en sort, som CSV med rubrikrad (";" mellan fälten) eller som JSON.</translation>
    </message>
    <message>
        <source>Usage: %1 COMMAND [options]</source>
        <translation>Användning: %1 KOMMANDO [flaggor]</translation>
    </message>
    <message>
        <source>The command-line tool of Verkstan: creates, checks, backs up, imports into and exports from a Verkstan database.</source>
        <translation>Verkstans kommandoradsverktyg: skapar, kontrollerar, säkerhetskopierar, importerar till och exporterar från en Verkstan-databas.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Kommandon:</translation>
    </message>
    <message>
        <source>Show the options of one command.</source>
        <translation>Visa flaggorna för ett kommando.</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Flaggor:</translation>
    </message>
    <message>
        <source>show this help</source>
        <translation>visa denna hjälp</translation>
    </message>
    <message>
        <source>show the version</source>
        <translation>visa versionen</translation>
    </message>
    <message>
        <source>Exit codes:</source>
        <translation>Slutkoder:</translation>
    </message>
    <message>
        <source>success</source>
        <translation>lyckades</translation>
    </message>
    <message>
        <source>check found a problem</source>
        <translation>kontrollen hittade ett problem</translation>
    </message>
    <message>
        <source>wrong usage, or a file that cannot be opened (missing, not a Verkstan database, written by a newer version, in use)</source>
        <translation>fel användning, eller en fil som inte kan öppnas (saknas, är ingen Verkstan-databas, skrevs av en nyare version, används)</translation>
    </message>
    <message>
        <source>bad input: the file to import has bad rows or is not usable</source>
        <translation>felaktig indata: filen som ska importeras har felaktiga rader eller går inte att använda</translation>
    </message>
    <message>
        <source>Usage: %1 %2</source>
        <translation>Användning: %1 %2</translation>
    </message>
    <message>
        <source>no command given</source>
        <translation>inget kommando angavs</translation>
    </message>
    <message>
        <source>help: unexpected argument '%1'</source>
        <translation>help: oväntat argument '%1'</translation>
    </message>
    <message>
        <source>help: unknown command '%1'</source>
        <translation>help: okänt kommando '%1'</translation>
    </message>
    <message>
        <source>--version: unexpected argument '%1'</source>
        <translation>--version: oväntat argument '%1'</translation>
    </message>
    <message>
        <source>unknown option '%1'; a command comes first</source>
        <translation>okänd flagga '%1'; kommandot ska stå först</translation>
    </message>
    <message>
        <source>unknown command '%1'</source>
        <translation>okänt kommando '%1'</translation>
    </message>
    <message>
        <source>Write a budget as CSV: one row per line (side, name, one column per year in kronor, total), then the totals of costs and of financing.</source>
        <translation>Skriv en budget som CSV: en rad per budgetrad (sida, namn, en kolumn per år i kronor, summa), sedan summorna för kostnader och finansiering.</translation>
    </message>
    <message>
        <source>Import a budget from a CSV file in the format export budget writes (docs/csv-format.md) as a new budget. All or nothing: every problem is shown as "line N: column: reason" and makes the exit code 3.</source>
        <translation>Importera en budget från en CSV-fil i det format som export budget skriver (docs/csv-format.md) som en ny budget. Allt eller inget: varje fel visas som "line N: column: reason" och ger slutkoden 3.</translation>
    </message>
    <message>
        <source>Write the budget report as a PDF: the booked costs and the financing per year as in the budget application, the checks, budget against outcome and the charts.</source>
        <translation>Skriv budgetrapporten som PDF: de bokförda kostnaderna och finansieringen per år som i budgetansökan, kontrollerna, budget mot utfall och diagrammen.</translation>
    </message>
</context>
<context>
    <name>CliOptions</name>
    <message>
        <source>the Verkstan database file</source>
        <translation>Verkstan-databasens fil</translation>
    </message>
    <message>
        <source>fill the new database with the demo data made from the source documents</source>
        <translation>fyll den nya databasen med demodata från källdokumenten</translation>
    </message>
    <message>
        <source>the file to write the copy to</source>
        <translation>filen som kopian skrivs till</translation>
    </message>
    <message>
        <source>replace OUT when it already exists</source>
        <translation>ersätt OUT om den redan finns</translation>
    </message>
    <message>
        <source>import the valid rows even when other rows are bad (still exits with 3)</source>
        <translation>importera de giltiga raderna även när andra rader är felaktiga (avslutar ändå med 3)</translation>
    </message>
    <message>
        <source>output format: csv (the default; ";" between fields) or json</source>
        <translation>utdataformat: csv (standard; ";" mellan fälten) eller json</translation>
    </message>
    <message>
        <source>write to OUT instead of standard output</source>
        <translation>skriv till OUT i stället för till standardutmatningen</translation>
    </message>
    <message>
        <source>unknown option '%1'</source>
        <translation>okänd flagga '%1'</translation>
    </message>
    <message>
        <source>%1 is given more than once</source>
        <translation>%1 anges mer än en gång</translation>
    </message>
    <message>
        <source>%1 needs a value</source>
        <translation>%1 behöver ett värde</translation>
    </message>
    <message>
        <source>unknown format '%1'; use csv or json</source>
        <translation>okänt format '%1'; använd csv eller json</translation>
    </message>
    <message>
        <source>%1 is required</source>
        <translation>%1 krävs</translation>
    </message>
    <message>
        <source>%1 is missing</source>
        <translation>%1 saknas</translation>
    </message>
    <message>
        <source>unexpected argument '%1'</source>
        <translation>oväntat argument '%1'</translation>
    </message>
    <message>
        <source>the id of the budget (see list budgets)</source>
        <translation>budgetens id (se list budgets)</translation>
    </message>
</context>
<context>
    <name>CostAllocation</name>
    <message>
        <source>A cost allocation needs at least one party.</source>
        <translation>En kostnadsfördelning måste ha minst en part.</translation>
    </message>
    <message>
        <source>%1 is listed twice in the cost allocation.</source>
        <translation>%1 finns med två gånger i kostnadsfördelningen.</translation>
    </message>
    <message>
        <source>%1 has a negative share (%2).</source>
        <translation>%1 har en negativ andel (%2).</translation>
    </message>
    <message>
        <source>%1 has a negative number (%2).</source>
        <translation>%1 har ett negativt tal (%2).</translation>
    </message>
    <message>
        <source>%1 has too large a number (%2).</source>
        <translation>%1 har ett för stort tal (%2).</translation>
    </message>
    <message>
        <source>The percentages add up to %1, not %2.</source>
        <translation>Procentsatserna summerar till %1, inte %2.</translation>
    </message>
    <message>
        <source>Every party has 0; give at least one party a number to share by.</source>
        <translation>Alla parter har 0; ge minst en part ett tal att fördela efter.</translation>
    </message>
    <message>
        <source>%1 cannot be shared in whole kronor; round it to whole kronor or share it in öre.</source>
        <translation>%1 kan inte fördelas i hela kronor; avrunda till hela kronor eller fördela i öre.</translation>
    </message>
    <message>
        <source>Equal shares</source>
        <translation>Lika delar</translation>
    </message>
    <message>
        <source>Fixed percentages</source>
        <translation>Fasta procentsatser</translation>
    </message>
    <message>
        <source>In proportion to a number (such as population)</source>
        <translation>I proportion till ett tal (till exempel folkmängd)</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>line %1: %2</source>
        <translation>rad %1: %2</translation>
    </message>
    <message>
        <source>a quoted field (column %1) is not closed; a quotation mark is missing</source>
        <translation>ett fält inom citattecken (kolumn %1) avslutas aldrig; ett citattecken saknas</translation>
    </message>
    <message>
        <source>unexpected text after the closing quotation mark in column %1; a quotation mark inside a quoted field must be doubled ("")</source>
        <translation>oväntad text efter det avslutande citattecknet i kolumn %1; ett citattecken inuti ett fält inom citattecken ska skrivas dubbelt ("")</translation>
    </message>
    <message>
        <source>a quotation mark inside the unquoted field in column %1; put the whole field in quotation marks and double the quotation mark ("")</source>
        <translation>ett citattecken i fältet i kolumn %1, som inte står inom citattecken; sätt hela fältet inom citattecken och skriv citattecknet dubbelt ("")</translation>
    </message>
    <message>
        <source>the file is empty; expected a header row and at least one data row</source>
        <translation>filen är tom; en rubrikrad och minst en datarad behövs</translation>
    </message>
    <message>
        <source>the file has a header but no data rows</source>
        <translation>filen har en rubrikrad men inga datarader</translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation>Kunde inte öppna %1: %2</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>Kunde inte läsa %1: %2</translation>
    </message>
    <message>
        <source>this is a spreadsheet workbook (such as .xlsx or .ods), not a CSV file; save it as "CSV UTF-8" or "CSV (semicolon separated)" first</source>
        <translation>detta är en kalkylbok (till exempel .xlsx eller .ods), inte en CSV-fil; spara den först som "CSV UTF-8" eller "CSV (semikolonavgränsad)"</translation>
    </message>
    <message>
        <source>the file contains binary data, not text; it is not a CSV file</source>
        <translation>filen innehåller binärdata, inte text; det är ingen CSV-fil</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The database %1 does not exist.</source>
        <translation>Databasen %1 finns inte.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a database file.</source>
        <translation>%1 är en mapp, inte en databasfil.</translation>
    </message>
    <message>
        <source>The database %1 cannot be read (no permission).</source>
        <translation>Databasen %1 kan inte läsas (behörighet saknas).</translation>
    </message>
    <message>
        <source>%1 is not a Verkstan database: it is not an SQLite file, or its start is damaged. Nothing was changed.</source>
        <translation>%1 är inte en Verkstan-databas: det är ingen SQLite-fil, eller så är dess början skadad. Ingenting ändrades.</translation>
    </message>
    <message>
        <source>%1 already exists; choose another name for the new database.</source>
        <translation>%1 finns redan; välj ett annat namn för den nya databasen.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>Mappen %1 kan inte skapas.</translation>
    </message>
    <message>
        <source>%1 is in use by %2 (process %3 on %4). Close it there first; two programs writing to one file would lose each other's changes.</source>
        <translation>%1 används av %2 (process %3 på %4). Stäng den där först; två program som skriver i samma fil skulle förlora varandras ändringar.</translation>
    </message>
    <message>
        <source>%1 is in use by another program, or its lock file %2 cannot be written.</source>
        <translation>%1 används av ett annat program, eller så kan låsfilen %2 inte skrivas.</translation>
    </message>
    <message>
        <source>opening %1</source>
        <translation>öppning av %1</translation>
    </message>
    <message>
        <source>%1 is an SQLite database but not a Verkstan database. Nothing was changed.</source>
        <translation>%1 är en SQLite-databas men inte en Verkstan-databas. Ingenting ändrades.</translation>
    </message>
    <message>
        <source>%1 is an SQLite database of another program, not a Verkstan database. Nothing was changed.</source>
        <translation>%1 är en SQLite-databas från ett annat program, inte en Verkstan-databas. Ingenting ändrades.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Verkstan (schema %2; this program knows up to %3). Open it with the newer version; nothing was changed.</source>
        <translation>%1 skrevs av en nyare version av Verkstan (schema %2; det här programmet känner till schema %3). Öppna den med den nyare versionen; ingenting ändrades.</translation>
    </message>
    <message>
        <source>"%1" is not a PostgreSQL address like postgresql://user@host/database.</source>
        <translation>"%1" är ingen PostgreSQL-adress som postgresql://användare@värd/databas.</translation>
    </message>
    <message>
        <source>The PostgreSQL driver (QPSQL) is not installed.</source>
        <translation>PostgreSQL-drivrutinen (QPSQL) är inte installerad.</translation>
    </message>
    <message>
        <source>connecting to %1</source>
        <translation>anslutning till %1</translation>
    </message>
    <message>
        <source>The shared database was written by a newer version of Verkstan (schema %1).</source>
        <translation>Den delade databasen skrevs av en nyare version av Verkstan (schema %1).</translation>
    </message>
    <message>
        <source>the database is busy with another program's write; try again in a moment</source>
        <translation>databasen är upptagen av ett annat programs skrivning; försök igen om en stund</translation>
    </message>
    <message>
        <source>the file is damaged or not a database (%1)</source>
        <translation>filen är skadad eller ingen databas (%1)</translation>
    </message>
    <message>
        <source>The database %1 refused %2: %3</source>
        <translation>Databasen %1 vägrade %2: %3</translation>
    </message>
    <message>
        <source>reading its list of tables</source>
        <translation>läsning av dess tabellista</translation>
    </message>
    <message>
        <source>reading the schema version</source>
        <translation>läsning av schemaversionen</translation>
    </message>
    <message>
        <source>The migration %1 is missing from the program.</source>
        <translation>Migreringen %1 saknas i programmet.</translation>
    </message>
    <message>
        <source>upgrading to schema %1</source>
        <translation>uppgradering till schema %1</translation>
    </message>
    <message>
        <source>recording schema %1</source>
        <translation>registrering av schema %1</translation>
    </message>
    <message>
        <source>The schema is version %1; this program expects %2.</source>
        <translation>Schemat har version %1; det här programmet förväntar sig %2.</translation>
    </message>
    <message>
        <source>checking integrity</source>
        <translation>integritetskontroll</translation>
    </message>
    <message>
        <source>Integrity: %1</source>
        <translation>Integritet: %1</translation>
    </message>
    <message>
        <source>checking references</source>
        <translation>kontroll av hänvisningar</translation>
    </message>
    <message>
        <source>A row of %1 (row %2) refers to a missing row of %3.</source>
        <translation>En rad i %1 (rad %2) hänvisar till en saknad rad i %3.</translation>
    </message>
    <message>
        <source>Backups of a shared PostgreSQL database are made with pg_dump.</source>
        <translation>Säkerhetskopior av en delad PostgreSQL-databas görs med pg_dump.</translation>
    </message>
    <message>
        <source>The backup cannot overwrite the database itself.</source>
        <translation>Säkerhetskopian kan inte skriva över själva databasen.</translation>
    </message>
    <message>
        <source>The SQLite driver does not give access to its connection.</source>
        <translation>SQLite-drivrutinen ger inte åtkomst till sin anslutning.</translation>
    </message>
    <message>
        <source>The backup to %1 failed: %2</source>
        <translation>Säkerhetskopieringen till %1 misslyckades: %2</translation>
    </message>
    <message>
        <source>The backup could not be written as %1.</source>
        <translation>Säkerhetskopian kunde inte skrivas som %1.</translation>
    </message>
    <message>
        <source>%1 is an empty file, not a Verkstan database. Nothing was changed.</source>
        <translation>%1 är en tom fil, inte en Verkstan-databas. Ingenting ändrades.</translation>
    </message>
</context>
<context>
    <name>DatabaseActions</name>
    <message>
        <source>Back Up Database</source>
        <translation>Säkerhetskopiera databasen</translation>
    </message>
    <message>
        <source>The backup was not made: %1</source>
        <translation>Ingen säkerhetskopia gjordes: %1</translation>
    </message>
    <message>
        <source>Backed up to %1.</source>
        <translation>Säkerhetskopierad till %1.</translation>
    </message>
    <message>
        <source>Import Actors from CSV</source>
        <translation>Importera aktörer från CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV-filer (*.csv *.txt);;Alla filer (*)</translation>
    </message>
    <message>
        <source>Imported 1 actor from %1.</source>
        <translation>Importerade 1 aktör från %1.</translation>
    </message>
    <message>
        <source>Imported %1 actors from %2.</source>
        <translation>Importerade %1 aktörer från %2.</translation>
    </message>
    <message>
        <source>1 row with problems was left out.</source>
        <translation>1 rad med problem lämnades utanför.</translation>
    </message>
    <message>
        <source>%1 rows with problems were left out.</source>
        <translation>%1 rader med problem lämnades utanför.</translation>
    </message>
    <message>
        <source>Export the Actors Shown to CSV</source>
        <translation>Exportera de visade aktörerna till CSV</translation>
    </message>
    <message>
        <source>Export All Actors to CSV</source>
        <translation>Exportera alla aktörer till CSV</translation>
    </message>
    <message>
        <source>%1-actors.csv</source>
        <translation>%1-aktörer.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-filer (*.csv);;Alla filer (*)</translation>
    </message>
    <message>
        <source>%1 was not written: %2</source>
        <translation>%1 skrevs inte: %2</translation>
    </message>
    <message>
        <source>Exported 1 actor to %1.</source>
        <translation>Exporterade 1 aktör till %1.</translation>
    </message>
    <message>
        <source>Exported %1 actors to %2.</source>
        <translation>Exporterade %1 aktörer till %2.</translation>
    </message>
    <message>
        <source>Print Preview</source>
        <translation>Förhandsgranskning</translation>
    </message>
    <message>
        <source>The printer could not be used. Check that it is connected and try again.</source>
        <translation>Skrivaren kunde inte användas. Kontrollera att den är ansluten och försök igen.</translation>
    </message>
    <message>
        <source>%1-actors.pdf</source>
        <translation>%1-aktörer.pdf</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-filer (*.pdf)</translation>
    </message>
    <message>
        <source>The PDF was not written: %1</source>
        <translation>PDF-filen skrevs inte: %1</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Sparade %1.</translation>
    </message>
    <message>
        <source>Export as PDF</source>
        <translation>Exportera som PDF</translation>
    </message>
</context>
<context>
    <name>DatabaseCommands</name>
    <message>
        <source>Actors: %1</source>
        <translation>Aktörer: %1</translation>
    </message>
    <message>
        <source>People: %1</source>
        <translation>Personer: %1</translation>
    </message>
    <message>
        <source>Bodies: %1</source>
        <translation>Organ: %1</translation>
    </message>
    <message>
        <source>the demo data could not be written, so no database was made: %1</source>
        <translation>demodata kunde inte skrivas, så ingen databas skapades: %1</translation>
    </message>
    <message>
        <source>Created %1 (schema %2).</source>
        <translation>Skapade %1 (schema %2).</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Databas: %1</translation>
    </message>
    <message>
        <source>Schema version: %1 (this program: %2)</source>
        <translation>Schemaversion: %1 (detta program: %2)</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Problems found: %1</source>
        <translation>Hittade problem: %1</translation>
    </message>
    <message>
        <source>is a folder; give the name of the backup file</source>
        <translation>är en mapp; ange säkerhetskopians filnamn</translation>
    </message>
    <message>
        <source>already exists; give --force to replace it</source>
        <translation>finns redan; ange --force för att ersätta den</translation>
    </message>
    <message>
        <source>Backed up %1 to %2.</source>
        <translation>Säkerhetskopierade %1 till %2.</translation>
    </message>
</context>
<context>
    <name>DemoBudgets</name>
    <message>
        <source>The demo budgets are broken: %1</source>
        <translation>Demobudgetarna är trasiga: %1</translation>
    </message>
    <message>
        <source>unknown actor %1</source>
        <translation>okänd aktör %1</translation>
    </message>
    <message>
        <source>unknown cost category %1</source>
        <translation>okänd kostnadskategori %1</translation>
    </message>
    <message>
        <source>%1 is computed from an unknown line</source>
        <translation>%1 beräknas från en okänd rad</translation>
    </message>
    <message>
        <source>a financing line of %1 has an unknown kind or status</source>
        <translation>en finansieringsrad i %1 har okänt slag eller okänd status</translation>
    </message>
</context>
<context>
    <name>DemoData</name>
    <message>
        <source>The demo data is broken: %1</source>
        <translation>Demodata är trasiga: %1</translation>
    </message>
    <message>
        <source>a row of people.csv has %1 fields</source>
        <translation>en rad i people.csv har %1 fält</translation>
    </message>
    <message>
        <source>people.csv names an unknown organisation %1</source>
        <translation>people.csv nämner en okänd organisation %1</translation>
    </message>
    <message>
        <source>bodies.json names an unknown parent %1</source>
        <translation>bodies.json nämner ett okänt överordnat organ %1</translation>
    </message>
</context>
<context>
    <name>IdPicker</name>
    <message>
        <source>(none)</source>
        <translation>(ingen)</translation>
    </message>
    <message>
        <source>(actor %1)</source>
        <translation>(aktör %1)</translation>
    </message>
</context>
<context>
    <name>ListCommand</name>
    <message>
        <source>list: unknown kind '%1'; use one of %2</source>
        <translation>list: okänd sort '%1'; använd någon av %2</translation>
    </message>
    <message>
        <source>Kinds:</source>
        <translation>Sorter:</translation>
    </message>
</context>
<context>
    <name>ListKinds</name>
    <message>
        <source>the organisations of the actor register: id, name</source>
        <translation>aktörsregistrets organisationer: id, namn</translation>
    </message>
    <message>
        <source>the people: id, name</source>
        <translation>personerna: id, namn</translation>
    </message>
    <message>
        <source>steering groups, forums, committees and councils: id, name, kind</source>
        <translation>styrgrupper, forum, utskott och råd: id, namn, sort</translation>
    </message>
    <message>
        <source>the cost and financing budgets: id, name, years (first-last)</source>
        <translation>kostnads- och finansieringsbudgetarna: id, namn, år (första-sista)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arkiv</translation>
    </message>
    <message>
        <source>&amp;New Database…</source>
        <translation>&amp;Ny databas…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Öppna…</translation>
    </message>
    <message>
        <source>&amp;Back Up…</source>
        <translation>Säkerhets&amp;kopiera…</translation>
    </message>
    <message>
        <source>&amp;Import Actors from CSV…</source>
        <translation>&amp;Importera aktörer från CSV…</translation>
    </message>
    <message>
        <source>E&amp;xport Actors to CSV…</source>
        <translation>E&amp;xportera aktörer till CSV…</translation>
    </message>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation>&amp;Förhandsgranska…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>Skriv &amp;ut…</translation>
    </message>
    <message>
        <source>Export as P&amp;DF…</source>
        <translation>Exportera som &amp;PDF…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Avsluta</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Redigera</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Ångra</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Gör om</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Ny…</translation>
    </message>
    <message>
        <source>Add an actor, person or body to the list shown</source>
        <translation>Lägg till en aktör, person eller ett organ i den visade listan</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Ändra…</translation>
    </message>
    <message>
        <source>Edit the selected row (or press Return, or double-click it)</source>
        <translation>Ändra den markerade raden (eller tryck på Retur, eller dubbelklicka på den)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Ta bort</translation>
    </message>
    <message>
        <source>Delete the selected row; Undo brings it back</source>
        <translation>Ta bort den markerade raden; Ångra tar tillbaka den</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Visa</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Sök</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Inställningar</translation>
    </message>
    <message>
        <source>&amp;Language…</source>
        <translation>&amp;Språk…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjälp</translation>
    </message>
    <message>
        <source>&amp;About Verkstan</source>
        <translation>&amp;Om Verkstan</translation>
    </message>
    <message>
        <source>&amp;Actors</source>
        <translation>A&amp;ktörer</translation>
    </message>
    <message>
        <source>&amp;People</source>
        <translation>&amp;Personer</translation>
    </message>
    <message>
        <source>&amp;Bodies</source>
        <translation>&amp;Organ</translation>
    </message>
    <message>
        <source>%1 is already open.</source>
        <translation>%1 är redan öppen.</translation>
    </message>
    <message>
        <source>%1 was not opened: %2 The database that was open still is.</source>
        <translation>%1 öppnades inte: %2 Databasen som var öppen är det fortfarande.</translation>
    </message>
    <message>
        <source>New Database</source>
        <translation>Ny databas</translation>
    </message>
    <message>
        <source>verkstan.sqlite</source>
        <translation>verkstan.sqlite</translation>
    </message>
    <message>
        <source>%1 already exists. Choose a new name: a new database never replaces a file.</source>
        <translation>%1 finns redan. Välj ett nytt namn: en ny databas ersätter aldrig en fil.</translation>
    </message>
    <message>
        <source>%1 is a new, empty database.</source>
        <translation>%1 är en ny, tom databas.</translation>
    </message>
    <message>
        <source>Open Database</source>
        <translation>Öppna databas</translation>
    </message>
    <message>
        <source>%1 — Verkstan</source>
        <translation>%1 — Verkstan</translation>
    </message>
    <message>
        <source>%1 of 1 actor</source>
        <translation>%1 av 1 aktör</translation>
    </message>
    <message>
        <source>%1 of %2 actors</source>
        <translation>%1 av %2 aktörer</translation>
    </message>
    <message>
        <source>%1 (loading…)</source>
        <translation>%1 (läser in…)</translation>
    </message>
    <message>
        <source>The language changes when Verkstan starts the next time.</source>
        <translation>Språket byts nästa gång Verkstan startar.</translation>
    </message>
    <message>
        <source>About Verkstan</source>
        <translation>Om Verkstan</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Verkstan&lt;/h3&gt;&lt;p&gt;For regional cooperation on skills supply: the actors on the landscape map, the people, and the bodies they meet in.&lt;/p&gt;&lt;p&gt;Version %1, built with Qt %2.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Verkstan&lt;/h3&gt;&lt;p&gt;För regional samverkan kring kompetensförsörjning: aktörerna på landskapskartan, personerna och organen där de möts.&lt;/p&gt;&lt;p&gt;Version %1, byggd med Qt %2.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>B&amp;udgets</source>
        <translation>B&amp;udgetar</translation>
    </message>
</context>
<context>
    <name>MemberDialog</name>
    <message>
        <source>Seat</source>
        <translation>Plats</translation>
    </message>
    <message>
        <source>&amp;Person:</source>
        <translation>&amp;Person:</translation>
    </message>
    <message>
        <source>The person in the seat; type part of the name to find them. Leave (none) for a seat held by an organisation</source>
        <translation>Personen på platsen; skriv en del av namnet för att hitta personen. Lämna (ingen) för en plats som innehas av en organisation</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <source>The organisation the seat represents; filled in with the person's organisation</source>
        <translation>Organisationen som platsen representerar; fylls i med personens organisation</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Roll:</translation>
    </message>
    <message>
        <source>New seat in %1</source>
        <translation>Ny plats i %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Change seat in %1</source>
        <translation>Ändra plats i %1</translation>
    </message>
    <message>
        <source>"%1" is not in the list of people.</source>
        <translation>"%1" finns inte i personlistan.</translation>
    </message>
    <message>
        <source>"%1" is not an actor in the register; choose an organisation from the list.</source>
        <translation>"%1" är ingen aktör i registret; välj en organisation i listan.</translation>
    </message>
    <message>
        <source>Choose a person or an organisation for the seat.</source>
        <translation>Välj en person eller en organisation för platsen.</translation>
    </message>
    <message>
        <source>%1 already has a seat in this body.</source>
        <translation>%1 har redan en plats i det här organet.</translation>
    </message>
    <message>
        <source>Counts towards the composition rules (majority, employer side).</source>
        <translation>Räknas med i reglerna för sammansättningen (majoritet, arbetsgivarsida).</translation>
    </message>
    <message>
        <source>Takes part without counting towards the composition rules.</source>
        <translation>Deltar utan att räknas med i reglerna för sammansättningen.</translation>
    </message>
</context>
<context>
    <name>MemberTableModel</name>
    <message>
        <source>(organisation seat)</source>
        <translation>(organisationsplats)</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Roll</translation>
    </message>
</context>
<context>
    <name>MessageWidget</name>
    <message>
        <source>Close this message</source>
        <translation>Stäng det här meddelandet</translation>
    </message>
    <message>
        <source>Close message</source>
        <translation>Stäng meddelandet</translation>
    </message>
</context>
<context>
    <name>Money</name>
    <message>
        <source>"%1" is not an amount of money; write digits, for example 1 644 153 or 1 644 153,50 kr.</source>
        <translation>"%1" är inte ett belopp; skriv siffror, till exempel 1 644 153 eller 1 644 153,50 kr.</translation>
    </message>
    <message>
        <source>No amount given.</source>
        <translation>Inget belopp angivet.</translation>
    </message>
    <message>
        <source>"%1" is ambiguous: write thousands with spaces and decimals with a comma, for example 1 644 153 or 12,50.</source>
        <translation>"%1" är tvetydigt: skriv tusental med mellanslag och decimaler med komma, till exempel 1 644 153 eller 12,50.</translation>
    </message>
    <message>
        <source>"%1" has more than two decimals; amounts are exact to the öre.</source>
        <translation>"%1" har fler än två decimaler; belopp anges exakt på öret.</translation>
    </message>
    <message>
        <source>"%1" has misplaced thousands separators; group the digits by three, for example 1 644 153.</source>
        <translation>"%1" har felplacerade tusentalsavgränsare; gruppera siffrorna tre och tre, till exempel 1 644 153.</translation>
    </message>
    <message>
        <source>"%1" is too large; the largest amount is %2.</source>
        <translation>"%1" är för stort; det högsta tillåtna beloppet är %2.</translation>
    </message>
</context>
<context>
    <name>OrganisationNumber</name>
    <message>
        <source>The organisation number is empty.</source>
        <translation>Organisationsnumret är tomt.</translation>
    </message>
    <message>
        <source>The organisation number contains "%1"; use digits and one dash, like 232100-0016.</source>
        <translation>Organisationsnumret innehåller "%1"; använd siffror och ett bindestreck, som 232100-0016.</translation>
    </message>
    <message>
        <source>The organisation number has more than one dash.</source>
        <translation>Organisationsnumret har mer än ett bindestreck.</translation>
    </message>
    <message>
        <source>A twelve-digit organisation number starts with 16, 19 or 20, not %1.</source>
        <translation>Ett tolvsiffrigt organisationsnummer börjar med 16, 19 eller 20, inte %1.</translation>
    </message>
    <message>
        <source>The dash belongs before the last four digits.</source>
        <translation>Bindestrecket ska stå före de fyra sista siffrorna.</translation>
    </message>
    <message>
        <source>An organisation number has 10 digits (or 12 with the century); this has %1.</source>
        <translation>Ett organisationsnummer har 10 siffror (eller 12 med sekel); det här har %1.</translation>
    </message>
    <message>
        <source>The check digit of %1 is wrong; check the number for typing errors.</source>
        <translation>Kontrollsiffran i %1 är fel; kontrollera numret för skrivfel.</translation>
    </message>
</context>
<context>
    <name>PeopleView</name>
    <message>
        <source>Filter by name, organisation or title</source>
        <translation>Filtrera på namn, organisation eller titel</translation>
    </message>
    <message>
        <source>Filter people</source>
        <translation>Filtrera personer</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personer</translation>
    </message>
    <message>
        <source>1 person</source>
        <translation>1 person</translation>
    </message>
    <message>
        <source>%1 people</source>
        <translation>%1 personer</translation>
    </message>
    <message>
        <source>%1 of %2 people</source>
        <translation>%1 av %2 personer</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Namn:</translation>
    </message>
    <message>
        <source>First and last name</source>
        <translation>För- och efternamn</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>e.g. development manager, chair</source>
        <translation>t.ex. utvecklingschef, ordförande</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <source>Type part of the name to find an actor in the register</source>
        <translation>Skriv en del av namnet för att hitta en aktör i registret</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-post:</translation>
    </message>
    <message>
        <source>name@example.se</source>
        <translation>namn@exempel.se</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>Tele&amp;fon:</translation>
    </message>
    <message>
        <source>P&amp;arty:</source>
        <translation>&amp;Parti:</translation>
    </message>
    <message>
        <source>For elected members (S, M, C, …)</source>
        <translation>För förtroendevalda ledamöter (S, M, C, …)</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>Anteckn&amp;ingar:</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>Ny person</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Ändra %1</translation>
    </message>
    <message>
        <source>"%1" is not an actor in the register; choose an organisation from the list.</source>
        <translation>"%1" är ingen aktör i registret; välj en organisation i listan.</translation>
    </message>
</context>
<context>
    <name>PersonRepository</name>
    <message>
        <source>The name is empty.</source>
        <translation>Namnet är tomt.</translation>
    </message>
    <message>
        <source>The e-mail address "%1" is not valid.</source>
        <translation>E-postadressen "%1" är inte giltig.</translation>
    </message>
    <message>
        <source>reading the people</source>
        <translation>läsning av personerna</translation>
    </message>
    <message>
        <source>reading a person</source>
        <translation>läsning av en person</translation>
    </message>
    <message>
        <source>The person no longer exists (id %1).</source>
        <translation>Personen finns inte längre (id %1).</translation>
    </message>
    <message>
        <source>saving %1</source>
        <translation>sparande av %1</translation>
    </message>
    <message>
        <source>%1 no longer exists.</source>
        <translation>%1 finns inte längre.</translation>
    </message>
    <message>
        <source>looking for references to a person</source>
        <translation>sökning efter hänvisningar till en person</translation>
    </message>
    <message>
        <source>a member of %1</source>
        <translation>ledamot i %1</translation>
    </message>
    <message>
        <source>%1 cannot be deleted: %2. Remove those seats first.</source>
        <translation>%1 kan inte tas bort: %2. Ta bort de platserna först.</translation>
    </message>
    <message>
        <source>deleting %1</source>
        <translation>borttagning av %1</translation>
    </message>
</context>
<context>
    <name>PersonTableModel</name>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>Parti</translation>
    </message>
</context>
<context>
    <name>RecentFilesMenu</name>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Öppna &amp;senaste</translation>
    </message>
    <message>
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>&amp;Rensa listan</translation>
    </message>
</context>
<context>
    <name>ReportDocument</name>
    <message>
        <source>Printed %1</source>
        <translation>Utskriven %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Sida %1 av %2</translation>
    </message>
    <message>
        <source>Could not write the PDF file %1: %2</source>
        <translation>Kunde inte skriva PDF-filen %1: %2</translation>
    </message>
    <message>
        <source>the page could not be drawn</source>
        <translation>sidan kunde inte ritas</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>Add %1</source>
        <translation>Lägg till %1</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Ändra %1</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>Ta bort %1</translation>
    </message>
    <message>
        <source>Add seat for %1</source>
        <translation>Lägg till plats för %1</translation>
    </message>
    <message>
        <source>Change seat of %1</source>
        <translation>Ändra plats för %1</translation>
    </message>
    <message>
        <source>Remove seat of %1</source>
        <translation>Ta bort plats för %1</translation>
    </message>
    <message>
        <source>Import 1 actor</source>
        <translation>Importera 1 aktör</translation>
    </message>
    <message>
        <source>Import %1 actors</source>
        <translation>Importera %1 aktörer</translation>
    </message>
    <message>
        <source>Outcome of %1 in %2</source>
        <translation>Utfall för %1 %2</translation>
    </message>
    <message>
        <source>Budget of %1 in %2</source>
        <translation>Budget för %1 %2</translation>
    </message>
    <message>
        <source>Paste %1 outcome amounts</source>
        <translation>Klistra in %1 utfallsbelopp</translation>
    </message>
    <message>
        <source>Paste %1 budget amounts</source>
        <translation>Klistra in %1 budgetbelopp</translation>
    </message>
    <message>
        <source>Import the budget %1</source>
        <translation>Importera budgeten %1</translation>
    </message>
    <message>
        <source>Outcome of %1 in quarter %2 of %3</source>
        <translation>Utfall för %1 kvartal %2 %3</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Inställningar</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Språk:</translation>
    </message>
    <message>
        <source>A change of language applies the next time Verkstan starts.</source>
        <translation>Ett byte av språk gäller från nästa gång Verkstan startar.</translation>
    </message>
    <message>
        <source>Automatic (the system's language)</source>
        <translation>Automatiskt (systemets språk)</translation>
    </message>
    <message>
        <source>Svenska</source>
        <extracomment>The name of the Swedish language in Swedish; keep it as it is.</extracomment>
        <translation>Svenska</translation>
    </message>
    <message>
        <source>English</source>
        <extracomment>The name of the English language in English; keep it as it is.</extracomment>
        <translation>English</translation>
    </message>
</context>
<context>
    <name>StartupOpener</name>
    <message>
        <source>Verkstan databases (*.sqlite *.db);;All files (*)</source>
        <translation>Verkstan-databaser (*.sqlite *.db);;Alla filer (*)</translation>
    </message>
    <message>
        <source>Verkstan</source>
        <translation>Verkstan</translation>
    </message>
    <message>
        <source>Verkstan cannot open %1.</source>
        <translation>Verkstan kan inte öppna %1.</translation>
    </message>
    <message>
        <source>&amp;Open Another…</source>
        <translation>&amp;Öppna en annan…</translation>
    </message>
    <message>
        <source>&amp;New Database…</source>
        <translation>&amp;Ny databas…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Avsluta</translation>
    </message>
    <message>
        <source>Open Database</source>
        <translation>Öppna databas</translation>
    </message>
    <message>
        <source>New Database</source>
        <translation>Ny databas</translation>
    </message>
    <message>
        <source>verkstan.sqlite</source>
        <translation>verkstan.sqlite</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Regional cooperation on skills supply.</source>
        <translation>Regional samverkan kring kompetensförsörjning.</translation>
    </message>
    <message>
        <source>database</source>
        <translation>databas</translation>
    </message>
    <message>
        <source>The database file to open.</source>
        <translation>Databasfilen som ska öppnas.</translation>
    </message>
    <message>
        <source>[database]</source>
        <translation>[databas]</translation>
    </message>
    <message>
        <source>Open the demo database (made on first use).</source>
        <translation>Öppna demodatabasen (skapas första gången den används).</translation>
    </message>
    <message>
        <source>Print the milliseconds to the first paint of the window, then quit (for benchmarks).</source>
        <translation>Skriv ut antalet millisekunder till fönstrets första ritning och avsluta sedan (för prestandamätning).</translation>
    </message>
</context>
</TS>