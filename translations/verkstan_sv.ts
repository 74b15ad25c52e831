<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE" sourcelanguage="en">
<context>
    <name>ActorCommands</name>
    <message>
        <source>%1: unknown kind &apos;%2&apos;; use actors</source>
        <translation>%1: okänd sort &apos;%2&apos;; använd actors</translation>
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
        <source>unknown column &quot;%1&quot;; the accepted columns are: %2</source>
        <translation>okänd kolumn &quot;%1&quot;; godtagna kolumner är: %2</translation>
    </message>
    <message>
        <source>the columns &quot;%1&quot; and &quot;%2&quot; are the same column (%3)</source>
        <translation>kolumnerna &quot;%1&quot; och &quot;%2&quot; är samma kolumn (%3)</translation>
    </message>
    <message>
        <source>there is no &quot;name&quot; column (in Swedish &quot;namn&quot;); it is required. The accepted columns are: %1</source>
        <translation>kolumnen &quot;namn&quot; (på engelska &quot;name&quot;) saknas; den krävs. Godtagna kolumner är: %1</translation>
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
        <source>&quot;%1&quot; is not a type; use one of %2 (or the English or Swedish name)</source>
        <translation>&quot;%1&quot; är ingen aktörstyp; använd något av %2 (eller det svenska eller engelska namnet)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a level; use one of %2 (or the English or Swedish name)</source>
        <translation>&quot;%1&quot; är ingen nivå; använd något av %2 (eller det svenska eller engelska namnet)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a list of areas; use %2 separated by &quot;|&quot; (or the English or Swedish names), or leave it empty</source>
        <translation>&quot;%1&quot; är ingen lista över områden; använd %2 åtskilda med &quot;|&quot; (eller de svenska eller engelska namnen), eller lämna tomt</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a list of roles; use %2 separated by &quot;|&quot; (or the English or Swedish names), or leave it empty</source>
        <translation>&quot;%1&quot; är ingen lista över roller; använd %2 åtskilda med &quot;|&quot; (eller de svenska eller engelska namnen), eller lämna tomt</translation>
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
    <message>
        <source>numbering a new actor</source>
        <translation>numrering av en ny aktör</translation>
    </message>
    <message>
        <source>a party to the agreement %1</source>
        <translation>part i avtalet %1</translation>
    </message>
</context>
<context>
    <name>ActorService</name>
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
        <source>Import actors</source>
        <translation>Importera aktörer</translation>
    </message>
    <message>
        <source>Import 1 actor</source>
        <translation>Importera 1 aktör</translation>
    </message>
    <message>
        <source>Import %1 actors</source>
        <translation>Importera %1 aktörer</translation>
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
    <name>AdjusterPicker</name>
    <message>
        <source>Adjuster chosen:</source>
        <translation>Vald justerare:</translation>
    </message>
    <message>
        <source>— choose among those present —</source>
        <translation>— välj bland de närvarande —</translation>
    </message>
</context>
<context>
    <name>AdjustmentDialog</name>
    <message>
        <source>Record adjustment</source>
        <translation>Registrera justering</translation>
    </message>
    <message>
        <source>Signed on paper</source>
        <translation>Undertecknat på papper</translation>
    </message>
    <message>
        <source>Confirmed here</source>
        <translation>Bekräftat här</translation>
    </message>
    <message>
        <source>This is the last adjustment: the minutes become final and can never be changed again. Making them final cannot be undone; a correction is made as an addition.</source>
        <translation>Detta är den sista justeringen: protokollet blir justerat och kan aldrig mer ändras. Det går inte att ångra; en rättelse görs som ett tillägg.</translation>
    </message>
    <message>
        <source>Adjusted by:</source>
        <translation>Justerat av:</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Datum:</translation>
    </message>
    <message>
        <source>How:</source>
        <translation>Hur:</translation>
    </message>
</context>
<context>
    <name>Agreement</name>
    <message>
        <source>An agreement needs a name.</source>
        <translation>Ett avtal måste ha ett namn.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: the minimum number of municipalities cannot be negative.</source>
        <translation>%1: det minsta antalet kommuner kan inte vara negativt.</translation>
    </message>
    <message>
        <source>%1: a party has not been chosen from the actor register.</source>
        <translation>%1: en part har inte valts ur aktörsregistret.</translation>
    </message>
    <message>
        <source>%1 is a party to %2 twice.</source>
        <translation>%1 är part i %2 två gånger.</translation>
    </message>
    <message>
        <source>%1 leaves %2 (%3) before it joins (%4).</source>
        <translation>%1 lämnar %2 (%3) innan den ansluter (%4).</translation>
    </message>
    <message>
        <source>%1 has a negative number in the cost allocation of %2.</source>
        <translation>%1 har ett negativt tal i kostnadsfördelningen för %2.</translation>
    </message>
    <message>
        <source>The party that invoices the others must be a party to %1.</source>
        <translation>Den part som fakturerar de övriga måste vara part i %1.</translation>
    </message>
    <message>
        <source>Amendments to %1 are numbered from 1.</source>
        <translation>Tilläggen till %1 numreras från 1.</translation>
    </message>
    <message>
        <source>%1 has two amendments numbered %2.</source>
        <translation>%1 har två tillägg med nummer %2.</translation>
    </message>
    <message>
        <source>Amendment %1 to %2 has no valid date.</source>
        <translation>Tillägg %1 till %2 saknar giltigt datum.</translation>
    </message>
    <message>
        <source>Amendment %1 to %2 has no text.</source>
        <translation>Tillägg %1 till %2 saknar text.</translation>
    </message>
    <message>
        <source>A shared cost of %1 has no name.</source>
        <translation>En gemensam kostnad i %1 saknar namn.</translation>
    </message>
    <message>
        <source>%1 in %2 is negative (%3).</source>
        <translation>%1 år %2 är negativ (%3).</translation>
    </message>
    <message>
        <source>%1 in %2 is too large.</source>
        <translation>%1 år %2 är för stor.</translation>
    </message>
    <message>
        <source>No party of %1 pays in %2, but there are shared costs that year.</source>
        <translation>Ingen part i %1 betalar år %2, men det finns gemensamma kostnader det året.</translation>
    </message>
    <message>
        <source>The cost allocation of %1 in %2: %3</source>
        <translation>Kostnadsfördelningen för %1 år %2: %3</translation>
    </message>
    <message>
        <source>No party of %1 pays in %2.</source>
        <translation>Ingen part i %1 betalar år %2.</translation>
    </message>
</context>
<context>
    <name>AgreementChargesModel</name>
    <message>
        <source>Total</source>
        <translation>Summa</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>Part</translation>
    </message>
</context>
<context>
    <name>AgreementDialog</name>
    <message>
        <source>New agreement</source>
        <translation>Nytt avtal</translation>
    </message>
    <message>
        <source> months</source>
        <translation> månader</translation>
    </message>
    <message>
        <source>not renewed</source>
        <translation>förlängs inte</translation>
    </message>
    <message>
        <source>The region must be a party</source>
        <translation>Regionen måste vara part</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Namn:</translation>
    </message>
    <message>
        <source>&amp;Invoiced by:</source>
        <translation>&amp;Fakturerande part:</translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation>&amp;Start:</translation>
    </message>
    <message>
        <source>&amp;End of the first term:</source>
        <translation>&amp;Slut på första avtalsperioden:</translation>
    </message>
    <message>
        <source>Notice &amp;before the end:</source>
        <translation>Uppsägning &amp;före slutet:</translation>
    </message>
    <message>
        <source>&amp;Renewed by:</source>
        <translation>Förlängs &amp;med:</translation>
    </message>
    <message>
        <source>Notice before a rene&amp;wal ends:</source>
        <translation>Uppsägning före en förlä&amp;ngnings slut:</translation>
    </message>
    <message>
        <source>&amp;Valid with at least:</source>
        <translation>&amp;Giltigt med minst:</translation>
    </message>
    <message>
        <source> municipalities</source>
        <translation> kommuner</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>&amp;Anteckningar:</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Ändra %1</translation>
    </message>
    <message>
        <source>Give the agreement a name.</source>
        <translation>Ge avtalet ett namn.</translation>
    </message>
    <message>
        <source>%1 is not in the actor register.</source>
        <translation>%1 finns inte i aktörsregistret.</translation>
    </message>
    <message>
        <source>Start: %1</source>
        <translation>Start: %1</translation>
    </message>
    <message>
        <source>End of the first term: %1</source>
        <translation>Slutet av första avtalstiden: %1</translation>
    </message>
</context>
<context>
    <name>AgreementPartyDialog</name>
    <message>
        <source>Add party to %1</source>
        <translation>Lägg till part i %1</translation>
    </message>
    <message>
        <source>Joined after the start, on</source>
        <translation>Anslöt efter start, den</translation>
    </message>
    <message>
        <source>Has given notice; last day as a party</source>
        <translation>Har sagt upp; sista dag som part</translation>
    </message>
    <message>
        <source>&amp;Party:</source>
        <translation>&amp;Part:</translation>
    </message>
    <message>
        <source>Joined:</source>
        <translation>Anslöt:</translation>
    </message>
    <message>
        <source>Leaves:</source>
        <translation>Lämnar:</translation>
    </message>
    <message>
        <source>equal shares: no number needed</source>
        <translation>lika delar: inget tal behövs</translation>
    </message>
    <message>
        <source>Share of costs:</source>
        <translation>Kostnadsandel:</translation>
    </message>
    <message>
        <source>e.g. 15 or 12,5</source>
        <translation>t.ex. 15 eller 12,5</translation>
    </message>
    <message>
        <source>&amp;Share of costs (%):</source>
        <translation>&amp;Kostnadsandel (%):</translation>
    </message>
    <message>
        <source>e.g. 101 427</source>
        <translation>t.ex. 101 427</translation>
    </message>
    <message>
        <source>&amp;Number to share by:</source>
        <translation>&amp;Fördelningstal:</translation>
    </message>
    <message>
        <source>&amp;%1:</source>
        <translation>&amp;%1:</translation>
    </message>
    <message>
        <source>Party %1</source>
        <translation>Part %1</translation>
    </message>
    <message>
        <source>Choose the party from the actor register.</source>
        <translation>Välj parten ur aktörsregistret.</translation>
    </message>
    <message>
        <source>%1 is not in the actor register.</source>
        <translation>%1 finns inte i aktörsregistret.</translation>
    </message>
    <message>
        <source>%1 is already a party.</source>
        <translation>%1 är redan part.</translation>
    </message>
    <message>
        <source>The share is a percentage from 0 to 100 with at most two decimals.</source>
        <translation>Andelen är en procentsats från 0 till 100 med högst två decimaler.</translation>
    </message>
    <message>
        <source>The number is a whole number, 0 or more.</source>
        <translation>Talet är ett heltal, 0 eller mer.</translation>
    </message>
    <message>
        <source>The party cannot leave before it joins.</source>
        <translation>Parten kan inte lämna avtalet innan den anslutit.</translation>
    </message>
    <message>
        <source>Joined: %1</source>
        <translation>Anslöt: %1</translation>
    </message>
    <message>
        <source>Last day: %1</source>
        <translation>Sista dag: %1</translation>
    </message>
</context>
<context>
    <name>AgreementRepository</name>
    <message>
        <source>The stored agreement %1 is damaged: %2</source>
        <translation>Det sparade avtalet %1 är skadat: %2</translation>
    </message>
    <message>
        <source>reading the agreements</source>
        <translation>läsning av avtalen</translation>
    </message>
    <message>
        <source>reading an agreement</source>
        <translation>läsning av ett avtal</translation>
    </message>
    <message>
        <source>There is no agreement with id %1.</source>
        <translation>Det finns inget avtal med id %1.</translation>
    </message>
    <message>
        <source>unknown allocation method &apos;%1&apos;</source>
        <translation>okänd fördelningsmetod &apos;%1&apos;</translation>
    </message>
    <message>
        <source>reading the parties of %1</source>
        <translation>läsning av parterna i %1</translation>
    </message>
    <message>
        <source>reading the amendments of %1</source>
        <translation>läsning av tilläggen till %1</translation>
    </message>
    <message>
        <source>reading the shared costs of %1</source>
        <translation>läsning av de gemensamma kostnaderna i %1</translation>
    </message>
    <message>
        <source>looking up the parties of %1</source>
        <translation>kontroll av parterna i %1</translation>
    </message>
    <message>
        <source>The party %1 of %2 is no longer in the actor register. Remove it from the agreement or add it to the register again.</source>
        <translation>Parten %1 i %2 finns inte längre i aktörsregistret. Ta bort den ur avtalet eller lägg till den i registret igen.</translation>
    </message>
    <message>
        <source>with id %1</source>
        <translation>med id %1</translation>
    </message>
    <message>
        <source>saving the agreement %1</source>
        <translation>sparande av avtalet %1</translation>
    </message>
    <message>
        <source>The agreement %1 no longer exists.</source>
        <translation>Avtalet %1 finns inte längre.</translation>
    </message>
    <message>
        <source>saving the parties, amendments and costs of %1</source>
        <translation>sparande av parter, tillägg och kostnader i %1</translation>
    </message>
    <message>
        <source>deleting the agreement %1</source>
        <translation>borttagning av avtalet %1</translation>
    </message>
</context>
<context>
    <name>AgreementService</name>
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
</context>
<context>
    <name>AgreementTableModel</name>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>not renewed</source>
        <translation>förlängs inte</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Avtal</translation>
    </message>
    <message>
        <source>First term</source>
        <translation>Första avtalsperioden</translation>
    </message>
    <message>
        <source>Next notice deadline</source>
        <translation>Nästa uppsägningsdag</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>Parter</translation>
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
    <name>AgreementsView</name>
    <message>
        <source>1 month</source>
        <translation>1 månad</translation>
    </message>
    <message>
        <source>%1 months</source>
        <translation>%1 månader</translation>
    </message>
    <message>
        <source>equal share</source>
        <translation>lika del</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Avtal</translation>
    </message>
    <message>
        <source>Select an agreement to see its parties, its term and notice deadline, and how the parties share its costs. Edit &gt; New… adds an agreement.</source>
        <translation>Välj ett avtal för att se dess parter, avtalstid och uppsägningsdag och hur parterna delar på kostnaderna. Redigera &gt; Ny… lägger till ett avtal.</translation>
    </message>
    <message>
        <source>Parties and &amp;term</source>
        <translation>Parter och avtals&amp;tid</translation>
    </message>
    <message>
        <source>&amp;Cost allocation</source>
        <translation>&amp;Kostnadsfördelning</translation>
    </message>
    <message>
        <source>Invoiced by:</source>
        <translation>Fakturerande part:</translation>
    </message>
    <message>
        <source>Term:</source>
        <translation>Avtalstid:</translation>
    </message>
    <message>
        <source>Notice:</source>
        <translation>Uppsägning:</translation>
    </message>
    <message>
        <source>Renewal:</source>
        <translation>Förlängning:</translation>
    </message>
    <message>
        <source>Next notice deadline:</source>
        <translation>Nästa uppsägningsdag:</translation>
    </message>
    <message>
        <source>Valid when:</source>
        <translation>Giltigt när:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Anteckningar:</translation>
    </message>
    <message>
        <source>&amp;Edit agreement…</source>
        <translation>&amp;Ändra avtal…</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>Parter</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>Part</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>Anslöt</translation>
    </message>
    <message>
        <source>Leaves</source>
        <translation>Lämnar</translation>
    </message>
    <message>
        <source>Share of costs</source>
        <translation>Kostnadsandel</translation>
    </message>
    <message>
        <source>&amp;Add party…</source>
        <translation>&amp;Lägg till part…</translation>
    </message>
    <message>
        <source>C&amp;hange party…</source>
        <translation>Ä&amp;ndra part…</translation>
    </message>
    <message>
        <source>Remove part&amp;y</source>
        <translation>Ta bort pa&amp;rt</translation>
    </message>
    <message>
        <source>Amendments</source>
        <translation>Tillägg</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Nr</translation>
    </message>
    <message>
        <source>Decided on</source>
        <translation>Beslutat</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Add a&amp;mendment…</source>
        <translation>Lägg till t&amp;illägg…</translation>
    </message>
    <message>
        <source>Change amen&amp;dment…</source>
        <translation>Ändra tilläg&amp;g…</translation>
    </message>
    <message>
        <source>Remove amendme&amp;nt</source>
        <translation>Ta bort tillä&amp;gg</translation>
    </message>
    <message>
        <source>none named</source>
        <translation>ingen angiven</translation>
    </message>
    <message>
        <source>%1 to %2 (the first term)</source>
        <translation>%1 till %2 (första avtalsperioden)</translation>
    </message>
    <message>
        <source>at the latest %1 before the end of the first term, that is by %2</source>
        <translation>senast %1 före avtalstidens utgång, dvs. senast %2</translation>
    </message>
    <message>
        <source>without notice, extended %1 at a time, with %2&apos; notice before each end</source>
        <translation>utan uppsägning förlängs avtalet %1 i taget, med %2 uppsägningstid före varje utgång</translation>
    </message>
    <message>
        <source>not renewed: ends on %1</source>
        <translation>förlängs inte: upphör %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (in %2 days): notice by then ends the agreement on %3; otherwise it runs to %4</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (om %2 dagar): uppsägning senast då avslutar avtalet %3; annars löper det till %4</translation>
    </message>
    <message>
        <source>none: the agreement is not renewed</source>
        <translation>ingen: avtalet förlängs inte</translation>
    </message>
    <message>
        <source>at least %1 municipalities and the region are parties</source>
        <translation>minst %1 kommuner och regionen är parter</translation>
    </message>
    <message>
        <source>at least %1 municipalities are parties</source>
        <translation>minst %1 kommuner är parter</translation>
    </message>
    <message>
        <source>from the start</source>
        <translation>från start</translation>
    </message>
    <message>
        <source>%1 (invoices)</source>
        <translation>%1 (fakturerar)</translation>
    </message>
    <message>
        <source>Add %1 as a party to %2</source>
        <translation>Lägg till %1 som part i %2</translation>
    </message>
    <message>
        <source>Change the party %1 of %2</source>
        <translation>Ändra parten %1 i %2</translation>
    </message>
    <message>
        <source>Remove %1 from %2</source>
        <translation>Ta bort %1 ur %2</translation>
    </message>
    <message>
        <source>Add amendment %1 to %2</source>
        <translation>Lägg till tillägg %1 till %2</translation>
    </message>
    <message>
        <source>Change amendment %1 to %2</source>
        <translation>Ändra tillägg %1 till %2</translation>
    </message>
    <message>
        <source>Remove amendment %1 from %2</source>
        <translation>Ta bort tillägg %1 till %2</translation>
    </message>
    <message>
        <source>Select an agreement to print its invoice basis.</source>
        <translation>Välj ett avtal för att skriva ut dess fakturaunderlag.</translation>
    </message>
    <message>
        <source>%1 has no shared costs yet, so there is no invoice basis to print.</source>
        <translation>%1 har ännu inga gemensamma kostnader, så det finns inget fakturaunderlag att skriva ut.</translation>
    </message>
    <message>
        <source>invoice-basis-%1.pdf</source>
        <translation>fakturaunderlag-%1.pdf</translation>
    </message>
    <message>
        <source>%1 — %2 (%3 municipalities today)</source>
        <translation>%1 — %2 (%3 kommuner i dag)</translation>
    </message>
    <message>
        <source>met</source>
        <translation>uppfyllt</translation>
    </message>
    <message>
        <source>%1 — %2: %3</source>
        <translation>%1 — %2: %3</translation>
    </message>
    <message>
        <source>not met</source>
        <translation>inte uppfyllt</translation>
    </message>
</context>
<context>
    <name>AmendmentDialog</name>
    <message>
        <source>New amendment to %1</source>
        <translation>Nytt tillägg till %1</translation>
    </message>
    <message>
        <source>&amp;Number:</source>
        <translation>&amp;Nummer:</translation>
    </message>
    <message>
        <source>&amp;Decided on:</source>
        <translation>&amp;Beslutat:</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>&amp;Text:</translation>
    </message>
    <message>
        <source>Amendment %1 to %2</source>
        <translation>Tillägg %1 till %2</translation>
    </message>
    <message>
        <source>There is already an amendment number %1.</source>
        <translation>Det finns redan ett tillägg nummer %1.</translation>
    </message>
    <message>
        <source>Write what the amendment says.</source>
        <translation>Skriv vad tillägget säger.</translation>
    </message>
    <message>
        <source>Decided on: %1</source>
        <translation>Beslutad: %1</translation>
    </message>
</context>
<context>
    <name>AssignmentListReport</name>
    <message>
        <source>Assignments</source>
        <translation>Uppdrag</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>Databas:</translation>
    </message>
    <message>
        <source>Showing:</source>
        <translation>Urval:</translation>
    </message>
    <message>
        <source>every assignment</source>
        <translation>alla uppdrag</translation>
    </message>
    <message>
        <source>Overdue counted on:</source>
        <translation>Försenat räknat per:</translation>
    </message>
    <message>
        <source>%1, of which 1 overdue</source>
        <translation>%1, varav 1 försenat</translation>
    </message>
    <message>
        <source>%1, of which %2 overdue</source>
        <translation>%1, varav %2 försenade</translation>
    </message>
    <message>
        <source>Number of assignments:</source>
        <translation>Antal uppdrag:</translation>
    </message>
    <message>
        <source>No assignments have been given in minutes.</source>
        <translation>Inga uppdrag har getts i protokollen.</translation>
    </message>
    <message>
        <source>No assignments match the filter.</source>
        <translation>Inga uppdrag motsvarar urvalet.</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Ansvarig</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Uppgift</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Klart senast</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Möte</translation>
    </message>
    <message>
        <source>§</source>
        <translation>§</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1, overdue</source>
        <translation>%1, försenat</translation>
    </message>
</context>
<context>
    <name>AssignmentService</name>
    <message>
        <source>The assignment is gone.</source>
        <translation>Uppdraget finns inte längre.</translation>
    </message>
    <message>
        <source>Mark the assignment of %1 done</source>
        <translation>Markera uppdraget för %1 som klart</translation>
    </message>
    <message>
        <source>Carry on the assignment of %1</source>
        <translation>För uppdraget för %1 vidare</translation>
    </message>
    <message>
        <source>Reopen the assignment of %1</source>
        <translation>Öppna uppdraget för %1 igen</translation>
    </message>
</context>
<context>
    <name>AssignmentTable</name>
    <message>
        <source>Responsible</source>
        <translation>Ansvarig</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Uppgift</translation>
    </message>
    <message>
        <source>Due (YYYY-MM-DD)</source>
        <translation>Klart senast (ÅÅÅÅ-MM-DD)</translation>
    </message>
    <message>
        <source>Add assignment</source>
        <translation>Lägg till uppdrag</translation>
    </message>
    <message>
        <source>Remove assignment</source>
        <translation>Ta bort uppdrag</translation>
    </message>
    <message>
        <source>The due date of assignment %1 in § %2: %3</source>
        <translation>Klart senast för uppdrag %1 i § %2: %3</translation>
    </message>
</context>
<context>
    <name>AssignmentTableModel</name>
    <message>
        <source>open</source>
        <translation>öppet</translation>
    </message>
    <message>
        <source>done</source>
        <translation>klart</translation>
    </message>
    <message>
        <source>carried on</source>
        <translation>förs vidare</translation>
    </message>
    <message>
        <source>%1, overdue since %2</source>
        <translation>%1, försenat sedan %2</translation>
    </message>
    <message>
        <source>%1, overdue</source>
        <translation>%1, försenat</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Ansvarig</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Uppgift</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Klart senast</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Organ</translation>
    </message>
    <message>
        <source>Meeting date</source>
        <translation>Mötesdatum</translation>
    </message>
    <message>
        <source>§</source>
        <translation>§</translation>
    </message>
</context>
<context>
    <name>AssignmentsView</name>
    <message>
        <source>Overdue on&amp;ly</source>
        <translation>Bara &amp;försenade</translation>
    </message>
    <message>
        <source>Mark &amp;done</source>
        <translation>&amp;Markera klart</translation>
    </message>
    <message>
        <source>Mark the selected assignment done (Undo takes it back)</source>
        <translation>Markera det valda uppdraget som klart (Ångra tar tillbaka det)</translation>
    </message>
    <message>
        <source>&amp;Carry on</source>
        <translation>För vi&amp;dare</translation>
    </message>
    <message>
        <source>The selected assignment is carried on to a later meeting</source>
        <translation>Det valda uppdraget förs vidare till ett senare möte</translation>
    </message>
    <message>
        <source>Re&amp;open</source>
        <translation>Öppna ig&amp;en</translation>
    </message>
    <message>
        <source>Open the selected assignment again</source>
        <translation>Öppna det valda uppdraget igen</translation>
    </message>
    <message>
        <source>Responsible person</source>
        <translation>Ansvarig person</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Organ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Alla statusar</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öppna</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Klara</translation>
    </message>
    <message>
        <source>Carried on</source>
        <translation>Förs vidare</translation>
    </message>
    <message>
        <source>Pe&amp;rson:</source>
        <translation>An&amp;svarig:</translation>
    </message>
    <message>
        <source>Bod&amp;y:</source>
        <translation>Orga&amp;n:</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <source>Assignments</source>
        <translation>Uppdrag</translation>
    </message>
    <message>
        <source>All bodies</source>
        <translation>Alla organ</translation>
    </message>
    <message>
        <source>1 assignment</source>
        <translation>1 uppdrag</translation>
    </message>
    <message>
        <source>%1 assignments</source>
        <translation>%1 uppdrag</translation>
    </message>
    <message>
        <source>%1 of 1 assignment</source>
        <translation>%1 av 1 uppdrag</translation>
    </message>
    <message>
        <source>%1 of %2 assignments</source>
        <translation>%1 av %2 uppdrag</translation>
    </message>
    <message>
        <source>%1, 1 overdue</source>
        <translation>%1, 1 försenat</translation>
    </message>
    <message>
        <source>%1, %2 overdue</source>
        <translation>%1, %2 försenade</translation>
    </message>
    <message>
        <source>Select an assignment first.</source>
        <translation>Välj ett uppdrag först.</translation>
    </message>
    <message>
        <source>responsible person contains “%1”</source>
        <translation>ansvarig innehåller ”%1”</translation>
    </message>
    <message>
        <source>body %1</source>
        <translation>organ %1</translation>
    </message>
    <message>
        <source>open only</source>
        <translation>bara öppna</translation>
    </message>
    <message>
        <source>done only</source>
        <translation>bara klara</translation>
    </message>
    <message>
        <source>carried on only</source>
        <translation>bara de som förs vidare</translation>
    </message>
    <message>
        <source>overdue only</source>
        <translation>bara försenade</translation>
    </message>
    <message>
        <source>assignments-%1.pdf</source>
        <translation>uppdrag-%1.pdf</translation>
    </message>
</context>
<context>
    <name>AtomicFile</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Det gick inte att skriva %1: %2</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>disken är full</translation>
    </message>
</context>
<context>
    <name>AttendanceTable</name>
    <message>
        <source>present</source>
        <translation>närvarande</translation>
    </message>
    <message>
        <source>absent</source>
        <translation>frånvarande</translation>
    </message>
    <message>
        <source>deputy serving</source>
        <translation>tjänstgörande ersättare</translation>
    </message>
    <message>
        <source>chair</source>
        <translation>ordförande</translation>
    </message>
    <message>
        <source>secretary</source>
        <translation>sekreterare</translation>
    </message>
    <message>
        <source>adjuster</source>
        <translation>justerare</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>Parti</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Närvaro</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Roll</translation>
    </message>
    <message>
        <source>Arrived at §</source>
        <translation>Kom vid §</translation>
    </message>
    <message>
        <source>Left after §</source>
        <translation>Gick efter §</translation>
    </message>
    <message>
        <source>Add &amp;others present…</source>
        <translation>Lägg till &amp;övriga närvarande…</translation>
    </message>
    <message>
        <source>Remove from the list</source>
        <translation>Ta bort från listan</translation>
    </message>
    <message>
        <source>(others present)</source>
        <translation>(övriga närvarande)</translation>
    </message>
</context>
<context>
    <name>AttendeeDialog</name>
    <message>
        <source>Others present</source>
        <translation>Övriga närvarande</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Namn:</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <source>&amp;Party:</source>
        <translation>&amp;Parti:</translation>
    </message>
    <message>
        <source>Write the name of the person present.</source>
        <translation>Skriv namnet på den som är närvarande.</translation>
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
        <source>&quot;%1&quot; is not an actor in the register; choose the owner from the list.</source>
        <translation>&quot;%1&quot; är ingen aktör i registret; välj ägaren i listan.</translation>
    </message>
    <message>
        <source>§ &amp;numbering:</source>
        <translation>§-&amp;numrering:</translation>
    </message>
    <message>
        <source>How the items of the body&apos;s minutes are numbered</source>
        <translation>Hur paragraferna i organets protokoll numreras</translation>
    </message>
    <message>
        <source>From § 1 at every meeting</source>
        <translation>Från § 1 vid varje möte</translation>
    </message>
    <message>
        <source>Running through the year</source>
        <translation>Löpande under året</translation>
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
    <message>
        <source>looking for the wheels and meetings of %1</source>
        <translation>sökte efter årshjul och möten för %1</translation>
    </message>
    <message>
        <source>%1 cannot be deleted: it has annual wheels or meetings. Delete those first.</source>
        <translation>%1 kan inte tas bort: det finns årshjul eller möten för den. Ta bort dem först.</translation>
    </message>
</context>
<context>
    <name>BodyService</name>
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
        <source>%1 gives %2 in %3, more than %4 of that year&apos;s booked costs (%5) by %6.</source>
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
    <name>BudgetAmountsModel</name>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
</context>
<context>
    <name>BudgetCharts</name>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Utfall</translation>
    </message>
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
</context>
<context>
    <name>BudgetCommands</name>
    <message>
        <source>export: --budget needs the id of a budget (a whole number), not &apos;%1&apos;</source>
        <translation>export: --budget behöver id för en budget (ett heltal), inte &apos;%1&apos;</translation>
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
        <source>import: unknown kind &apos;%1&apos;; use actors or budget</source>
        <translation>import: okänd sort &apos;%1&apos;; använd actors eller budget</translation>
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
        <source>report: unknown kind &apos;%1&apos;; use budget</source>
        <translation>report: okänd sort &apos;%1&apos;; använd budget</translation>
    </message>
    <message>
        <source>report: --budget needs the id of a budget (a whole number), not &apos;%1&apos;</source>
        <translation>report: --budget behöver id för en budget (ett heltal), inte &apos;%1&apos;</translation>
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
    <name>BudgetComparisonModel</name>
    <message>
        <source>Total</source>
        <translation>Summa</translation>
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
        <source>Budget against outcome is computed; paste into the budget or the outcome.</source>
        <translation>Budget mot utfall beräknas; klistra in i budgeten eller utfallet.</translation>
    </message>
    <message>
        <source>Budget against outcome</source>
        <translation>Budget mot utfall</translation>
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
        <source>the header has no column &quot;%1&quot;</source>
        <translation>rubrikraden saknar kolumnen &quot;%1&quot;</translation>
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
        <source>unknown category &quot;%1&quot;; use one of %2</source>
        <translation>okänd kategori &quot;%1&quot;; använd någon av %2</translation>
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
        <source>unknown kind &quot;%1&quot;; use public or private</source>
        <translation>okänd sort &quot;%1&quot;; använd public eller private</translation>
    </message>
    <message>
        <source>unknown status &quot;%1&quot;; use confirmed, applied or in-kind</source>
        <translation>okänd status &quot;%1&quot;; använd confirmed, applied eller in-kind</translation>
    </message>
    <message>
        <source>unknown cap scope &quot;%1&quot;; use overall or per-year</source>
        <translation>okänd omfattning för taket &quot;%1&quot;; använd overall eller per-year</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a rate; write a percentage from 0 to 100, such as 50 %</source>
        <translation>&quot;%1&quot; är ingen andel; skriv en procentsats från 0 till 100, till exempel 50 %</translation>
    </message>
    <message>
        <source>unknown side &quot;%1&quot;; use budget, cost, financing, cap, cost_total or financing_total</source>
        <translation>okänd sida &quot;%1&quot;; använd budget, cost, financing, cap, cost_total eller financing_total</translation>
    </message>
    <message>
        <source>there is no entered cost line named &quot;%1&quot; to compute from</source>
        <translation>det finns ingen inmatad kostnadsrad som heter &quot;%1&quot; att beräkna från</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a rate; write a percentage from 0 to 100, such as 15 %</source>
        <translation>&quot;%1&quot; är ingen andel; skriv en procentsats från 0 till 100, till exempel 15 %</translation>
    </message>
    <message>
        <source>unknown rounding &quot;%1&quot;; use kronor or ore</source>
        <translation>okänd avrundning &quot;%1&quot;; använd kronor eller ore</translation>
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
    <name>BudgetImport</name>
    <message>
        <source>reading the actor register</source>
        <translation>läsning av aktörsregistret</translation>
    </message>
    <message>
        <source>there is no actor named &quot;%1&quot; in the register (deleted or misspelt?); add the funder to the register first</source>
        <translation>det finns ingen aktör som heter &quot;%1&quot; i registret (borttagen eller felstavad?); lägg först in finansiären i registret</translation>
    </message>
    <message>
        <source>%1 actors are named &quot;%2&quot;; rename them in the register so the funder is clear</source>
        <translation>%1 aktörer heter &quot;%2&quot;; byt namn på dem i registret så att det framgår vilken som är finansiär</translation>
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
        <source>%1 is outside the budget&apos;s years (%2–%3).</source>
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
    <name>BudgetOutcomeModel</name>
    <message>
        <source>Outcome</source>
        <translation>Utfall</translation>
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
        <source>unknown cost category &apos;%1&apos;</source>
        <translation>okänd kostnadskategori &apos;%1&apos;</translation>
    </message>
    <message>
        <source>unknown funder kind or status &apos;%1&apos;, &apos;%2&apos;</source>
        <translation>okänt slag eller okänd status för finansiär &apos;%1&apos;, &apos;%2&apos;</translation>
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
    <name>BudgetService</name>
    <message>
        <source>A budget is removed only by undoing its making.</source>
        <translation>En budget tas bort bara genom att det som skapade den ångras.</translation>
    </message>
    <message>
        <source>Budget of %1 in %2</source>
        <translation>Budget för %1 %2</translation>
    </message>
    <message>
        <source>Paste %1 budget amounts</source>
        <translation>Klistra in %1 budgetbelopp</translation>
    </message>
    <message>
        <source>Paste %1 outcome amounts</source>
        <translation>Klistra in %1 utfallsbelopp</translation>
    </message>
    <message>
        <source>Outcome of %1 in quarter %2 of %3</source>
        <translation>Utfall för %1 kvartal %2 %3</translation>
    </message>
    <message>
        <source>Outcome of %1 in %2</source>
        <translation>Utfall för %1 %2</translation>
    </message>
    <message>
        <source>Add the cost line %1</source>
        <translation>Lägg till kostnadsraden %1</translation>
    </message>
    <message>
        <source>Add the financing line %1</source>
        <translation>Lägg till finansieringsraden %1</translation>
    </message>
    <message>
        <source>Rename the line %1</source>
        <translation>Byt namn på raden %1</translation>
    </message>
    <message>
        <source>%1 is a financing line; it is named after its funder in the register.</source>
        <translation>%1 är en finansieringsrad; den heter som sin finansiär i aktörsregistret.</translation>
    </message>
    <message>
        <source>The budget has no line with id %1.</source>
        <translation>Budgeten har ingen rad med id %1.</translation>
    </message>
    <message>
        <source>Remove the line %1</source>
        <translation>Ta bort raden %1</translation>
    </message>
    <message>
        <source>A new budget needs a name.</source>
        <translation>En ny budget behöver ett namn.</translation>
    </message>
    <message>
        <source>New budget %1</source>
        <translation>Ny budget %1</translation>
    </message>
    <message>
        <source>Import a budget</source>
        <translation>Importera en budget</translation>
    </message>
    <message>
        <source>Import the budget %1</source>
        <translation>Importera budgeten %1</translation>
    </message>
</context>
<context>
    <name>BudgetSheet</name>
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
        <source>Total</source>
        <translation>Summa</translation>
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
</context>
<context>
    <name>BudgetsView</name>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Period:</translation>
    </message>
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
        <source>Whole year</source>
        <translation>Helår</translation>
    </message>
    <message>
        <source>Quarter %1</source>
        <translation>Kvartal %1</translation>
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
        <source>&amp;Lines</source>
        <translation>&amp;Rader</translation>
    </message>
    <message>
        <source>&amp;New budget…</source>
        <translation>&amp;Ny budget…</translation>
    </message>
    <message>
        <source>Add &amp;cost line…</source>
        <translation>Lägg till &amp;kostnadsrad…</translation>
    </message>
    <message>
        <source>Add &amp;financing line…</source>
        <translation>Lägg till &amp;finansieringsrad…</translation>
    </message>
    <message>
        <source>&amp;Rename line…</source>
        <translation>&amp;Byt namn på rad…</translation>
    </message>
    <message>
        <source>Re&amp;move line</source>
        <translation>&amp;Ta bort rad</translation>
    </message>
    <message>
        <source>There are no budgets yet. Make a new one, or import one from a CSV file.</source>
        <translation>Det finns inga budgetar ännu. Gör en ny eller importera en från en CSV-fil.</translation>
    </message>
    <message>
        <source>Add a cost line</source>
        <translation>Lägg till en kostnadsrad</translation>
    </message>
    <message>
        <source>Required for Other; otherwise the category&apos;s name</source>
        <translation>Krävs för Övrigt; annars kategorins namn</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Kategori:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Namn:</translation>
    </message>
    <message>
        <source>Add a financing line</source>
        <translation>Lägg till en finansieringsrad</translation>
    </message>
    <message>
        <source>&amp;Funder:</source>
        <translation>&amp;Finansiär:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Typ:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>%1 is a financing line; it is named after its funder in the register.</source>
        <translation>%1 är en finansieringsrad; den heter som sin finansiär i aktörsregistret.</translation>
    </message>
    <message>
        <source>Rename the line</source>
        <translation>Byt namn på raden</translation>
    </message>
    <message>
        <source>New name of %1:</source>
        <translation>Nytt namn på %1:</translation>
    </message>
    <message>
        <source>Removed the line. Edit &gt; Undo brings it back.</source>
        <translation>Raden togs bort. Redigera &gt; Ångra tar tillbaka den.</translation>
    </message>
    <message>
        <source>New budget</source>
        <translation>Ny budget</translation>
    </message>
    <message>
        <source>&amp;First year:</source>
        <translation>&amp;Första år:</translation>
    </message>
    <message>
        <source>&amp;Last year:</source>
        <translation>&amp;Sista år:</translation>
    </message>
    <message>
        <source>Made the budget %1.</source>
        <translation>Budgeten %1 skapades.</translation>
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
        <source>Try &apos;%1 --help&apos;.</source>
        <translation>Prova &apos;%1 --help&apos;.</translation>
    </message>
    <message>
        <source>the file is empty, not a Verkstan database</source>
        <translation>filen är tom och ingen Verkstan-databas</translation>
    </message>
    <message>
        <source>the database has schema %1, older than this program&apos;s %2; open it once in Verkstan (or import into it with %3) to bring it up to date</source>
        <translation>databasen har schema %1, äldre än programmets %2; öppna den en gång i Verkstan (eller importera till den med %3) så uppdateras den</translation>
    </message>
    <message>
        <source>cannot be written: %1</source>
        <translation>kan inte skrivas: %1</translation>
    </message>
    <message>
        <source>standard output</source>
        <translation>standardutmatningen</translation>
    </message>
    <message>
        <source>the output could not be written: %1</source>
        <translation>resultatet kunde inte skrivas: %1</translation>
    </message>
</context>
<context>
    <name>CliCommands</name>
    <message>
        <source>Create a new database, empty or with the demo data. A file that exists and is not empty is refused.</source>
        <translation>Skapa en ny databas, tom eller med demodata. En fil som finns och inte är tom vägras.</translation>
    </message>
    <message>
        <source>Write a consistent copy of the database to OUT, also while the desktop program has it open.</source>
        <translation>Skriv en konsistent kopia av databasen till OUT, även medan skrivbordsprogrammet har den öppen.</translation>
    </message>
    <message>
        <source>Import actors from a CSV file (docs/csv-format.md; &quot;-&quot; reads standard input). All or nothing: when any row is bad nothing is written, unless --skip-invalid is given. Every problem is shown as &quot;line N: column: reason&quot;, and a bad row makes the exit code 3.</source>
        <translation>Importera aktörer från en CSV-fil (docs/csv-format.md; &quot;-&quot; läser standardinmatningen). Allt eller inget: är någon rad felaktig skrivs ingenting, om inte --skip-invalid anges. Varje problem visas som &quot;rad N: kolumn: orsak&quot;, och en felaktig rad ger slutkoden 3.</translation>
    </message>
    <message>
        <source>Write every actor as CSV in the import format, or as JSON: an array of objects with the id and the CSV column names.</source>
        <translation>Skriv alla aktörer som CSV i importformatet, eller som JSON: en lista av objekt med id och CSV-kolumnernas namn.</translation>
    </message>
    <message>
        <source>Print the ids and names of the records of one kind, as CSV with a header line (&quot;;&quot; between fields) or as JSON.</source>
        <translation>Skriv id och namn för posterna av en sort, som CSV med rubrikrad (&quot;;&quot; mellan fälten) eller som JSON.</translation>
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
        <source>help: unexpected argument &apos;%1&apos;</source>
        <translation>help: oväntat argument &apos;%1&apos;</translation>
    </message>
    <message>
        <source>help: unknown command &apos;%1&apos;</source>
        <translation>help: okänt kommando &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--version: unexpected argument &apos;%1&apos;</source>
        <translation>--version: oväntat argument &apos;%1&apos;</translation>
    </message>
    <message>
        <source>unknown option &apos;%1&apos;; a command comes first</source>
        <translation>okänd flagga &apos;%1&apos;; kommandot ska stå först</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;</source>
        <translation>okänt kommando &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Write a budget as CSV: one row per line (side, name, one column per year in kronor, total), then the totals of costs and of financing.</source>
        <translation>Skriv en budget som CSV: en rad per budgetrad (sida, namn, en kolumn per år i kronor, summa), sedan summorna för kostnader och finansiering.</translation>
    </message>
    <message>
        <source>Print the minutes of a meeting to PDF in the Swedish layout: header, attendance, the numbered items, signature lines, and on final minutes the verification code. --pdfa writes PDF/A-1b for archiving.</source>
        <translation>Skriv ut protokollet från ett möte som PDF i svensk uppställning: huvud, närvaro, de numrerade paragraferna, namnteckningsrader och på justerade protokoll kontrollkoden. --pdfa skriver PDF/A-1b för arkivering.</translation>
    </message>
    <message>
        <source>Write the landscape map as a PDF: a title block with owner, revision and date, the map, and an appendix of the actors by cell. Without --revision the current map (not published).</source>
        <translation>Skriv landskapskartan som PDF: ett huvud med ägare, revision och datum, kartan och en bilaga med aktörerna ruta för ruta. Utan --revision skrivs den aktuella kartan (ej publicerad).</translation>
    </message>
    <message>
        <source>Write a body&apos;s annual wheel of a year as an iCalendar file (RFC 5545, times in Europe/Stockholm): one event per planned meeting, with the agenda when the slot has become a meeting. Exporting again updates the same events in Outlook and Thunderbird.</source>
        <translation>Skriv ett organs årshjul för ett år som en iCalendar-fil (RFC 5545, tider i Europe/Stockholm): en händelse per planerat möte, med dagordningen när mötet har skapats. En ny export uppdaterar samma händelser i Outlook och Thunderbird.</translation>
    </message>
    <message>
        <source>Print a body&apos;s annual wheel of a year to a PDF, A4 landscape: the circle with its legend and rule checks, then a table of the meetings with their topics and input material.</source>
        <translation>Skriv ut ett organs årshjul för ett år som PDF, A4 liggande: cirkeln med teckenförklaring och regelkontroller, sedan en tabell över mötena med ämnen och underlag.</translation>
    </message>
    <message>
        <source>Write the invoice basis of a cooperation agreement for a year as a PDF: what every party pays of each shared cost, and a page per invoiced party; with --party, only that party&apos;s page.</source>
        <translation>Skriv fakturaunderlaget för ett samverkansavtal för ett år som PDF: vad varje part betalar av varje gemensam kostnad, och en sida per fakturerad part; med --party bara den partens sida.</translation>
    </message>
    <message>
        <source>Import a budget from a CSV file in the format export budget writes (docs/csv-format.md) as a new budget. All or nothing: every problem is shown as &quot;line N: column: reason&quot; and makes the exit code 3.</source>
        <translation>Importera en budget från en CSV-fil i det format som export budget skriver (docs/csv-format.md) som en ny budget. Allt eller inget: varje fel visas som &quot;line N: column: reason&quot; och ger slutkoden 3.</translation>
    </message>
    <message>
        <source>Write the budget report as a PDF: the booked costs and the financing per year as in the budget application, the checks, budget against outcome and the charts.</source>
        <translation>Skriv budgetrapporten som PDF: de bokförda kostnaderna och finansieringen per år som i budgetansökan, kontrollerna, budget mot utfall och diagrammen.</translation>
    </message>
    <message>
        <source>Check a database: its schema version, SQLite&apos;s integrity and reference checks, the seals of every body&apos;s final minutes, and the numbers of actors, people and bodies. With --against, also every final minutes against a seals list filed earlier (export seals): minutes changed and sealed again, or removed, are named. Prints OK, or every problem and exits with 1. The file is not upgraded.</source>
        <translation>Kontrollera en databas: schemaversion, SQLites integritets- och referenskontroller, förseglingarna av varje organs justerade protokoll samt antalet aktörer, personer och organ. Med --against jämförs också varje justerat protokoll med en förteckning över förseglingar som arkiverats tidigare (export seals): protokoll som har ändrats och förseglats på nytt, eller tagits bort, nämns. Skriver OK, eller varje problem och avslutar med 1. Filen uppgraderas inte.</translation>
    </message>
    <message>
        <source>Write the seal of every final minutes, one line each (body, meeting date, addition, sequence in the body&apos;s chain, seal format, seal, previous seal), to file outside the database: print it, mail it or keep it read-only. check --against compares the database with it later (docs/seal-format.md). Refused while a chain is broken.</source>
        <translation>Skriv förseglingen av varje justerat protokoll, en rad för varje (organ, mötesdatum, tillägg, plats i organets kedja, förseglingsformat, försegling, föregående försegling), för att arkivera utanför databasen: skriv ut den, skicka den med e-post eller förvara den skrivskyddad. check --against jämför senare databasen med den (docs/seal-format.md). Vägras så länge en kedja är bruten.</translation>
    </message>
    <message>
        <source>the result could not be written (a full disk, a closed pipe, a file that cannot be replaced)</source>
        <translation>resultatet kunde inte skrivas (full disk, stängd pipe, en fil som inte går att ersätta)</translation>
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
        <source>output format: csv (the default; &quot;;&quot; between fields) or json</source>
        <translation>utdataformat: csv (standard; &quot;;&quot; mellan fälten) eller json</translation>
    </message>
    <message>
        <source>write to OUT instead of standard output</source>
        <translation>skriv till OUT i stället för till standardutmatningen</translation>
    </message>
    <message>
        <source>unknown option &apos;%1&apos;</source>
        <translation>okänd flagga &apos;%1&apos;</translation>
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
        <source>unknown format &apos;%1&apos;; use csv or json</source>
        <translation>okänt format &apos;%1&apos;; använd csv eller json</translation>
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
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>oväntat argument &apos;%1&apos;</translation>
    </message>
    <message>
        <source>the id of the budget (see list budgets)</source>
        <translation>budgetens id (se list budgets)</translation>
    </message>
    <message>
        <source>the id of the meeting (see list meetings)</source>
        <translation>mötets id (se list meetings)</translation>
    </message>
    <message>
        <source>write PDF/A-1b, for archiving (final minutes)</source>
        <translation>skriv PDF/A-1b, för arkivering (justerade protokoll)</translation>
    </message>
    <message>
        <source>a published revision of the map (see list revisions); without it the current map</source>
        <translation>en publicerad revision av kartan (se list revisions); utan den den aktuella kartan</translation>
    </message>
    <message>
        <source>paper size, landscape: a3 (the default) or a4</source>
        <translation>pappersformat, liggande: a3 (standard) eller a4</translation>
    </message>
    <message>
        <source>print the map at full size across several pages instead of fitting it to one</source>
        <translation>skriv ut kartan i full storlek över flera sidor i stället för att anpassa den till en</translation>
    </message>
    <message>
        <source>give the local actors of each municipality a lane of their own</source>
        <translation>ge varje kommuns lokala aktörer ett eget fält</translation>
    </message>
    <message>
        <source>the id of the body (see list bodies or list wheels)</source>
        <translation>organets id (se list bodies eller list wheels)</translation>
    </message>
    <message>
        <source>the year, such as 2026</source>
        <translation>året, till exempel 2026</translation>
    </message>
    <message>
        <source>the id of the agreement (see list agreements)</source>
        <translation>avtalets id (se list agreements)</translation>
    </message>
    <message>
        <source>only this party: the id of its actor (see list actors)</source>
        <translation>bara denna part: id för dess aktör (se list actors)</translation>
    </message>
    <message>
        <source>also compare the seals of the final minutes with this list, written earlier by export seals</source>
        <translation>jämför också förseglingarna av de justerade protokollen med denna förteckning, skriven tidigare av export seals</translation>
    </message>
</context>
<context>
    <name>CommentDialog</name>
    <message>
        <source>Comment on § %1</source>
        <translation>Kommentar till § %1</translation>
    </message>
    <message>
        <source>Comment by:</source>
        <translation>Kommentar av:</translation>
    </message>
    <message>
        <source>Comment:</source>
        <translation>Kommentar:</translation>
    </message>
</context>
<context>
    <name>Console</name>
    <message>
        <source>the write failed</source>
        <translation>skrivningen misslyckades</translation>
    </message>
    <message>
        <source>%1: standard output: the output could not be written: %2</source>
        <translation>%1: standardutmatningen: resultatet kunde inte skrivas: %2</translation>
    </message>
</context>
<context>
    <name>CooperationSystemPicture</name>
    <message>
        <source>Steering and coordination</source>
        <translation>Styrning och samordning</translation>
    </message>
    <message>
        <source>No organisations yet</source>
        <translation>Inga organisationer ännu</translation>
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
    <name>CostAllocationPage</name>
    <message>
        <source>e.g. Population</source>
        <translation>t.ex. Folkmängd</translation>
    </message>
    <message>
        <source>Shared &amp;by:</source>
        <translation>Fördelas &amp;efter:</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>&amp;Metod:</translation>
    </message>
    <message>
        <source>Each party&apos;s percentage or number is set under Parties and term (Change party…).</source>
        <translation>Varje parts procentsats eller tal anges under Parter och avtalstid (Ändra part…).</translation>
    </message>
    <message>
        <source>Shared costs per year</source>
        <translation>Gemensamma kostnader per år</translation>
    </message>
    <message>
        <source>Shared costs</source>
        <translation>Gemensamma kostnader</translation>
    </message>
    <message>
        <source>Add c&amp;ost</source>
        <translation>Lägg till k&amp;ostnad</translation>
    </message>
    <message>
        <source>Remove cos&amp;t</source>
        <translation>Ta bort kos&amp;tnad</translation>
    </message>
    <message>
        <source>Add &amp;year</source>
        <translation>Lägg till å&amp;r</translation>
    </message>
    <message>
        <source>What each party pays per year</source>
        <translation>Vad varje part betalar per år</translation>
    </message>
    <message>
        <source>Invoice basis for &amp;year:</source>
        <translation>Fakturaunderlag för å&amp;r:</translation>
    </message>
    <message>
        <source>File &gt; Print or Export as PDF prints it.</source>
        <translation>Arkiv &gt; Skriv ut eller Exportera som PDF skriver ut det.</translation>
    </message>
    <message>
        <source>Share %1 by %2</source>
        <translation>Fördela %1 efter %2</translation>
    </message>
    <message>
        <source>Share the costs of %1: %2</source>
        <translation>Fördela kostnaderna i %1: %2</translation>
    </message>
    <message>
        <source>New shared cost</source>
        <translation>Ny gemensam kostnad</translation>
    </message>
    <message>
        <source>New shared cost %1</source>
        <translation>Ny gemensam kostnad %1</translation>
    </message>
    <message>
        <source>Add %1 to %2</source>
        <translation>Lägg till %1 i %2</translation>
    </message>
    <message>
        <source>Remove %1 from %2</source>
        <translation>Ta bort %1 ur %2</translation>
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
        <source>unexpected text after the closing quotation mark in column %1; a quotation mark inside a quoted field must be doubled (&quot;&quot;)</source>
        <translation>oväntad text efter det avslutande citattecknet i kolumn %1; ett citattecken inuti ett fält inom citattecken ska skrivas dubbelt (&quot;&quot;)</translation>
    </message>
    <message>
        <source>a quotation mark inside the unquoted field in column %1; put the whole field in quotation marks and double the quotation mark (&quot;&quot;)</source>
        <translation>ett citattecken i fältet i kolumn %1, som inte står inom citattecken; sätt hela fältet inom citattecken och skriv citattecknet dubbelt (&quot;&quot;)</translation>
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
        <source>this is a spreadsheet workbook (such as .xlsx or .ods), not a CSV file; save it as &quot;CSV UTF-8&quot; or &quot;CSV (semicolon separated)&quot; first</source>
        <translation>detta är en kalkylbok (till exempel .xlsx eller .ods), inte en CSV-fil; spara den först som &quot;CSV UTF-8&quot; eller &quot;CSV (semikolonavgränsad)&quot;</translation>
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
        <source>%1 is in use by %2 (process %3 on %4). Close it there first; two programs writing to one file would lose each other&apos;s changes.</source>
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
        <source>&quot;%1&quot; is not a PostgreSQL address like postgresql://user@host/database.</source>
        <translation>&quot;%1&quot; är ingen PostgreSQL-adress som postgresql://användare@värd/databas.</translation>
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
        <source>the database is busy with another program&apos;s write; try again in a moment</source>
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
        <source>%1 is an empty file, not a Verkstan database. Nothing was changed.</source>
        <translation>%1 är en tom fil, inte en Verkstan-databas. Ingenting ändrades.</translation>
    </message>
    <message>
        <source>The database %1 refuses changes: an earlier change could not be rolled back (%2). Close the database and open it again; what was saved before is kept.</source>
        <translation>Databasen %1 tar inte emot ändringar: en tidigare ändring kunde inte rullas tillbaka (%2). Stäng databasen och öppna den igen; det som sparats tidigare finns kvar.</translation>
    </message>
    <message>
        <source>%1 is unchanged.</source>
        <translation>%1 är oförändrad.</translation>
    </message>
    <message>
        <source>The backup to %1 failed: %2 %3</source>
        <translation>Säkerhetskopieringen till %1 misslyckades: %2 %3</translation>
    </message>
    <message>
        <source>No backup was made: the database %1 was kept busy by another program for %2 seconds. %3 Try again in a moment.</source>
        <translation>Ingen säkerhetskopia gjordes: databasen %1 var upptagen av ett annat program i %2 sekunder. %3 Försök igen om en stund.</translation>
    </message>
    <message>
        <source>The backup could not be written as %1: %2 %3</source>
        <translation>Säkerhetskopian kunde inte skrivas som %1: %2 %3</translation>
    </message>
    <message>
        <source>The unfinished change could not be undone in the database %1 (%2). What was saved before is kept; close and open the database again if more changes are refused.</source>
        <translation>Den ofullbordade ändringen kunde inte ångras i databasen %1 (%2). Det som sparats tidigare finns kvar; stäng och öppna databasen igen om fler ändringar vägras.</translation>
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
    <message>
        <source>minutes %1 of %2: %3</source>
        <translation>protokoll %1 för %2: %3</translation>
    </message>
    <message>
        <source>the seals cannot be compared with %1 before the database is brought up to date</source>
        <translation>förseglingarna kan inte jämföras med %1 innan databasen har uppdaterats</translation>
    </message>
    <message>
        <source>Not in %1: %2</source>
        <translation>Saknas i %1: %2</translation>
    </message>
</context>
<context>
    <name>DateEdit</name>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>ÅÅÅÅ-MM-DD</translation>
    </message>
    <message>
        <source>Choose from a calendar (Alt+Down)</source>
        <translation>Välj i en kalender (Alt+Nedåtpil)</translation>
    </message>
</context>
<context>
    <name>DateText</name>
    <message>
        <source>Type a date as YYYY-MM-DD.</source>
        <translation>Skriv ett datum som ÅÅÅÅ-MM-DD.</translation>
    </message>
    <message>
        <source>“%1” is not a date: type it as YYYY-MM-DD, for example 2026-05-12.</source>
        <translation>”%1” är inget datum: skriv det som ÅÅÅÅ-MM-DD, till exempel 2026-05-12.</translation>
    </message>
    <message>
        <source>%1 is not a date: there is no month %2.</source>
        <translation>%1 är inget datum: det finns ingen månad %2.</translation>
    </message>
    <message>
        <source>%1 is not a date: %2 %3 has %4 days.</source>
        <translation>%1 är inget datum: %2 %3 har %4 dagar.</translation>
    </message>
    <message>
        <source>%1 is outside the dates allowed here (%2 to %3).</source>
        <translation>%1 ligger utanför de datum som går att ange här (%2 till %3).</translation>
    </message>
    <message>
        <source>%1 is too early: the earliest date allowed here is %2.</source>
        <translation>%1 är för tidigt: det tidigaste datum som går att ange här är %2.</translation>
    </message>
    <message>
        <source>%1 is too late: the latest date allowed here is %2.</source>
        <translation>%1 är för sent: det senaste datum som går att ange här är %2.</translation>
    </message>
</context>
<context>
    <name>DemoAgreements</name>
    <message>
        <source>The demo agreements are broken: %1</source>
        <translation>Demoavtalen är trasiga: %1</translation>
    </message>
    <message>
        <source>%1 has an unknown allocation method</source>
        <translation>%1 har en okänd fördelningsmetod</translation>
    </message>
    <message>
        <source>unknown actor %1</source>
        <translation>okänd aktör %1</translation>
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
    <name>DemoMinutes</name>
    <message>
        <source>minutes.json names an unknown body %1</source>
        <translation>minutes.json nämner ett okänt organ %1</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Sammanträde</translation>
    </message>
    <message>
        <source>The chair welcomes everyone.</source>
        <translation>Ordföranden hälsar alla välkomna.</translation>
    </message>
</context>
<context>
    <name>DemoWheels</name>
    <message>
        <source>The demo wheels are broken: %1</source>
        <translation>Demoårshjulen är trasiga: %1</translation>
    </message>
    <message>
        <source>Region Sörmland is not among the actors</source>
        <translation>Region Sörmland finns inte bland aktörerna</translation>
    </message>
    <message>
        <source>bodies.json has no %1</source>
        <translation>bodies.json saknar %1</translation>
    </message>
    <message>
        <source>Region Sörmland, Nyköping</source>
        <translation>Region Sörmland, Nyköping</translation>
    </message>
    <message>
        <source>Region Sörmland, Eskilstuna</source>
        <translation>Region Sörmland, Eskilstuna</translation>
    </message>
    <message>
        <source>The skills of the future in every industry</source>
        <translation>Framtidens kompetens i alla branscher</translation>
    </message>
    <message>
        <source>Technology development and the climate transition</source>
        <translation>Teknikutveckling och klimatomställning</translation>
    </message>
    <message>
        <source>The whole talent pool: women, men and integration</source>
        <translation>Hela talangpoolen: kvinnor, män och integration</translation>
    </message>
</context>
<context>
    <name>Door</name>
    <message>
        <source>The record is gone: it was deleted meanwhile.</source>
        <translation>Posten finns inte längre: den har tagits bort under tiden.</translation>
    </message>
</context>
<context>
    <name>FollowUpPanel</name>
    <message>
        <source>open</source>
        <translation>öppet</translation>
    </message>
    <message>
        <source>done</source>
        <translation>klart</translation>
    </message>
    <message>
        <source>carried on</source>
        <translation>förs vidare</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Ansvarig</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Uppdrag</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Klart senast</translation>
    </message>
    <message>
        <source>Given at</source>
        <translation>Givet vid</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Mark &amp;done</source>
        <translation>Markera &amp;klart</translation>
    </message>
    <message>
        <source>&amp;Carry on</source>
        <translation>&amp;För vidare</translation>
    </message>
    <message>
        <source>Reo&amp;pen</source>
        <translation>Öppna i&amp;gen</translation>
    </message>
    <message>
        <source>No open assignments from the body&apos;s earlier meetings.</source>
        <translation>Inga öppna uppdrag från organets tidigare möten.</translation>
    </message>
    <message>
        <source>Open assignments from the body&apos;s earlier meetings: %1 still to follow up of %2 listed.</source>
        <translation>Öppna uppdrag från organets tidigare möten: %1 av %2 återstår att följa upp.</translation>
    </message>
    <message>
        <source>Choose an assignment to follow up.</source>
        <translation>Välj ett uppdrag att följa upp.</translation>
    </message>
    <message>
        <source>The follow-up is recorded in draft minutes only.</source>
        <translation>Uppföljningen förs bara in i protokoll som är utkast.</translation>
    </message>
</context>
<context>
    <name>IcsCalendar</name>
    <message>
        <source>Agenda:</source>
        <translation>Dagordning:</translation>
    </message>
    <message>
        <source>Focus: %1</source>
        <translation>Fokus: %1</translation>
    </message>
    <message>
        <source>Input material:</source>
        <translation>Underlag:</translation>
    </message>
    <message>
        <source>, due %1</source>
        <translation>, klart senast %1</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1, annual wheel %2</source>
        <translation>%1, årshjul %2</translation>
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
    <name>InvoiceBasisReport</name>
    <message>
        <source>%1 has no shared costs in %2.</source>
        <translation>%1 har inga gemensamma kostnader %2.</translation>
    </message>
    <message>
        <source>%1 is not a paying party of %2 in %3.</source>
        <translation>%1 är inte betalande part i %2 år %3.</translation>
    </message>
    <message>
        <source>The actor with id %1 is not a party to %2.</source>
        <translation>Aktören med id %1 är inte part i %2.</translation>
    </message>
    <message>
        <source>Invoice basis %1 – %2</source>
        <translation>Fakturaunderlag %1 – %2</translation>
    </message>
    <message>
        <source>Invoice basis %1</source>
        <translation>Fakturaunderlag %1</translation>
    </message>
    <message>
        <source>1/%1 (equal shares)</source>
        <translation>1/%1 (lika delar)</translation>
    </message>
    <message>
        <source>%1 of %2 (%3)</source>
        <translation>%1 av %2 (%3)</translation>
    </message>
    <message>
        <source>Agreement:</source>
        <translation>Avtal:</translation>
    </message>
    <message>
        <source>Invoiced by:</source>
        <translation>Fakturerande part:</translation>
    </message>
    <message>
        <source>Cost allocation:</source>
        <translation>Kostnadsfördelning:</translation>
    </message>
    <message>
        <source>Shared costs %1:</source>
        <translation>Gemensamma kostnader %1:</translation>
    </message>
    <message>
        <source>Printed on:</source>
        <translation>Utskrivet:</translation>
    </message>
    <message>
        <source>What each party pays in %1</source>
        <translation>Vad varje part betalar %1</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>Part</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Andel</translation>
    </message>
    <message>
        <source>To pay</source>
        <translation>Att betala</translation>
    </message>
    <message>
        <source>%1 (invoices)</source>
        <translation>%1 (fakturerar)</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Summa</translation>
    </message>
    <message>
        <source>Each shared cost is divided on its own among the parties that are parties during the year, in whole kronor. The kronor left over after rounding down go one each to the parties with the largest remainders, so the shares add up exactly to each cost.</source>
        <translation>Varje gemensam kostnad fördelas för sig, i hela kronor, mellan dem som är parter under året. De kronor som blir över efter avrundning nedåt går en i taget till de parter som har störst rest, så att andelarna summerar exakt till varje kostnad.</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>Till:</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>Från:</translation>
    </message>
    <message>
        <source>Year:</source>
        <translation>År:</translation>
    </message>
    <message>
        <source>Share of the shared costs:</source>
        <translation>Andel av de gemensamma kostnaderna:</translation>
    </message>
    <message>
        <source>%1 invoices the other parties; this is its own share and is not invoiced.</source>
        <translation>%1 fakturerar de övriga parterna; detta är dess egen andel och faktureras inte.</translation>
    </message>
    <message>
        <source>Shared cost</source>
        <translation>Gemensam kostnad</translation>
    </message>
    <message>
        <source>Cost %1</source>
        <translation>Kostnad %1</translation>
    </message>
    <message>
        <source>Total to pay for %1</source>
        <translation>Summa att betala för %1</translation>
    </message>
    <message>
        <source>Amounts in Swedish kronor. The shares follow the cost allocation of the agreement; rounding is to whole kronor, and the kronor left over go to the largest remainders, so all parties&apos; shares add up exactly to each cost.</source>
        <translation>Belopp i svenska kronor. Andelarna följer avtalets kostnadsfördelning; avrundning sker till hela kronor och de kronor som blir över går till de största resterna, så att alla parters andelar summerar exakt till varje kostnad.</translation>
    </message>
</context>
<context>
    <name>InvoiceCommands</name>
    <message>
        <source>report: --agreement needs the id of an agreement (a whole number), not &apos;%1&apos;</source>
        <translation>report: --agreement behöver ett avtals id (ett heltal), inte &apos;%1&apos;</translation>
    </message>
    <message>
        <source>report: --year needs a year such as 2026, not &apos;%1&apos;</source>
        <translation>report: --year behöver ett år som 2026, inte &apos;%1&apos;</translation>
    </message>
    <message>
        <source>report: --party needs the id of an actor (a whole number), not &apos;%1&apos;</source>
        <translation>report: --party behöver en aktörs id (ett heltal), inte &apos;%1&apos;</translation>
    </message>
    <message>
        <source>report: -o needs a file name; a PDF is not written to standard output</source>
        <translation>report: -o behöver ett filnamn; en PDF skrivs inte till standard ut</translation>
    </message>
    <message>
        <source>is the database itself; choose another file for the PDF</source>
        <translation>är själva databasen; välj en annan fil för PDF:en</translation>
    </message>
    <message>
        <source>wrote the invoice basis %1 of %2 (1 page) to %3</source>
        <translation>skrev fakturaunderlaget %1 för %2 (1 sida) till %3</translation>
    </message>
    <message>
        <source>wrote the invoice basis %1 of %2 (%3 pages) to %4</source>
        <translation>skrev fakturaunderlaget %1 för %2 (%3 sidor) till %4</translation>
    </message>
</context>
<context>
    <name>ItemCommentsPanel</name>
    <message>
        <source>Add &amp;comment…</source>
        <translation>Lägg till &amp;kommentar…</translation>
    </message>
    <message>
        <source>Mark &amp;resolved</source>
        <translation>Markera som &amp;åtgärdad</translation>
    </message>
    <message>
        <source>Adjusters&apos; comments on this item:</source>
        <translation>Justerarnas kommentarer till paragrafen:</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>åtgärdad</translation>
    </message>
    <message>
        <source>No comments on this item.</source>
        <translation>Inga kommentarer till paragrafen.</translation>
    </message>
    <message>
        <source>Comments are left while the minutes are out for adjustment.</source>
        <translation>Kommentarer lämnas medan protokollet är ute för justering.</translation>
    </message>
</context>
<context>
    <name>ListCommand</name>
    <message>
        <source>list: unknown kind &apos;%1&apos;; use one of %2</source>
        <translation>list: okänd sort &apos;%1&apos;; använd någon av %2</translation>
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
    <message>
        <source>the annual wheels: id, body id, body, year, number of slots</source>
        <translation>årshjulen: id, organets id, organ, år, antal möten</translation>
    </message>
    <message>
        <source>the meetings by date: id, date, start, end, body, title</source>
        <translation>mötena i datumordning: id, datum, start, slut, organ, rubrik</translation>
    </message>
    <message>
        <source>the minutes by date: id, meeting id, date, body, state (draft, adjustment, final), addition number</source>
        <translation>protokollen efter datum: id, mötes-id, datum, organ, läge (draft = utkast, adjustment = ute för justering, final = justerat), tilläggsnummer</translation>
    </message>
    <message>
        <source>the published revisions of the landscape map: revision, published (UTC), owner, actors, comment</source>
        <translation>landskapskartans publicerade revisioner: revision, publicerad (UTC), ägare, aktörer, kommentar</translation>
    </message>
    <message>
        <source>the cooperation agreements: id, name, start, end (of the first term), number of parties</source>
        <translation>samverkansavtalen: id, namn, start, slut (för första avtalsperioden), antal parter</translation>
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
        <source>&amp;Map</source>
        <translation>&amp;Karta</translation>
    </message>
    <message>
        <source>&amp;Wheels</source>
        <translation>&amp;Årshjul</translation>
    </message>
    <message>
        <source>A&amp;greements</source>
        <translation>A&amp;vtal</translation>
    </message>
    <message>
        <source>B&amp;udgets</source>
        <translation>B&amp;udgetar</translation>
    </message>
    <message>
        <source>Mi&amp;nutes</source>
        <translation>Protoko&amp;ll</translation>
    </message>
    <message>
        <source>Ass&amp;ignments</source>
        <translation>Uppdra&amp;g</translation>
    </message>
</context>
<context>
    <name>MapCommands</name>
    <message>
        <source>report: --revision needs the number of a published revision (1, 2, ...), not &apos;%1&apos;</source>
        <translation>report: --revision behöver numret på en publicerad revision (1, 2, ...), inte &apos;%1&apos;</translation>
    </message>
    <message>
        <source>report: --paper is a3 or a4, not &apos;%1&apos;</source>
        <translation>report: --paper är a3 eller a4, inte &apos;%1&apos;</translation>
    </message>
    <message>
        <source>report: give the PDF file to write with -o OUT.pdf</source>
        <translation>report: ange PDF-filen som ska skrivas med -o UT.pdf</translation>
    </message>
    <message>
        <source>is the database itself; choose another file for the PDF</source>
        <translation>är själva databasen; välj en annan fil för PDF:en</translation>
    </message>
    <message>
        <source>has no revision %1 of the map; the published revisions are 1 to %2</source>
        <translation>har ingen revision %1 av kartan; de publicerade revisionerna är 1 till %2</translation>
    </message>
    <message>
        <source>has no revision %1 of the map; the only published revision is 1</source>
        <translation>har ingen revision %1 av kartan; den enda publicerade revisionen är 1</translation>
    </message>
    <message>
        <source>has no published revision of the map</source>
        <translation>har ingen publicerad revision av kartan</translation>
    </message>
    <message>
        <source>wrote revision %1 of the map (%2 pages) to %3</source>
        <translation>skrev kartans revision %1 (%2 sidor) till %3</translation>
    </message>
    <message>
        <source>wrote the current map (%1 pages) to %2</source>
        <translation>skrev den aktuella kartan (%1 sidor) till %2</translation>
    </message>
</context>
<context>
    <name>MapPainter</name>
    <message>
        <source>No municipality</source>
        <translation>Ingen kommun</translation>
    </message>
</context>
<context>
    <name>MapPublishDialog</name>
    <message>
        <source>Publish the Map</source>
        <translation>Publicera kartan</translation>
    </message>
    <message>
        <source>Revision %1 freezes the map as it is now. A published revision never changes; later changes go into the next revision.</source>
        <translation>Revision %1 fryser kartan som den ser ut nu. En publicerad revision ändras aldrig; senare ändringar hamnar i nästa revision.</translation>
    </message>
    <message>
        <source>Who answers for the map, e.g. Region Sörmland, Kompetensverkstan</source>
        <translation>Vem som ansvarar för kartan, t.ex. Region Sörmland, Kompetensverkstan</translation>
    </message>
    <message>
        <source>What is new in this revision</source>
        <translation>Vad som är nytt i denna revision</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>Äg&amp;are:</translation>
    </message>
    <message>
        <source>&amp;Comment:</source>
        <translation>&amp;Kommentar:</translation>
    </message>
    <message>
        <source>&amp;Publish</source>
        <translation>&amp;Publicera</translation>
    </message>
</context>
<context>
    <name>MapReport</name>
    <message>
        <source>Landscape map</source>
        <translation>Landskapskarta</translation>
    </message>
    <message>
        <source>%1, revision %2</source>
        <translation>%1, revision %2</translation>
    </message>
    <message>
        <source>Landscape map of the actors in skills supply</source>
        <translation>Landskapskarta över aktörerna inom kompetensförsörjning</translation>
    </message>
    <message>
        <source>Revision %1</source>
        <translation>Revision %1</translation>
    </message>
    <message>
        <source>Working copy, not published (latest revision: %1)</source>
        <translation>Arbetskopia, ej publicerad (senaste revision: %1)</translation>
    </message>
    <message>
        <source>Working copy, not published</source>
        <translation>Arbetskopia, ej publicerad</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ägare</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Revision</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Publicerad</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Actors</source>
        <translation>Aktörer</translation>
    </message>
    <message>
        <source>Map, part %1 of %2</source>
        <translation>Karta, del %1 av %2</translation>
    </message>
    <message>
        <source>Appendix: the actors by cell</source>
        <translation>Bilaga: aktörerna ruta för ruta</translation>
    </message>
    <message>
        <source>no municipality</source>
        <translation>ingen kommun</translation>
    </message>
</context>
<context>
    <name>MapRevisionDiff</name>
    <message>
        <source>Added: %1 (%2)</source>
        <translation>Tillkommen: %1 (%2)</translation>
    </message>
    <message>
        <source>Removed: %1 (%2)</source>
        <translation>Borttagen: %1 (%2)</translation>
    </message>
    <message>
        <source>Renamed: %1 is now called %2</source>
        <translation>Nytt namn: %1 heter nu %2</translation>
    </message>
    <message>
        <source>Reclassified: %1 from %2 to %3</source>
        <translation>Omklassad: %1 från %2 till %3</translation>
    </message>
</context>
<context>
    <name>MapRevisionRepository</name>
    <message>
        <source>reading the map&apos;s revisions</source>
        <translation>läsning av kartans revisioner</translation>
    </message>
    <message>
        <source>reading revision %1 of the map</source>
        <translation>läsning av kartans revision %1</translation>
    </message>
    <message>
        <source>The map has no revision %1.</source>
        <translation>Kartan har ingen revision %1.</translation>
    </message>
    <message>
        <source>Revision %1 of the map is damaged: %2 has an unknown type or level.</source>
        <translation>Kartans revision %1 är skadad: %2 har en okänd typ eller nivå.</translation>
    </message>
    <message>
        <source>A published map needs an owner: name who answers for it.</source>
        <translation>En publicerad karta behöver en ägare: ange vem som ansvarar för den.</translation>
    </message>
    <message>
        <source>Nothing has changed on the map since revision %1; there is nothing to publish.</source>
        <translation>Inget har ändrats på kartan sedan revision %1; det finns inget att publicera.</translation>
    </message>
    <message>
        <source>publishing revision %1 of the map</source>
        <translation>publicering av kartans revision %1</translation>
    </message>
    <message>
        <source>publishing %1 in revision %2 of the map</source>
        <translation>publicering av %1 i kartans revision %2</translation>
    </message>
</context>
<context>
    <name>MapService</name>
    <message>
        <source>Move %1 to %2, %3</source>
        <translation>Flytta %1 till %2, %3</translation>
    </message>
    <message>
        <source>Publish the map</source>
        <translation>Publicera kartan</translation>
    </message>
</context>
<context>
    <name>MapView</name>
    <message>
        <source>Filter: name, municipality…</source>
        <translation>Filtrera: namn, kommun …</translation>
    </message>
    <message>
        <source>All areas</source>
        <translation>Alla områden</translation>
    </message>
    <message>
        <source>All roles</source>
        <translation>Alla roller</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Alla typer</translation>
    </message>
    <message>
        <source>Landscape map</source>
        <translation>Landskapskarta</translation>
    </message>
    <message>
        <source>Cooperation system</source>
        <translation>Samverkanssystemet</translation>
    </message>
    <message>
        <source>&amp;Lanes per municipality</source>
        <translation>&amp;Fält per kommun</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Zooma in</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Zooma ut</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Anpassa</translation>
    </message>
    <message>
        <source>Fit the map to the window</source>
        <translation>Anpassa kartan till fönstret</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportera …</translation>
    </message>
    <message>
        <source>Save the map as a PNG or SVG picture</source>
        <translation>Spara kartan som PNG- eller SVG-bild</translation>
    </message>
    <message>
        <source>Published revisions</source>
        <translation>Publicerade revisioner</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Revision</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Publicerad</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ägare</translation>
    </message>
    <message>
        <source>Actors</source>
        <translation>Aktörer</translation>
    </message>
    <message>
        <source>&amp;Publish…</source>
        <translation>&amp;Publicera …</translation>
    </message>
    <message>
        <source>Freeze the current map as the next revision</source>
        <translation>Frys den aktuella kartan som nästa revision</translation>
    </message>
    <message>
        <source>Co&amp;mpare</source>
        <translation>&amp;Jämför</translation>
    </message>
    <message>
        <source>Compare the two selected revisions, or the selected one with the current map</source>
        <translation>Jämför de två markerade revisionerna, eller den markerade med den aktuella kartan</translation>
    </message>
    <message>
        <source>Select a revision and press Compare to see what changed.</source>
        <translation>Markera en revision och tryck på Jämför för att se vad som ändrats.</translation>
    </message>
    <message>
        <source>All municipalities</source>
        <translation>Alla kommuner</translation>
    </message>
    <message>
        <source>Any body</source>
        <translation>Alla organ</translation>
    </message>
    <message>
        <source>Members of %1</source>
        <translation>Medlemmar i %1</translation>
    </message>
    <message>
        <source>Revision %1 (published %2 by %3)</source>
        <translation>Revision %1 (publicerad %2 av %3)</translation>
    </message>
    <message>
        <source>Current map</source>
        <translation>Aktuell karta</translation>
    </message>
    <message>
        <source>%1: %2 actors</source>
        <translation>%1: %2 aktörer</translation>
    </message>
    <message>
        <source>%1: %2 of %3 actors match</source>
        <translation>%1: %2 av %3 aktörer matchar</translation>
    </message>
    <message>
        <source>Revision %1</source>
        <translation>Revision %1</translation>
    </message>
    <message>
        <source>Published revision %1 of the map.</source>
        <translation>Kartans revision %1 är publicerad.</translation>
    </message>
    <message>
        <source>Select one revision to compare with the current map, or two to compare with each other.</source>
        <translation>Markera en revision för att jämföra med den aktuella kartan, eller två för att jämföra dem med varandra.</translation>
    </message>
    <message>
        <source>revision %1</source>
        <translation>revision %1</translation>
    </message>
    <message>
        <source>the current map</source>
        <translation>den aktuella kartan</translation>
    </message>
    <message>
        <source>From revision %1 to %2:</source>
        <translation>Från revision %1 till %2:</translation>
    </message>
    <message>
        <source>No changes.</source>
        <translation>Inga ändringar.</translation>
    </message>
    <message>
        <source>%1 added, %2 removed, %3 renamed, %4 reclassified.</source>
        <translation>Tillkomna: %1, borttagna: %2, nya namn: %3, omklassade: %4.</translation>
    </message>
    <message>
        <source>This is published revision %1, which never changes; switch to the current map to edit actors.</source>
        <translation>Detta är den publicerade revisionen %1, som aldrig ändras; byt till den aktuella kartan för att redigera aktörer.</translation>
    </message>
    <message>
        <source>Export the Map</source>
        <translation>Exportera kartan</translation>
    </message>
    <message>
        <source>PNG picture (*.png);;SVG drawing (*.svg)</source>
        <translation>PNG-bild (*.png);;SVG-ritning (*.svg)</translation>
    </message>
    <message>
        <source>Saved the map as %1.</source>
        <translation>Kartan sparades som %1.</translation>
    </message>
    <message>
        <source>Cooperation system: %1 bodies</source>
        <translation>Samverkanssystemet: %1 organ</translation>
    </message>
    <message>
        <source>A3 landscape</source>
        <translation>A3 liggande</translation>
    </message>
    <message>
        <source>A4 landscape</source>
        <translation>A4 liggande</translation>
    </message>
    <message>
        <source>Paper of the printed map and its PDF</source>
        <translation>Papper för den utskrivna kartan och dess PDF</translation>
    </message>
    <message>
        <source>Print &amp;tiled</source>
        <translation>Skriv ut &amp;uppdelad</translation>
    </message>
    <message>
        <source>Print the map at full size across several pages instead of fitting it to one</source>
        <translation>Skriv ut kartan i full storlek över flera sidor i stället för att anpassa den till en sida</translation>
    </message>
    <message>
        <source>Print on:</source>
        <translation>Skriv ut på:</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Det gick inte att skriva %1: %2</translation>
    </message>
    <message>
        <source>the drawing could not be started</source>
        <translation>ritningen kunde inte påbörjas</translation>
    </message>
    <message>
        <source>the drawing could not be finished</source>
        <translation>ritningen kunde inte slutföras</translation>
    </message>
    <message>
        <source>the picture could not be encoded</source>
        <translation>bilden kunde inte kodas</translation>
    </message>
</context>
<context>
    <name>MeetingDialog</name>
    <message>
        <source>Meeting: %1</source>
        <translation>Möte: %1</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Rubrik:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>T&amp;ime:</source>
        <translation>T&amp;id:</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Plats:</translation>
    </message>
    <message>
        <source>&amp;Add item</source>
        <translation>&amp;Lägg till punkt</translation>
    </message>
    <message>
        <source>New item</source>
        <translation>Ny punkt</translation>
    </message>
    <message>
        <source>&amp;Remove item</source>
        <translation>&amp;Ta bort punkt</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Flytta &amp;upp</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Flytta &amp;ner</translation>
    </message>
    <message>
        <source>A&amp;genda (double-click an item to rename it):</source>
        <translation>Da&amp;gordning (dubbelklicka på en punkt för att byta namn):</translation>
    </message>
</context>
<context>
    <name>MeetingRepository</name>
    <message>
        <source>reading the meetings</source>
        <translation>läste mötena</translation>
    </message>
    <message>
        <source>reading a meeting</source>
        <translation>läste ett möte</translation>
    </message>
    <message>
        <source>There is no meeting with id %1.</source>
        <translation>Det finns inget möte med id %1.</translation>
    </message>
    <message>
        <source>reading the agenda of %1</source>
        <translation>läste dagordningen för %1</translation>
    </message>
    <message>
        <source>looking up the meeting of a slot</source>
        <translation>sökte mötet för ett planerat tillfälle</translation>
    </message>
    <message>
        <source>saving the agenda</source>
        <translation>sparade dagordningen</translation>
    </message>
    <message>
        <source>saving the agenda item %1 &quot;%2&quot;</source>
        <translation>sparade dagordningspunkt %1 &quot;%2&quot;</translation>
    </message>
    <message>
        <source>saving the meeting %1</source>
        <translation>sparade mötet %1</translation>
    </message>
    <message>
        <source>The meeting %1 no longer exists.</source>
        <translation>Mötet %1 finns inte längre.</translation>
    </message>
    <message>
        <source>deleting a meeting</source>
        <translation>tog bort ett möte</translation>
    </message>
    <message>
        <source>reading the meetings without minutes</source>
        <translation>läsning av mötena utan protokoll</translation>
    </message>
</context>
<context>
    <name>Meetings</name>
    <message>
        <source>Opening of the meeting</source>
        <translation>Mötets öppnande</translation>
    </message>
    <message>
        <source>Choice of adjuster</source>
        <translation>Val av justerare</translation>
    </message>
    <message>
        <source>Approval of the agenda</source>
        <translation>Godkännande av dagordningen</translation>
    </message>
    <message>
        <source>Follow-up of open assignments</source>
        <translation>Uppföljning av öppna uppdrag</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Ämne</translation>
    </message>
    <message>
        <source>General information</source>
        <translation>Allmän information</translation>
    </message>
    <message>
        <source>Other matters</source>
        <translation>Övriga frågor</translation>
    </message>
    <message>
        <source>Closing of the meeting</source>
        <translation>Mötets avslutande</translation>
    </message>
    <message>
        <source>Other item</source>
        <translation>Annan punkt</translation>
    </message>
    <message>
        <source>Input material: %1</source>
        <translation>Underlag: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>A meeting belongs to a body; none is chosen.</source>
        <translation>Ett möte hör till ett organ; inget är valt.</translation>
    </message>
    <message>
        <source>The meeting %1 has no date.</source>
        <translation>Mötet %1 har inget datum.</translation>
    </message>
    <message>
        <source>The meeting %1 on %2 ends at %3, which is not after its start at %4.</source>
        <translation>Mötet %1 den %2 slutar kl. %3, vilket inte är efter starten kl. %4.</translation>
    </message>
    <message>
        <source>Item %1 of the agenda of %2 has no title.</source>
        <translation>Punkt %1 på dagordningen för %2 saknar rubrik.</translation>
    </message>
    <message>
        <source>%1: %2 and %3 meet on the same day and have members in common (%4).</source>
        <translation>%1: %2 och %3 möts samma dag och har gemensamma ledamöter (%4).</translation>
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
        <source>The organisation the seat represents; filled in with the person&apos;s organisation</source>
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
        <source>&quot;%1&quot; is not in the list of people.</source>
        <translation>&quot;%1&quot; finns inte i personlistan.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an actor in the register; choose an organisation from the list.</source>
        <translation>&quot;%1&quot; är ingen aktör i registret; välj en organisation i listan.</translation>
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
    <name>MinutesAttendance</name>
    <message>
        <source>There is no such row on the attendance list.</source>
        <translation>Den raden finns inte i närvarolistan.</translation>
    </message>
    <message>
        <source>%1 cannot leave after § %2 having arrived at § %3.</source>
        <translation>%1 kan inte gå efter § %2 när hen kom vid § %3.</translation>
    </message>
    <message>
        <source>%1 is already on the attendance list.</source>
        <translation>%1 finns redan på närvarolistan.</translation>
    </message>
    <message>
        <source>%1 is a member of the body: mark the member absent instead of removing them.</source>
        <translation>%1 är ledamot i organet: markera ledamoten som frånvarande i stället för att ta bort hen.</translation>
    </message>
    <message>
        <source>Choose the item where the adjuster is chosen.</source>
        <translation>Välj paragrafen där justerare väljs.</translation>
    </message>
    <message>
        <source>%1 is not present, so cannot adjust the minutes.</source>
        <translation>%1 är inte närvarande och kan därför inte justera protokollet.</translation>
    </message>
    <message>
        <source>The minutes already have two adjusters (%1); clear one in the attendance list first.</source>
        <translation>Protokollet har redan två justerare (%1); ta först bort en i närvarolistan.</translation>
    </message>
</context>
<context>
    <name>MinutesCommands</name>
    <message>
        <source>report: --meeting needs the id of a meeting (a whole number), not &apos;%1&apos;</source>
        <translation>report: --meeting behöver ett mötes id (ett heltal), inte &apos;%1&apos;</translation>
    </message>
    <message>
        <source>report: give the PDF file to write with -o OUT.pdf</source>
        <translation>report: ange PDF-filen som ska skrivas med -o UT.pdf</translation>
    </message>
    <message>
        <source>the meeting %1 has no minutes</source>
        <translation>mötet %1 har inget protokoll</translation>
    </message>
    <message>
        <source>the minutes are not final: PDF/A is for archiving final minutes</source>
        <translation>protokollet är inte justerat: PDF/A är till för att arkivera justerade protokoll</translation>
    </message>
    <message>
        <source>wrote the minutes of %1 on %2 to %3</source>
        <translation>skrev protokollet från %1 den %2 till %3</translation>
    </message>
</context>
<context>
    <name>MinutesHeaderDialog</name>
    <message>
        <source>Header of the minutes</source>
        <translation>Protokollets huvud</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>&amp;Starts:</source>
        <translation>&amp;Börjar:</translation>
    </message>
    <message>
        <source>&amp;Ends:</source>
        <translation>&amp;Slutar:</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Plats:</translation>
    </message>
    <message>
        <source>The meeting must end after it starts (%1–%2).</source>
        <translation>Mötet måste sluta efter att det börjar (%1–%2).</translation>
    </message>
    <message>
        <source>Say where the meeting is held.</source>
        <translation>Ange var mötet hålls.</translation>
    </message>
</context>
<context>
    <name>MinutesHeading</name>
    <message>
        <source>No minutes yet: make them with “New minutes for a meeting…”.</source>
        <translation>Inga protokoll än: skapa ett med ”Nytt protokoll för ett möte…”.</translation>
    </message>
    <message>
        <source>addition %1</source>
        <translation>tillägg %1</translation>
    </message>
    <message>
        <source>Final. Adjusted on (Justerat den) %1. Verification code %2.</source>
        <translation>Justerat. Justerat den %1. Kontrollkod %2.</translation>
    </message>
    <message>
        <source>Out for adjustment; editing has stopped. Still to adjust: %1.</source>
        <translation>Ute för justering; redigeringen har stoppats. Återstår att justera: %1.</translation>
    </message>
    <message>
        <source>Draft: every change is saved as it is made.</source>
        <translation>Utkast: varje ändring sparas direkt.</translation>
    </message>
</context>
<context>
    <name>MinutesItemPane</name>
    <message>
        <source>Discussion (Ctrl+J inserts a standard phrase)</source>
        <translation>Diskussion (Ctrl+J infogar en standardfras)</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Beslut</translation>
    </message>
    <message>
        <source>Discussion:</source>
        <translation>Diskussion:</translation>
    </message>
    <message>
        <source>Decision:</source>
        <translation>Beslut:</translation>
    </message>
    <message>
        <source>Assignments:</source>
        <translation>Uppdrag:</translation>
    </message>
</context>
<context>
    <name>MinutesJson</name>
    <message>
        <source>%1 is not valid JSON: %2 (at byte %3).</source>
        <translation>%1 är inte giltig JSON: %2 (vid byte %3).</translation>
    </message>
    <message>
        <source>%1, minutes %2: %3</source>
        <translation>%1, protokoll %2: %3</translation>
    </message>
    <message>
        <source>the body is missing</source>
        <translation>organet saknas</translation>
    </message>
    <message>
        <source>the date is missing or not written YYYY-MM-DD</source>
        <translation>datumet saknas eller är inte skrivet ÅÅÅÅ-MM-DD</translation>
    </message>
    <message>
        <source>a person on the attendance list has no name</source>
        <translation>en person i närvarolistan saknar namn</translation>
    </message>
</context>
<context>
    <name>MinutesListPanel</name>
    <message>
        <source>addition %1</source>
        <translation>tillägg %1</translation>
    </message>
    <message>
        <source>Search all minutes…</source>
        <translation>Sök i alla protokoll…</translation>
    </message>
    <message>
        <source>&amp;New minutes for a meeting…</source>
        <translation>&amp;Nytt protokoll för ett möte…</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Utkast</translation>
    </message>
    <message>
        <source>For adjustment</source>
        <translation>Ute för justering</translation>
    </message>
    <message>
        <source>Final</source>
        <translation>Justerat</translation>
    </message>
    <message>
        <source>No minutes contain “%1”.</source>
        <translation>Inget protokoll innehåller ”%1”.</translation>
    </message>
</context>
<context>
    <name>MinutesPhrases</name>
    <message>
        <source>Opening</source>
        <translation>Öppnande</translation>
    </message>
    <message>
        <source>The meeting is opened.</source>
        <translation>Mötet öppnas.</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Välkomnande</translation>
    </message>
    <message>
        <source>%1 welcomes everyone.</source>
        <translation>%1 hälsar alla välkomna.</translation>
    </message>
    <message>
        <source>Choice of adjuster</source>
        <translation>Val av justerare</translation>
    </message>
    <message>
        <source>%1 is chosen to adjust the minutes.</source>
        <translation>%1 väljs till justerare.</translation>
    </message>
    <message>
        <source>Agenda approved</source>
        <translation>Dagordningen godkänns</translation>
    </message>
    <message>
        <source>The agenda is approved.</source>
        <translation>Dagordningen godkänns.</translation>
    </message>
    <message>
        <source>Information noted</source>
        <translation>Informationen noteras</translation>
    </message>
    <message>
        <source>The information is noted.</source>
        <translation>Informationen noteras.</translation>
    </message>
    <message>
        <source>Assignment</source>
        <translation>Uppdrag</translation>
    </message>
    <message>
        <source>%1 is given the assignment to</source>
        <translation>%1 får i uppdrag att</translation>
    </message>
    <message>
        <source>Previous minutes</source>
        <translation>Föregående protokoll</translation>
    </message>
    <message>
        <source>The previous minutes are placed on file.</source>
        <translation>Föregående protokoll läggs till handlingarna.</translation>
    </message>
    <message>
        <source>Next meeting</source>
        <translation>Nästa möte</translation>
    </message>
    <message>
        <source>The next meeting is held on</source>
        <translation>Nästa möte hålls den</translation>
    </message>
    <message>
        <source>Closing</source>
        <translation>Avslutning</translation>
    </message>
    <message>
        <source>The meeting is closed.</source>
        <translation>Mötet avslutas.</translation>
    </message>
</context>
<context>
    <name>MinutesReport</name>
    <message>
        <source>Addition %1 to the minutes</source>
        <translation>Tillägg %1 till protokollet</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>Adjusted %1 · Code %2</source>
        <translation>Justerat %1 · Kod %2</translation>
    </message>
    <message>
        <source>%1 — not adjusted</source>
        <translation>%1 — ej justerat</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 kl. %2</translation>
    </message>
    <message>
        <source>%1 at %2–%3</source>
        <translation>%1 kl. %2–%3</translation>
    </message>
    <message>
        <source>Time:</source>
        <translation>Tid:</translation>
    </message>
    <message>
        <source>Place:</source>
        <translation>Plats:</translation>
    </message>
    <message>
        <source>Recorded by:</source>
        <translation>Vid protokollet:</translation>
    </message>
    <message>
        <source>Secretary</source>
        <translation>Sekreterare</translation>
    </message>
    <message>
        <source>Adjusted on:</source>
        <translation>Justerat den:</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>Ordförande</translation>
    </message>
    <message>
        <source>Adjuster</source>
        <translation>Justerare</translation>
    </message>
    <message>
        <source>chair</source>
        <translation>ordförande</translation>
    </message>
    <message>
        <source>deputy serving</source>
        <translation>tjänstgörande ersättare</translation>
    </message>
    <message>
        <source>arrived at § %1</source>
        <translation>anlände vid § %1</translation>
    </message>
    <message>
        <source>left after § %1</source>
        <translation>lämnade efter § %1</translation>
    </message>
    <message>
        <source>Members present:</source>
        <translation>Närvarande ledamöter:</translation>
    </message>
    <message>
        <source>Members absent:</source>
        <translation>Frånvarande ledamöter:</translation>
    </message>
    <message>
        <source>Others present:</source>
        <translation>Övriga närvarande:</translation>
    </message>
    <message>
        <source>Decision:</source>
        <translation>Beslut:</translation>
    </message>
    <message>
        <source>Assignment:</source>
        <translation>Uppdrag:</translation>
    </message>
    <message>
        <source>%1 is to %2</source>
        <translation>%1 får i uppdrag att %2</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>senast %1</translation>
    </message>
    <message>
        <source>Verification code: %1</source>
        <translation>Kontrollkod: %1</translation>
    </message>
    <message>
        <source>SHA-256 of the adjusted minutes: %1</source>
        <translation>SHA-256 för det justerade protokollet: %1</translation>
    </message>
</context>
<context>
    <name>MinutesRepository</name>
    <message>
        <source>reading the list of minutes</source>
        <translation>läsa listan över protokoll</translation>
    </message>
    <message>
        <source>reading minutes</source>
        <translation>läsa ett protokoll</translation>
    </message>
    <message>
        <source>There are no minutes with id %1.</source>
        <translation>Det finns inget protokoll med id %1.</translation>
    </message>
    <message>
        <source>reading the attendance of minutes</source>
        <translation>läsa närvaron i ett protokoll</translation>
    </message>
    <message>
        <source>reading the items of minutes</source>
        <translation>läsa paragraferna i ett protokoll</translation>
    </message>
    <message>
        <source>reading the assignments of minutes</source>
        <translation>läsa uppdragen i ett protokoll</translation>
    </message>
    <message>
        <source>reading the comments on minutes</source>
        <translation>läsa kommentarerna till ett protokoll</translation>
    </message>
    <message>
        <source>reading the adjustments of minutes</source>
        <translation>läsa justeringarna av ett protokoll</translation>
    </message>
    <message>
        <source>looking up the minutes of a meeting</source>
        <translation>söka upp ett mötes protokoll</translation>
    </message>
    <message>
        <source>saving the attendance</source>
        <translation>spara närvaron</translation>
    </message>
    <message>
        <source>Person %1 on the attendance list has no name.</source>
        <translation>Person %1 i närvarolistan saknar namn.</translation>
    </message>
    <message>
        <source>saving %1 on the attendance list</source>
        <translation>spara %1 i närvarolistan</translation>
    </message>
    <message>
        <source>saving the items</source>
        <translation>spara paragraferna</translation>
    </message>
    <message>
        <source>saving § %1</source>
        <translation>spara § %1</translation>
    </message>
    <message>
        <source>saving the assignments of § %1</source>
        <translation>spara uppdragen i § %1</translation>
    </message>
    <message>
        <source>saving an assignment in § %1</source>
        <translation>spara ett uppdrag i § %1</translation>
    </message>
    <message>
        <source>saving the comments on § %1</source>
        <translation>spara kommentarerna till § %1</translation>
    </message>
    <message>
        <source>saving a comment on § %1</source>
        <translation>spara en kommentar till § %1</translation>
    </message>
    <message>
        <source>saving the adjustments</source>
        <translation>spara justeringarna</translation>
    </message>
    <message>
        <source>saving the adjustment of %1</source>
        <translation>spara justeringen av %1</translation>
    </message>
    <message>
        <source>New minutes start as a draft.</source>
        <translation>Ett nytt protokoll börjar som utkast.</translation>
    </message>
    <message>
        <source>The minutes have no date.</source>
        <translation>Protokollet saknar datum.</translation>
    </message>
    <message>
        <source>saving new minutes</source>
        <translation>spara ett nytt protokoll</translation>
    </message>
    <message>
        <source>The meeting already has an addition %1 to its minutes.</source>
        <translation>Mötet har redan ett tillägg %1 till sitt protokoll.</translation>
    </message>
    <message>
        <source>The meeting on %1 already has minutes.</source>
        <translation>Mötet den %1 har redan ett protokoll.</translation>
    </message>
    <message>
        <source>Final minutes are stored by adjusting them, not saved as a draft.</source>
        <translation>Ett justerat protokoll sparas genom justeringen, inte som utkast.</translation>
    </message>
    <message>
        <source>saving the minutes of %1</source>
        <translation>spara protokollet från %1</translation>
    </message>
    <message>
        <source>The minutes are not adjusted by all who must, so they are not final yet.</source>
        <translation>Protokollet är inte justerat av alla som ska justera det och är därför inte slutgiltigt än.</translation>
    </message>
    <message>
        <source>reading the seal of the previous minutes</source>
        <translation>läsa förseglingen av föregående protokoll</translation>
    </message>
    <message>
        <source>making the minutes final</source>
        <translation>göra protokollet slutgiltigt</translation>
    </message>
    <message>
        <source>reading the assignments</source>
        <translation>läsa uppdragen</translation>
    </message>
    <message>
        <source>following up an assignment</source>
        <translation>följa upp ett uppdrag</translation>
    </message>
    <message>
        <source>The assignment is no longer there to follow up.</source>
        <translation>Uppdraget finns inte längre att följa upp.</translation>
    </message>
    <message>
        <source>reading the last § of the year</source>
        <translation>läsa årets sista §</translation>
    </message>
    <message>
        <source>searching the minutes for “%1”</source>
        <translation>söka i protokollen efter ”%1”</translation>
    </message>
    <message>
        <source>reading the seals of the final minutes</source>
        <translation>läsning av förseglingarna av de justerade protokollen</translation>
    </message>
    <message>
        <source>§ %1 is no longer in the minutes.</source>
        <translation>§ %1 finns inte längre i protokollet.</translation>
    </message>
</context>
<context>
    <name>MinutesSeal</name>
    <message>
        <source>The minutes of %1 on %2</source>
        <translation>Protokollet från %1 den %2</translation>
    </message>
    <message>
        <source>%1 are final but have no seal.</source>
        <translation>%1 är justerat men saknar försegling.</translation>
    </message>
    <message>
        <source>%1 do not follow the body&apos;s previous final minutes: minutes before them have been removed or changed.</source>
        <translation>%1 följer inte på organets föregående justerade protokoll: protokoll före det har tagits bort eller ändrats.</translation>
    </message>
    <message>
        <source>%1 have been changed since they were adjusted: their content no longer matches their seal.</source>
        <translation>%1 har ändrats sedan det justerades: innehållet stämmer inte längre med förseglingen.</translation>
    </message>
    <message>
        <source>%1 are sealed in format %2, which this program does not know; check them with a newer version of Verkstan.</source>
        <translation>%1 är förseglat i format %2, som detta program inte känner till; kontrollera det med en nyare version av Verkstan.</translation>
    </message>
</context>
<context>
    <name>MinutesService</name>
    <message>
        <source>Minutes are never deleted.</source>
        <translation>Protokoll tas aldrig bort.</translation>
    </message>
    <message>
        <source>New minutes</source>
        <translation>Nytt protokoll</translation>
    </message>
    <message>
        <source>Make the minutes final</source>
        <translation>Gör protokollet slutgiltigt</translation>
    </message>
</context>
<context>
    <name>MinutesView</name>
    <message>
        <source>Ctrl+J</source>
        <translation>Ctrl+J</translation>
    </message>
    <message>
        <source>Edit § %1</source>
        <translation>Redigera § %1</translation>
    </message>
    <message>
        <source>Attendance of %1</source>
        <translation>Närvaro för %1</translation>
    </message>
    <message>
        <source>Edit assignments in § %1</source>
        <translation>Redigera uppdrag i § %1</translation>
    </message>
    <message>
        <source>New assignment</source>
        <translation>Nytt uppdrag</translation>
    </message>
    <message>
        <source>Add an assignment to § %1</source>
        <translation>Lägg till ett uppdrag i § %1</translation>
    </message>
    <message>
        <source>Remove an assignment from § %1</source>
        <translation>Ta bort ett uppdrag från § %1</translation>
    </message>
    <message>
        <source>Every meeting already has minutes. Make a meeting in the Wheels tab first.</source>
        <translation>Alla möten har redan protokoll. Skapa först ett möte under fliken Årshjul.</translation>
    </message>
    <message>
        <source>New minutes</source>
        <translation>Nytt protokoll</translation>
    </message>
    <message>
        <source>Meeting:</source>
        <translation>Möte:</translation>
    </message>
    <message>
        <source>Send the minutes of %1 for adjustment</source>
        <translation>Skicka protokollet från %1 för justering</translation>
    </message>
    <message>
        <source>The minutes are out for adjustment: editing has stopped until they are adjusted or taken back to draft.</source>
        <translation>Protokollet är ute för justering: det kan inte redigeras förrän det är justerat eller har tagits tillbaka till utkast.</translation>
    </message>
    <message>
        <source>Take the minutes of %1 back to draft</source>
        <translation>Ta tillbaka protokollet från %1 till utkast</translation>
    </message>
    <message>
        <source>Only minutes out for adjustment can be adjusted.</source>
        <translation>Bara protokoll som är ute för justering kan justeras.</translation>
    </message>
    <message>
        <source>Adjustment by %1</source>
        <translation>Justering av %1</translation>
    </message>
    <message>
        <source>All have adjusted: the minutes of %1 are final, adjusted on %2.</source>
        <translation>Alla har justerat: protokollet från %1 är justerat, justerat den %2.</translation>
    </message>
    <message>
        <source>minutes-%1</source>
        <translation>protokoll-%1</translation>
    </message>
    <message>
        <source>Only final minutes are exported for archiving (PDF/A).</source>
        <translation>Bara justerade protokoll exporteras för arkivering (PDF/A).</translation>
    </message>
    <message>
        <source>Export as PDF/A</source>
        <translation>Exportera som PDF/A</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-filer (*.pdf)</translation>
    </message>
    <message>
        <source>The minutes could not be written to %1: %2</source>
        <translation>Protokollet kunde inte skrivas till %1: %2</translation>
    </message>
    <message>
        <source>The minutes were exported as PDF/A to %1.</source>
        <translation>Protokollet exporterades som PDF/A till %1.</translation>
    </message>
    <message>
        <source>A&amp;ttendance</source>
        <translation>&amp;Närvaro</translation>
    </message>
    <message>
        <source>&amp;Follow-up</source>
        <translation>&amp;Uppföljning</translation>
    </message>
    <message>
        <source>&amp;Follow-up (%1)</source>
        <translation>&amp;Uppföljning (%1)</translation>
    </message>
    <message>
        <source>Choose the item to comment on.</source>
        <translation>Välj paragrafen att kommentera.</translation>
    </message>
    <message>
        <source>Comment by %1 on § %2</source>
        <translation>Kommentar av %1 till § %2</translation>
    </message>
    <message>
        <source>Choose the item whose comment is resolved.</source>
        <translation>Välj paragrafen vars kommentar är åtgärdad.</translation>
    </message>
    <message>
        <source>Resolve a comment on § %1</source>
        <translation>Åtgärda en kommentar till § %1</translation>
    </message>
    <message>
        <source>Edit the header of the minutes</source>
        <translation>Redigera protokollets huvud</translation>
    </message>
    <message>
        <source>Add %1 to those present</source>
        <translation>Lägg till %1 bland de närvarande</translation>
    </message>
    <message>
        <source>Remove %1 from those present</source>
        <translation>Ta bort %1 från de närvarande</translation>
    </message>
    <message>
        <source>Choose %1 to adjust the minutes</source>
        <translation>Välj %1 till justerare</translation>
    </message>
</context>
<context>
    <name>MinutesWorkflow</name>
    <message>
        <source>draft</source>
        <translation>utkast</translation>
    </message>
    <message>
        <source>out for adjustment</source>
        <translation>ute för justering</translation>
    </message>
    <message>
        <source>final</source>
        <translation>justerat</translation>
    </message>
    <message>
        <source>No chair is named.</source>
        <translation>Ingen ordförande är angiven.</translation>
    </message>
    <message>
        <source>Two chairs are named (%1); the minutes have one.</source>
        <translation>Två ordförande är angivna (%1); protokollet har en.</translation>
    </message>
    <message>
        <source>No secretary is named.</source>
        <translation>Ingen sekreterare är angiven.</translation>
    </message>
    <message>
        <source>Two secretaries are named (%1); the minutes have one.</source>
        <translation>Två sekreterare är angivna (%1); protokollet har en.</translation>
    </message>
    <message>
        <source>No adjuster is named: the minutes cannot be adjusted without one.</source>
        <translation>Ingen justerare är angiven: protokollet kan inte justeras utan justerare.</translation>
    </message>
    <message>
        <source>%1 adjusters are named; the minutes have one or two.</source>
        <translation>%1 justerare är angivna; protokollet har en eller två.</translation>
    </message>
    <message>
        <source>The adjuster %1 is marked absent; an adjuster must be present.</source>
        <translation>Justeraren %1 är markerad som frånvarande; en justerare måste vara närvarande.</translation>
    </message>
    <message>
        <source>The chair %1 is marked absent.</source>
        <translation>Ordföranden %1 är markerad som frånvarande.</translation>
    </message>
    <message>
        <source>The secretary %1 is marked absent.</source>
        <translation>Sekreteraren %1 är markerad som frånvarande.</translation>
    </message>
    <message>
        <source>The minutes have no items.</source>
        <translation>Protokollet har inga paragrafer.</translation>
    </message>
    <message>
        <source>§ %1: the assignment “%2” has no responsible person.</source>
        <translation>§ %1: uppdraget ”%2” saknar ansvarig person.</translation>
    </message>
    <message>
        <source>§ %1: the assignment of %2 says nothing about what to do.</source>
        <translation>§ %1: uppdraget till %2 säger inte vad som ska göras.</translation>
    </message>
    <message>
        <source>The minutes of %1 on %2 are out for adjustment and cannot be edited. Take them back to draft first.</source>
        <translation>Protokollet från %1 den %2 är ute för justering och kan inte redigeras. Ta först tillbaka det till utkast.</translation>
    </message>
    <message>
        <source>The minutes of %1 on %2 were adjusted on %3 and are final: they cannot be changed. Make a correction as an addition.</source>
        <translation>Protokollet från %1 den %2 justerades den %3 och är slutgiltigt: det kan inte ändras. Gör en rättelse som ett tillägg.</translation>
    </message>
    <message>
        <source>The minutes cannot go out for adjustment yet: %1</source>
        <translation>Protokollet kan ännu inte gå ut för justering: %1</translation>
    </message>
    <message>
        <source>The minutes are already a draft.</source>
        <translation>Protokollet är redan ett utkast.</translation>
    </message>
    <message>
        <source>Comments are made while the minutes are out for adjustment; these are %1.</source>
        <translation>Kommentarer lämnas medan protokollet är ute för justering; detta är %1.</translation>
    </message>
    <message>
        <source>%1 is neither the chair nor an adjuster of these minutes.</source>
        <translation>%1 är varken ordförande eller justerare för detta protokoll.</translation>
    </message>
    <message>
        <source>The comment is empty.</source>
        <translation>Kommentaren är tom.</translation>
    </message>
    <message>
        <source>The minutes have no § %1.</source>
        <translation>Protokollet har ingen § %1.</translation>
    </message>
    <message>
        <source>§ %1 has no such comment.</source>
        <translation>§ %1 har ingen sådan kommentar.</translation>
    </message>
    <message>
        <source>Only minutes out for adjustment can be adjusted; these are %1.</source>
        <translation>Bara protokoll som är ute för justering kan justeras; detta är %1.</translation>
    </message>
    <message>
        <source>The minutes name no adjuster, so they cannot be adjusted.</source>
        <translation>Protokollet anger ingen justerare och kan därför inte justeras.</translation>
    </message>
    <message>
        <source>%1 has already adjusted these minutes.</source>
        <translation>%1 har redan justerat detta protokoll.</translation>
    </message>
    <message>
        <source>The date of adjustment is missing.</source>
        <translation>Justeringsdatum saknas.</translation>
    </message>
    <message>
        <source>The date of adjustment, %1, is before the meeting on %2.</source>
        <translation>Justeringsdatumet %1 är före mötet den %2.</translation>
    </message>
    <message>
        <source>The date of adjustment, %1, is in the future.</source>
        <translation>Justeringsdatumet %1 ligger i framtiden.</translation>
    </message>
    <message>
        <source>§ %1 has a comment by %2 that the secretary has not resolved yet.</source>
        <translation>§ %1 har en kommentar från %2 som sekreteraren ännu inte har hanterat.</translation>
    </message>
    <message>
        <source>An addition corrects final minutes; these are %1 and can be edited as they are.</source>
        <translation>Ett tillägg rättar ett justerat protokoll; detta är %1 och kan redigeras som det är.</translation>
    </message>
    <message>
        <source>An addition is numbered from 1.</source>
        <translation>Tillägg numreras från 1.</translation>
    </message>
</context>
<context>
    <name>MinutesWorkflowBar</name>
    <message>
        <source>Edit &amp;header…</source>
        <translation>Redigera &amp;huvud…</translation>
    </message>
    <message>
        <source>&amp;Send for adjustment</source>
        <translation>&amp;Skicka för justering</translation>
    </message>
    <message>
        <source>Back to &amp;draft</source>
        <translation>Tillbaka till &amp;utkast</translation>
    </message>
    <message>
        <source>&amp;Record adjustment…</source>
        <translation>&amp;Registrera justering…</translation>
    </message>
    <message>
        <source>Make a&amp;ddition</source>
        <translation>Gör &amp;tillägg</translation>
    </message>
    <message>
        <source>Export as PDF/&amp;A…</source>
        <translation>Exportera som PDF/&amp;A…</translation>
    </message>
</context>
<context>
    <name>Money</name>
    <message>
        <source>&quot;%1&quot; is not an amount of money; write digits, for example 1 644 153 or 1 644 153,50 kr.</source>
        <translation>&quot;%1&quot; är inte ett belopp; skriv siffror, till exempel 1 644 153 eller 1 644 153,50 kr.</translation>
    </message>
    <message>
        <source>No amount given.</source>
        <translation>Inget belopp angivet.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is ambiguous: write thousands with spaces and decimals with a comma, for example 1 644 153 or 12,50.</source>
        <translation>&quot;%1&quot; är tvetydigt: skriv tusental med mellanslag och decimaler med komma, till exempel 1 644 153 eller 12,50.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has more than two decimals; amounts are exact to the öre.</source>
        <translation>&quot;%1&quot; har fler än två decimaler; belopp anges exakt på öret.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has misplaced thousands separators; group the digits by three, for example 1 644 153.</source>
        <translation>&quot;%1&quot; har felplacerade tusentalsavgränsare; gruppera siffrorna tre och tre, till exempel 1 644 153.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is too large; the largest amount is %2.</source>
        <translation>&quot;%1&quot; är för stort; det högsta tillåtna beloppet är %2.</translation>
    </message>
</context>
<context>
    <name>NoticeReport</name>
    <message>
        <source>Notice of meeting</source>
        <translation>Kallelse</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Datum:</translation>
    </message>
    <message>
        <source>Time:</source>
        <translation>Tid:</translation>
    </message>
    <message>
        <source>Place:</source>
        <translation>Plats:</translation>
    </message>
    <message>
        <source>to be announced</source>
        <translation>meddelas senare</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Dagordning</translation>
    </message>
    <message>
        <source>Input material for the meeting</source>
        <translation>Underlag till mötet</translation>
    </message>
    <message>
        <source>responsible: %1</source>
        <translation>ansvarig: %1</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>klart senast %1</translation>
    </message>
    <message>
        <source>Welcome!</source>
        <translation>Välkomna!</translation>
    </message>
</context>
<context>
    <name>OrganisationNumber</name>
    <message>
        <source>The organisation number is empty.</source>
        <translation>Organisationsnumret är tomt.</translation>
    </message>
    <message>
        <source>The organisation number contains &quot;%1&quot;; use digits and one dash, like 232100-0016.</source>
        <translation>Organisationsnumret innehåller &quot;%1&quot;; använd siffror och ett bindestreck, som 232100-0016.</translation>
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
    <message>
        <source>Edit ▸ Undo brings the person back.</source>
        <translation>Redigera ▸ Ångra tar tillbaka personen.</translation>
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
        <source>&quot;%1&quot; is not an actor in the register; choose an organisation from the list.</source>
        <translation>&quot;%1&quot; är ingen aktör i registret; välj en organisation i listan.</translation>
    </message>
</context>
<context>
    <name>PersonLinks</name>
    <message>
        <source>looking for the records that name a person</source>
        <translation>sökning efter uppgifter som nämner en person</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 %2, addition %3</source>
        <translation>%1 %2, tillägg %3</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>§ %1</source>
        <translation>§ %1</translation>
    </message>
    <message>
        <source>attendance</source>
        <translation>närvaro</translation>
    </message>
    <message>
        <source>linking the records that name a person back to the person</source>
        <translation>återkoppling av uppgifterna som nämner en person till personen</translation>
    </message>
</context>
<context>
    <name>PersonRepository</name>
    <message>
        <source>The name is empty.</source>
        <translation>Namnet är tomt.</translation>
    </message>
    <message>
        <source>The e-mail address &quot;%1&quot; is not valid.</source>
        <translation>E-postadressen &quot;%1&quot; är inte giltig.</translation>
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
    <name>PersonService</name>
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
        <source>%1 is deleted from the register. The final minutes that name %1 keep the name as printed: %2.</source>
        <translation>%1 är borttagen ur registret. De justerade protokoll som nämner %1 behåller namnet som det står tryckt: %2.</translation>
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
    <name>PhraseMenu</name>
    <message>
        <source>Edit my phrases…</source>
        <translation>Redigera mina fraser…</translation>
    </message>
    <message>
        <source>My phrases</source>
        <translation>Mina fraser</translation>
    </message>
    <message>
        <source>One phrase a line; they follow the standard ones (Ctrl+J):</source>
        <translation>En fras per rad; de kommer efter standardfraserna (Ctrl+J):</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>Look in:</source>
        <translation>Leta i:</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Gå tillbaka</translation>
    </message>
    <message>
        <source>Go forward</source>
        <translation>Gå framåt</translation>
    </message>
    <message>
        <source>Go to the parent directory</source>
        <translation>Gå till mappen ovanför</translation>
    </message>
    <message>
        <source>Create a New Folder</source>
        <translation>Skapa en ny mapp</translation>
    </message>
    <message>
        <source>Change to list view mode</source>
        <translation>Visa som lista</translation>
    </message>
    <message>
        <source>Change to detail view mode</source>
        <translation>Visa med detaljer</translation>
    </message>
    <message>
        <source>Sidebar</source>
        <translation>Sidopanel</translation>
    </message>
    <message>
        <source>List of places and bookmarks</source>
        <translation>Platser och bokmärken</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Filer</translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation>&amp;Välj</translation>
    </message>
    <message>
        <source>&amp;New Folder</source>
        <translation>&amp;Ny mapp</translation>
    </message>
    <message>
        <source>Are you sure you want to delete &apos;%1&apos;?</source>
        <translation>Är du säker på att du vill ta bort ”%1”?</translation>
    </message>
    <message>
        <source>Recent Places</source>
        <translation>Senaste platser</translation>
    </message>
</context>
<context>
    <name>QGnomeTheme</name>
    <message>
        <source>&amp;OK</source>
        <translation>&amp;OK</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Spara</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Avbryt</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Stäng</translation>
    </message>
    <message>
        <source>Close without Saving</source>
        <translation>Stäng utan att spara</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Spara</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Spara alla</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öppna</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Ja</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Ja till &amp;alla</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Nej</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>N&amp;ej till alla</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Försök igen</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Ignorera</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Förkasta</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Hjälp</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Verkställ</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Återställ</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Återställ standardvärden</translation>
    </message>
</context>
<context>
    <name>QPrintPreviewDialog</name>
    <message>
        <source>Print Preview</source>
        <translation>Förhandsgranskning</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Nästa sida</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Föregående sida</translation>
    </message>
    <message>
        <source>First page</source>
        <translation>Första sidan</translation>
    </message>
    <message>
        <source>Last page</source>
        <translation>Sista sidan</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>Anpassa till bredden</translation>
    </message>
    <message>
        <source>Fit page</source>
        <translation>Anpassa till sidan</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Zooma in</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Zooma ut</translation>
    </message>
    <message>
        <source>Show single page</source>
        <translation>Visa en sida</translation>
    </message>
    <message>
        <source>Show facing pages</source>
        <translation>Visa uppslag</translation>
    </message>
    <message>
        <source>Show overview of all pages</source>
        <translation>Visa översikt över alla sidor</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Skriv ut</translation>
    </message>
    <message>
        <source>Page setup</source>
        <translation>Sidinställningar</translation>
    </message>
</context>
<context>
    <name>QuarterOutcomeModel</name>
    <message>
        <source>Outcome, quarter %1</source>
        <translation>Utfall, kvartal %1</translation>
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
    <name>SealCommands</name>
    <message>
        <source>export: unknown kind &apos;%1&apos;</source>
        <translation>export: okänd sort &apos;%1&apos;</translation>
    </message>
    <message>
        <source>is the database itself; choose another file to export to</source>
        <translation>är själva databasen; välj en annan fil att exportera till</translation>
    </message>
    <message>
        <source>minutes %1 of %2: %3</source>
        <translation>protokoll %1 för %2: %3</translation>
    </message>
    <message>
        <source>the seals do not hold, so no list was written; run %1 check</source>
        <translation>förseglingarna håller inte, så ingen förteckning skrevs; kör %1 check</translation>
    </message>
    <message>
        <source>exported the seals of %1 final minutes to %2</source>
        <translation>exporterade förseglingarna av %1 justerade protokoll till %2</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>kan inte läsas: %1</translation>
    </message>
</context>
<context>
    <name>SealsList</name>
    <message>
        <source>%1 %2, addition %3</source>
        <translation>%1 %2, tillägg %3</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>line 1: this is not a seals list written by verkstan-cli export seals (it must begin with &quot;%1&quot;)</source>
        <translation>rad 1: detta är ingen förteckning över förseglingar skriven av verkstan-cli export seals (den ska börja med &quot;%1&quot;)</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>rad %1: %2</translation>
    </message>
    <message>
        <source>expected 7 fields separated by tabs, found %1</source>
        <translation>väntade 7 fält åtskilda av tabbtecken, fann %1</translation>
    </message>
    <message>
        <source>the name of the body is missing or badly written</source>
        <translation>organets namn saknas eller är felskrivet</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date written YYYY-MM-DD</source>
        <translation>&quot;%1&quot; är inget datum skrivet ÅÅÅÅ-MM-DD</translation>
    </message>
    <message>
        <source>the addition, sequence and format must be numbers</source>
        <translation>tillägg, plats och format måste vara tal</translation>
    </message>
    <message>
        <source>a seal is 64 hexadecimal digits (lower case)</source>
        <translation>en försegling är 64 hexadecimala siffror (gemener)</translation>
    </message>
    <message>
        <source>%1 (no. %2 of the body&apos;s chain, seal %3): in the filed list, but not among the final minutes of the database; they have been removed or changed.</source>
        <translation>%1 (nr %2 i organets kedja, försegling %3): finns i den arkiverade förteckningen men inte bland databasens justerade protokoll; protokollet har tagits bort eller ändrats.</translation>
    </message>
    <message>
        <source>%1 (no. %2 of the body&apos;s chain): the seal in the database is %3, the filed list says %4; the minutes, or minutes before them, have been changed and sealed again.</source>
        <translation>%1 (nr %2 i organets kedja): förseglingen i databasen är %3, den arkiverade förteckningen säger %4; protokollet, eller protokoll före det, har ändrats och förseglats på nytt.</translation>
    </message>
    <message>
        <source>%1 (no. %2 of the body&apos;s chain): not in the filed list, although the list has later minutes of the body.</source>
        <translation>%1 (nr %2 i organets kedja): finns inte i den arkiverade förteckningen, fast den har senare protokoll från organet.</translation>
    </message>
    <message>
        <source>%1 (no. %2 of the body&apos;s chain): sealed after the list was made.</source>
        <translation>%1 (nr %2 i organets kedja): förseglat efter att förteckningen gjordes.</translation>
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
        <source>Automatic (the system&apos;s language)</source>
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
    <name>SharedCostModel</name>
    <message>
        <source>Total</source>
        <translation>Summa</translation>
    </message>
    <message>
        <source>A shared cost needs a name; %1 was kept.</source>
        <translation>En gemensam kostnad måste ha ett namn; %1 behölls.</translation>
    </message>
    <message>
        <source>Rename %1 to %2</source>
        <translation>Byt namn på %1 till %2</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
    <message>
        <source>%1, %2: a shared cost cannot be negative (%3).</source>
        <translation>%1, %2: en gemensam kostnad kan inte vara negativ (%3).</translation>
    </message>
    <message>
        <source>Change %1 in %2 to %3</source>
        <translation>Ändra %1 år %2 till %3</translation>
    </message>
    <message>
        <source>Shared cost</source>
        <translation>Gemensam kostnad</translation>
    </message>
</context>
<context>
    <name>SlotDialog</name>
    <message>
        <source>Edit %1</source>
        <translation>Ändra %1</translation>
    </message>
    <message>
        <source>New meeting in the wheel</source>
        <translation>Nytt möte i årshjulet</translation>
    </message>
    <message>
        <source>&amp;Quarter:</source>
        <translation>&amp;Kvartal:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Typ:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>&amp;Time:</source>
        <translation>&amp;Tid:</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Plats:</translation>
    </message>
    <message>
        <source>&amp;Focus:</source>
        <translation>&amp;Fokus:</translation>
    </message>
    <message>
        <source>T&amp;opics (one a line):</source>
        <translation>Ä&amp;mnen (ett per rad):</translation>
    </message>
    <message>
        <source>Input material</source>
        <translation>Underlag</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Ansvarig</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Klart senast</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Add input</source>
        <translation>Lägg till underlag</translation>
    </message>
    <message>
        <source>Remove input</source>
        <translation>Ta bort underlag</translation>
    </message>
    <message>
        <source>New input material</source>
        <translation>Nytt underlag</translation>
    </message>
    <message>
        <source>Input material:</source>
        <translation>Underlag:</translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation>(ingen)</translation>
    </message>
    <message>
        <source>%1 (no longer in the register)</source>
        <translation>%1 (finns inte längre i registret)</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>Datum: %1</translation>
    </message>
    <message>
        <source>Due date of “%1”: %2</source>
        <translation>Klart senast för ”%1”: %2</translation>
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
    <name>WheelCommands</name>
    <message>
        <source>--body needs the id of a body (a whole number), not &apos;%1&apos;</source>
        <translation>--body behöver ett organs id (ett heltal), inte &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--year needs a year such as 2026, not &apos;%1&apos;</source>
        <translation>--year behöver ett år som 2026, inte &apos;%1&apos;</translation>
    </message>
    <message>
        <source>is the database itself; choose another file to write to</source>
        <translation>är själva databasen; välj en annan fil att skriva till</translation>
    </message>
    <message>
        <source>the body with id %1 has no annual wheel for %2 (see list wheels)</source>
        <translation>organet med id %1 har inget årshjul för %2 (se list wheels)</translation>
    </message>
    <message>
        <source>exported the annual wheel %1 of %2 to %3</source>
        <translation>exporterade årshjulet %1 för %2 till %3</translation>
    </message>
    <message>
        <source>report: -o OUT.pdf is needed; a PDF is not written to the terminal</source>
        <translation>report: -o UT.pdf behövs; en PDF skrivs inte till terminalen</translation>
    </message>
    <message>
        <source>wrote the annual wheel %1 of %2 to %3 (%4 pages)</source>
        <translation>skrev årshjulet %1 för %2 till %3 (%4 sidor)</translation>
    </message>
</context>
<context>
    <name>WheelPictures</name>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>Focus: %1</source>
        <translation>Fokus: %1</translation>
    </message>
    <message>
        <source>Input material: %1 of %2 received</source>
        <translation>Underlag: %1 av %2 mottagna</translation>
    </message>
    <message>
        <source>All forums</source>
        <translation>Alla forum</translation>
    </message>
    <message>
        <source>1 wheel</source>
        <translation>1 årshjul</translation>
    </message>
    <message>
        <source>%1 wheels</source>
        <translation>%1 årshjul</translation>
    </message>
    <message>
        <source>Clash: another body with members in common meets the same day.</source>
        <translation>Krock: ett annat organ med gemensamma ledamöter möts samma dag.</translation>
    </message>
</context>
<context>
    <name>WheelReport</name>
    <message>
        <source>Annual wheel %1</source>
        <translation>Årshjul %1</translation>
    </message>
    <message>
        <source>Annual wheels %1</source>
        <translation>Årshjul %1</translation>
    </message>
    <message>
        <source>Regional overview</source>
        <translation>Regional översikt</translation>
    </message>
    <message>
        <source>Regional overview %1</source>
        <translation>Regional översikt %1</translation>
    </message>
    <message>
        <source>%1, annual wheel %2</source>
        <translation>%1, årshjul %2</translation>
    </message>
    <message>
        <source>One ring per body, from the outside in:</source>
        <translation>En ring per organ, utifrån och in:</translation>
    </message>
    <message>
        <source>One ring per kind of meeting:</source>
        <translation>En ring per mötestyp:</translation>
    </message>
    <message>
        <source>The red line marks today; a marker with a red ring has a warning.</source>
        <translation>Den röda linjen visar dagens datum; en markering med röd ring har en varning.</translation>
    </message>
    <message>
        <source>Rule checks</source>
        <translation>Regelkontroller</translation>
    </message>
    <message>
        <source>No warnings: the wheel follows the rules of the programme.</source>
        <translation>Inga varningar: årshjulet följer programmets regler.</translation>
    </message>
    <message>
        <source>Meetings of the year</source>
        <translation>Årets möten</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Organ</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Kvartal</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Plats</translation>
    </message>
    <message>
        <source>Focus and topics</source>
        <translation>Fokus och ämnen</translation>
    </message>
    <message>
        <source>Input material</source>
        <translation>Underlag</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>inte satt</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>klart senast %1</translation>
    </message>
</context>
<context>
    <name>WheelRepository</name>
    <message>
        <source>reading the annual wheels</source>
        <translation>läste årshjulen</translation>
    </message>
    <message>
        <source>reading the input material of an annual wheel</source>
        <translation>läste underlagen i ett årshjul</translation>
    </message>
    <message>
        <source>reading an annual wheel</source>
        <translation>läste ett årshjul</translation>
    </message>
    <message>
        <source>There is no annual wheel with id %1.</source>
        <translation>Det finns inget årshjul med id %1.</translation>
    </message>
    <message>
        <source>looking up an annual wheel</source>
        <translation>sökte ett årshjul</translation>
    </message>
    <message>
        <source>reading the annual wheels of %1</source>
        <translation>läste årshjulen för %1</translation>
    </message>
    <message>
        <source>looking up who is responsible for %1</source>
        <translation>sökte vem som ansvarar för %1</translation>
    </message>
    <message>
        <source>%1, responsible for the input material &quot;%2&quot; of the %3, is no longer in the register. Choose another responsible; nothing was saved.</source>
        <translation>%1, ansvarig för underlaget &quot;%2&quot; till %3, finns inte längre i registret. Välj en annan ansvarig; inget sparades.</translation>
    </message>
    <message>
        <source>The responsible</source>
        <translation>Den ansvarige</translation>
    </message>
    <message>
        <source>saving the %1</source>
        <translation>sparade %1</translation>
    </message>
    <message>
        <source>The %1 no longer exists.</source>
        <translation>%1 finns inte längre.</translation>
    </message>
    <message>
        <source>saving the input material</source>
        <translation>sparade underlagen</translation>
    </message>
    <message>
        <source>saving the input material &quot;%1&quot;</source>
        <translation>sparade underlaget &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1 is not a year for an annual wheel.</source>
        <translation>%1 är inte ett år för ett årshjul.</translation>
    </message>
    <message>
        <source>The body already has an annual wheel for %1.</source>
        <translation>Organet har redan ett årshjul för %1.</translation>
    </message>
    <message>
        <source>saving the annual wheel %1</source>
        <translation>sparade årshjulet %1</translation>
    </message>
    <message>
        <source>There is no annual wheel for %1 to copy.</source>
        <translation>Det finns inget årshjul för %1 att kopiera.</translation>
    </message>
    <message>
        <source>deleting an annual wheel</source>
        <translation>tog bort ett årshjul</translation>
    </message>
    <message>
        <source>There is no wheel slot with id %1.</source>
        <translation>Det finns inget planerat möte med id %1.</translation>
    </message>
    <message>
        <source>adding a slot</source>
        <translation>lade till ett möte i årshjulet</translation>
    </message>
    <message>
        <source>deleting a wheel slot</source>
        <translation>tog bort ett möte ur årshjulet</translation>
    </message>
    <message>
        <source>reading the wheel templates</source>
        <translation>läste årshjulsmallarna</translation>
    </message>
    <message>
        <source>A wheel template needs a name.</source>
        <translation>En årshjulsmall behöver ett namn.</translation>
    </message>
    <message>
        <source>A built-in template is already called %1.</source>
        <translation>En inbyggd mall heter redan %1.</translation>
    </message>
    <message>
        <source>saving the wheel template %1</source>
        <translation>sparade årshjulsmallen %1</translation>
    </message>
    <message>
        <source>A wheel template is already called %1.</source>
        <translation>En årshjulsmall heter redan %1.</translation>
    </message>
    <message>
        <source>deleting a wheel template</source>
        <translation>tog bort en årshjulsmall</translation>
    </message>
    <message>
        <source>reading the members of the bodies</source>
        <translation>läste organens ledamöter</translation>
    </message>
    <message>
        <source>reading the slots of an annual wheel</source>
        <translation>läste mötena i ett årshjul</translation>
    </message>
</context>
<context>
    <name>WheelService</name>
    <message>
        <source>A wheel changes slot by slot.</source>
        <translation>Ett årshjul ändras ett tillfälle i taget.</translation>
    </message>
    <message>
        <source>New annual wheel %1 for %2</source>
        <translation>Nytt årshjul %1 för %2</translation>
    </message>
    <message>
        <source>Copy the annual wheel of %1 to %2</source>
        <translation>Kopiera årshjulet för %1 till %2</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Ändra %1</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>Lägg till %1</translation>
    </message>
    <message>
        <source>The %1 has become a meeting; it stays in the wheel so that the meeting keeps its place.</source>
        <translation>%1 har blivit ett möte; det ligger kvar i årshjulet så att mötet behåller sin plats.</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>Ta bort %1</translation>
    </message>
    <message>
        <source>The %1 is already a meeting.</source>
        <translation>%1 är redan ett möte.</translation>
    </message>
    <message>
        <source>The %1 has no date yet; plan a date first.</source>
        <translation>%1 har inget datum ännu; planera ett datum först.</translation>
    </message>
    <message>
        <source>Turn %1 into a meeting</source>
        <translation>Gör %1 till ett möte</translation>
    </message>
    <message>
        <source>Edit the meeting %1</source>
        <translation>Ändra mötet %1</translation>
    </message>
    <message>
        <source>Save as template</source>
        <translation>Spara som mall</translation>
    </message>
</context>
<context>
    <name>WheelWidget</name>
    <message>
        <source>Annual wheel</source>
        <translation>Årshjul</translation>
    </message>
</context>
<context>
    <name>Wheels</name>
    <message>
        <source>Forum meeting</source>
        <translation>Forummöte</translation>
    </message>
    <message>
        <source>Working-committee meeting</source>
        <translation>Arbetsutskottsmöte</translation>
    </message>
    <message>
        <source>Joint future seminar</source>
        <translation>Gemensamt framtidsseminarium</translation>
    </message>
    <message>
        <source>Other event</source>
        <translation>Annan aktivitet</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Saknas</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Begärt</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Mottaget</translation>
    </message>
    <message>
        <source>Industry development</source>
        <translation>Branschutveckling</translation>
    </message>
    <message>
        <source>Industry development, national and in the region</source>
        <translation>Branschutvecklingen – nationellt och i Sörmland</translation>
    </message>
    <message>
        <source>Review of stimulus and support</source>
        <translation>Översyn av stimulering och stöd</translation>
    </message>
    <message>
        <source>Analysis of growth in small and medium-sized companies</source>
        <translation>Analys av tillväxt i små och medelstora företag</translation>
    </message>
    <message>
        <source>Business and industry surveys</source>
        <translation>Närings- och branschundersökningar</translation>
    </message>
    <message>
        <source>Trend analysis and skills needs</source>
        <translation>Trendanalys och kompetensbehov</translation>
    </message>
    <message>
        <source>Trend analysis: what is new and what is changing</source>
        <translation>Trendanalys: nytt och förändring</translation>
    </message>
    <message>
        <source>Skills needs ahead, in the short and the long term</source>
        <translation>Hur påverkas kompetensbehovet framåt, på kort och lång sikt?</translation>
    </message>
    <message>
        <source>Joint future day for all industries, if planned</source>
        <translation>Eventuellt gemensam framtidsdag för alla branscher</translation>
    </message>
    <message>
        <source>Forward-looking surveys of skills needs</source>
        <translation>Framåtblickande kartläggningar av kompetensbehov</translation>
    </message>
    <message>
        <source>Education outcomes</source>
        <translation>Utbildningsutfall</translation>
    </message>
    <message>
        <source>Official statistics</source>
        <translation>Officiell statistik</translation>
    </message>
    <message>
        <source>Graduates and students per year in upper secondary school</source>
        <translation>Hur många har gått ut och hur många går åk 1, 2 och 3 på gymnasiet</translation>
    </message>
    <message>
        <source>YH applications and the need for new YH programmes</source>
        <translation>YH-ansökningar och behov av nya YH-utbildningar</translation>
    </message>
    <message>
        <source>Labour-market training</source>
        <translation>Arbetsmarknadsutbildningar</translation>
    </message>
    <message>
        <source>Validations</source>
        <translation>Valideringar</translation>
    </message>
    <message>
        <source>Discussion of education quality</source>
        <translation>Diskussion om utbildningskvalitet</translation>
    </message>
    <message>
        <source>Report on what the education system delivers</source>
        <translation>Rapport om utbildningssystemets leverans</translation>
    </message>
    <message>
        <source>Education orders</source>
        <translation>Utbildningsbeställningar</translation>
    </message>
    <message>
        <source>New programmes needed</source>
        <translation>Behov av nya utbildningar</translation>
    </message>
    <message>
        <source>Changes to programmes</source>
        <translation>Förändringar</translation>
    </message>
    <message>
        <source>Basic education</source>
        <translation>Grundutbildning</translation>
    </message>
    <message>
        <source>Further education</source>
        <translation>Vidareutbildning</translation>
    </message>
    <message>
        <source>Validation</source>
        <translation>Validering</translation>
    </message>
    <message>
        <source>Summary of Q1 to Q3</source>
        <translation>Sammanfattning av Q1–Q3</translation>
    </message>
    <message>
        <source>Two forum meetings and two working-committee meetings (the programme&apos;s wheel)</source>
        <translation>Två forummöten och två arbetsutskottsmöten (programmets årshjul)</translation>
    </message>
    <message>
        <source>Three forum meetings and one working-committee meeting</source>
        <translation>Tre forummöten och ett arbetsutskottsmöte</translation>
    </message>
    <message>
        <source>Four forum meetings</source>
        <translation>Fyra forummöten</translation>
    </message>
    <message>
        <source>Q%1 %2</source>
        <translation>Q%1 %2</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 den %2</translation>
    </message>
    <message>
        <source>The quarter must be 1 to 4, not %1.</source>
        <translation>Kvartalet ska vara 1 till 4, inte %1.</translation>
    </message>
    <message>
        <source>The date %1 of the %2 is outside the wheel&apos;s year %3.</source>
        <translation>Datumet %1 för %2 ligger utanför årshjulets år %3.</translation>
    </message>
    <message>
        <source>The %1 ends at %2, which is not after its start at %3.</source>
        <translation>%1 slutar kl. %2, vilket inte är efter starten kl. %3.</translation>
    </message>
    <message>
        <source>An input material item of the %1 has no title.</source>
        <translation>Ett underlag till %1 saknar rubrik.</translation>
    </message>
    <message>
        <source>The Q%1 %2 is planned on %3, which is in Q%4.</source>
        <translation>Q%1 %2 är planerat till %3, som ligger i Q%4.</translation>
    </message>
    <message>
        <source>The input material &quot;%1&quot; for the %2 is due on %3, not before the meeting.</source>
        <translation>Underlaget &quot;%1&quot; till %2 ska vara klart %3, inte före mötet.</translation>
    </message>
    <message>
        <source>%1, responsible for the input material &quot;%2&quot; of the %3, is no longer in the register. Choose another responsible.</source>
        <translation>%1, ansvarig för underlaget &quot;%2&quot; till %3, finns inte längre i registret. Välj en annan ansvarig.</translation>
    </message>
    <message>
        <source>An industry forum meets two to four times a year; the wheel has no forum meeting.</source>
        <translation>Ett branschforum träffas två till fyra gånger per år; årshjulet har inget forummöte.</translation>
    </message>
    <message>
        <source>An industry forum meets two to four times a year; the wheel has only one forum meeting.</source>
        <translation>Ett branschforum träffas två till fyra gånger per år; årshjulet har bara ett forummöte.</translation>
    </message>
    <message>
        <source>An industry forum meets two to four times a year; the wheel has %1 forum meetings.</source>
        <translation>Ett branschforum träffas två till fyra gånger per år; årshjulet har %1 forummöten.</translation>
    </message>
    <message>
        <source>With %1 forum meetings a year the forum should add one or two working-committee meetings; the wheel has none.</source>
        <translation>Med %1 forummöten per år bör forumet ha ett eller två arbetsutskottsmöten; årshjulet har inget.</translation>
    </message>
    <message>
        <source>With %1 forum meetings a year the forum should add one or two working-committee meetings; the wheel has %2.</source>
        <translation>Med %1 forummöten per år bör forumet ha ett eller två arbetsutskottsmöten; årshjulet har %2.</translation>
    </message>
    <message>
        <source>No joint future seminar is planned for %1; the forums should have one a year.</source>
        <translation>Inget gemensamt framtidsseminarium är planerat för %1; forumen bör ha ett per år.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>inget datum</translation>
    </message>
    <message>
        <source>The forums should share one joint future seminar in %1, but it is planned on several dates: %2.</source>
        <translation>Forumen bör ha ett gemensamt framtidsseminarium %1, men det är planerat till flera datum: %2.</translation>
    </message>
    <message>
        <source>The stored template is damaged: %1</source>
        <translation>Den sparade mallen är skadad: %1</translation>
    </message>
    <message>
        <source>The stored template is damaged: a slot has an unknown kind or quarter.</source>
        <translation>Den sparade mallen är skadad: ett möte har okänd typ eller okänt kvartal.</translation>
    </message>
</context>
<context>
    <name>WheelsView</name>
    <message>
        <source>&amp;Regional overview</source>
        <translation>&amp;Regional översikt</translation>
    </message>
    <message>
        <source>Every wheel of the year together, one ring per body, clashes marked</source>
        <translation>Årets alla årshjul tillsammans, en ring per organ, krockar markerade</translation>
    </message>
    <message>
        <source>&amp;Body:</source>
        <translation>&amp;Organ:</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;År:</translation>
    </message>
    <message>
        <source>&amp;New wheel…</source>
        <translation>&amp;Nytt årshjul…</translation>
    </message>
    <message>
        <source>&amp;Copy last year</source>
        <translation>&amp;Kopiera förra årets</translation>
    </message>
    <message>
        <source>E&amp;xport calendar…</source>
        <translation>E&amp;xportera kalender…</translation>
    </message>
    <message>
        <source>Save as &amp;template…</source>
        <translation>Spara som &amp;mall…</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Organ</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Kvartal</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Plats</translation>
    </message>
    <message>
        <source>Focus</source>
        <translation>Fokus</translation>
    </message>
    <message>
        <source>Input material</source>
        <translation>Underlag</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Möte</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Ändra…</translation>
    </message>
    <message>
        <source>&amp;Add meeting to wheel…</source>
        <translation>&amp;Lägg till möte i årshjulet…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Ta bort</translation>
    </message>
    <message>
        <source>&amp;Turn into meeting</source>
        <translation>&amp;Gör till möte</translation>
    </message>
    <message>
        <source>&amp;Meeting and agenda…</source>
        <translation>&amp;Möte och dagordning…</translation>
    </message>
    <message>
        <source>N&amp;otice as PDF…</source>
        <translation>Ka&amp;llelse som PDF…</translation>
    </message>
    <message>
        <source>Save the notice as PDF</source>
        <translation>Spara kallelsen som PDF</translation>
    </message>
    <message>
        <source>notice.pdf</source>
        <translation>kallelse.pdf</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The notice could not be written to %1: %2</source>
        <translation>Kallelsen kunde inte skrivas till %1: %2</translation>
    </message>
    <message>
        <source>%1 has no annual wheel for %2. Make one with New wheel, or copy last year&apos;s.</source>
        <translation>%1 har inget årshjul för %2. Skapa ett med Nytt årshjul, eller kopiera förra årets.</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>inte satt</translation>
    </message>
    <message>
        <source>%1 of %2 received</source>
        <translation>%1 av %2 mottagna</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>New annual wheel</source>
        <translation>Nytt årshjul</translation>
    </message>
    <message>
        <source>Template for the annual wheel %1 of %2:</source>
        <translation>Mall för årshjulet %1 för %2:</translation>
    </message>
    <message>
        <source>There is no wheel template called %1.</source>
        <translation>Det finns ingen årshjulsmall som heter %1.</translation>
    </message>
    <message>
        <source>Save as template</source>
        <translation>Spara som mall</translation>
    </message>
    <message>
        <source>Name of the new template:</source>
        <translation>Namn på den nya mallen:</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Export the annual wheel as a calendar</source>
        <translation>Exportera årshjulet som kalender</translation>
    </message>
    <message>
        <source>iCalendar (*.ics)</source>
        <translation>iCalendar (*.ics)</translation>
    </message>
    <message>
        <source>%1 has no annual wheel for %2 to print.</source>
        <translation>%1 har inget årshjul för %2 att skriva ut.</translation>
    </message>
    <message>
        <source>annual-wheels-%1.pdf</source>
        <translation>arshjul-%1.pdf</translation>
    </message>
    <message>
        <source>annual-wheel-%1-%2.pdf</source>
        <translation>arshjul-%1-%2.pdf</translation>
    </message>
    <message>
        <source>Keep mi&amp;nutes</source>
        <translation>För &amp;protokoll</translation>
    </message>
    <message>
        <source>Write the minutes of this meeting in the Minutes tab</source>
        <translation>Skriv protokollet för mötet under fliken Protokoll</translation>
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
